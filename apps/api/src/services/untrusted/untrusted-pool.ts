/**
 * @module
 * Parsing and enrichment of untrusted input in worker threads with a time limit, so one slow
 * article fails alone (with `UntrustedWorkTimeout`, a 422) while the API's event loop keeps
 * answering. Two threads at most, started when first needed and left idle without holding the
 * process open; a thread that runs out of time is terminated and replaced.
 */
import { type ImportErrorCode, ImportError, PARSE_TIME_LIMIT_MS } from '@dateline/model';
import { Worker } from 'node:worker_threads';
import type { TaskArgs, TaskMessage, TaskName, TaskReply, TaskResult } from './untrusted-tasks.ts';

/** The work took longer than its time limit and was stopped. */
export class UntrustedWorkTimeout extends Error {
  override readonly name = 'UntrustedWorkTimeout';
  readonly limitMs: number;
  constructor(limitMs: number) {
    super(`The article could not be processed within ${limitMs / 1000} s.`);
    this.limitMs = limitMs;
  }
}

interface Job {
  message: TaskMessage;
  limitMs: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  job: Job | undefined;
  timer: NodeJS.Timeout | undefined;
}

const WORKER_URL = new URL('./untrusted-worker.ts', import.meta.url);
const MAX_WORKERS = 2;

const slots: Slot[] = [];
const queue: Job[] = [];
let nextId = 1;

function startSlot(): Slot {
  const slot: Slot = { worker: new Worker(WORKER_URL), ready: false, job: undefined, timer: undefined };
  slot.worker.on('message', (reply: TaskReply | 'ready') => {
    if (reply === 'ready') {
      slot.ready = true;
      if (queue.length === 0) slot.worker.unref();
      dispatch();
      return;
    }
    const job = slot.job;
    if (!job || job.message.id !== reply.id) return;
    finish(slot);
    if (reply.ok) job.resolve(reply.result);
    else if ('importError' in reply) {
      const { code, message, field } = reply.importError;
      job.reject(new ImportError(code as ImportErrorCode, message, field === undefined ? undefined : { field }));
    } else job.reject(new Error(reply.message));
    dispatch();
  });
  // A thread that dies (out of memory, say) fails its job and is replaced for the next one.
  slot.worker.on('error', (err) => retire(slot, err));
  slot.worker.on('exit', () => retire(slot, new Error('The worker thread stopped.')));
  slots.push(slot);
  return slot;
}

function finish(slot: Slot): void {
  clearTimeout(slot.timer);
  slot.timer = undefined;
  slot.job = undefined;
  slot.worker.unref();
}

function retire(slot: Slot, error: Error): void {
  const index = slots.indexOf(slot);
  if (index === -1) return;
  slots.splice(index, 1);
  const job = slot.job;
  finish(slot);
  void slot.worker.terminate();
  job?.reject(error);
  // A thread that could not even load would fail every task: fail the waiting ones rather than retry forever.
  if (!slot.ready) for (const waiting of queue.splice(0)) waiting.reject(error);
  dispatch();
}

function dispatch(): void {
  while (queue.length > 0) {
    const slot = slots.find((s) => s.ready && s.job === undefined);
    if (!slot) {
      // A thread still loading counts as one on its way; start another only when none is.
      if (slots.length < MAX_WORKERS && slots.every((s) => s.ready)) startSlot();
      return;
    }
    const job = queue.shift() as Job;
    slot.job = job;
    slot.worker.ref();
    slot.timer = setTimeout(() => retire(slot, new UntrustedWorkTimeout(job.limitMs)), job.limitMs);
    slot.worker.postMessage(job.message);
  }
}

/**
 * Runs `task` (see `untrusted-tasks.ts`) in a worker thread, rejecting with `UntrustedWorkTimeout`
 * after `limitMs` (default `PARSE_TIME_LIMIT_MS`, counted from when a loaded thread takes it up) and
 * with the task's own `ImportError` when it throws one.
 *
 * @example
 * const { input, warnings } = await runUntrusted('parse', ['text/markdown', body, undefined]);
 * const { mentions, quotes } = await runUntrusted('enrich', [article]);
 */
export function runUntrusted<K extends TaskName>(task: K, args: TaskArgs<K>, limitMs = PARSE_TIME_LIMIT_MS): Promise<TaskResult<K>> {
  return new Promise((resolve, reject) => {
    queue.push({ message: { id: nextId++, task, args }, limitMs, resolve: resolve as (value: unknown) => void, reject });
    dispatch();
  });
}

/**
 * Stops the threads (for tests and a clean shutdown); later work starts new ones.
 *
 * @example
 * await stopUntrustedWorkers();
 */
export async function stopUntrustedWorkers(): Promise<void> {
  const all = slots.splice(0);
  await Promise.all(all.map((slot) => slot.worker.terminate()));
}
