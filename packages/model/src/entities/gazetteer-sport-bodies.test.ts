/**
 * @module
 * Governing bodies of sport named as a country and the sport, or "World" and the sport, are
 * organisations. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('governing bodies of sport', () => {
  it('reads a national body named as its country and its sport', () => {
    const m = extractEntities(article('Squad', 'The sprinter was cleared by USA Track and Field before Cricket Ireland named its side.'));
    // Written with "and", filed under the name the body itself uses, with "&".
    expect(namesOf(m, 'organization')).toEqual(['Cricket Ireland', 'USA Track & Field']);
  });

  it('reads a body named as a country and its sport, not the country alone', () => {
    const m = extractEntities(article('Coach', 'It helped when New Zealand Rugby let him go early.'));
    expect(namesOf(m, 'organization')).toEqual(['New Zealand Rugby']);
  });

  it('reads a world body named as "World" and its sport', () => {
    const m = extractEntities(article('Rules', 'The new rules came from World Rowing and British Gymnastics in May.'));
    expect(namesOf(m, 'organization')).toEqual(['British Gymnastics', 'World Rowing']);
  });
});
