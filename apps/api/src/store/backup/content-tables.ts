/**
 * @module
 * What makes a database "not empty" for `dateline restore`: rows that people made. Migrations
 * leave bookkeeping rows behind (the schema version, revision counters, the search index's
 * settings), so counting every table would call a freshly migrated database full.
 */

/** The tables whose rows people make, with the noun for each in the refusal. */
export const CONTENT_TABLES = [
  ['articles', 'article'],
  ['comments', 'comment'],
  ['users', 'person'],
  ['api_tokens', 'API token'],
] as const;

/**
 * The refusal's account of what a database holds: `3 articles, 1 person`, or null when empty.
 *
 * @example
 * describeContent({ articles: 3, users: 1 }); // '3 articles, 1 person'
 */
export function describeContent(counts: Record<string, number>): string | null {
  const parts = CONTENT_TABLES.filter(([table]) => (counts[table] ?? 0) > 0).map(([table, noun]) => {
    const n = counts[table]!;
    const plural = noun === 'person' ? 'people' : `${noun}s`;
    return `${n.toLocaleString('en')} ${n === 1 ? noun : plural}`;
  });
  return parts.length > 0 ? parts.join(', ') : null;
}
