/** @module */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Article, ArticleInput, parseMarkdown, prepareArticle } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { REPO } from '../test/shared-dir.ts';
import { articleToInput, completeCorrections, namesToRefs, refsToNames, sameStory } from './story-input.ts';

describe('articleToInput', () => {
  it('gives back every writable field of a stored sample, so saving it unchanged changes nothing', () => {
    const markdown = readFileSync(path.join(REPO, 'apps/api/samples/01-riverside-path.md'), 'utf8');
    const article = Article.parse(prepareArticle(parseMarkdown(markdown), { id: 'a1', now: '2026-05-08T09:30:00Z' }));
    const input = articleToInput(article);
    expect(ArticleInput.safeParse(input).success).toBe(true);
    const again = Article.parse(prepareArticle(input, { id: 'a1', now: '2026-05-08T09:30:00Z' }));
    for (const field of [
      'slug',
      'headline',
      'standfirst',
      'body',
      'authors',
      'section',
      'tags',
      'sources',
      'status',
      'commentSettings',
      'corrections',
      'leadImage',
      'language',
    ] as const) {
      expect(again[field], field).toEqual(article[field]);
    }
  });
});

describe('namesToRefs and refsToNames', () => {
  it('keep the slug of a name that is still there, add new names, drop repeats and blanks', () => {
    const before = [{ name: 'Ann Lee', slug: 'ann-lee-2' }];
    expect(namesToRefs('Ann Lee, Bo Chen, , ann lee', before)).toEqual([{ name: 'Ann Lee', slug: 'ann-lee-2' }, { name: 'Bo Chen' }]);
    expect(refsToNames([{ name: 'A' }, { name: 'B' }])).toBe('A, B');
  });
});

describe('completeCorrections', () => {
  it('keeps only corrections with a date and text', () => {
    expect(
      completeCorrections([
        { date: '2026-05-09T08:00:00Z', text: ' Fixed. ' },
        { date: '', text: 'x' },
        { date: '2026-05-09T08:00:00Z', text: ' ' },
      ]),
    ).toEqual([{ date: '2026-05-09T08:00:00Z', text: 'Fixed.' }]);
  });
});

describe('sameStory', () => {
  it('ignores key order and undefined fields, not a changed word', () => {
    const body = [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'x' }] }];
    expect(sameStory({ headline: 'A', body, standfirst: undefined }, { body, headline: 'A' })).toBe(true);
    expect(sameStory({ headline: 'A', body }, { headline: 'B', body })).toBe(false);
  });
});
