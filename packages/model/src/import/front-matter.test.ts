/**
 * @module
 * Tests for Markdown front matter and the errors parseMarkdown reports.
 */
import { describe, expect, it } from 'vitest';
import { ArticleInput } from '../article.ts';
import { ImportError } from './errors.ts';
import { FrontMatter, type ImportWarning } from './front-matter.ts';
import { parseMarkdown } from './parse-markdown.ts';

const doc = (yaml: string, body = 'The ferry sailed again.') => `---\n${yaml}\n---\n${body}\n`;

function errorOf(fn: () => unknown): ImportError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseMarkdown front matter', () => {
  it('reads every supported field', () => {
    const yaml = [
      'headline: Night Ferry Returns',
      'slug: night-ferry',
      'standfirst: The winter gap is over.',
      'authors:',
      '  - Maren Østby',
      '  - { name: Tomás Reilly, bio: Covers the coast., url: "https://example.org/tomas" }',
      'section: Travel',
      'tags: [Ferries, { name: Islands, slug: isles }]',
      'sources: [{ name: Harbour Board, url: "https://example.org/board" }, Port log]',
      'language: en-GB',
      'status: draft',
      'publishedAt: 2026-05-08T09:30:00+01:00',
      'dateline: KIRKWALL',
      'leadImage: { src: "https://example.org/ferry.jpg", alt: The ferry at the pier, credit: A. Photographer }',
      'canonicalUrl: https://example.org/original',
      'corrections: [{ date: 2026-05-09, text: "The first sailing is at six, not seven." }]',
      'comments: { open: true, moderation: pre }',
    ].join('\n');
    const { body, ...fields } = parseMarkdown(doc(yaml));
    expect(fields).toEqual({
      headline: 'Night Ferry Returns',
      slug: 'night-ferry',
      standfirst: 'The winter gap is over.',
      authors: [{ name: 'Maren Østby' }, { name: 'Tomás Reilly', bio: 'Covers the coast.', url: 'https://example.org/tomas' }],
      section: { name: 'Travel' },
      tags: [{ name: 'Ferries' }, { name: 'Islands', slug: 'isles' }],
      sources: [{ name: 'Harbour Board', url: 'https://example.org/board' }, { name: 'Port log' }],
      language: 'en-GB',
      status: 'draft',
      publishedAt: '2026-05-08T09:30:00+01:00',
      dateline: 'KIRKWALL',
      leadImage: { src: 'https://example.org/ferry.jpg', alt: 'The ferry at the pier', credit: 'A. Photographer' },
      canonicalUrl: 'https://example.org/original',
      corrections: [{ date: '2026-05-09T00:00:00Z', text: 'The first sailing is at six, not seven.' }],
      commentSettings: { open: true, moderation: 'pre' },
    });
    expect(body).toHaveLength(1);
  });

  it('accepts the aliases static-site generators use', () => {
    const yaml =
      'title: Night Ferry\ndescription: Back after winter.\nauthor: Maren Østby\ndate: 2026-05-08 09:30\ntags: ferries, islands\ndraft: true\ncomments: false\nlayout: post';
    expect(parseMarkdown(doc(yaml))).toMatchObject({
      headline: 'Night Ferry',
      standfirst: 'Back after winter.',
      authors: [{ name: 'Maren Østby' }],
      publishedAt: '2026-05-08T09:30:00Z',
      tags: [{ name: 'ferries' }, { name: 'islands' }],
      status: 'draft',
      commentSettings: { open: false },
    });
  });

  it('reads every field of ArticleInput but the body, so a field added to the model can be written at once', () => {
    const fields = Object.keys(ArticleInput.shape).filter((key) => key !== 'body');
    expect(fields.filter((key) => !Object.hasOwn(FrontMatter.shape, key))).toEqual([]);
    // Fields without a form of their own are checked with the model's schema.
    expect(parseMarkdown(doc('title: Night Ferry\nquotes: []')).quotes).toEqual([]);
    expect(errorOf(() => parseMarkdown(doc('title: Night Ferry\nmentions: [Kirkwall]')))).toMatchObject({
      code: 'invalid_front_matter',
      field: 'mentions.0',
    });
  });

  it('reports each key that is no article field, and imports the article without it', () => {
    const warnings: ImportWarning[] = [];
    const input = parseMarkdown(doc('title: Night Ferry\nlayout: post\nstandfrist: Back after winter.\nweight: 3'), {
      onWarning: (w) => warnings.push(w),
    });
    expect(input).toMatchObject({ headline: 'Night Ferry' });
    expect(input).not.toHaveProperty('standfirst');
    expect(input).not.toHaveProperty('layout');
    expect(warnings).toEqual([
      { code: 'unknown_field', field: 'layout', message: 'Front matter field "layout" is not an article field: ignored.' },
      { code: 'unknown_field', field: 'standfrist', message: 'Front matter field "standfrist" is not an article field: ignored.' },
      { code: 'unknown_field', field: 'weight', message: 'Front matter field "weight" is not an article field: ignored.' },
    ]);
  });

  it('drops a leading # heading that repeats the front-matter headline', () => {
    const out = parseMarkdown(doc('title: Night Ferry', '# Night Ferry\n\nText.\n\n# Later Part'));
    expect(out.body.map((b) => b.type)).toEqual(['paragraph', 'heading']);
  });

  it('names the offending field when a value is invalid', () => {
    const fail = (yaml: string) => {
      const error = errorOf(() => parseMarkdown(doc(yaml)));
      return `${error.code} [${error.field}] ${error.message}`;
    };
    expect(fail('title: T\nauthors: [{ name: Ana, url: not a url }]')).toMatchInlineSnapshot(
      `"invalid_front_matter [authors.0.url] Front matter field "authors.0.url" is invalid: Invalid URL."`,
    );
    expect(fail('title: T\nstatus: live')).toMatchInlineSnapshot(
      `"invalid_front_matter [status] Front matter field "status" is invalid: Invalid option: expected one of "draft"|"review"|"published"|"archived"."`,
    );
    expect(fail('title: T\ndate: next Tuesday')).toMatchInlineSnapshot(
      `"invalid_front_matter [date] Front matter field "date" is invalid: expected a date such as 2026-05-08 or 2026-05-08T09:30:00+01:00."`,
    );
    expect(fail('title: T\nslug: Not A Slug')).toMatchInlineSnapshot(
      `"invalid_front_matter [slug] Front matter field "slug" is invalid: lower-case letters, digits and single hyphens only."`,
    );
    expect(fail('title: T\nleadImage: https://example.org/a.jpg')).toMatchInlineSnapshot(
      `"invalid_front_matter [leadImage] Front matter field "leadImage" is invalid: Invalid input: expected object, received string."`,
    );
    expect(fail('title: T\ncomments: { open: yes please }')).toMatchInlineSnapshot(
      `"invalid_front_matter [comments.open] Front matter field "comments.open" is invalid: Invalid input: expected boolean, received string."`,
    );
  });

  it('reports YAML that does not parse or is not a mapping', () => {
    expect(errorOf(() => parseMarkdown(doc('title: [unclosed')))).toMatchInlineSnapshot(
      `[ImportError: The front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 17]`,
    );
    expect(errorOf(() => parseMarkdown(doc('- just\n- a list')))).toMatchInlineSnapshot(
      `[ImportError: The front matter must be a set of "key: value" fields.]`,
    );
  });

  it('reports missing headline, missing body and empty input', () => {
    expect(errorOf(() => parseMarkdown('  \n'))).toMatchInlineSnapshot(
      `[ImportError: The Markdown is empty: expected a headline and a body.]`,
    );
    expect(errorOf(() => parseMarkdown('Just a paragraph.'))).toMatchInlineSnapshot(
      `[ImportError: The Markdown has no headline: add "headline:" to the front matter or start the text with a "# " heading.]`,
    );
    expect(errorOf(() => parseMarkdown(doc('title: Ferry', '<!-- nothing yet -->')))).toMatchInlineSnapshot(
      `[ImportError: The article "Ferry" has no body: expected text after the headline.]`,
    );
    expect(errorOf(() => parseMarkdown(`# Ferry\n\n## ${'Long '.repeat(70)}`))).toMatchInlineSnapshot(
      `[ImportError: The article cannot be stored: "body.0.text" is invalid: Too big: expected string to have <=300 characters.]`,
    );
  });
});
