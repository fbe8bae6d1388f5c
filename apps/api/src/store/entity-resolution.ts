/**
 * @module
 * Resolution of short names across stories: a person named only by a surname ("Putin") joins the
 * one full name it can stand for, the story's own full names asked first, then those known from
 * every other story; an organisation named by its initials ("IMF") joins the story's own full
 * name, or another story's only through an editor's alias.
 * When two or more fit, the short name stays apart. Editors always win: their corrections of the
 * article and their merges are applied first, a name they put in the article by hand is never
 * changed, an entity they removed from it is never joined, and a split keeps the two apart for
 * good (see `entity_separations`). Each database looks the full names up (sqlite/entity-resolve.ts,
 * postgres/entity-resolve.ts); what to join is decided here, alike for both.
 */
import { isFirstName } from '@dateline/model';
import { type EntityType, type Mention, slugify } from '@dateline/model/core';
import type { EntityCorrection } from './entity-corrections.ts';

/** A full name an entity of this type is known by. */
export interface KnownName {
  name: string;
  slug: string;
  /** Found as an editor's alias of the short name, not by its key. */
  byAlias?: boolean;
}

/** A short name found in an article, and the key full names are filed under. */
export interface ShortForm {
  type: EntityType;
  /** The short name's slug. */
  slug: string;
  name: string;
  /** The last part of the surname's slug, or the initials in lower case. */
  key: string;
}

/** Words an organisation's initials leave out (the Federal Bureau of Investigation is the FBI). */
const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'du', 'des', 'la', 'le', '&']);
/** Endings a surname is followed by, never a surname themselves. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const ACRONYM = /^[A-Z][A-Z&]{1,7}$/u;

/**
 * The key a full name is filed under, or null for a name that is short itself: a person's
 * surname (the last part of the slug of a name of two words or more), an organisation's initials
 * (of the slug's parts, two significant ones or more). Taken from the slug, which every form of
 * the name an entity may be stored under shares ("Robert Kilroy Silk", "Robert Kilroy-Silk").
 *
 * @example
 * shortKey('person', 'George W Bush'); // 'bush'
 * shortKey('organization', 'International Monetary Fund'); // 'imf'
 */
export function shortKey(type: EntityType, name: string, slug = slugify(name)): string | null {
  if (!/\s/u.test(name.trim())) return null;
  const parts = slug.split('-').filter((p) => p !== '');
  if (type === 'person') {
    const named = parts.filter((p) => !SUFFIXES.has(p));
    return named.length >= 2 ? named.at(-1)! : null;
  }
  if (type === 'organization') {
    const significant = parts.filter((p) => !MINOR_WORDS.has(p));
    if (significant.length < 2 || significant.some((p) => /^\d/u.test(p))) return null;
    return significant.map((p) => p[0]!).join('');
  }
  return null;
}

/**
 * The slugs of the short names a new full name may stand for: a person's surname in every length
 * ("kilroy-silk", "silk" for "robert-kilroy-silk"), an organisation's initials.
 *
 * @example
 * shortSlugs('person', 'robert-kilroy-silk', 'silk'); // ['kilroy-silk', 'silk']
 */
function shortSlugs(type: EntityType | string, slug: string, key: string): string[] {
  if (type !== 'person') return [key];
  const parts = slug.split('-');
  return parts.slice(1).map((_, i) => parts.slice(i + 1).join('-'));
}

/** A full name just written for the first time, filed under `key` (see `shortKey`). */
export interface NewFullName {
  type: EntityType | string;
  slug: string;
  key: string;
}

/** One short name a new full name may stand for. */
export interface ShortOfNew extends NewFullName {
  short: string;
}

/** What to look up about the new full names of a write: those of people, their keys, their short names. */
export interface FullNameLookup {
  people: NewFullName[];
  keys: string[];
  shorts: string[];
}

/**
 * The lookup `shortNamesToCheck` needs for the new full names `names`, or null when none is a
 * person's (only surnames are joined across stories without an editor's alias).
 *
 * @example
 * fullNameLookup([{ type: 'person', slug: 'robert-kilroy-silk', key: 'silk' }]);
 * // { people: [...], keys: ['silk'], shorts: ['kilroy-silk', 'silk'] }
 */
export function fullNameLookup(names: readonly NewFullName[]): FullNameLookup | null {
  const people = names.filter((n) => n.type === 'person');
  if (people.length === 0) return null;
  return {
    people,
    keys: [...new Set(people.map((n) => n.key))],
    shorts: [...new Set(people.flatMap((n) => shortSlugs(n.type, n.slug, n.key)))],
  };
}

/**
 * The short names of the new full names `people` that may queue articles again, each with its
 * full name. `found` holds the people's entities filed under the lookup's keys (with their `key`)
 * and those whose slug is one of its short names (`key` null). A short name may queue articles
 * when another full name filed under its key may end with it, or when it is stored as an entity
 * of its own; any other names no article and was joined in none, so nothing is looked up for it.
 *
 * @example
 * shortNamesToCheck([{ type: 'person', slug: 'tony-blair', key: 'blair' }], [{ key: null, slug: 'blair' }]);
 * // [{ type: 'person', slug: 'tony-blair', key: 'blair', short: 'blair' }]
 */
export function shortNamesToCheck(people: readonly NewFullName[], found: readonly { key: string | null; slug: string }[]): ShortOfNew[] {
  const keyed = new Map<string, string[]>();
  const existing = new Set<string>();
  for (const { key, slug } of found) {
    if (key === null) existing.add(slug);
    else keyed.set(key, [...(keyed.get(key) ?? []), slug]);
  }
  const checks: ShortOfNew[] = [];
  for (const name of people) {
    const others = (keyed.get(name.key) ?? []).filter((slug) => slug !== name.slug);
    for (const short of shortSlugs(name.type, name.slug, name.key)) {
      if (existing.has(short) || others.some((slug) => mayEndWith(slug, short))) checks.push({ ...name, short });
    }
  }
  return checks;
}

/**
 * Whether `slug LIKE '%-' || short` may hold in SQLite or PostgreSQL: true for any slug when
 * `short` holds a character LIKE reads as a wildcard or an escape, and ignoring case.
 */
function mayEndWith(slug: string, short: string): boolean {
  return /[%_\\]/u.test(short) || slug.toLowerCase().endsWith(`-${short.toLowerCase()}`);
}

/**
 * The short names among `mentions` that resolution may join to a full name, leaving out those an
 * editor put in the article by hand (an `add`, or the target of a `rename`).
 *
 * @example
 * shortForms([named('person', 'Putin')], []); // [{ type: 'person', slug: 'putin', name: 'Putin', key: 'putin' }]
 */
export function shortForms(mentions: readonly Mention[], own: readonly EntityCorrection[]): ShortForm[] {
  const byEditor = new Set<string>();
  for (const c of own) {
    if (c.op === 'add') byEditor.add(`${c.entity.type} ${slugify(c.entity.name)}`);
    if (c.op === 'rename') byEditor.add(`${c.to.type} ${slugify(c.to.name)}`);
  }
  const forms: ShortForm[] = [];
  for (const { entity } of mentions) {
    if (byEditor.has(`${entity.type} ${entity.slug}`)) continue;
    const single = !/\s/u.test(entity.name.trim());
    if (entity.type === 'person' && single && entity.slug !== '') forms.push({ ...entity, key: entity.slug.split('-').at(-1)! });
    else if (entity.type === 'organization' && ACRONYM.test(entity.name))
      forms.push({ ...entity, key: entity.name.replace(/&/gu, '').toLowerCase() });
  }
  return forms;
}

/**
 * The renames that join each short name to its one full name: one of the story's own when it
 * names any (none when it names two), else the one in `known` (full names from every story by
 * `type key`, merged-away ones left out; an alias match counts as one). Never into an entity the
 * article's own corrections removed, nor one an editor split the short name from (`separated`:
 * `type from into`).
 *
 * @example
 * resolutionRenames(mentions, forms, known, own, separated); // [{ op: 'rename', from: { …'putin' }, to: { …'Vladimir Putin' } }]
 */
export function resolutionRenames(
  mentions: readonly Mention[],
  forms: readonly ShortForm[],
  known: ReadonlyMap<string, readonly KnownName[]>,
  own: readonly EntityCorrection[],
  separated: ReadonlySet<string> = new Set(),
): EntityCorrection[] {
  const removed = new Set(own.flatMap((c) => (c.op === 'remove' ? [`${c.entity.type} ${c.entity.slug}`] : [])));
  const renames: EntityCorrection[] = [];
  for (const form of forms) {
    // A person's full name ends with the whole short name ("Kilroy-Silk", not just "Silk").
    const fits = (c: KnownName) =>
      c.slug !== form.slug && (c.byAlias === true || form.type !== 'person' || c.slug.endsWith(`-${form.slug}`));
    const inStory = mentions
      .filter((m) => m.entity.type === form.type && shortKey(form.type, m.entity.name, m.entity.slug) === form.key)
      .map((m) => m.entity)
      .filter(fits);
    // Across stories only a surname that is no given name ("Charles" may be anyone): initials are
    // too often shared ("NHS", "Norfolk High School") to join them to a name another story gives,
    // unless an editor made them its alias.
    const acrossStories = distinct(known.get(`${form.type} ${form.key}`) ?? [])
      .filter((c) => c.byAlias === true || (form.type === 'person' && !isFirstName(form.name)))
      .filter(fits);
    const candidates = inStory.length > 0 ? inStory : acrossStories;
    if (candidates.length !== 1) continue;
    const [into] = candidates;
    if (removed.has(`${form.type} ${into!.slug}`) || separated.has(`${form.type} ${form.slug} ${into!.slug}`)) continue;
    renames.push({ op: 'rename', from: { type: form.type, slug: form.slug, name: form.name }, to: { type: form.type, name: into!.name } });
  }
  return renames;
}

/** For each article just resolved, the entities (`type slug`) its short names joined, and from which short slug. */
const joins = new WeakMap<object, Map<string, string>>();

/**
 * Notes on `article` (the object about to be written) which entities its short names joined, so
 * the rows written for it can say so (`article_mentions.joined_from`).
 *
 * @example
 * rememberJoins(stored, renames);
 */
export function rememberJoins(article: object, renames: readonly EntityCorrection[]): void {
  const joined = new Map<string, string>();
  for (const r of renames) if (r.op === 'rename') joined.set(`${r.to.type} ${slugify(r.to.name)}`, r.from.slug);
  joins.set(article, joined);
}

/**
 * The entities `article`'s short names joined (`type slug` to the short slug), or undefined when
 * it was not resolved afresh (its rows keep what they said).
 *
 * @example
 * joinsOf(stored)?.get('person vladimir-putin'); // 'putin'
 */
export function joinsOf(article: object): ReadonlyMap<string, string> | undefined {
  return joins.get(article);
}

function distinct(names: readonly KnownName[]): KnownName[] {
  const bySlug = new Map<string, KnownName>();
  for (const n of names) bySlug.set(n.slug, { ...n, byAlias: n.byAlias === true || bySlug.get(n.slug)?.byAlias === true });
  return [...bySlug.values()];
}
