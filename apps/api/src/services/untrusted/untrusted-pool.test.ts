/**
 * @module
 * The worker threads that parse and enrich untrusted input: results and import errors come back
 * as if the work ran here, and work over its time limit fails alone while the next runs.
 */
import { ImportError } from '@dateline/model';
import { afterAll, describe, expect, it } from 'vitest';
import { runUntrusted, stopUntrustedWorkers, UntrustedWorkTimeout } from './untrusted-pool.ts';

afterAll(async () => {
  await stopUntrustedWorkers();
});

describe('runUntrusted', { timeout: 60_000 }, () => {
  it("parses in a worker thread, passing back the article or the importer's error", async () => {
    const parsed = await runUntrusted('parse', ['text/plain', 'Night ferry returns\n\nThe ferry sailed again.', undefined]);
    expect(parsed).toMatchObject({ input: { headline: 'Night ferry returns' }, warnings: [] });
    const failure = await runUntrusted('parse', ['text/markdown', '   ', undefined]).catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(ImportError);
    expect(failure).toMatchObject({ code: 'empty_input' });
  });

  it('stops work past its time limit with UntrustedWorkTimeout, and the next task still runs', async () => {
    const text = `Long story\n\n${Array.from({ length: 20_000 }, (_, i) => `Paragraph ${i} of a long and winding text.`).join('\n\n')}`;
    const started = performance.now();
    await expect(runUntrusted('parse', ['text/plain', text, undefined], 1)).rejects.toBeInstanceOf(UntrustedWorkTimeout);
    expect(performance.now() - started).toBeLessThan(1_000);
    const { mentions } = await runUntrusted('enrich', [
      {
        headline: 'Talks',
        body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Vladimir Putin met Emmanuel Macron in Paris.' }] }],
      },
    ]);
    expect(mentions.map((m) => m.entity.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Emmanuel Macron']));
  });
});
