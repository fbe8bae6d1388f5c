/**
 * @module
 * The story-wide rules on small invented texts: a name's type decided once per story, titles of
 * works, pronouns and common words that are no entity, and the name forms of American copy.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from './entity.ts';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf as names } from './test-helpers.ts';

const all = (mentions: Mention[]) => mentions.map((m) => m.entity.name).sort();

describe('story-wide entity rules', () => {
  it('files a full name the context made a body under the one person it names', () => {
    const m = extractEntities(article('Talks', 'Mr Dorokhov met the minister on Monday.', 'Peter Dorokhov said it was a useful meeting.'));
    expect(names(m, 'person')).toEqual(['Peter Dorokhov']);
    expect(names(m, 'organization')).toEqual([]);
    expect(m.find((x) => x.entity.name === 'Peter Dorokhov')!.count).toBe(2);
  });

  it("files a body's short name under its full name", () => {
    const m = extractEntities(
      article('Results', 'Zed Corp. reported a loss, and Walt Disney Co. a profit.', 'Zed shares fell while Disney rose.'),
    );
    expect(names(m, 'organization')).toEqual(['Walt Disney Co', 'Zed Corp']);
    expect(names(m, 'person')).toEqual([]);
  });

  it('drops a title of a work wherever the story names it', () => {
    const m = extractEntities(
      article(
        'Awards night',
        'The film Marnie Calloway won three prizes.',
        'Marnie Calloway also won the audience award, and ‘The Long Harbour’ took the rest.',
      ),
    );
    expect(all(m)).toEqual([]);
  });

  it('lists no pronoun, shouted word or ordinary word that opens a sentence', () => {
    const m = extractEntities(
      article(
        'Budget row',
        'He said it was wrong.',
        'They WILL pay, said Dora Flint.',
        'Investment bank Hollis Grant said CONTROVERSIES followed.',
        'Environmental groups agreed.',
      ),
    );
    expect(all(m)).toEqual(['Dora Flint', 'Hollis Grant']);
  });

  it('keeps middle initials and splits "X and the Y" into two bodies', () => {
    const m = extractEntities(
      article(
        'Hearing',
        'Robert M. Danin spoke at the Federal Reserve Bank of New York and the Office of the Inspector General on Tuesday.',
      ),
    );
    expect(names(m, 'person')).toEqual(['Robert M. Danin']);
    expect(names(m, 'organization')).toEqual(['Federal Reserve Bank of New York', 'Office of the Inspector General']);
  });

  it('knows countries and large cities from the generated data, but not as a sentence opener', () => {
    const m = extractEntities(article('Storm', 'The storm reached Burbank and Hialeah on Monday.', 'Sale figures fell.'));
    expect(names(m, 'place')).toEqual(['Burbank', 'Hialeah']);
  });
});
