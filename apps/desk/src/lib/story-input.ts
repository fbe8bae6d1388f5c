/**
 * @module
 * A stored story as what the desk sends back (`ArticleInput`), and the form's fields as parts of
 * it. Fields the desk does not edit (sources, language, dateline, canonical address) are carried
 * over so a save never drops them; authors, section and tags keep their slugs when their names
 * are unchanged.
 */
import type { Article, ArticleInput, AuthorInput, Correction, TagInput } from '@dateline/model/core';

/** The writable fields of a stored story. */
export type StoryInput = ArticleInput & { slug?: string };

/**
 * What to send to store `article` unchanged.
 *
 * @example
 * const input = articleToInput(article); // then change input.headline and save it
 */
export function articleToInput(article: Article): StoryInput {
  const input: StoryInput = {
    slug: article.slug,
    headline: article.headline,
    body: article.body,
    language: article.language,
    authors: article.authors.map(({ name, slug, bio }) => (bio ? { name, slug, bio } : { name, slug })),
    tags: article.tags.map(({ name, slug }) => ({ name, slug })),
    sources: article.sources,
    status: article.status,
    commentSettings: article.commentSettings,
    corrections: article.corrections,
  };
  if (article.standfirst) input.standfirst = article.standfirst;
  if (article.section) input.section = { name: article.section.name, slug: article.section.slug };
  if (article.leadImage) input.leadImage = article.leadImage;
  if (article.dateline) input.dateline = article.dateline;
  if (article.canonicalUrl) input.canonicalUrl = article.canonicalUrl;
  if (article.publishedAt) input.publishedAt = article.publishedAt;
  return input;
}

/**
 * Names typed as a comma-separated list, each kept with its slug from `before` when it is there.
 *
 * @example
 * namesToRefs('Ann Lee, Bo Chen', [{ name: 'Ann Lee', slug: 'ann' }]); // [{ name: 'Ann Lee', slug: 'ann' }, { name: 'Bo Chen' }]
 */
export function namesToRefs<T extends AuthorInput | TagInput>(typed: string, before: readonly T[] = []): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (const name of typed
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean)) {
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(before.find((ref) => ref.name === name) ?? ({ name } as T));
  }
  return out;
}

/**
 * A list of names as the form shows it.
 *
 * @example
 * refsToNames([{ name: 'Ann Lee' }, { name: 'Bo Chen' }]); // 'Ann Lee, Bo Chen'
 */
export function refsToNames(refs: readonly { name: string }[] | undefined): string {
  return (refs ?? []).map((ref) => ref.name).join(', ');
}

/**
 * Corrections with both a date and a text; the others are still being typed.
 *
 * @example
 * completeCorrections([{ date: '2026-05-09T08:00:00Z', text: 'Fixed. ' }, { date: '', text: '' }]); // [{ date: '2026-05-09T08:00:00Z', text: 'Fixed.' }]
 */
export function completeCorrections(corrections: readonly Partial<Correction>[]): Correction[] {
  return corrections.filter((c): c is Correction => Boolean(c.date && c.text?.trim())).map((c) => ({ date: c.date, text: c.text.trim() }));
}

/** JSON with object keys sorted, so two inputs built in different orders compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/**
 * Whether two inputs say the same (key order and missing-versus-undefined aside): a kept draft
 * equal to the stored story is not unsaved text.
 *
 * @example
 * sameStory({ headline: 'A', body: [] }, { body: [], headline: 'A' }); // true
 */
export function sameStory(a: StoryInput, b: StoryInput): boolean {
  return canonical(a) === canonical(b);
}
