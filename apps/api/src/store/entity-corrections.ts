/**
 * @module
 * Editors' corrections to what enrichment found in an article, and how they apply. They are kept
 * apart from the article and applied, in the order they were made, to every enrichment of it, so
 * enriching the article again (its text changed, or the extractor improved) does not undo them.
 * Each correction is idempotent: applying it to text it was already applied to changes nothing.
 */
import type { EntitySource } from '@dateline/model';
import { blockText, type EntityType, type Mention, type Quote, slugify } from '@dateline/model/core';

/** An entity as an article names it: type and slug. */
interface EntityKey {
  type: EntityType;
  slug: string;
}

/**
 * One correction:
 * - `add`: the article names this entity (found in the text where it can be);
 * - `remove`: it does not; quotations attributed to it lose their speaker;
 * - `rename`: what was found as `from` is `to` (merged into `to` when that is named too);
 * - `speaker`: the quotation with this text (in this block) was said by `speaker` (null: nobody named).
 */
export type EntityCorrection =
  | { op: 'add'; entity: { type: EntityType; name: string } }
  | { op: 'remove'; entity: EntityKey }
  | { op: 'rename'; from: EntityKey & { name: string }; to: { type: EntityType; name: string } }
  | { op: 'speaker'; quote: { block: number; text: string }; speaker: { name: string; slug: string } | null; role?: string | null };

/** Mentions and quotations of one article. */
export interface EntityLists {
  mentions: Mention[];
  quotes: Quote[];
}

const sameKey = (m: Mention, key: EntityKey) => m.entity.type === key.type && m.entity.slug === key.slug;

/**
 * `lists` with `corrections` applied in order; `source` is the article's text, where an added
 * entity is looked for. Mentions come out most named first, one per type and slug.
 *
 * @example
 * applyCorrections(enrich(article), [{ op: 'remove', entity: { type: 'place', slug: 'kremlin' } }], article);
 */
export function applyCorrections(lists: EntityLists, corrections: readonly EntityCorrection[], source: EntitySource): EntityLists {
  let mentions = mergeDuplicates(lists.mentions);
  let quotes = lists.quotes.map((q) => ({ ...q }));
  for (const correction of corrections) {
    switch (correction.op) {
      case 'add': {
        const { type, name } = correction.entity;
        const slug = slugify(name);
        if (slug === '' || mentions.some((m) => sameKey(m, { type, slug }))) break;
        mentions.push({ entity: { type, name, slug }, ...locate(name, source) });
        break;
      }
      case 'remove': {
        const { slug } = correction.entity;
        mentions = mentions.filter((m) => !sameKey(m, correction.entity));
        if (!mentions.some((m) => m.entity.slug === slug))
          quotes = quotes.map((q) => (q.speaker?.slug === slug ? { ...q, speaker: null } : q));
        break;
      }
      case 'rename': {
        const { from, to } = correction;
        const target = { type: to.type, name: to.name, slug: slugify(to.name) };
        if (target.slug === '') break;
        mentions = mergeDuplicates(mentions.map((m) => (sameKey(m, from) ? { ...m, entity: target } : m)));
        quotes = quotes.map((q) => (q.speaker?.slug === from.slug ? { ...q, speaker: { name: target.name, slug: target.slug } } : q));
        break;
      }
      case 'speaker': {
        const { quote, speaker, role } = correction;
        const index = findQuote(quotes, quote);
        if (index === -1) break;
        const { role: _old, ...rest } = quotes[index]!;
        const kept = role === undefined ? quotes[index]! : role === null ? rest : { ...rest, role };
        quotes[index] = { ...kept, speaker };
        break;
      }
    }
  }
  return { mentions: mentions.sort(byProminence), quotes };
}

/**
 * `article` with one mention per entity, most named first, as stored; as it is when it has no
 * mentions (not enriched).
 *
 * @example
 * const stored = normaliseEntities(article);
 */
export function normaliseEntities<T extends EntitySource & Partial<EntityLists>>(article: T): T {
  if (article.mentions === undefined) return article;
  return { ...article, ...applyCorrections({ mentions: article.mentions, quotes: article.quotes ?? [] }, [], article) };
}

/** Most named first, then first named first: the order `enrich` gives. */
function byProminence(a: Mention, b: Mention): number {
  return b.count - a.count || byPosition(a.firstPosition, b.firstPosition);
}

function byPosition(a: Mention['firstPosition'], b: Mention['firstPosition']): number {
  return a.block - b.block || a.offset - b.offset;
}

/** One mention per type and slug: counts added, the earliest position kept. */
function mergeDuplicates(mentions: readonly Mention[]): Mention[] {
  const byKey = new Map<string, Mention>();
  for (const m of mentions) {
    const key = `${m.entity.type} ${m.entity.slug}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...m, entity: { ...m.entity } });
    else {
      const earlier = byPosition(seen.firstPosition, m.firstPosition) <= 0 ? seen.firstPosition : m.firstPosition;
      byKey.set(key, { ...seen, count: seen.count + m.count, firstPosition: earlier });
    }
  }
  return [...byKey.values()];
}

/** The quotation with this text, preferring the one in this block; -1 when the text no longer has it. */
function findQuote(quotes: readonly Quote[], target: { block: number; text: string }): number {
  const inBlock = quotes.findIndex((q) => q.text === target.text && q.block === target.block);
  return inBlock !== -1 ? inBlock : quotes.findIndex((q) => q.text === target.text);
}

/**
 * How often `name` occurs as whole words in the headline and body, and where first. A name the
 * text does not contain (an editor's judgement) counts once, at the start of the headline.
 */
export function locate(name: string, source: EntitySource): Pick<Mention, 'count' | 'firstPosition'> {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  let count = 0;
  let first: Mention['firstPosition'] | undefined;
  const texts: [number, string][] = [[-1, source.headline], ...source.body.map((b, i): [number, string] => [i, blockText(b)])];
  for (const [block, text] of texts) {
    for (const match of text.matchAll(pattern)) {
      count += 1;
      first ??= { block, offset: match.index };
    }
  }
  return count === 0 ? { count: 1, firstPosition: { block: -1, offset: 0 } } : { count, firstPosition: first! };
}
