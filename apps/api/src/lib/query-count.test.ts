import { z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { queryCount } from './query-count.ts';

describe('queryCount', () => {
  const Query = z.object({ limit: queryCount(50, 20, 'How many') });

  it('takes a whole number in range from the query string, and the default when absent', () => {
    expect(Query.parse({ limit: '7' })).toEqual({ limit: 7 });
    expect(Query.parse({})).toEqual({ limit: 20 });
  });

  it('refuses zero, too many, fractions and words with one sentence naming the range', () => {
    for (const limit of ['0', '51', '2.5', 'ten']) {
      const result = Query.safeParse({ limit });
      expect(result.success, limit).toBe(false);
      expect(
        result.error?.issues.map((i) => i.message),
        limit,
      ).toEqual(['must be an integer from 1 to 50']);
    }
  });
});
