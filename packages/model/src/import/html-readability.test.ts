/**
 * @module
 * Tests for finding the article in a page: what the steps before Readability keep from its cleaning.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html.ts';

const story = (inside: string) =>
  `<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1>${[1, 2, 3, 4]
    .map(
      (n) =>
        `<p>Paragraph ${n} of the story: the harbour reopened on Monday after two years of repairs to its walls, and the ferries ran again by noon.</p>`,
    )
    .join(
      '',
    )}${inside}<p>The harbour master thanked the divers who had worked through the winter to finish the walls in time.</p></article></body></html>`;

describe('readableArticle keeps an embedded post the story quotes', () => {
  it('keeps a post set in boxes named as a widget, as a quote signed by its author', () => {
    const embed =
      '<p>The port said in a post:</p><div class="story-widget story-widget--social"><div class="story-widget__inner"><blockquote class="twitter-tweet"><p>Ferries run again from noon today.</p>— Harbour Port (@harbourport) <a href="https://twitter.example/harbourport/status/1">May 4, 2026</a></blockquote><script src="https://platform.twitter.example/widgets.js"></script></div></div>';
    const article = parseHtml(story(embed), { url: 'https://gazette.example/harbour' });
    expect(article.body).toContainEqual({
      type: 'quote',
      text: 'Ferries run again from noon today.',
      attribution: 'Harbour Port (@harbourport) May 4, 2026',
    });
  });
});
