/**
 * @module
 * The reader's visibility condition on `articles a`, as SQL text both databases accept.
 */

/**
 * Published, and its publication time has come: one `?`, bound to `utc(now)` (the column's own
 * form on SQLite, so text comparison is time comparison; PostgreSQL reads it as a `timestamptz`).
 *
 * @example
 * await db.get(`SELECT a.id FROM articles a WHERE a.slug = ? AND ${VISIBLE}`, [slug, utc(now)]);
 */
export const VISIBLE = "a.status = 'published' AND a.published_at IS NOT NULL AND a.published_at <= ?";
