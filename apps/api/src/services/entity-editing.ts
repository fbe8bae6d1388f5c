/**
 * @module
 * Editors' corrections to what enrichment found in an article: adding, removing or renaming a
 * person, place or organisation, and giving a quotation another speaker. Requests are checked
 * against the article as it is; what is kept is a correction the store applies to this and
 * every later enrichment of the article, so enriching it again does not undo an editor's work.
 */
import { type EntityType, type Mention, slugify } from '@dateline/model';
import type { FieldError } from '../lib/problem.ts';
import type { EntityCorrection } from '../store/entity-corrections.ts';
import type { Store } from '../store/store.ts';
import { type ArticleEntities, articleEntities } from './entities.ts';

/** One change to an article's mentions, as an editor asks for it. */
export type MentionOperation =
  | { op: 'add'; type: EntityType; name: string }
  | { op: 'remove'; type: EntityType; slug: string }
  | { op: 'rename'; type: EntityType; slug: string; to: { type?: EntityType | undefined; name: string } };

/** A new speaker (null: nobody named) or role (null: none) for one quotation. */
export interface QuoteChange {
  speaker?: { name: string } | null | undefined;
  role?: string | null | undefined;
}

/** The outcome of a correction. */
export type CorrectionResult =
  | { kind: 'corrected'; entities: ArticleEntities }
  | { kind: 'not-found' }
  /** Quote corrections only: the article has no quotation at that index. */
  | { kind: 'no-quote'; count: number }
  | { kind: 'invalid'; errors: FieldError[] };

const NO_LETTERS = 'must contain a letter or a digit';

/**
 * Applies `operations` to the mentions of the article at `slug` (whatever its status), all or none.
 *
 * @example
 * await correctMentions(store, 'xi-and-putin-sign-joint-pact', [{ op: 'remove', type: 'organization', slug: 'kremlin' }], new Date());
 */
export async function correctMentions(
  store: Store,
  slug: string,
  operations: readonly MentionOperation[],
  now: Date,
): Promise<CorrectionResult> {
  const article = await store.getArticle(slug, { includeHidden: true, now });
  if (!article) return { kind: 'not-found' };
  const mentions = article.mentions ?? [];
  const errors: FieldError[] = [];
  const corrections: EntityCorrection[] = [];
  operations.forEach((operation, i) => {
    const at = `operations[${i}]`;
    if (operation.op === 'add') {
      if (slugify(operation.name) === '') errors.push({ path: `${at}.name`, message: NO_LETTERS });
      else corrections.push({ op: 'add', entity: { type: operation.type, name: operation.name.trim() } });
      return;
    }
    const found = mentions.find((m) => m.entity.type === operation.type && m.entity.slug === operation.slug);
    if (!found) {
      errors.push({ path: `${at}.slug`, message: `the article names no ${operation.type} "${operation.slug}"` });
      return;
    }
    if (operation.op === 'remove') corrections.push({ op: 'remove', entity: { type: operation.type, slug: operation.slug } });
    else if (slugify(operation.to.name) === '') errors.push({ path: `${at}.to.name`, message: NO_LETTERS });
    else {
      const to = { type: operation.to.type ?? operation.type, name: operation.to.name.trim() };
      corrections.push({ op: 'rename', from: { ...found.entity }, to });
    }
  });
  if (errors.length > 0) return { kind: 'invalid', errors };
  return apply(store, slug, corrections, now);
}

/**
 * Gives the quotation at `index` of the article at `slug` another speaker and/or role. A speaker
 * the article does not name yet is added to it as a person.
 *
 * @example
 * await correctQuote(store, 'xi-and-putin-sign-joint-pact', 3, { speaker: { name: 'Dmitry Peskov' } }, new Date());
 */
export async function correctQuote(store: Store, slug: string, index: number, change: QuoteChange, now: Date): Promise<CorrectionResult> {
  const article = await store.getArticle(slug, { includeHidden: true, now });
  if (!article) return { kind: 'not-found' };
  const quotes = article.quotes ?? [];
  const quote = quotes[index];
  if (!quote) return { kind: 'no-quote', count: quotes.length };
  const corrections: EntityCorrection[] = [];
  let speaker = quote.speaker;
  if (change.speaker !== undefined) {
    speaker = change.speaker === null ? null : speakerFor(change.speaker.name, article.mentions ?? []);
    if (speaker && slugify(speaker.name) === '') return { kind: 'invalid', errors: [{ path: 'speaker.name', message: NO_LETTERS }] };
    if (speaker && !(article.mentions ?? []).some((m) => m.entity.slug === speaker!.slug)) {
      corrections.push({ op: 'add', entity: { type: 'person', name: speaker.name } });
    }
  }
  const role = change.role === undefined ? undefined : change.role === null ? null : change.role.trim();
  corrections.push({ op: 'speaker', quote: { block: quote.block, text: quote.text }, speaker, ...(role !== undefined && { role }) });
  return apply(store, slug, corrections, now);
}

/** The speaker for `name`: the article's own mention when it names them (a person first), else the name as given. */
function speakerFor(name: string, mentions: readonly Mention[]): { name: string; slug: string } {
  const slug = slugify(name);
  const named = mentions
    .filter((m) => m.entity.slug === slug)
    .sort((a, b) => Number(b.entity.type === 'person') - Number(a.entity.type === 'person'))[0];
  return named ? { name: named.entity.name, slug } : { name: name.trim(), slug };
}

async function apply(store: Store, slug: string, corrections: EntityCorrection[], now: Date): Promise<CorrectionResult> {
  const updated = await store.updateEntities(slug, { corrections, now });
  if (!updated) return { kind: 'not-found' };
  const entities = await articleEntities(store, slug, { now, includeHidden: true });
  return entities ? { kind: 'corrected', entities } : { kind: 'not-found' };
}
