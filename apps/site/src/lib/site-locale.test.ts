/** @module */
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../data/config.ts';
import { en, fr, MESSAGE_FILES, messagesFor } from '../messages/index.ts';
import { articleTrail, directoryTrail } from './breadcrumbs.ts';
import { siteLocale } from './site-locale.ts';
import { storyCount } from './topics.ts';

afterEach(() => {
  delete process.env.SITE_LOCALE;
  delete process.env.SITE_TIME_ZONE;
});

describe('siteLocale', () => {
  it('is English in UTC, written as en-GB, when nothing is set', () => {
    expect(siteLocale()).toMatchObject({ locale: 'en-GB', timeZone: 'UTC', language: 'en', messages: en });
  });

  it("takes the newsroom's locale and zone, and the labels of its language", () => {
    process.env.SITE_LOCALE = 'fr-CA';
    process.env.SITE_TIME_ZONE = 'America/New_York';
    expect(siteLocale()).toMatchObject({ locale: 'fr-CA', timeZone: 'America/New_York', language: 'fr', messages: fr });
  });

  it('writes dates in a locale it has no labels for, with English labels', () => {
    process.env.SITE_LOCALE = 'pt-BR';
    expect(siteLocale()).toMatchObject({ locale: 'pt-BR', language: 'en', messages: en });
  });

  it('falls back to the defaults for a zone or locale that does not exist, rather than failing every page', () => {
    process.env.SITE_LOCALE = 'not a locale!';
    process.env.SITE_TIME_ZONE = 'Mars/Olympus_Mons';
    expect(readConfig()).toMatchObject({ locale: 'en-GB', timeZone: 'UTC' });
  });
});

describe('words built from the messages', () => {
  it('count stories and name the trail in the site language, the same for readers and search engines', () => {
    expect(storyCount(1234)).toBe('1,234 stories');
    expect(directoryTrail('people').map((c) => c.name)).toEqual(['Home', 'People']);
    process.env.SITE_LOCALE = 'fr-FR';
    expect(storyCount(1)).toBe('1 article');
    expect(storyCount(1234)).toBe('1\u202f234 articles');
    expect(articleTrail({ slug: 'a', headline: 'Le bac', section: { name: 'Local', slug: 'local' } }).map((c) => c.name)).toEqual([
      'Accueil',
      'Local',
      'Le bac',
    ]);
    expect(directoryTrail('people').map((c) => c.name)).toEqual(['Accueil', 'Personnes']);
  });
});

describe('messagesFor', () => {
  it('picks the file by language, whatever the region or case', () => {
    expect(messagesFor('FR').language).toBe('fr');
    expect(messagesFor('en-US').messages).toBe(en);
  });
});

describe('the message files', () => {
  it('translate every label: no file repeats English where English has words', () => {
    for (const [language, messages] of Object.entries(MESSAGE_FILES)) {
      if (language === 'en') continue;
      // Labels the same in both languages by nature (a proper name, "Site", "Organisations").
      const same = ['searchLandmark'];
      const untranslated = Object.entries(en)
        .filter(([key, value]) => typeof value === 'string' && !same.includes(key) && messages[key as keyof typeof en] === value)
        .map(([key]) => key);
      expect(untranslated, language).toEqual([]);
    }
  });
});
