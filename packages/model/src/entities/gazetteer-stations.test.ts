/**
 * @module
 * Broadcasters' channels and stations are organisations, with the number their name holds.
 * Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('channels and stations', () => {
  it('reads a channel named with a number whole', () => {
    const m = extractEntities(article('Ratings', 'Audiences for BBC Three and News 24 rose over the winter.'));
    expect(namesOf(m, 'organization')).toEqual(['BBC Three', 'News 24']);
  });

  it('reads a station before a presenter’s role as a body of its own', () => {
    const m = extractEntities(article('Phone-in', 'Capital Radio DJ Ann Hale will put the listeners’ questions to him.'));
    expect(namesOf(m, 'organization')).toEqual(['Capital Radio']);
    expect(people(m)).toEqual(['Ann Hale']);
  });

  it('files a station written out in words under its usual name', () => {
    const m = extractEntities(article('Interview', 'Speaking on BBC Radio Five Live, he said little.'));
    expect(namesOf(m, 'organization')).toEqual(['BBC Radio 5 Live']);
  });

  it('reads a channel with "and" in its name whole', () => {
    const m = extractEntities(article('Repeats', 'The series was repeated on Granada Men and Motors last year.'));
    expect(namesOf(m, 'organization')).toEqual(['Granada Men and Motors']);
  });

  it('reads a broadcaster that failed as a body', () => {
    const m = extractEntities(article('Boxes', 'Sales rose after the collapse of ITV Digital in 2002.'));
    expect(namesOf(m, 'organization')).toEqual(['ITV Digital']);
  });
});
