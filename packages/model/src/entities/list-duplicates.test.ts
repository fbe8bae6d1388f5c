/**
 * @module
 * Each name in one list only: a club is filed in the team lists under the name copy gives it
 * alone, so its full name joins it; an outlet is one of the press wherever it is listed. Small
 * invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { isPress } from './names.ts';
import { article, namesOf } from './test-helpers.ts';

describe('clubs', () => {
  it('files a club’s full name with the name copy gives it alone', () => {
    const m = extractEntities(
      article('Derby', 'Chelsea FC fans cheered as Chelsea took the lead and Heart of Midlothian lost to Hearts’ rivals.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Chelsea', 'Hearts']);
  });

  it('writes a club’s name as its list does, not as the lexicon cases it', () => {
    const m = extractEntities(article('Transfer', 'The striker joined FC Barcelona on Monday.'));
    expect(namesOf(m, 'organization')).toEqual(['Barcelona FC']);
  });
});

describe('outlets', () => {
  it('counts an outlet’s short names as the press', () => {
    expect(isPress('AP News')).toBe(true);
    expect(isPress('Spiegel')).toBe(true);
  });
});
