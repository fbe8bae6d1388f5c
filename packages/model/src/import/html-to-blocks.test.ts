/**
 * @module
 * Tests for turning article HTML into body blocks, and for the inline runs behind paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { Block } from '../block.ts';
import { htmlDocument } from './html-dom.ts';
import { runsToInline } from './html-inline.ts';
import { htmlToBlocks } from './html-to-blocks.ts';

const base = 'https://gazette.example/news/river/';
const blocks = (html: string) => htmlToBlocks(htmlDocument(html).body, { base });

describe('runsToInline', () => {
  it('collapses white space across runs, keeping a space in the run it came from, and trims the ends', () => {
    expect(
      runsToInline([
        { text: '  The \n path ', marks: [] },
        { text: ' reopened ', marks: ['em'] },
        { text: ' today. ', marks: [] },
      ]),
    ).toEqual([
      { type: 'text', text: 'The path ' },
      { type: 'text', text: 'reopened ', marks: ['em'] },
      { type: 'text', text: 'today.' },
    ]);
  });

  it('keeps line breaks, merges runs with the same marks and groups a link', () => {
    const out = runsToInline([
      { text: 'One', marks: [] },
      { text: '\n', marks: [] },
      { text: 'two ', marks: [] },
      { text: 'the ', marks: [], href: '/r' },
      { text: 'report', marks: ['strong'], href: '/r' },
    ]);
    expect(out).toEqual([
      { type: 'text', text: 'One\ntwo ' },
      {
        type: 'link',
        href: '/r',
        children: [
          { type: 'text', text: 'the ' },
          { type: 'text', text: 'report', marks: ['strong'] },
        ],
      },
    ]);
  });
});

describe('htmlToBlocks', () => {
  it('keeps emphasis, strong text and code inside paragraphs', () => {
    expect(blocks('<p>It <em>did</em> <b>not</b> run <code>make</code>.</p>')).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'It ' },
          { type: 'text', text: 'did', marks: ['em'] },
          { type: 'text', text: ' ' },
          { type: 'text', text: 'not', marks: ['strong'] },
          { type: 'text', text: ' run ' },
          { type: 'text', text: 'make', marks: ['code'] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
  });

  it('resolves links against the base and turns unsafe links into plain text', () => {
    const [block] = blocks(
      '<p><a href="../report.pdf">Report</a>, <a href="javascript:alert(1)">click</a>, <a href="mailto:desk@gazette.example">mail</a> and <a href="#notes">notes</a>.</p>',
    );
    expect(block).toEqual({
      type: 'paragraph',
      content: [
        { type: 'link', href: 'https://gazette.example/news/report.pdf', children: [{ type: 'text', text: 'Report' }] },
        { type: 'text', text: ', click, ' },
        { type: 'link', href: 'mailto:desk@gazette.example', children: [{ type: 'text', text: 'mail' }] },
        { type: 'text', text: ' and ' },
        { type: 'link', href: 'https://gazette.example/news/river/#notes', children: [{ type: 'text', text: 'notes' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('clamps headings to levels 2 to 4', () => {
    expect(
      blocks('<h1>One</h1><h2>Two</h2><h3>Three</h3><h5>Five</h5><h6>Six</h6>').map((b) => (b.type === 'heading' ? b.level : 0)),
    ).toEqual([2, 2, 3, 4, 4]);
  });

  it('turns blockquotes into quotes with their attribution', () => {
    expect(blocks('<blockquote><p>We will reopen by May.</p><p>And we did.</p><footer>— The harbour master</footer></blockquote>')).toEqual(
      [{ type: 'quote', text: 'We will reopen by May.\n\nAnd we did.', attribution: 'The harbour master' }],
    );
    expect(blocks('<blockquote><p>We will reopen by May.</p><p>– Ann Lee, harbour master</p></blockquote>')).toEqual([
      { type: 'quote', text: 'We will reopen by May.', attribution: 'Ann Lee, harbour master' },
    ]);
  });

  it('turns lists into list blocks, nested items following their parent', () => {
    expect(blocks('<ol><li>First <em>step</em></li><li>Second<ul><li>detail</li></ul></li></ol>')).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [
          [
            { type: 'text', text: 'First ' },
            { type: 'text', text: 'step', marks: ['em'] },
          ],
          [{ type: 'text', text: 'Second' }],
          [{ type: 'text', text: 'detail' }],
        ],
      },
    ]);
  });

  it('turns figures into image blocks with caption and credit, using the lazy-loaded source', () => {
    const html =
      '<figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/path.jpg" alt="The path"><figcaption>Walkers on the path. <span class="credit">Ann Lee</span></figcaption></figure>';
    expect(blocks(html)).toEqual([
      { type: 'image', src: 'https://gazette.example/img/path.jpg', alt: 'The path', caption: 'Walkers on the path.', credit: 'Ann Lee' },
    ]);
  });

  it('gives a caption element to the picture before it, and drops one whose picture is gone', () => {
    expect(
      blocks('<img src="/a.jpg" alt=""><p class="wp-caption-text">The weir.</p><p class="caption">Orphan caption.</p><p>Text.</p>'),
    ).toEqual([
      { type: 'image', src: 'https://gazette.example/a.jpg', alt: '', caption: 'The weir.' },
      { type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] },
    ]);
  });

  it('leaves out tracking pixels and images without a web address', () => {
    expect(blocks('<img src="/pixel.gif" width="1" height="1"><img src="javascript:x"><p>Text.</p>')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Text.' }] },
    ]);
  });

  it('never lets scripts, styles, forms or raw markup into the text', () => {
    const out = blocks(
      '<p>Safe<script>alert("x")</script><style>p{color:red}</style> text &lt;b&gt;</p><form><input value="q"><button>Go</button></form><noscript>Enable JS</noscript>',
    );
    expect(out).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Safe text <b>' }] }]);
    for (const block of out) expect(Block.safeParse(block).success).toBe(true);
  });

  it('reads data tables row by row and layout tables as containers', () => {
    expect(blocks('<table><tr><th>Team</th><th>Points</th></tr><tr><td>Rovers</td><td>12</td></tr></table>')).toEqual([
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Team | Points' }], [{ type: 'text', text: 'Rovers | 12' }]] },
    ]);
    expect(blocks('<table><tr><td><p>Inside a layout table.</p></td></tr></table>')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Inside a layout table.' }] },
    ]);
  });

  it('keeps the caption of a data table, which says what its figures are, before its rows', () => {
    expect(blocks('<table><caption>Points after ten rounds</caption><tr><td>Rovers</td><td>12</td></tr></table>')).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Points after ten rounds' }] },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Rovers | 12' }]] },
    ]);
  });

  it('splits loose text around block elements into paragraphs', () => {
    expect(
      blocks('<div>Loose text<div>Inner block</div>tail</div>').map(
        (b) => b.type === 'paragraph' && b.content[0]?.type === 'text' && b.content[0].text,
      ),
    ).toEqual(['Loose text', 'Inner block', 'tail']);
  });
});

describe('htmlToBlocks keeps text that older or richer markup puts in odd places', () => {
  it('keeps a formula inside its sentence, and a displayed one as a paragraph of its own', () => {
    const out = blocks(
      '<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, there are two roots:</p>' +
        '<p><math display="block"><semantics><mrow><mi>x</mi><mo>=</mo><mn>1</mn></mrow><annotation encoding="application/x-tex">x=1</annotation></semantics></math></p>',
    );
    expect(out.map((b) => (b.type === 'paragraph' ? b.content.map((n) => (n.type === 'text' ? n.text : '')).join('') : b.type))).toEqual([
      'When a ≠ 0 , there are two roots:',
      'x = 1',
    ]);
  });

  it('reads text written straight inside a list without items as paragraphs, and between items as items', () => {
    expect(blocks('<ul> (My real goal is to <i>make</i> video, not just watch it.) </ul>')).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: '(My real goal is to ' },
          { type: 'text', text: 'make', marks: ['em'] },
          { type: 'text', text: ' video, not just watch it.)' },
        ],
      },
    ]);
    expect(blocks('<ul><li>Ferries</li> and trams <li>Buses</li></ul>')).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'text', text: 'Ferries' }], [{ type: 'text', text: 'and trams' }], [{ type: 'text', text: 'Buses' }]],
      },
    ]);
  });

  it('keeps the sentence of a "click to tweet" box, without the share link or its button', () => {
    const out = blocks(
      '<p>Before.</p><a href="https://twitter.com/intent/tweet?text=Every+ferry+counts."><span><span>Every ferry counts.</span><span>Click To Tweet</span></span></a><p>After.</p>',
    );
    expect(out).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Before.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Every ferry counts.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'After.' }] },
    ]);
  });
});

describe('htmlToBlocks keeps pictures that sit inside list items', () => {
  const item = (name: string) => ({ type: 'list' as const, ordered: false, items: [[{ type: 'text' as const, text: name }]] });
  const picture = (file: string, credit: string) => ({
    type: 'image' as const,
    src: `https://gazette.example/img/${file}`,
    alt: '',
    credit,
  });
  const teaser = (file: string, credit: string, title: string) =>
    `<li><figure><a href="/story"><img src="/img/${file}" alt=""></a><figcaption><span>Credit</span>${credit}</figcaption></figure><h3>${title}</h3></li>`;

  it('splits a bulleted list around each picture, caption and credit kept, the picture before the words it sat with', () => {
    expect(
      blocks(`<ul>${teaser('weir.jpg', 'Ann Lee', 'Weir reopens')}${teaser('quay.jpg', 'Tom Hale/Harbour Board', 'Quay rebuilt')}</ul>`),
    ).toEqual([picture('weir.jpg', 'Ann Lee'), item('Weir reopens'), picture('quay.jpg', 'Tom Hale/Harbour Board'), item('Quay rebuilt')]);
  });

  it('puts the pictures of a numbered list after it, so its numbers run on', () => {
    expect(blocks(`<ol>${teaser('weir.jpg', 'Ann Lee', 'Weir reopens')}${teaser('quay.jpg', 'Tom Hale', 'Quay rebuilt')}</ol>`)).toEqual([
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'Weir reopens' }], [{ type: 'text', text: 'Quay rebuilt' }]] },
      picture('weir.jpg', 'Ann Lee'),
      picture('quay.jpg', 'Tom Hale'),
    ]);
  });

  it('keeps a captioned picture box under another name, and leaves out bare icons and tracking pixels', () => {
    const html =
      '<ul><li><img src="/icons/arrow.png" alt="">Timetables</li>' +
      '<li><div class="inline-image"><img src="/img/ferry.jpg" alt="The ferry"><p>The new ferry. <span class="credit">Ann Lee</span></p></div>Ferry news</li>' +
      '<li><figure><img src="/px.gif" width="1" height="1"><figcaption>Tracker</figcaption></figure>Fares</li></ul>';
    expect(blocks(html)).toEqual([
      item('Timetables'),
      { type: 'image', src: 'https://gazette.example/img/ferry.jpg', alt: 'The ferry', caption: 'The new ferry.', credit: 'Ann Lee' },
      { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Ferry news' }], [{ type: 'text', text: 'Fares' }]] },
    ]);
  });
});

describe('htmlToBlocks reads a credit set after a label of its own', () => {
  it('splits a caption at a "Credit" label whose words run into the name, the label left out', () => {
    expect(
      blocks(
        '<figure><img src="/img/gate.jpg" alt=""><figcaption><span>Protesters at the gate.</span><span><span>Credit</span>Ann Lee/Harbour Press</span></figcaption></figure>',
      ),
    ).toEqual([
      {
        type: 'image',
        src: 'https://gazette.example/img/gate.jpg',
        alt: '',
        caption: 'Protesters at the gate.',
        credit: 'Ann Lee/Harbour Press',
      },
    ]);
    expect(blocks('<figure><img src="/img/gate.jpg" alt=""><figcaption><span>Photo credit:</span> Ann Lee</figcaption></figure>')).toEqual([
      { type: 'image', src: 'https://gazette.example/img/gate.jpg', alt: '', credit: 'Ann Lee' },
    ]);
  });

  it('leaves out a label said twice (one for screen readers, one shown), never gluing it to the name', () => {
    expect(
      blocks(
        '<figure><img src="/img/gate.jpg" alt=""><figcaption><span>Protesters at the gate.</span><span><span>Credit</span><span><span>Credit</span><span>Ann Lee/Harbour Press</span></span></span></figcaption></figure>',
      ),
    ).toEqual([
      {
        type: 'image',
        src: 'https://gazette.example/img/gate.jpg',
        alt: '',
        caption: 'Protesters at the gate.',
        credit: 'Ann Lee/Harbour Press',
      },
    ]);
  });
});
