/**
 * @module
 * A town's name used for a club or a firm, on invented sentences: the type is decided once for
 * the whole story.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from './entity.ts';
import { extractEntities } from './extract-entities.ts';
import { article } from './test-helpers.ts';

const typeOf = (mentions: Mention[], name: string) => mentions.find((m) => m.entity.name === name)?.entity.type;

describe('a town named for a body', () => {
  it('is a club when a plural verb follows it as the subject, everywhere in the story', () => {
    const m = extractEntities(
      article('Row', 'Leicester have dropped their captain for the cup tie.', 'The coach said Leicester would appeal.'),
    );
    expect(typeOf(m, 'Leicester')).toBe('organization');
    expect(m.filter((x) => x.entity.name === 'Leicester')).toHaveLength(1);
  });

  it('stays a place after a preposition or in a list of towns', () => {
    const inTown = extractEntities(article('Shops', 'Shops in central Leicester were busy on Saturday.'));
    expect(typeOf(inTown, 'Leicester')).toBe('place');
    const list = extractEntities(article('Prices', 'House prices in Leeds and Leicester have risen again.'));
    expect(typeOf(list, 'Leicester')).toBe('place');
  });

  it('is a firm when written with "the", as no town is, but not "the Hague"', () => {
    const m = extractEntities(article('Homes', 'Surveys from the Leicester and the Nationwide show prices rising.'));
    expect(typeOf(m, 'Leicester')).toBe('organization');
    const hague = extractEntities(article('Court', 'Judges in the Hague ruled on Monday.'));
    expect(typeOf(hague, 'The Hague')).toBe('place');
  });
});
