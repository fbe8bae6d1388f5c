/**
 * @module
 * Each name in one list only: a club is filed in the team lists under the name copy gives it
 * alone, so its full name joins it; an outlet is one of the press wherever it is listed. Small
 * invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { isPress, nameKey } from './names.ts';
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

describe('the lists of bodies', () => {
  it('name each body in one entry of one list only', async () => {
    const lists = [
      await import('./gazetteer-agencies.ts'),
      await import('./gazetteer-europe-firms.ts'),
      await import('./gazetteer-firms.ts'),
      await import('./gazetteer-governments.ts'),
      await import('./gazetteer-orgs.ts'),
      await import('./gazetteer-parties.ts'),
      await import('./gazetteer-publications.ts'),
      await import('./gazetteer-sport-bodies.ts'),
      await import('./gazetteer-stations.ts'),
      await import('./gazetteer-uk-bodies.ts'),
      await import('./gazetteer-teams.ts'),
      await import('./gazetteer-tech.ts'),
    ];
    // The teams of the American leagues are written `Home|Nickname` and the clubs' nicknames
    // `Nickname|Club`: their second halves are no aliases.
    const paired = new Set(['NFL', 'NBA', 'MLB', 'NHL', 'MLS', 'CLUB_NICKNAMES']);
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const module of lists)
      for (const [list, value] of Object.entries(module)) {
        if (typeof value !== 'string' || paired.has(list)) continue;
        for (const entry of value.split(';')) {
          const keys = new Set(entry.split('|').map((n) => nameKey(n.trim())));
          for (const key of keys) {
            if (!key) continue;
            if (seen.has(key)) twice.push(`${key}: ${seen.get(key)} and ${list}`);
            else seen.set(key, list);
          }
        }
      }
    expect(twice).toEqual([]);
  });

  it('count a regulator as no outlet', () => {
    expect(isPress('Ofcom')).toBe(false);
  });
});
