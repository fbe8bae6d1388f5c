/**
 * @module
 * What both stores derive the same way for the entity tables: which mention a quotation's speaker
 * is, how a name query matches, and the API form of rows.
 */
import { type EntityType, type Mention, type Quote, slugify } from '@dateline/model/core';
import type { EntityCount, QuoteInArticle } from './entity-store.ts';

// A speaker is a person first; "the Kremlin said" makes a body one.
const SPEAKER_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];

/**
 * The entity among `mentions` that the speaker of `quote` is: same slug, a person before an
 * organisation before a place; undefined when the speaker is named nowhere else.
 *
 * @example
 * speakerEntity(article.mentions, article.quotes[0]); // { type: 'person', name: 'Vladimir Putin', slug: 'vladimir-putin' }
 */
export function speakerEntity(mentions: readonly Mention[], quote: Quote): Mention['entity'] | undefined {
  const slug = quote.speaker?.slug;
  if (slug === undefined) return undefined;
  for (const type of SPEAKER_TYPES) {
    const found = mentions.find((m) => m.entity.slug === slug && m.entity.type === type);
    if (found) return found.entity;
  }
  return undefined;
}

/**
 * The LIKE patterns of a name query: words of a slug starting with the query's slug, and words
 * of an alias (in the JSON text of the alias list, lower case) starting with the query. Null
 * when the query has nothing to match.
 *
 * @example
 * namePatterns('Put'); // { slugStart: 'put%', slugWord: '%-put%', aliasStart: '%"put%', aliasWord: '% put%' }
 */
export function namePatterns(q: string): { slugStart: string; slugWord: string; aliasStart: string; aliasWord: string } | null {
  const slug = slugify(q);
  const text = q
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`);
  if (slug === '' && text === '') return null;
  // An empty slug (a name in another script) must not match every slug: no slug has a '~' (and
  // PostgreSQL refuses the NUL character this once was).
  const slugPart = slug === '' ? '~' : slug;
  return { slugStart: `${slugPart}%`, slugWord: `%-${slugPart}%`, aliasStart: `%"${text}%`, aliasWord: `% ${text}%` };
}

/** An entity row as both stores select it. */
export interface EntityRow {
  type: string;
  slug: string;
  name: string;
  aliases: string | string[];
  article_count: number | string;
}

/**
 * The API form of an entity row (aliases arrive as JSON text from SQLite, as an array from PostgreSQL).
 *
 * @example
 * entityCount({ type: 'place', slug: 'moscow', name: 'Moscow', aliases: '[]', article_count: 4 });
 */
export function entityCount(row: EntityRow): EntityCount {
  const aliases = typeof row.aliases === 'string' ? (JSON.parse(row.aliases) as string[]) : row.aliases;
  return { type: row.type as EntityType, name: row.name, slug: row.slug, aliases, articleCount: Number(row.article_count) };
}

/** A quotation row as both stores select it. */
export interface QuoteRow {
  position: number;
  text: string;
  speaker_name: string | null;
  speaker_slug: string | null;
  role: string | null;
  block: number;
  kind: string;
  article_id: string;
  article_slug: string;
  headline: string;
  published_at: string | Date | null;
  sort_at: string | Date;
}

/**
 * The API form of a quotation row.
 *
 * @example
 * quoteInArticle(row).article.slug; // 'xi-and-putin-sign-joint-pact'
 */
export function quoteInArticle(row: QuoteRow): QuoteInArticle {
  const speaker = row.speaker_name !== null && row.speaker_slug !== null ? { name: row.speaker_name, slug: row.speaker_slug } : null;
  const publishedAt = row.published_at === null ? null : new Date(row.published_at).toISOString();
  return {
    text: row.text,
    speaker,
    ...(row.role !== null && { role: row.role }),
    block: Number(row.block),
    kind: row.kind as Quote['kind'],
    index: Number(row.position),
    article: { slug: row.article_slug, headline: row.headline, publishedAt },
  };
}
