/**
 * @module
 * Migration 034 (PostgreSQL): the ranking copy of each search vector (`article_rank`, migration
 * 033) is stored uncompressed. lz4 saved about 2% of its size (4,237 to 4,139 bytes a vector on
 * average at 100,000 stories) and every score paid to decompress it: ranking 500 matches by key
 * took 4.2 to 4.5 ms of server CPU compressed and 3.0 to 3.3 ms uncompressed, with the same
 * scores. `EXTERNAL` never compresses; a table-wide `toast_tuple_target` of a whole page keeps a
 * vector inline unless the row would not fit a page, as `MAIN` did, so a match is still one heap
 * page away. The table is rewritten once (`|| ''` makes a new, uncompressed value of the same
 * vector, which the table then stores by its new rule): about 450 MB at 100,000 stories. See
 * decision 029.
 */
import type { PgMigration } from '../migration-type.ts';

export const migration034: PgMigration = {
  version: 34,
  name: 'search-rank-uncompressed',
  sql: /* sql */ `
    -- One statement, so the table is rewritten once, by the new rules, with no dead copies left.
    ALTER TABLE article_rank
      ALTER COLUMN search TYPE tsvector USING search || ''::tsvector,
      ALTER COLUMN search SET STORAGE EXTERNAL,
      SET (toast_tuple_target = 8160);
  `,
};
