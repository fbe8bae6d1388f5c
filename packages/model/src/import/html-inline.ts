/**
 * @module
 * Inline content from HTML: the converter collects flat runs of text (with their marks and link
 * target), and this turns them into the model's `Inline[]` with white space settled the way a
 * browser would show it.
 */
import type { Inline, Link, Mark, TextRun } from '../inline.ts';

/** A piece of text as the converter met it; `\n` alone stands for a `<br>`. */
export interface Run {
  text: string;
  marks: readonly Mark[];
  href?: string | undefined;
}

const HTML_SPACE = /[ \t\n\r\f]+/g;
const BREAK = '\n';

/**
 * Runs as inline content: white space collapsed across run boundaries, the ends trimmed, line
 * breaks kept as `\n`, neighbouring runs with the same marks merged and runs sharing a link
 * target grouped into one `Link`. Empty when there is no visible text.
 *
 * @example
 * runsToInline([{ text: ' Hello ', marks: [] }, { text: 'world', marks: ['em'] }]);
 * // [{ type: 'text', text: 'Hello ' }, { type: 'text', text: 'world', marks: ['em'] }]
 */
export function runsToInline(runs: readonly Run[]): Inline[] {
  const out: Inline[] = [];
  for (const run of settleSpace(runs)) {
    const node: TextRun = run.marks.length > 0 ? { type: 'text', text: run.text, marks: [...run.marks] } : { type: 'text', text: run.text };
    const last = out.at(-1);
    if (run.href) {
      if (last?.type === 'link' && last.href === run.href) mergeInto(last.children, node);
      else out.push({ type: 'link', href: run.href, children: [node] } satisfies Link);
    } else if (last?.type === 'text') {
      mergeInto(out as TextRun[], node);
    } else {
      out.push(node);
    }
  }
  return out;
}

function mergeInto(list: TextRun[], run: TextRun): void {
  const last = list.at(-1);
  if (last && sameMarks(last.marks, run.marks)) list[list.length - 1] = { ...last, text: last.text + run.text };
  else list.push(run);
}

function sameMarks(a: readonly Mark[] | undefined, b: readonly Mark[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((m) => y.includes(m));
}

// Collapses spaces the way layout does: one space between words, kept in the run where it
// first appears (so a link never starts with one), none at the ends or beside a line break.
function settleSpace(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let afterSpace = true;
  for (const run of runs) {
    if (run.text === BREAK) {
      trimEnd(out);
      if (out.length > 0 && out.at(-1)?.text !== BREAK) out.push({ ...run, text: BREAK });
      afterSpace = true;
      continue;
    }
    let text = run.text.replace(HTML_SPACE, ' ');
    if (afterSpace && text.startsWith(' ')) text = text.slice(1);
    if (text === '') continue;
    out.push({ ...run, text });
    afterSpace = text.endsWith(' ');
  }
  trimEnd(out);
  while (out.at(-1)?.text === BREAK) {
    out.pop();
    trimEnd(out);
  }
  return out;
}

function trimEnd(out: Run[]): void {
  for (let last = out.at(-1); last && last.text !== BREAK; last = out.at(-1)) {
    const text = last.text.replace(/ $/, '');
    if (text !== '') {
      out[out.length - 1] = { ...last, text };
      return;
    }
    out.pop();
  }
}
