/**
 * @module
 * Test helpers for imports: a folder of invented article files in every format the importer
 * reads, with the awkward cases (a broken file, a Windows-1252 file, a copy, a PDF).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes `content` to `dir/path`, creating folders as needed.
 *
 * @example
 * writeFile(tmp, 'stories/a.txt', 'Headline\n\nBody.\n');
 */
export function writeFile(dir: string, path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

/** Bytes of `text` in Windows-1252 (only the characters the fixtures use). */
function windows1252(text: string): Uint8Array {
  const high: Record<string, number> = { '“': 0x93, '”': 0x94, '’': 0x92, '£': 0xa3, é: 0xe9, '–': 0x96 };
  return Uint8Array.from([...text].map((ch) => high[ch] ?? ch.charCodeAt(0)));
}

/** A web page, long enough for the article finder to see an article in it. */
export const MARKET_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Night market returns | Harbour Gazette</title></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
<article><h1>Night market returns</h1><p class="byline">By Ana Ruiz</p>
<p>The night market returns to the quay on Friday after a winter away, with forty stalls selling food, books and plants.</p>
<p>Traders said the new lighting along the water would keep people out later than last year, and the council agreed to close the road from six.</p>
</article></body></html>
`;

/** A web page in Windows-1252 that says so in its `<meta>`. */
const QUAY_PAGE = `<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Quay café reopens</title></head><body><article><h1>Quay café reopens</h1>
<p>The café on the quay reopened on Saturday with a new terrace and the same “famous” scones.</p>
<p>The owners said the repairs to the roof took longer than planned because of the winter storms.</p>
<p>Regulars queued from eight, and the first tray of scones was gone within the hour.</p>
</article></body></html>
`;

/**
 * Writes the `newsroom` folder under `dir`: nine files, of which six import as new articles,
 * one is a copy of another (a duplicate), one is broken JSON and one is a PDF (skipped), plus a
 * hidden file (ignored). `e-cafe.txt` is Windows-1252 text, `c-market.html` a web page and
 * `c-quay.htm` a Windows-1252 web page that declares its encoding.
 *
 * @example
 * writeNewsroom(tmp);
 * await importPaths(store, ['newsroom'], { cwd: tmp });
 */
export function writeNewsroom(dir: string): void {
  writeFile(dir, 'newsroom/a-ferry.txt', 'Ferry timetable changes next week\n\nThe first crossing moves to six in the morning.\n');
  writeFile(dir, 'newsroom/b-bridge.md', '---\nheadline: Footbridge repainted\ntags: [Bridges]\n---\nThe footbridge is green again.\n');
  writeFile(dir, 'newsroom/c-market.html', MARKET_PAGE);
  writeFile(dir, 'newsroom/c-quay.htm', windows1252(QUAY_PAGE));
  writeFile(
    dir,
    'newsroom/d-library.json',
    JSON.stringify({
      headline: 'Library opens late on Thursdays',
      status: 'draft',
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'The reading room stays open until nine.' }] }],
    }),
  );
  writeFile(
    dir,
    'newsroom/e-cafe.txt',
    windows1252('Café owner wins “best pastry” award\n\nThe prize – worth £500 – goes to the quay’s oldest café.\n'),
  );
  writeFile(dir, 'newsroom/f-broken.json', '{ "headline": "Unfinished", ');
  writeFile(dir, 'newsroom/g-minutes.pdf', '%PDF-1.4 not an article');
  writeFile(dir, 'newsroom/.notes.txt', 'Hidden files\n\nare not imported.\n');
  writeFile(
    dir,
    'newsroom/nested/h-copy.md',
    '---\nheadline: Footbridge repainted\nslug: footbridge-copy\ntags: [Bridges]\n---\nThe footbridge is green again.\n',
  );
}
