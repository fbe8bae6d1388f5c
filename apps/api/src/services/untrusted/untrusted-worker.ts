/**
 * @module
 * The worker thread's side of `untrusted-pool.ts`: runs each task it is sent and posts back the
 * result or the error.
 */
// First, so that even loading the model runs below the main thread's priority.
import './background-priority.ts';
import { ImportError } from '@dateline/model';
import { parentPort } from 'node:worker_threads';
import { TASKS, type TaskMessage, type TaskReply } from './untrusted-tasks.ts';

parentPort?.on('message', (message: TaskMessage) => {
  let reply: TaskReply;
  try {
    const run = TASKS[message.task] as (...args: unknown[]) => unknown;
    reply = { id: message.id, ok: true, result: run(...message.args) };
  } catch (err) {
    reply =
      err instanceof ImportError
        ? { id: message.id, ok: false, importError: { code: err.code, message: err.message, field: err.field } }
        : { id: message.id, ok: false, message: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
// Loading the model takes a while: the pool starts a task's clock only once this arrives.
parentPort?.postMessage('ready');
