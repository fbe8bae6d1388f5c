/**
 * @module
 * "The House" as the House of Representatives in American copy, and unnamed in a British story.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('the House', () => {
  it('is the House of Representatives where the story names the Senate, Congress or a party', () => {
    const m = extractEntities(
      article(
        'Trial',
        'Five of the candidates would sit in a Senate trial if the House votes to impeach.',
        'Democrats in the House disagree.',
      ),
    );
    expect(namesOf(m, 'organization')).toEqual(['Democratic Party', 'House of Representatives', 'US Senate']);
  });

  it('is left unnamed where nothing else in the story is American', () => {
    const m = extractEntities(article('Debate', 'Members of the House heard the motion late on Monday.'));
    expect(namesOf(m, 'organization')).toEqual([]);
  });
});
