/**
 * @module
 * Migration 006: full-text search. `article_search` holds each article's searchable text (see
 * search-text.ts) and filter columns, and is the external content of the FTS5 index `articles_fts`,
 * kept in step in the same transaction as every write (see article-search.ts; deletes cascade
 * from `articles`).
 * Porter stemming, so "ferries" finds "ferry"; diacritics are ignored.
 */
import type { Article } from '@dateline/model';
import { utc } from '../../article-rows.ts';
import { searchText } from '../../search-text.ts';
import type { Migration } from '../migration-type.ts';

const COLUMNS = 'headline, standfirst, people, tags, body';
const values = (row: 'new' | 'old') =>
  COLUMNS.split(', ')
    .map((c) => `${row}.${c}`)
    .join(', ');

export const migration006: Migration = {
  version: 6,
  name: 'search',
  sql: /* sql */ `
    CREATE TABLE article_search (
      rid          INTEGER PRIMARY KEY,
      article_id   TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
      -- copies of the article's filter columns, so counting and ranking matches reads this
      -- table only: published_at when published (NULL otherwise), sort_at and section_slug
      visible_at   TEXT,
      sort_at      TEXT NOT NULL,
      section_slug TEXT,
      headline     TEXT NOT NULL,
      standfirst   TEXT NOT NULL,
      people       TEXT NOT NULL,
      tags         TEXT NOT NULL,
      body         TEXT NOT NULL
    ) STRICT;
    -- rows written since the index last took them in (see flushSearchIndex): a batch adds them
    -- to the index in one statement before it commits, which is much cheaper than row by row
    CREATE TABLE article_search_pending (rid INTEGER PRIMARY KEY) STRICT;
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
      ${COLUMNS},
      content = 'article_search', content_rowid = 'rid',
      tokenize = 'porter unicode61 remove_diacritics 2'
    );
    -- deletes (cascading from articles) leave the index at once; a pending row is not in it yet
    CREATE TRIGGER article_search_delete AFTER DELETE ON article_search BEGIN
      INSERT INTO articles_fts (articles_fts, rowid, ${COLUMNS})
        SELECT 'delete', old.rid, ${values('old')} WHERE NOT EXISTS (SELECT 1 FROM article_search_pending WHERE rid = old.rid);
      DELETE FROM article_search_pending WHERE rid = old.rid;
    END;
  `,
  // Written against this version's tables, not through today's write path: later migrations
  // change those tables, and a backfill must keep doing what it did when it was released.
  backfill: (db) => {
    const page = db.prepare('SELECT document FROM articles WHERE id > ? ORDER BY id LIMIT 500');
    const insert = db.prepare(
      `INSERT INTO article_search (article_id, visible_at, sort_at, section_slug, ${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (let after = ''; ; ) {
      const rows = page.all(after) as { document: string }[];
      if (rows.length === 0) break;
      for (const row of rows) {
        const a = JSON.parse(row.document) as Article;
        const t = searchText(a);
        const publishedAt = a.publishedAt === null ? null : utc(a.publishedAt);
        insert.run(
          a.id,
          a.status === 'published' ? publishedAt : null,
          publishedAt ?? utc(a.createdAt),
          a.section?.slug ?? null,
          t.headline,
          t.standfirst,
          t.people,
          t.tags,
          t.body,
        );
        after = a.id;
      }
    }
    db.exec(`INSERT INTO articles_fts (rowid, ${COLUMNS}) SELECT rid, ${COLUMNS} FROM article_search`);
  },
};
