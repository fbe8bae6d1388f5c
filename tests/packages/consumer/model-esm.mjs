/**
 * @module
 * A user's ES module: imports the installed @dateline/model, parses a story and prints what it found.
 */
import { readFileSync } from 'node:fs';
import { ArticleInput, parseText, prepareArticle, toJsonLd } from '@dateline/model';
import { slugify } from '@dateline/model/core';

const input = parseText(readFileSync(process.argv[2], 'utf8'));
const valid = ArticleInput.safeParse(input);
const article = prepareArticle(input, { id: '00000000-0000-4000-8000-000000000001', now: new Date('2026-05-09T12:00:00Z') });
const jsonLd = toJsonLd(article, { name: 'The Harbour Gazette', url: 'https://news.example.org' });
console.log(
  JSON.stringify({
    headline: input.headline,
    headings: input.body.filter((b) => b.type === 'heading').map((b) => b.text),
    paragraphs: input.body.filter((b) => b.type === 'paragraph').length,
    valid: valid.success,
    slug: slugify(input.headline),
    jsonLd: { type: jsonLd['@type'], headline: jsonLd.headline, url: jsonLd.url },
  }),
);
