/**
 * @module
 * Imported first by a worker thread that does background work: lowers that thread's scheduling
 * priority, so that on a busy machine the main thread (answering `/healthz` and every other
 * request) gets a core before a long parse or enrichment does. On Linux a thread has a priority
 * of its own, set through its thread id; elsewhere, or when refused, nothing changes.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/** The niceness of background threads: they run whenever the main thread does not need the core. */
export const BACKGROUND_NICENESS = 10;

/**
 * Lowers the calling thread's priority to `niceness`; true when it was lowered.
 *
 * @example
 * lowerThreadPriority(); // true on Linux
 */
export function lowerThreadPriority(niceness = BACKGROUND_NICENESS): boolean {
  try {
    // "/proc/thread-self" links to "<pid>/task/<thread id>".
    const tid = Number(readlinkSync('/proc/thread-self').split('/').at(-1));
    if (!Number.isInteger(tid) || tid <= 0) return false;
    setPriority(tid, niceness);
    return true;
  } catch {
    return false;
  }
}

lowerThreadPriority();
