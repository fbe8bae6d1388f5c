/**
 * @module
 * The newsroom's language and time zone as pages use them: the labels of the site's language
 * (SITE_LOCALE) and the settings every shown date is written with (SITE_LOCALE, SITE_TIME_ZONE).
 */
import { readConfig } from '../data/config.ts';
import { type Messages, messagesFor, type SiteLanguage } from '../messages/index.ts';
import type { DateSettings } from './format.ts';

/** What a page needs to speak the newsroom's language. */
export interface SiteLocale extends DateSettings {
  /** The language of the labels, for `<html lang>`. */
  language: SiteLanguage;
  messages: Messages;
}

/**
 * The site's locale now (settings are read from the environment at request time, like the rest
 * of `readConfig`).
 *
 * @example
 * siteLocale().messages.skipToContent; // 'Skip to content'
 */
export function siteLocale(): SiteLocale {
  const { locale, timeZone } = readConfig();
  return { locale, timeZone, ...messagesFor(locale) };
}
