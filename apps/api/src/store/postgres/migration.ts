/**
 * @module
 * The ordered list of PostgreSQL schema migrations (their shape is in `migration-type.ts`). They mirror the SQLite
 * migrations version for version (same numbers, same names), in PostgreSQL's own types; like
 * those, a released one is never edited.
 */
import type { PgMigration } from './migration-type.ts';
import { migration001 } from './migrations/001-initial.ts';
import { migration002 } from './migrations/002-token-usage.ts';
import { migration003 } from './migrations/003-comment-moderation.ts';
import { migration004 } from './migrations/004-article-revision.ts';
import { migration005 } from './migrations/005-import-identity.ts';
import { migration006 } from './migrations/006-search.ts';
import { migration007 } from './migrations/007-import-duplicates.ts';
import { migration008 } from './migrations/008-entities.ts';
import { migration009 } from './migrations/009-search-filters.ts';
import { migration010 } from './migrations/010-comment-revision.ts';
import { migration011 } from './migrations/011-search-table.ts';
import { migration012 } from './migrations/012-search-index-memory.ts';
import { migration013 } from './migrations/013-contentless-search-index.ts';
import { migration014 } from './migrations/014-accounts.ts';
import { migration015 } from './migrations/015-story-workflow.ts';
import { migration017 } from './migrations/017-search-analysis.ts';
import { migration018 } from './migrations/018-media.ts';
import { migration019 } from './migrations/019-rate-limits.ts';
import { migration020 } from './migrations/020-front-page-pins.ts';
import { migration021 } from './migrations/021-comment-address.ts';
import { migration022 } from './migrations/022-enrichment-claims.ts';
import { migration023 } from './migrations/023-entity-resolution.ts';
import { migration026 } from './migrations/026-search-pairs.ts';
import { migration027 } from './migrations/027-media-usage.ts';
import { migration031 } from './migrations/031-summary-shape.ts';
import { migration032 } from './migrations/032-comment-address-age.ts';
import { migration033 } from './migrations/033-search-rank-vectors.ts';
import { migration034 } from './migrations/034-search-rank-uncompressed.ts';

/**
 * Every migration, in order.
 *
 * @example
 * PG_MIGRATIONS.at(-1)?.version; // the schema version this build expects
 */
export const PG_MIGRATIONS: readonly PgMigration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration017,
  migration018,
  migration019,
  migration020,
  migration021,
  migration022,
  migration023,
  migration026,
  migration027,
  migration031,
  migration032,
  migration033,
  migration034,
];
