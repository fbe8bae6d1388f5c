/**
 * @module
 * Tests of the automatic screening of new comments.
 */
import { describe, expect, it } from 'vitest';
import { holdReasons, type ScreeningInput, screenComment } from './screen.ts';
import { wordMatcher } from './word-list.ts';

const words = { suspect: wordMatcher(['casino', 'crypto']), banned: wordMatcher(['scumbag']) };
const input = (overrides: Partial<ScreeningInput> = {}): ScreeningInput => ({
  authorName: 'Ana',
  body: 'The new timetable suits early commuters.',
  repeated: false,
  moderation: 'post',
  ...overrides,
});

describe('screenComment', () => {
  it('approves an ordinary comment on a post-moderated article, and holds it on a pre-moderated one', () => {
    expect(screenComment(input(), words)).toEqual({ status: 'approved', reason: null });
    expect(screenComment(input({ moderation: 'pre' }), words)).toEqual({ status: 'pending', reason: 'pre-moderation' });
  });

  it('marks a filled honeypot as spam, whatever else the comment says', () => {
    expect(screenComment(input({ website: 'http://spam.example', body: 'scumbag' }), words)).toEqual({
      status: 'spam',
      reason: 'the hidden website field was filled in',
    });
    expect(screenComment(input({ website: '   ' }), words).status).toBe('approved');
  });

  it('rejects banned words in the body or the name, before any hold', () => {
    expect(screenComment(input({ body: 'You SCUMBAG. https://a.example https://b.example https://c.example' }), words)).toEqual({
      status: 'rejected',
      reason: 'banned words: scumbag',
    });
    expect(screenComment(input({ authorName: 'Scumbag Steve' }), words).status).toBe('rejected');
  });

  it('holds for links, suspect words and repeats, naming every reason', () => {
    const body = 'Crypto tips: https://a.example https://b.example https://c.example';
    expect(screenComment(input({ body, repeated: true }), words)).toEqual({
      status: 'pending',
      reason: '3 links (more than 2); suspect words: crypto; same text as an earlier comment on this article',
    });
    expect(screenComment(input({ authorName: 'Casino Royale' }), words)).toEqual({ status: 'pending', reason: 'suspect words: casino' });
    expect(screenComment(input({ repeated: true, moderation: 'pre' }), words).reason).toBe(
      'same text as an earlier comment on this article',
    );
  });

  it('holds a client posting fast, and reads every reason back as its code', () => {
    const fast = screenComment(input({ rapid: 4.4, repeated: true }), words);
    expect(fast).toEqual({
      status: 'pending',
      reason: 'same text as an earlier comment on this article; 5 comments in a minute from one client',
    });
    expect(holdReasons(fast.reason)).toEqual(['repeat', 'rate']);
    expect(screenComment(input({ rapid: null }), words).status).toBe('approved');
  });
});
