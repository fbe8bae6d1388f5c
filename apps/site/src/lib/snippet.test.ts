/** @module */
import { describe, expect, it } from 'vitest';
import { decodeEntities, snippetParts } from './snippet.ts';

describe('snippetParts', () => {
  it('splits a snippet into plain and highlighted text', () => {
    expect(snippetParts('…the <mark>night</mark> <mark>ferry</mark> returns…')).toEqual([
      { text: '…the ', mark: false },
      { text: 'night', mark: true },
      { text: ' ', mark: false },
      { text: 'ferry', mark: true },
      { text: ' returns…', mark: false },
    ]);
  });

  it('decodes the escaped text, so the page shows what was written', () => {
    expect(snippetParts('Fish &amp; chips &lt;b&gt;cheap&lt;/b&gt; at &quot;Sam&#39;s&quot;')).toEqual([
      { text: 'Fish & chips <b>cheap</b> at "Sam\'s"', mark: false },
    ]);
  });

  it('keeps any other tag as literal text instead of markup', () => {
    expect(snippetParts('<script>alert(1)</script> <mark><img src=x onerror=alert(1)></mark>')).toEqual([
      { text: '<script>alert(1)</script> ', mark: false },
      { text: '<img src=x onerror=alert(1)>', mark: true },
    ]);
  });

  it('survives unbalanced marks and empty input', () => {
    expect(snippetParts('</mark>a<mark>b')).toEqual([
      { text: 'a', mark: false },
      { text: 'b', mark: true },
    ]);
    expect(snippetParts('')).toEqual([]);
  });

  it('does not decode twice: an escaped entity stays an entity', () => {
    expect(snippetParts('&amp;lt;mark&amp;gt;')).toEqual([{ text: '&lt;mark&gt;', mark: false }]);
  });
});

describe('decodeEntities', () => {
  it('decodes decimal and hexadecimal references and leaves unknown or invalid ones', () => {
    expect(decodeEntities('&#8211; &#x2014; &bogus; &#0; &#xD800;')).toBe('– — &bogus; &#0; &#xD800;');
  });
});
