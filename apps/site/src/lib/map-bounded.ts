/**
 * @module
 * Running many async calls with at most a few in flight, so a feed of twenty articles asks the
 * API four at a time instead of twenty at once.
 */

/**
 * `fn` applied to every item, at most `limit` calls at a time; results keep the items' order.
 * Rejects with the first failure (calls already started are left to finish).
 *
 * @example
 * const articles = await mapBounded(slugs, 4, (slug) => getArticle(slug));
 */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index] as T, index);
    }
  }
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}
