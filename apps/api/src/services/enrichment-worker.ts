/**
 * @module
 * The background worker of `dateline serve`: works through the enrichment queue whenever there
 * is something on it, one article at a time with a turn for waiting requests in between, and
 * looks again every few seconds (an import in another process fills the queue too).
 */
import type { Logger } from '../lib/logger.ts';
import type { Store } from '../store/store.ts';
import { enrichOffThread, enrichQueued, MAX_ATTEMPTS } from './enrichment.ts';

/** A running worker. */
export interface EnrichmentWorker {
  /** Looks at the queue now rather than at the next interval. */
  wake(): void;
  /** Finishes the article in hand and stops; resolves once nothing more will touch the store. */
  stop(): Promise<void>;
}

/** How often an idle worker looks at the queue. */
const WORKER_INTERVAL_MS = 5_000;

/**
 * Starts the worker over `store`.
 *
 * @example
 * const worker = startEnrichmentWorker(store, { logger });
 * await worker.stop(); // before store.close()
 */
export function startEnrichmentWorker(store: Store, options: { logger: Logger; intervalMs?: number }): EnrichmentWorker {
  const { logger } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const turn = () => new Promise<boolean>((resolve) => setImmediate(() => resolve(stopped)));

  const sweep = async () => {
    try {
      // Each article is enriched in a worker thread with a time limit: the API's requests go on meanwhile.
      const run = await enrichQueued(store, { maxAttempts: MAX_ATTEMPTS, batchSize: 50, between: turn, enrich: enrichOffThread });
      if (run.enriched > 0) logger.info(`Enriched ${run.enriched} article${run.enriched === 1 ? '' : 's'} from the queue`);
      for (const failure of run.failed) logger.warn(`Could not enrich ${failure.slug}: ${failure.reason}`);
    } catch (err) {
      logger.error(`Enrichment queue: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      current = current.then(sweep).then(() => schedule(options.intervalMs ?? WORKER_INTERVAL_MS));
    }, delay);
    // An idle worker must not keep the process alive.
    timer.unref();
  };
  schedule(0);
  return {
    wake: () => schedule(0),
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
