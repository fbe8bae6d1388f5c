/**
 * @module
 * Markdown inline content (mdast phrasing nodes) to the model's inline runs. Emphasis, strong
 * and code become marks; links keep only safe targets; raw HTML tags are dropped.
 */
import type { Definition, PhrasingContent } from 'mdast';
import type { Inline, Mark, TextRun } from '../inline.ts';
import { LinkHref } from '../inline.ts';

/** Link and image definitions (`[id]: url "title"`) by normalised identifier. */
export type Definitions = ReadonlyMap<string, Definition>;

/**
 * Whether `href` is a link target readers can follow safely (http(s), mailto, a site path or a
 * fragment). `javascript:`, `data:` and relative or protocol-relative URLs are not.
 *
 * @example
 * isSafeHref('https://example.org/report'); // true
 * isSafeHref('javascript:alert(1)'); // false
 */
export function isSafeHref(href: string): boolean {
  return LinkHref.safeParse(href).success;
}

/**
 * Plain text of phrasing content, for headings, captions and quotes (marks and links dropped,
 * soft line breaks turned into spaces).
 *
 * @example
 * phrasingText(fromMarkdown('Hello *world*').children[0].children); // 'Hello world'
 */
export function phrasingText(nodes: readonly PhrasingContent[], defs: Definitions = new Map(), keepLines = false): string {
  return runsText(toInline(nodes, defs, keepLines));
}

function runsText(content: readonly Inline[]): string {
  return content.map((n) => (n.type === 'text' ? n.text : n.children.map((c) => c.text).join(''))).join('');
}

/**
 * Converts phrasing content to inline runs: adjacent runs with the same marks merged, soft line
 * breaks as spaces, hard breaks as `\n`, the paragraph trimmed, empty runs removed.
 *
 * @example
 * toInline(fromMarkdown('A *b*').children[0].children);
 * // [{ type: 'text', text: 'A ' }, { type: 'text', text: 'b', marks: ['em'] }]
 */
export function toInline(nodes: readonly PhrasingContent[], defs: Definitions = new Map(), keepLines = false): Inline[] {
  const out: Inline[] = [];
  collect(nodes, [], { defs, softBreak: keepLines ? '\n' : ' ' }, out);
  return tidy(out);
}

interface Context {
  defs: Definitions;
  softBreak: string;
}

function collect(nodes: readonly PhrasingContent[], marks: Mark[], ctx: Context, out: Inline[]): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        pushText(out, node.value.replace(/[ \t]*\r?\n[ \t]*/g, ctx.softBreak), marks);
        break;
      case 'break':
        pushText(out, '\n', marks);
        break;
      case 'inlineCode':
        pushText(out, node.value, withMark(marks, 'code'));
        break;
      case 'emphasis':
        collect(node.children, withMark(marks, 'em'), ctx, out);
        break;
      case 'strong':
        collect(node.children, withMark(marks, 'strong'), ctx, out);
        break;
      case 'delete':
        collect(node.children, marks, ctx, out);
        break;
      case 'link':
      case 'linkReference': {
        const target = node.type === 'link' ? node : ctx.defs.get(node.identifier.toLowerCase());
        const children: Inline[] = [];
        collect(node.children, marks, ctx, children);
        const runs = children.flatMap((c) => (c.type === 'text' ? [c] : c.children));
        if (target && isSafeHref(target.url) && runs.some((r) => r.text.trim() !== '')) {
          const title = target.title?.trim().slice(0, 300);
          out.push({ type: 'link', href: target.url, ...(title ? { title } : {}), children: runs });
        } else for (const run of runs) pushText(out, run.text, run.marks ?? []);
        break;
      }
      case 'image':
      case 'imageReference':
        if (node.alt) pushText(out, node.alt, marks);
        break;
      // Raw HTML tags and footnote markers carry no reader-visible text of their own.
      case 'html':
      case 'footnoteReference':
        break;
    }
  }
}

function withMark(marks: readonly Mark[], mark: Mark): Mark[] {
  return marks.includes(mark) ? [...marks] : [...marks, mark];
}

function sameMarks(a: readonly Mark[] = [], b: readonly Mark[] = []): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}

function pushText(out: Inline[], text: string, marks: readonly Mark[]): void {
  if (text === '') return;
  const last = out.at(-1);
  if (last?.type === 'text' && sameMarks(last.marks, marks)) last.text += text;
  else out.push({ type: 'text', text, ...(marks.length ? { marks: [...marks] } : {}) });
}

/** Trims the ends of the content and drops runs left empty. */
function tidy(content: Inline[]): Inline[] {
  const trimRun = (run: TextRun, side: 'start' | 'end') =>
    (run.text = side === 'start' ? run.text.replace(/^\s+/, '') : run.text.replace(/\s+$/, ''));
  const first = content[0];
  if (first?.type === 'text') trimRun(first, 'start');
  const last = content.at(-1);
  if (last?.type === 'text') trimRun(last, 'end');
  return content
    .map((node) => (node.type === 'link' ? { ...node, children: node.children.filter((c) => c.text !== '') } : node))
    .filter((node) => (node.type === 'text' ? node.text !== '' : node.children.length > 0));
}
