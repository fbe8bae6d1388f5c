import { describe, expect, it } from 'vitest';
import type { Logger } from './logger.ts';
import { watchEventLoop } from './loop-watch.ts';

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  return { lines, debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') } as Logger & { lines: string[] };
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchEventLoop', () => {
  it('warns when the main thread holds the loop for the threshold or more, asleep in a blocking call', async () => {
    const logger = recorder();
    const watch = watchEventLoop(logger, 100);
    try {
      await tick(30);
      // A synchronous wait, as a blocking disk or lock call would be: the thread neither runs nor waits for a core.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
      await tick(30);
      expect(logger.lines).toContain('warn event loop blocked');
      expect(watch.figures().longestBlockMs).toBeGreaterThanOrEqual(100);
    } finally {
      watch.stop();
    }
  });

  it('stays quiet while the loop keeps turning', async () => {
    const logger = recorder();
    const watch = watchEventLoop(logger, 100);
    await tick(60);
    watch.stop();
    expect(logger.lines.filter((line) => line.startsWith('warn'))).toEqual([]);
  });
});
