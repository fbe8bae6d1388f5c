/**
 * @module
 * A watch on the event loop: when a tick comes late, whether the process itself held it (its
 * main thread ran, or sat in a blocking call such as a synchronous disk write, without letting
 * anything else answer, `/healthz` included) or the machine did not run it (the thread was ready
 * but other processes had the cores). Only the first is the server's fault, so only that is
 * logged as a warning; both are counted. The time spent waiting for a core comes from Linux's
 * scheduler statistics; elsewhere only the thread's CPU time counts as the server's.
 */
import { readFileSync } from 'node:fs';
import type { Logger } from './logger.ts';

/** What the watch has seen since it started. */
interface LoopWatchFigures {
  /** Ticks late by `thresholdMs` or more not for want of a core: the server's own work or blocking calls. */
  blocked: number;
  /** The longest of those, in ms held by the server. */
  longestBlockMs: number;
  /** Ticks late by `thresholdMs` or more while the main thread mostly waited for a core: the machine, not the server. */
  descheduled: number;
}

export interface LoopWatch {
  figures(): LoopWatchFigures;
  stop(): void;
}

const TICK_MS = 10;
const SCHEDSTAT = '/proc/thread-self/schedstat';

/** What Linux counts for the calling thread; undefined elsewhere. */
interface ThreadCounters {
  /** Nanoseconds waited, ready, for a core. */
  waitedNs: number;
  /** Page faults that read from disk (a memory-mapped database page not in memory). */
  majorFaults: number;
  /** Bytes handed to write calls (the database's log). */
  written: number;
}

function threadCounters(): ThreadCounters | undefined {
  try {
    const waitedNs = Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[1]);
    // The command name in field 2 may hold spaces; the fields after its closing parenthesis do not.
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const majorFaults = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[9]);
    const written = Number(/^wchar: (\d+)$/m.exec(readFileSync('/proc/thread-self/io', 'utf8'))?.[1] ?? 0);
    return { waitedNs, majorFaults, written };
  } catch {
    return undefined;
  }
}

/**
 * Starts watching. A tick late by `thresholdMs` or more, of which the main thread spent less than
 * that waiting for a core, is logged as `event loop blocked`; one it spent waiting is counted as
 * the machine's.
 *
 * @example
 * const watch = watchEventLoop(logger, 100);
 * // … later
 * watch.stop();
 */
export function watchEventLoop(logger: Logger, thresholdMs = 100): LoopWatch {
  const figures: LoopWatchFigures = { blocked: 0, longestBlockMs: 0, descheduled: 0 };
  let lastAt = performance.now();
  let lastCpu = process.threadCpuUsage();
  let lastCounters = threadCounters();
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = process.threadCpuUsage(lastCpu);
    const counters = threadCounters();
    const lateMs = now - lastAt - TICK_MS;
    const ranMs = (cpu.user + cpu.system) / 1000;
    const since = counters &&
      lastCounters && {
        waitedMs: (counters.waitedNs - lastCounters.waitedNs) / 1e6,
        majorFaults: counters.majorFaults - lastCounters.majorFaults,
        writtenKB: Math.round((counters.written - lastCounters.written) / 1024),
      };
    const waitedMs = since?.waitedMs;
    lastAt = now;
    lastCpu = process.threadCpuUsage();
    lastCounters = counters;
    if (lateMs < thresholdMs) return;
    // Without scheduler statistics, only the thread's own CPU time is known to be the server's.
    const heldMs = waitedMs === undefined ? ranMs : lateMs - waitedMs;
    // The rest of the time the thread slept in a call: a lock, a page read from disk, a throttled write.
    const fields = {
      lateMs: Math.round(lateMs),
      ranMs: Math.round(ranMs),
      ...(since && { waitedForCoreMs: Math.round(since.waitedMs), majorFaults: since.majorFaults, writtenKB: since.writtenKB }),
    };
    if (heldMs >= thresholdMs) {
      figures.blocked++;
      figures.longestBlockMs = Math.max(figures.longestBlockMs, heldMs);
      logger.warn('event loop blocked', fields);
    } else {
      figures.descheduled++;
      logger.debug('event loop late, the machine busy', fields);
    }
  }, TICK_MS);
  timer.unref();
  return { figures: () => ({ ...figures }), stop: () => clearInterval(timer) };
}
