/**
 * @module
 * Tests of the comment policy read from the environment.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMENT_ENV, commentPolicyFromEnv, DEFAULT_COMMENT_POLICY } from './policy.ts';

const parse = (env: Record<string, string>) => z.object(COMMENT_ENV).safeParse(env);

describe('commentPolicyFromEnv', () => {
  it('defaults to post-moderation, no word lists and 5 comments a minute', () => {
    expect(commentPolicyFromEnv(parse({}).data!)).toEqual(DEFAULT_COMMENT_POLICY);
    expect(DEFAULT_COMMENT_POLICY).toEqual({
      moderation: 'post',
      suspectWords: [],
      bannedWords: [],
      rateLimit: 5,
      rateHold: 3,
      rateLimitIpv6Prefix: 64,
      addressDays: 30,
    });
  });

  it('reads every variable', () => {
    const env = {
      COMMENT_MODERATION: ' PRE ',
      COMMENT_SUSPECT_WORDS: 'Casino, free money',
      COMMENT_BANNED_WORDS: 'scumbag',
      COMMENT_RATE_LIMIT: '0',
      COMMENT_RATE_HOLD: '2',
      COMMENT_RATE_LIMIT_IPV6_PREFIX: '56',
      COMMENT_ADDRESS_DAYS: '7',
    };
    expect(commentPolicyFromEnv(parse(env).data!)).toEqual({
      moderation: 'pre',
      suspectWords: ['casino', 'free money'],
      bannedWords: ['scumbag'],
      rateLimit: 0,
      rateHold: 2,
      rateLimitIpv6Prefix: 56,
      addressDays: 7,
    });
  });

  it('explains an invalid mode or limit', () => {
    const result = parse({ COMMENT_MODERATION: 'later', COMMENT_RATE_LIMIT: '-1' });
    expect(result.error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`)).toMatchInlineSnapshot(`
      [
        "COMMENT_MODERATION: must be post (show at once) or pre (hold for a moderator)",
        "COMMENT_RATE_LIMIT: must be a whole number of comments per minute from 0 (no limit) to 10000",
      ]
    `);
  });
});
