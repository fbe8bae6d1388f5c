/**
 * @module
 * Quotations in single marks on small invented texts: where the closing mark is the apostrophe
 * and where it closes, and a story in that style read for its speakers.
 */
import { describe, expect, it } from 'vitest';
import { singleQuoteSpans } from './single-quotes.ts';
import { article, speakers as who } from './test-helpers.ts';

const texts = (text: string, continued = false): string[] => singleQuoteSpans(text, continued).map((q) => q.text);

describe('single quotation marks', () => {
  it('tell the closing mark from the apostrophe', () => {
    expect(texts('‘We will keep it open,’ Anna Cole said of the players’ union.')).toEqual(['We will keep it open,']);
    expect(texts('‘The fans’ view is clear. We stay,’ Anna Cole said.')).toEqual(['The fans’ view is clear. We stay,']);
    expect(texts('She called it ‘a disgrace’ and left.')).toEqual(['a disgrace']);
    expect(texts('Anna Cole’s view was plain: ‘We stay.’ Tom Reed’s differs.')).toEqual(['We stay.']);
  });

  it('leave a quotation open at the paragraph’s end, and close one the paragraph before left open', () => {
    expect(singleQuoteSpans('‘We will stay for years.').map((q) => q.close)).toEqual([24]);
    expect(texts('And we will win,’ she said.', true)).toEqual(['And we will win,']);
  });

  it('are read as quotations in a story that uses no double marks', () => {
    expect(
      who(
        article(
          'Port',
          'Tom Reed and Anna Cole met on Monday.',
          '‘We will keep the port open for years,’ Cole said.',
          '‘We will fight it. The town deserves better,’ Reed said.',
        ),
      ),
    ).toEqual([
      ['We will keep the port open for years,', 'Anna Cole'],
      ['We will fight it. The town deserves better,', 'Tom Reed'],
    ]);
  });

  it('are left alone in a story that uses double marks', () => {
    expect(who(article('Port', '“We will keep the port open for years,” Anna Cole said.', 'The ‘old guard’ of the trust agreed.'))).toEqual(
      [['We will keep the port open for years,', 'Anna Cole']],
    );
  });
});
