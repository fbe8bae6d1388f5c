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

// Collapses spaces the way layout does: one space between words whatever run it sits in, none
// at the ends or beside a line break, and no empty runs left over.
function settleSpace(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  let atStart = true;
  let pendingSpace = false;
  for (const run of runs) {
    if (run.text === BREAK) {
      if (!atStart) out.push({ ...run, text: BREAK });
      pendingSpace = false;
      atStart = true;
      continue;
    }
    const words = run.text.replace(HTML_SPACE, ' ');
    if (words === ' ' || words === '') {
      if (words === ' ' && !atStart) pendingSpace = true;
      continue;
    }
    let text = words.startsWith(' ') ? words.slice(1) : words;
    const trailing = text.endsWith(' ');
    if (trailing) text = text.slice(0, -1);
    if ((pendingSpace || words.startsWith(' ')) && !atStart) text = ' ' + text;
    out.push({ ...run, text });
    pendingSpace = trailing;
    atStart = false;
  }
  while (out.at(-1)?.text === BREAK) out.pop();
  return out;
}
