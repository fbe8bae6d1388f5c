/**
 * @module
 * The message files by language.
 */
export { en, type Messages } from './en.ts';
export { fr } from './fr.ts';
export { MESSAGE_FILES, messagesFor, type SiteLanguage } from './languages.ts';
