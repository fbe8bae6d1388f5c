/** @module */
import { describe, expect, it } from 'vitest';
import { attribute, escapeText } from './html-text.ts';

describe('escapeText', () => {
  it('escapes what could start markup or end an attribute, and nothing else', () => {
    expect(escapeText(`<b>Fish & "chips"</b> it's`)).toBe('&lt;b&gt;Fish &amp; &quot;chips&quot;&lt;/b&gt; it&#39;s');
    expect(escapeText('Plain text – with “curly” quotes')).toBe('Plain text – with “curly” quotes');
  });
});

describe('attribute', () => {
  it('writes a double-quoted value with & and " escaped', () => {
    expect(attribute('title', 'A "B" & C')).toBe(' title="A &quot;B&quot; &amp; C"');
  });

  it('leaves out a missing value and writes an empty one as the bare name', () => {
    expect(attribute('rel', undefined)).toBe('');
    expect(attribute('rel', null)).toBe('');
    expect(attribute('alt', '')).toBe(' alt');
  });
});
