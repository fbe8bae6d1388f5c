/**
 * @module
 * Tests of the import progress display, on a clock the test moves by hand.
 */
import { describe, expect, it } from 'vitest';
import { createProgress } from './import-progress.ts';

function clock() {
  let ms = 0;
  return { now: () => ms, advance: (by: number) => (ms += by) };
}

describe('plain progress lines', () => {
  it('writes a line every so many files, or sooner when that many seconds pass', () => {
    const time = clock();
    const lines: string[] = [];
    const progress = createProgress({ line: (l) => lines.push(l), clock: time.now, everyFiles: 3, everyMs: 10_000 });
    for (let i = 0; i < 7; i += 1) {
      progress.file(`f${i}.txt`, i, 7);
      time.advance(1000);
      progress.record('article');
    }
    // One slow file: ten seconds pass with no new file, and a line says where the import is.
    time.advance(10_000);
    progress.record('comment');
    progress.done();
    expect(lines).toMatchInlineSnapshot(`
      [
        "Progress: 3 of 7 files (42%), 3 articles, 1 a second",
        "Progress: 6 of 7 files (85%), 6 articles, 1 a second",
        "Progress: 6 of 7 files (85%), 7 articles, 1 comment, 0.5 a second",
      ]
    `);
  });
});

describe('the terminal bar', () => {
  it('redraws at most every tenth of a second, keeps the file name whole, and clears itself', () => {
    const time = clock();
    let screen = '';
    const out: string[] = [];
    const progress = createProgress({ terminal: { columns: 90, write: (t) => (screen += t) }, line: () => {}, clock: time.now });
    progress.file('archive/2024/very/deep/folder/structure/of/the/old/site/story-about-the-ferry.txt', 0, 4);
    progress.file('b.txt', 1, 4);
    time.advance(150);
    progress.record('article');
    progress.print((l) => out.push(l), 'b.txt: created b');
    progress.done();
    expect(screen.split('\r\x1b[K')).toMatchInlineSnapshot(`
      [
        "",
        "  0% [--------------------] 0/4 files · 0 articles · 0/s · …ite/story-about-the-ferry.txt",
        " 25% [#####---------------] 1/4 files · 1 article · 6.7/s · b.txt",
        "",
        " 25% [#####---------------] 1/4 files · 1 article · 6.7/s · b.txt",
        "",
      ]
    `);
    expect(out).toEqual(['b.txt: created b']);
  });
});
