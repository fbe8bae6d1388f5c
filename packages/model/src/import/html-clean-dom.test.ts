/**
 * @module
 * Tests for the element cleaners: each one on a small invented fixture, and the guard that keeps
 * an article whose wrapper has a misleading name.
 */
import { describe, expect, it } from 'vitest';
import {
  cleanArticleDom,
  isAdOrCookieNotice,
  isBylineOrDateline,
  isCommentWidget,
  isNewsletterPromo,
  isRelatedLinks,
  isScreenReaderOnly,
  isShareWidget,
  isTagList,
} from './html-clean-dom.ts';
import { htmlDocument, textOf } from './html-dom.ts';

const first = (html: string): Element => htmlDocument(html).body.firstElementChild as Element;
const plain = first('<div class="story-body">Text</div>');

describe('element cleaners', () => {
  it('isScreenReaderOnly finds skip links and hidden helpers', () => {
    expect(isScreenReaderOnly(first('<a class="skip-link screen-reader-text" href="#main">Skip to content</a>'))).toBe(true);
    expect(isScreenReaderOnly(first('<span aria-hidden="true">•</span>'))).toBe(true);
    expect(isScreenReaderOnly(plain)).toBe(false);
  });

  it('isShareWidget finds share bars by compound and camelCase names, not words that contain "share"', () => {
    expect(isShareWidget(first('<div class="c-shareBar">Facebook Twitter</div>'))).toBe(true);
    expect(isShareWidget(first('<ul id="social-links"><li>Tweet</li></ul>'))).toBe(true);
    expect(isShareWidget(first('<div class="shared-content">Text</div>'))).toBe(false);
  });

  it('isNewsletterPromo finds sign-up boxes', () => {
    expect(isNewsletterPromo(first('<aside class="newsletter-signup">Get our email</aside>'))).toBe(true);
    expect(isNewsletterPromo(plain)).toBe(false);
  });

  it('isRelatedLinks finds related, read-more and recommendation widgets', () => {
    expect(isRelatedLinks(first('<div class="related-articles"><a href="/a">A</a></div>'))).toBe(true);
    expect(isRelatedLinks(first('<div id="taboola-below-article">Promoted</div>'))).toBe(true);
    expect(isRelatedLinks(first('<section class="relatedStories">More</section>'))).toBe(true);
    expect(isRelatedLinks(plain)).toBe(false);
  });

  it('isCommentWidget finds comment counters and sections, not commentary', () => {
    expect(isCommentWidget(first('<span class="comment-count">12</span>'))).toBe(true);
    expect(isCommentWidget(first('<div id="disqus_thread"></div>'))).toBe(true);
    expect(isCommentWidget(first('<div class="commentary">Analysis</div>'))).toBe(false);
  });

  it('isAdOrCookieNotice finds ad slots and consent banners, not words that start with "ad"', () => {
    expect(isAdOrCookieNotice(first('<div class="ad-slot">Advertisement</div>'))).toBe(true);
    expect(isAdOrCookieNotice(first('<div id="cookie-banner">We use cookies</div>'))).toBe(true);
    expect(isAdOrCookieNotice(first('<div class="address">1 High St</div>'))).toBe(false);
  });

  it('isTagList finds tag and topic lists', () => {
    expect(isTagList(first('<ul class="post-tags"><li><a href="/t/x">X</a></li></ul>'))).toBe(true);
    expect(isTagList(first('<p class="tag-line">Slogan</p>'))).toBe(false);
  });

  it('isBylineOrDateline finds bylines, author boxes and post meta', () => {
    expect(isBylineOrDateline(first('<p class="byline">By Ann Lee</p>'))).toBe(true);
    expect(isBylineOrDateline(first('<div class="author-bio">Ann writes about rivers.</div>'))).toBe(true);
    expect(isBylineOrDateline(first('<time class="entry-date">May 8</time>'))).toBe(true);
    expect(isBylineOrDateline(first('<div class="metadata-panel">Text</div>'))).toBe(false);
  });
});

describe('cleanArticleDom', () => {
  const prose = 'The river path reopened on Monday after two years of repairs to the flood walls, the council said in a statement.';

  it('removes furniture and keeps the story', () => {
    const root = htmlDocument(
      `<div><p class="byline">By Ann Lee</p><p>${prose}</p><div class="share-tools">Facebook Twitter</div>` +
        `<div class="related-links"><a href="/x">Another story</a></div><p>${prose}</p></div>`,
    ).body;
    cleanArticleDom(root);
    expect(textOf(root)).toBe(`${prose} ${prose}`);
  });

  it('keeps a wrapper with a furniture-like name when it holds the article', () => {
    const root = htmlDocument(`<div class="post-meta-wrap"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div>`).body;
    cleanArticleDom(root);
    expect(textOf(root)).toContain(prose);
  });

  it('leaves picture credits inside figures to the figure', () => {
    const root = htmlDocument(
      `<p>${prose}</p><figure><img src="/a.jpg"><figcaption>Dawn <span class="photo-author">Ann Lee</span></figcaption></figure>`,
    ).body;
    cleanArticleDom(root);
    expect(textOf(root)).toContain('Ann Lee');
  });

  it('never removes part of a sentence: inline elements and blocks inside running text stay', () => {
    const root = htmlDocument(
      '<div><p>The government plans to reverse its position on <a class="meta-loc" href="/sudan">Sudan</a> and lift sanctions, ' +
        '<span class="byline-name">officials</span> said.</p><div>Rebels in <div class="meta">South Sudan</div> agreed.</div>' +
        '<div class="meta">Posted on May 8</div></div>',
    ).body;
    cleanArticleDom(root);
    expect(textOf(root)).toBe(
      'The government plans to reverse its position on Sudan and lift sanctions, officials said. Rebels in South Sudan agreed.',
    );
  });

  it('drops text no sighted reader sees, wherever it is', () => {
    const root = htmlDocument('<p>Protesters at the gate. <span class="visually-hidden">Credit</span> Ann Lee</p>').body;
    cleanArticleDom(root);
    expect(textOf(root)).toBe('Protesters at the gate. Ann Lee');
  });
});
