/**
 * @module
 * The checks that keep an importer's work bounded, run before the parsing they protect: sizes,
 * line counts, nesting depth and Markdown markers (see `limits.ts`), and whether bytes are text
 * at all. Each is one linear pass; each failure is an `ImportError` saying which limit was passed.
 */
import { MAX_BLOCKS, MAX_LINES, MAX_MARKDOWN_MARKERS, MAX_NESTING_DEPTH, MAX_SOURCE_BYTES, MAX_TEXT_CHARS } from '../limits.ts';
import { ImportError } from './errors.ts';

export { withoutControls } from '../control-characters.ts';

const count = (n: number): string => n.toLocaleString('en-GB');

/**
 * Throws `too_large` when `text` (a plain-text or Markdown source) has more characters or lines
 * than an article may.
 *
 * @example
 * checkTextSize('Headline\n\nBody.'); // passes
 */
export function checkTextSize(text: string): void {
  if (text.length > MAX_TEXT_CHARS) {
    throw new ImportError(
      'too_large',
      `The text has ${count(text.length)} characters, more than the ${count(MAX_TEXT_CHARS)} an article may have.`,
    );
  }
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++lines > MAX_LINES)
      throw new ImportError('too_large', `The text has more than the ${count(MAX_LINES)} lines an article may have.`);
  }
}

/**
 * Throws `too_large` when a body has more blocks than an article may.
 *
 * @example
 * checkBlockCount(blocks.length);
 */
export function checkBlockCount(blocks: number): void {
  if (blocks > MAX_BLOCKS)
    throw new ImportError('too_large', `The article has ${count(blocks)} blocks, more than the ${count(MAX_BLOCKS)} allowed.`);
}

/**
 * Throws `too_complex` when Markdown nests quotes or lists deeper than `MAX_NESTING_DEPTH`, or
 * has more emphasis markers or link brackets than `MAX_MARKDOWN_MARKERS`. The depth of a line is
 * counted from its container prefix (each `>` and list marker one level, each two columns of
 * indentation before a marker one level), which is never less than the depth the parser builds.
 *
 * @example
 * checkMarkdownStructure('> quoted\n\n- item'); // passes
 */
export function checkMarkdownStructure(md: string): void {
  let emphasis = 0;
  let brackets = 0;
  let depth = 0;
  let columns = 0;
  let inPrefix = true;
  for (let i = 0; i < md.length; i++) {
    const c = md.charCodeAt(i);
    if (c === 0x2a || c === 0x5f) emphasis++;
    else if (c === 0x5b || c === 0x5d) brackets++;
    if (c === 0x0a) {
      depth = 0;
      columns = 0;
      inPrefix = true;
      continue;
    }
    if (!inPrefix) continue;
    let marker = false;
    if (c === 0x20) columns++;
    else if (c === 0x09) columns += 4;
    else if (c === 0x3e) marker = true;
    else if ((c === 0x2d || c === 0x2b || c === 0x2a) && isBlank(md.charCodeAt(i + 1))) marker = true;
    else if (c >= 0x30 && c <= 0x39) {
      let j = i;
      while (j < md.length && j - i < 9 && md.charCodeAt(j) >= 0x30 && md.charCodeAt(j) <= 0x39) j++;
      const mark = md.charCodeAt(j);
      marker = (mark === 0x2e || mark === 0x29) && isBlank(md.charCodeAt(j + 1));
      if (marker) i = j;
      else inPrefix = false;
    } else inPrefix = false;
    // Indentation before a marker nests it (two columns a level); spaces after one belong to it.
    if (marker) {
      depth += 1 + Math.floor(columns / 2);
      columns = 0;
    }
    if (depth + Math.floor(columns / 2) > MAX_NESTING_DEPTH) {
      throw new ImportError('too_complex', `The Markdown nests quotes or lists more than ${MAX_NESTING_DEPTH} levels deep.`);
    }
  }
  if (emphasis > MAX_MARKDOWN_MARKERS) {
    throw new ImportError(
      'too_complex',
      `The Markdown has ${count(emphasis)} emphasis markers (* or _), more than the ${count(MAX_MARKDOWN_MARKERS)} allowed.`,
    );
  }
  if (brackets > MAX_MARKDOWN_MARKERS) {
    throw new ImportError(
      'too_complex',
      `The Markdown has ${count(brackets)} square brackets, more than the ${count(MAX_MARKDOWN_MARKERS)} allowed.`,
    );
  }
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || Number.isNaN(c);
}

/**
 * Throws `too_complex` when the element tree under `root` is deeper than `MAX_NESTING_DEPTH`,
 * walking it without recursion (the importers' own walks recurse, and would overflow the stack).
 *
 * @example
 * checkElementDepth(document.documentElement);
 */
export function checkElementDepth(root: { firstElementChild: unknown } | null | undefined): void {
  type El = { firstElementChild: El | null; nextElementSibling: El | null };
  const stack: [El, number][] = [];
  if (root) stack.push([root as El, 1]);
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [El, number];
    if (depth > MAX_NESTING_DEPTH)
      throw new ImportError('too_complex', `The page nests elements more than ${MAX_NESTING_DEPTH} levels deep.`);
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}

/**
 * Throws `too_large` when a file of `size` bytes is over `MAX_SOURCE_BYTES` (before reading it).
 *
 * @example
 * checkSourceSize(statSync(path).size);
 */
export function checkSourceSize(size: number): void {
  if (size > MAX_SOURCE_BYTES) {
    throw new ImportError('too_large', `The file has ${count(size)} bytes, more than the ${count(MAX_SOURCE_BYTES)} an import reads.`);
  }
}

/**
 * Throws `too_large` when a file is over `MAX_SOURCE_BYTES`, and `binary` when its bytes are not
 * text: control characters (but tab, line breaks and form feed) in more than one in a hundred
 * of its first 64 KB, and more than 16 of them. A few stray ones in a text are dropped instead. UTF-16 files, which have NUL bytes, are recognised by
 * their byte-order mark.
 *
 * @example
 * checkSourceBytes(new TextEncoder().encode('Headline\n\nBody.')); // passes
 */
export function checkSourceBytes(bytes: Uint8Array): void {
  checkSourceSize(bytes.length);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return;
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const b of sample) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
  if (controls > 16 && controls * 100 > sample.length) {
    throw new ImportError(
      'binary',
      `The file is not text: ${count(controls)} of its first ${count(sample.length)} bytes are control characters.`,
    );
  }
}
