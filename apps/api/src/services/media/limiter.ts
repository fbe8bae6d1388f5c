/**
 * @module
 * A bound on jobs running at once, with a bounded queue: image work runs on libvips' threads,
 * off the event loop, but many at once would take every core and all the memory from readers.
 */

/** The queue is full: the caller should answer 503 and let the client retry. */
export class BusyError extends Error {
  override name = 'BusyError';
}

/**
 * Runs at most `concurrency` jobs at once; up to `queueLimit` more wait, beyond that `run` rejects
 * with `BusyError` at once.
 *
 * @example
 * const limiter = createLimiter(1, 32);
 * const result = await limiter.run(() => makeRenditions(bytes));
 */
export function createLimiter(concurrency: number, queueLimit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (running >= concurrency) {
        if (waiting.length >= queueLimit) throw new BusyError('Too many pictures are being processed; try again shortly.');
        await new Promise<void>((go) => waiting.push(go));
      }
      running++;
      try {
        return await job();
      } finally {
        release();
      }
    },
    /** Jobs running and waiting, for tests and benchmarks. */
    get load() {
      return { running, waiting: waiting.length };
    },
  };
}

export type Limiter = ReturnType<typeof createLimiter>;
