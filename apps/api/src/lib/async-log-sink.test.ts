/**
 * @module
 * Tests of the server's background log sink on files: lines arrive whole and in order, lines past
 * the bound are dropped and counted on the stream that lost them, and closing writes out the rest.
 */
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAsyncLogSink } from './async-log-sink.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dateline-log-sink-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A sink writing to two new files; `read()` gives their lines once it is closed. */
function fileSink(maxBytes?: number) {
  const outPath = join(dir, 'out.log');
  const errPath = join(dir, 'err.log');
  const outFd = openSync(outPath, 'w');
  const errFd = openSync(errPath, 'w');
  const sink = createAsyncLogSink(outFd, errFd, (count) => `dropped count=${count}`, maxBytes);
  const read = async () => {
    // The sink closes the descriptors itself (all but 1 and 2).
    await sink.close(2_000);
    const lines = (path: string) => readFileSync(path, 'utf8').split('\n').slice(0, -1);
    return { out: lines(outPath), err: lines(errPath) };
  };
  return { sink, read };
}

describe('createAsyncLogSink', () => {
  it('writes every line, in order, to its stream', async () => {
    const { sink, read } = fileSink();
    for (let i = 0; i < 500; i++) sink.out(`tram ${i} left the depot`);
    sink.err('the night tram is late');
    const { out, err } = await read();
    expect(out).toEqual(Array.from({ length: 500 }, (_, i) => `tram ${i} left the depot`));
    expect(err).toEqual(['the night tram is late']);
  });

  it('drops the lines past its bound and says how many once written out', async () => {
    const { sink, read } = fileSink(1_024);
    // Written in one turn: none can reach the file before the bound is passed.
    for (let i = 0; i < 1_000; i++) sink.out(`ferry ${String(i).padStart(4, '0')} docked`);
    sink.err('the ferry is late');
    const { out, err } = await read();
    const kept = out.slice(0, -1);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => `ferry ${String(i).padStart(4, '0')} docked`));
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(100);
    expect(out.at(-1)).toBe(`dropped count=${1_000 - kept.length}`);
    expect(err).toEqual(['the ferry is late']);
  });
});
