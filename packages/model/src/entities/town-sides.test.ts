/**
 * @module
 * A town named as its club in a sports context, on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a town named as its club', () => {
  it('is the club before a score or after a result', () => {
    const m = extractEntities(
      article('Results', 'Grayford beat Coventry 2-0 on Saturday.', 'A week earlier Tilbury had lost 3-1 to Reading.'),
    );
    expect(namesOf(m, 'place')).toEqual([]);
    expect(namesOf(m, 'organization')).toEqual(['Coventry', 'Reading']);
  });

  it('is the club when it owns a side’s staff or result', () => {
    const m = extractEntities(
      article('Search', 'The board has yet to name Portsmouth’s new boss.', 'Sunderland’s 2-1 win lifted the mood at the ground.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Portsmouth', 'Sunderland']);
  });

  it('is the club before any of the roles that make a town a club elsewhere', () => {
    const m = extractEntities(article('Awards', 'He was named Swindon’s player of the season.', 'Wigan’s fans sang for an hour.'));
    expect(namesOf(m, 'organization')).toEqual(['Swindon', 'Wigan']);
  });

  it('is the club when it takes a plural verb, but not in a list of towns or after "in"', () => {
    const m = extractEntities(article('Talks', 'Kelby said Blackburn are keen to sign him. Newcastle have asked about him too.'));
    expect(namesOf(m, 'organization')).toEqual(['Blackburn', 'Newcastle']);
    const towns = extractEntities(article('Towns', 'Leeds and Bradford are growing, and shops in Coventry are busy.'));
    expect(namesOf(towns, 'organization')).toEqual([]);
    expect(namesOf(towns, 'place')).toEqual(['Bradford', 'Coventry', 'Leeds']);
  });

  it('is the club a player signs for, and the club that wins', () => {
    const m = extractEntities(article('Move', 'He signed for Swindon last summer, and Swindon won 2-0 on his debut.'));
    expect(namesOf(m, 'organization')).toEqual(['Swindon']);
  });

  it('is the club a manager led or a player had a spell at', () => {
    const m = extractEntities(article('Career', 'He managed Coventry for five years.', 'After a spell at Wigan he moved abroad.'));
    expect(namesOf(m, 'organization')).toEqual(['Coventry', 'Wigan']);
  });

  it('stays a place elsewhere, and for a city no club is named after alone', () => {
    const m = extractEntities(
      article(
        'Towns',
        'Shops in Portsmouth were shut, and campaigners protested against Leeds council.',
        'London beat Paris to host the Games.',
      ),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(namesOf(m, 'place')).toEqual(['Leeds', 'London', 'Paris', 'Portsmouth']);
  });
});

describe('a club’s nickname', () => {
  it('is a body where a capital proves a name, and makes its town the club', () => {
    const m = extractEntities(
      article('Cup tie', 'The Gunners were held by the Toffees.', 'Fans of Pompey sang all game, and Portsmouth were the better side.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Gunners', 'Pompey', 'Portsmouth', 'Toffees']);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('is a plain word where it opens a sentence', () => {
    const m = extractEntities(article('Nature', 'Magpies nest in tall trees near Portsmouth.'));
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(namesOf(m, 'place')).toEqual(['Portsmouth']);
  });
});
