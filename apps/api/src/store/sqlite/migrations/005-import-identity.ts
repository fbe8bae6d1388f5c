/**
 * @module
 * Migration 005: the identity of imported articles. `import_key` names where an article was
 * imported from (a file's resolved path), so another story that happens to share its headline
 * gets a slug of its own instead of overwriting it. `content_hash` now covers only the story
 * (headline, standfirst, body), so the same story under other tags or another slug is a duplicate;
 * the former hash of everything supplied becomes `revision_hash`, which decides whether a save
 * changes anything. Stored articles get their story hash from their document.
 */
import { storyHash } from '../../story-hash.ts';
import type { Migration } from '../migration-type.ts';

export const migration005: Migration = {
  version: 5,
  name: 'import-identity',
  sql: /* sql */ `
    ALTER TABLE articles ADD COLUMN import_key TEXT;
    ALTER TABLE articles ADD COLUMN revision_hash TEXT;
    UPDATE articles SET revision_hash = content_hash;
    CREATE UNIQUE INDEX articles_by_import_key ON articles (import_key) WHERE import_key IS NOT NULL;
  `,
  backfill: (db) => {
    const hashes: [string, string][] = [];
    for (const row of db.prepare('SELECT id, document FROM articles').iterate() as Iterable<{ id: string; document: string }>) {
      hashes.push([storyHash(JSON.parse(row.document)), row.id]);
    }
    const update = db.prepare('UPDATE articles SET content_hash = ? WHERE id = ?');
    for (const [hash, id] of hashes) update.run(hash, id);
  },
};
