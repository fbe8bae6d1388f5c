/**
 * @module
 * Small schemas shared by the rest of the model: slugs, timestamps, URLs and language tags.
 */
import * as z from 'zod';

/**
 * A URL-safe identifier: lower-case letters, digits and single hyphens.
 *
 * @example
 * Slug.parse('xi-and-putin-sign-joint-pact'); // ok
 */
export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens only')
  .meta({
    id: 'Slug',
    description: 'URL-safe identifier: lower-case letters, digits and single hyphens.',
    examples: ['city-council-votes-on-river-path'],
  });
export type Slug = z.infer<typeof Slug>;

/**
 * An ISO 8601 timestamp with a time zone offset, such as `2026-05-08T09:30:00Z`.
 *
 * @example
 * Timestamp.safeParse('2026-05-08T09:30:00+01:00').success; // true
 * Timestamp.safeParse('2026-05-08').success; // false: no time
 */
export const Timestamp = z.iso
  .datetime({ offset: true })
  .meta({ id: 'Timestamp', description: 'ISO 8601 date and time with an offset.', examples: ['2026-05-08T09:30:00Z'] });
export type Timestamp = z.infer<typeof Timestamp>;

/**
 * An absolute http(s) URL.
 *
 * @example
 * WebUrl.safeParse('https://example.org/news').success; // true
 * WebUrl.safeParse('ftp://example.org').success; // false
 */
export const WebUrl = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  .meta({ description: 'An absolute http or https URL.', examples: ['https://example.org/news/river-path'] });
export type WebUrl = z.infer<typeof WebUrl>;

/**
 * A BCP 47 language tag such as `en`, `en-GB` or `pt-BR`.
 *
 * @example
 * LanguageTag.parse('pt-BR');
 */
export const LanguageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'a BCP 47 language tag such as en or pt-BR')
  .meta({ id: 'LanguageTag', description: 'BCP 47 language tag.', examples: ['en', 'en-GB'] });
export type LanguageTag = z.infer<typeof LanguageTag>;
