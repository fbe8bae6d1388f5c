import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_NICENESS } from './background-priority.ts';

const MODULE = new URL('./background-priority.ts', import.meta.url).href;

describe.skipIf(process.platform !== 'linux')('background threads', () => {
  it('run below the main thread: importing the module lowers the worker thread, not the process', async () => {
    const before = getPriority();
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads');
       import(${JSON.stringify(MODULE)}).then(() => {
         const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').at(-1));
         parentPort.postMessage(require('node:os').getPriority(tid));
       });`,
      { eval: true },
    );
    const workerPriority = await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
    expect(workerPriority).toBeGreaterThanOrEqual(BACKGROUND_NICENESS);
    expect(getPriority()).toBe(before);
  });
});
