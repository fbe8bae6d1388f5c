/**
 * @module
 * `dateline enrich [--status] [--all]`: works through the enrichment queue, or reports on it.
 */
import { enrichQueued } from '../services/enrichment.ts';
import type { EnrichmentStatus } from '../store/store.ts';
import { EXIT_FAILURE, EXIT_OK, parseCommandArgs } from './args.ts';
import type { CliIo } from './io.ts';
import { openStoreFromEnv } from './store-from-env.ts';
import { SUMMARIES } from './summaries.ts';

const summary = SUMMARIES.enrich;

export const usage = `Usage: dateline enrich [--status] [--all]

${summary}: those written by a bulk import or with
ENRICH=off, or stored before entities existed. Each article is stored in a transaction of its
own, with editors' corrections applied again: stopping it loses nothing, and running it again
carries on. A running \`dateline serve\` works through the queue in the background as well.

Options:
  --status    Only report: articles enriched, queued, and those whose enrichment failed.
  --all       Queue every article first, to enrich them all afresh (after the extractor improved).
  -h, --help  Show this help.

The database is DATABASE_URL (default: data/dateline.db under the repository).`;

const n = (x: number) => x.toLocaleString('en');
const PROGRESS_EVERY = 500;

function statusLines(label: string, status: EnrichmentStatus): string[] {
  return [
    `${label}: ${n(status.enriched)} article${status.enriched === 1 ? '' : 's'} enriched, ${n(status.queued)} queued`,
    ...status.failing.map((f) => `  failing: ${f.slug} (${f.attempts} attempt${f.attempts === 1 ? '' : 's'}): ${f.error}`),
  ];
}

/**
 * Runs `enrich`.
 *
 * @example
 * await runEnrich(['--status'], processIo()); // "SQLite …/dateline.db: 1,703 articles enriched, 0 queued"
 */
export async function runEnrich(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(args, { status: { type: 'boolean' }, all: { type: 'boolean' } });
  if (values.help) {
    io.out(usage);
    return EXIT_OK;
  }
  const { store, label } = await openStoreFromEnv(io);
  try {
    if (values.status) {
      for (const line of statusLines(label, await store.enrichmentStatus())) io.out(line);
      return EXIT_OK;
    }
    if (values.all) io.err(`Queued ${n(await store.queueAllForEnrichment(new Date()))} articles`);
    const start = performance.now();
    let next = PROGRESS_EVERY;
    const run = await enrichQueued(store, {
      onProgress: (done) => {
        if (done >= next) {
          io.err(`${n(done)} articles…`);
          next += PROGRESS_EVERY;
        }
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const rate = run.enriched > 0 ? `, ${n(Math.round(run.enriched / seconds))} a second` : '';
    io.out(
      `Enriched ${n(run.enriched)} article${run.enriched === 1 ? '' : 's'} in ${seconds.toFixed(1)} s${rate}; ${run.failed.length} failed`,
    );
    for (const failure of run.failed) io.err(`  ${failure.slug}: ${failure.reason}`);
    for (const line of statusLines(label, await store.enrichmentStatus())) io.out(line);
    return run.failed.length > 0 ? EXIT_FAILURE : EXIT_OK;
  } finally {
    await store.close();
  }
}
