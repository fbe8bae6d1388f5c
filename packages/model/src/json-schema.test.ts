/**
 * @module
 * The exported JSON Schemas, checked with an independent validator (Ajv, draft 2020-12)
 * against real data: the seed article, invented fixtures and bad inputs.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ArticleInput } from './article.ts';
import { enrich } from './entities/enrich.ts';
import { decodeText } from './import/decode.ts';
import { parseMarkdown } from './import/parse-markdown.ts';
import { parseText } from './import/parse-text.ts';
import { jsonSchemas, type SchemaName, schemas } from './json-schema.ts';
import { prepareArticle } from './prepare-article.ts';
import { missingShared, sharedPath } from './testing/shared-dir.ts';

// ajv-formats is CommonJS; under Node's ESM loader its default export is the plugin itself.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false }));
const all = jsonSchemas();
const validate = (name: SchemaName, data: unknown) => {
  const check = ajv.compile(all[name]);
  return check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.keyword}`);
};

const NOW = '2026-05-08T09:30:00Z';
const input: ArticleInput = {
  headline: 'Night Ferry Returns',
  standfirst: 'The winter gap is over.',
  body: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'It sailed ' },
        { type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'again', marks: ['em'] }] },
      ],
    },
    { type: 'heading', level: 3, text: 'Timetable' },
    { type: 'list', ordered: true, items: [[{ type: 'text', text: 'Six' }]] },
    { type: 'quote', text: 'At last.', attribution: 'A reader' },
    { type: 'image', src: '/img/ferry.jpg', alt: 'The ferry', caption: 'At the pier' },
  ],
  authors: [{ name: 'Maren Østby', url: 'https://example.org/maren' }],
  section: { name: 'Travel' },
  tags: [{ name: 'Ferries' }],
  corrections: [{ date: NOW, text: 'Fixed a time.' }],
};

describe('jsonSchemas', () => {
  it('gives a draft 2020-12 schema for every public schema, each one compiling', () => {
    expect(Object.keys(all).sort()).toEqual(Object.keys(schemas).sort());
    for (const [name, schema] of Object.entries(all)) {
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => ajv.compile(schema), name).not.toThrow();
    }
  });

  it('accepts real articles and their input', () => {
    const article = prepareArticle(input, { id: 'a1', now: NOW });
    expect(validate('ArticleInput', input)).toEqual([]);
    expect(validate('Article', JSON.parse(JSON.stringify(article)))).toEqual([]);
    expect(validate('ArticleSummary', JSON.parse(JSON.stringify(schemas.ArticleSummary.parse(article))))).toEqual([]);
    const md = parseMarkdown('---\ntitle: Ferry\ntags: [a, b]\ndate: 2026-05-08\n---\nText with **bold** and [a link](/x).\n');
    expect(validate('ArticleInput', md)).toEqual([]);
    expect(validate('FrontMatter', { title: 'Ferry', tags: 'a, b', authors: 'Maren', comments: false })).toEqual([]);
    expect(validate('CommentInput', { authorName: 'Ana', body: 'Thanks.' })).toEqual([]);
  });

  it('rejects what the model rejects, naming the place', () => {
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: 'x' }] };
    expect(validate('Link', { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] })).toMatchInlineSnapshot(`
      [
        "/href: pattern",
      ]
    `);
    expect(validate('ArticleInput', { headline: 'H', slug: 'Not A Slug', body: [paragraph] })).toMatchInlineSnapshot(`
      [
        "/slug: pattern",
      ]
    `);
    expect(validate('ArticleInput', { headline: 'H', body: [] })).toMatchInlineSnapshot(`
      [
        "/body: minItems",
      ]
    `);
    expect(validate('HeadingBlock', { type: 'heading', level: 1, text: 'Too high' })).toMatchInlineSnapshot(`
      [
        "/level: const",
        "/level: const",
        "/level: const",
        "/level: anyOf",
      ]
    `);
    expect(validate('Block', { type: 'heading', level: 1, text: 'Too high' })).not.toEqual([]);
    expect(validate('Article', { ...prepareArticle(input, { id: 'a1', now: NOW }), publishedAt: 'yesterday' })).toMatchInlineSnapshot(`
      [
        "/publishedAt: pattern",
        "/publishedAt: format",
        "/publishedAt: type",
        "/publishedAt: anyOf",
      ]
    `);
  });

  const seedPath = sharedPath('seeds/000_97e402c0209a3bde.txt');
  it.skipIf(!seedPath)(`validates the seed article, imported and prepared${seedPath ? '' : ` (${missingShared('seeds')})`}`, () => {
    const imported = parseText(decodeText(readFileSync(seedPath as string)));
    expect(validate('ArticleInput', imported)).toEqual([]);
    const article = prepareArticle(imported, { id: 'seed-000', now: NOW });
    expect(validate('Article', JSON.parse(JSON.stringify(article)))).toEqual([]);
    const { mentions, quotes } = enrich(article);
    expect(validate('Article', JSON.parse(JSON.stringify({ ...article, mentions, quotes })))).toEqual([]);
    expect(mentions.flatMap((m) => validate('Mention', m))).toEqual([]);
    expect(quotes.flatMap((q) => validate('Quote', q))).toEqual([]);
    expect(validate('Quote', { ...quotes[0], kind: 'indirect' })).toEqual(['/kind: enum']);
  });
});
