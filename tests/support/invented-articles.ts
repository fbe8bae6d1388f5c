/**
 * @module
 * Folders of articles written for these tests (invented towns, people and events), in Markdown
 * with front matter as newsrooms write them. Each article's last paragraph names its number, so
 * a test can tell a complete stored article from a cut one.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TOWNS = ['Eastbrook', 'Marlow Vale', 'Kettering Bay', 'Oakhollow', 'Fernside', 'Saltmarsh', 'Brindle Cross', 'Upper Wend'];
const SUBJECTS = [
  'bus depot',
  'swimming pool',
  'night market',
  'allotment society',
  'lifeboat crew',
  'choir',
  'bridge repairs',
  'school kitchen',
];
const EVENTS = ['wins funding for', 'delays plans for', 'celebrates', 'votes on', 'opens doors to', 'reviews'];
const PEOPLE = ['Hana Osei', 'Piet van Dael', 'Ruth Adeyemi', 'Tomasz Wilk', 'Inés Marquez', 'Colm Byrne'];
const SECTIONS = ['Local', 'Transport', 'Culture', 'Education'];

/** What was written for one article, to check what the store kept. */
export interface InventedArticle {
  file: string;
  headline: string;
  slug: string;
  /** The body's paragraphs, in order; the last one is `closingLine(n)`. */
  paragraphs: string[];
}

/** The last paragraph of article `n`. */
function closingLine(n: number): string {
  return `This is report number ${n} of the series, and it ends here.`;
}

/**
 * Article `n` (from 1) of a series `tag`: same `n` and `tag`, same text.
 *
 * @example
 * inventArticle(3, 'wire').headline; // 'Marlow Vale swimming pool wins funding for … (wire 3)'
 */
export function inventArticle(n: number, tag: string): Omit<InventedArticle, 'file'> & { markdown: string } {
  const town = TOWNS[n % TOWNS.length]!;
  const subject = SUBJECTS[(n * 3) % SUBJECTS.length]!;
  const event = EVENTS[(n * 5) % EVENTS.length]!;
  const person = PEOPLE[n % PEOPLE.length]!;
  const headline = `${town} ${subject} ${event} spring season (${tag} ${n})`;
  const slug = `${tag}-${n}-${town}-${subject}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const count = 3 + (n % 4);
  const paragraphs = Array.from({ length: count - 1 }, (_, i) =>
    i === 0
      ? `${person} told a packed meeting in ${town} that the ${subject} had waited long enough, and that the spring would show whether the town agreed.`
      : `Speaker ${i + 1} at the ${town} meeting, a resident of ${40 + i * 7} years, said the ${subject} mattered to the families on the north side of the river.`,
  );
  paragraphs.push(closingLine(n));
  const day = String(1 + (n % 28)).padStart(2, '0');
  const minute = String(n % 60).padStart(2, '0');
  const markdown = `---
headline: ${headline}
slug: ${slug}
standfirst: Residents of ${town} have their say on the ${subject}.
authors:
  - name: ${person}
section: ${SECTIONS[n % SECTIONS.length]}
tags: [${town}, ${tag}]
publishedAt: 2026-03-${day}T${String(n % 24).padStart(2, '0')}:${minute}:00Z
---

${paragraphs.join('\n\n')}
`;
  return { headline, slug, paragraphs, markdown };
}

/**
 * Writes articles 1…`count` of series `tag` into `dir` (created if missing), one `.md` file each.
 *
 * @example
 * const written = writeInventedArticles(join(tmp, 'wire'), 40, 'wire');
 */
export function writeInventedArticles(dir: string, count: number, tag: string): InventedArticle[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => {
    const { markdown, ...article } = inventArticle(i + 1, tag);
    const file = join(dir, `${String(i + 1).padStart(5, '0')}.md`);
    writeFileSync(file, markdown);
    return { file, ...article };
  });
}
