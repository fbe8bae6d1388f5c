/**
 * @module
 * Which message file a locale uses: its language's, or English when the site has none for it.
 */
import { en, type Messages } from './en.ts';
import { fr } from './fr.ts';

/** Every language the site's labels exist in. Adding one is a message file and a line here. */
export const MESSAGE_FILES = { en, fr } satisfies Record<string, Messages>;

/** A language the site has labels in. */
export type SiteLanguage = keyof typeof MESSAGE_FILES;

/**
 * The language of `locale` (a BCP 47 tag such as `fr-CA`) if the site has labels in it, else English.
 *
 * @example
 * messagesFor('fr-CA').language; // 'fr'
 * messagesFor('pt-BR').language; // 'en'
 */
export function messagesFor(locale: string): { language: SiteLanguage; messages: Messages } {
  const language = locale.split('-')[0]!.toLowerCase();
  return language in MESSAGE_FILES
    ? { language: language as SiteLanguage, messages: MESSAGE_FILES[language as SiteLanguage] }
    : { language: 'en', messages: en };
}
