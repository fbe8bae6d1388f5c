/**
 * @module
 * Tests for parseMarkdown: body structure, inline content and safety.
 */
import { describe, expect, it } from 'vitest';
import { ArticleInput } from '../article.ts';
import type { Block } from '../block.ts';
import { plain } from '../inline-text.ts';
import { parseMarkdown } from './parse-markdown.ts';

const body = (md: string): Block[] => parseMarkdown(`# Headline\n\n${md}`).body;
const p = (text: string): Block => ({ type: 'paragraph', content: plain(text) });

describe('parseMarkdown body', () => {
  it('takes the headline from the first # heading when the front matter has none', () => {
    const out = parseMarkdown('# Night Ferry Returns\n\nThe ferry sailed again.\n\n# Second Title\n');
    expect(out.headline).toBe('Night Ferry Returns');
    expect(out.body).toEqual([p('The ferry sailed again.'), { type: 'heading', level: 2, text: 'Second Title' }]);
  });

  it('maps heading depths to levels 2, 3 and 4', () => {
    expect(body('## Two\n\n### Three\n\n#### Four\n\n###### Six').map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([2, 3, 4, 4]);
  });

  it('keeps emphasis, strong, code and safe links as inline content', () => {
    expect(body('The *night* ferry **sailed** on `Route 7`, says [the board](https://example.org/board "Board notes").')).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The ' },
          { type: 'text', text: 'night', marks: ['em'] },
          { type: 'text', text: ' ferry ' },
          { type: 'text', text: 'sailed', marks: ['strong'] },
          { type: 'text', text: ' on ' },
          { type: 'text', text: 'Route 7', marks: ['code'] },
          { type: 'text', text: ', says ' },
          { type: 'link', href: 'https://example.org/board', title: 'Board notes', children: [{ type: 'text', text: 'the board' }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('resolves reference links and nests marks inside links', () => {
    const [block] = body('Read [***the** plan*][plan].\n\n[plan]: /plans/ferry');
    expect(block).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Read ' },
        {
          type: 'link',
          href: '/plans/ferry',
          children: [
            { type: 'text', text: 'the', marks: ['em', 'strong'] },
            { type: 'text', text: ' plan', marks: ['em'] },
          ],
        },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('drops unsafe link targets to plain text', () => {
    const md = '[one](javascript:alert(1)) [two](data:text/html,x) [three](//evil.example) [four](relative.html) <javascript:alert(2)>';
    expect(body(md)).toEqual([p('one two three four javascript:alert(2)')]);
  });

  it('reduces raw HTML to its text and never keeps markup', () => {
    const out = body(
      'Fish <b onclick="x()">and</b> chips.\n\n<div class="box">Tide &amp; times</div>\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>',
    );
    expect(out).toEqual([p('Fish and chips.'), p('Tide & times')]);
    expect(JSON.stringify(out)).not.toMatch(/[<>]/);
  });

  it('turns block quotes into quotes with a dash-led attribution', () => {
    expect(body('> Best news this winter.\n> — Ines Calloway, harbour master')).toEqual([
      { type: 'quote', text: 'Best news this winter.', attribution: 'Ines Calloway, harbour master' },
    ]);
    expect(body('> First part\n> goes on.\n>\n> -- The Board')).toEqual([
      { type: 'quote', text: 'First part goes on.', attribution: 'The Board' },
    ]);
    expect(body('> — Only a dash line')).toEqual([{ type: 'quote', text: '— Only a dash line' }]);
  });

  it('turns lists into list blocks, flattening nested items after their parent', () => {
    expect(body('- one\n- two\n  - two point one\n\n1. first\n2. second')).toEqual([
      { type: 'list', ordered: false, items: [plain('one'), plain('two'), plain('two point one')] },
      { type: 'list', ordered: true, items: [plain('first'), plain('second')] },
    ]);
  });

  it('makes a paragraph holding only an image an image block, with the title as caption', () => {
    expect(body('![Ferry at dawn](https://example.org/ferry.jpg "Leaving at six")')).toEqual([
      { type: 'image', src: 'https://example.org/ferry.jpg', alt: 'Ferry at dawn', caption: 'Leaving at six' },
    ]);
    expect(body('See ![the ferry](https://example.org/f.jpg) here.')).toEqual([p('See the ferry here.')]);
    expect(body('![Local file](images/ferry.jpg)')).toEqual([p('Local file')]);
  });

  it('keeps code blocks as code-marked text and tables as rows', () => {
    expect(body('```\nsail --early\n```\n\n| Day | Time |\n|---|---|\n| Mon | 06:00 |')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'sail --early', marks: ['code'] }] },
      { type: 'list', ordered: false, items: [plain('Day | Time'), plain('Mon | 06:00')] },
    ]);
  });

  it('keeps typographic quotes and dashes, and hard breaks as new lines', () => {
    expect(body('“Yes,” she said — twice.  \nThen left.')).toEqual([p('“Yes,” she said — twice.\nThen left.')]);
  });

  it('produces valid article input', () => {
    expect(ArticleInput.safeParse(parseMarkdown('# H\n\nText with [a link](https://example.org).')).success).toBe(true);
  });
});
