/**
 * @module
 * Tests for parseText on invented fixtures.
 */
import { describe, expect, it } from 'vitest';
import { ArticleInput } from '../article.ts';
import type { Block } from '../block.ts';
import { plain } from '../inline-text.ts';
import { ImportError } from './errors.ts';
import { parseText } from './parse-text.ts';

const p = (text: string): Block => ({ type: 'paragraph', content: plain(text) });
const P1 = 'The harbour board met on Tuesday to discuss the new ferry timetable for the islands.';
const P2 = 'Members agreed that the first sailing would leave at six, an hour earlier than before.';
const P3 = '“We listened to the people who use it every day,” the chair said — and nobody objected.';

function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseText', () => {
  it('takes the headline from the first non-empty line and one paragraph per line', () => {
    const out = parseText(`\n\n  Ferry Timetable Changes  \n${P1}\n${P2}\n`);
    expect(out).toEqual({ headline: 'Ferry Timetable Changes', body: [p(P1), p(P2)] });
    expect(ArticleInput.safeParse(out).success).toBe(true);
  });

  it('splits paragraphs on blank lines and handles CRLF line ends', () => {
    expect(parseText(`Headline\r\n\r\n${P1}\r\n\r\n${P2}\r\n`).body).toEqual([p(P1), p(P2)]);
  });

  it('joins hard-wrapped paragraphs again', () => {
    const text =
      'Wrapped Copy\n\nThe harbour board met on Tuesday to discuss the\nnew ferry timetable for the islands.\n\nMembers agreed.\n';
    expect(parseText(text).body).toEqual([p(P1), p('Members agreed.')]);
  });

  it('keeps curly quotes, dashes and non-breaking spaces exactly as written', () => {
    const body = parseText(`Quotes\n${P3}\nIt costs £5\u00a0a week.`).body;
    expect(body).toEqual([p(P3), p('It costs £5\u00a0a week.')]);
  });

  it('drops separator lines that hold no words', () => {
    expect(parseText(`Headline\n${P1}\n* * *\n${P2}`).body).toEqual([p(P1), p(P2)]);
  });

  it('turns marked lines into lists, one list per run and kind', () => {
    const text = `Headline\n${P1}\n - Earlier first sailing\n* A later last sailing\n• Cheaper fares\n1. Book online\n2) Board by the ramp\n${P2}`;
    expect(parseText(text).body).toEqual([
      p(P1),
      { type: 'list', ordered: false, items: [plain('Earlier first sailing'), plain('A later last sailing'), plain('Cheaper fares')] },
      { type: 'list', ordered: true, items: [plain('Book online'), plain('Board by the ramp')] },
      p(P2),
    ]);
  });

  it('joins list items separated by blank lines', () => {
    expect(parseText(`Headline\n\n${P1}\n\n- one\n\n- two\n`).body).toEqual([
      p(P1),
      { type: 'list', ordered: false, items: [plain('one'), plain('two')] },
    ]);
  });

  it('turns runs of "label - value" lines into a list, not headings', () => {
    const text = `Harbour Awards\n\n${P1}\n\nBest Skipper - Ines Calloway\n\nBest Crew - The Morning Tide\n\n${P2}\n`;
    expect(parseText(text).body).toEqual([
      p(P1),
      { type: 'list', ordered: false, items: [plain('Best Skipper - Ines Calloway'), plain('Best Crew - The Morning Tide')] },
      p(P2),
    ]);
  });

  it('leaves a lone "label - value" line as a paragraph', () => {
    expect(parseText(`Headline\n${P1}\nBest Skipper - Ines Calloway\n${P2}`).body[1]).toEqual(p('Best Skipper - Ines Calloway'));
  });

  it('makes a title-case line between prose paragraphs a level-2 heading', () => {
    const text = `Headline\n${P1}\nWhat the New Timetable Means for Commuters\n${P2}`;
    expect(parseText(text).body).toEqual([p(P1), { type: 'heading', level: 2, text: 'What the New Timetable Means for Commuters' }, p(P2)]);
  });

  it('recognises a heading after a short prose paragraph', () => {
    const text = `Headline\n${P1}\nNobody objected at all.\nWhat the New Timetable Means\n${P2}`;
    expect(parseText(text).body[2]).toEqual({ type: 'heading', level: 2, text: 'What the New Timetable Means' });
  });

  it('does not make headings of sentence-case fragments, short labels or broken lines', () => {
    const cases = [
      `Headline\n${P1}\nA quiet morning at the quay\n${P2}`, // sentence case
      `Headline\n${P1}\nHarbour Office\n${P2}`, // too short
      `Headline\n${P1}\nThe Port Authority Chair\nsaid the timetable was final.`, // continues a sentence
      `Headline\nShort Opening Line Here\nThe Port Authority Chair\n${P2}`, // not between prose
      `Headline\n${P1}\nThe Timetable (Revised Edition)\n${P2}`, // brackets
      `Headline\n${P1}\nWhat Comes Next?\n${P2}`, // closing punctuation
    ];
    for (const text of cases) {
      expect(
        parseText(text).body.some((b) => b.type === 'heading'),
        text,
      ).toBe(false);
    }
  });

  it('drops comment widgets and share prompts at the end, but not in the middle', () => {
    const text = `Headline\n${P1}\nShare this article\n${P2}\n\n+ There are no comments\nAdd yours\nComments (3)\nLeave a comment\nSign up for our newsletter\nRead more: Island buses to run later\n`;
    expect(parseText(text).body).toEqual([p(P1), p('Share this article'), p(P2)]);
  });

  it('throws typed errors for unusable input', () => {
    expect(errorOf(() => parseText(' \n\t\n'))).toMatchInlineSnapshot(
      `[ImportError: The text is empty: expected a headline on the first line.]`,
    );
    expect(errorOf(() => parseText('Only a Headline\n\n'))).toMatchInlineSnapshot(
      `[ImportError: The article "Only a Headline" has no body: expected text after the headline.]`,
    );
    expect(errorOf(() => parseText('Only a Headline\n+ There are no comments\nAdd yours'))).toMatchInlineSnapshot(
      `[ImportError: The article "Only a Headline" has no body: expected text after the headline.]`,
    );
    expect(errorOf(() => parseText(`${'word '.repeat(70)}\n${P1}`))).toMatchInlineSnapshot(
      `[ImportError: The first line is 349 characters long, too long for a headline (at most 300): put the headline on a line of its own.]`,
    );
  });

  it('reports the error code for programs', () => {
    expect(errorOf(() => parseText('')).code).toBe('empty_input');
    expect(errorOf(() => parseText('Headline')).code).toBe('no_body');
    expect(errorOf(() => parseText('x'.repeat(301))).code).toBe('no_headline');
  });
});
