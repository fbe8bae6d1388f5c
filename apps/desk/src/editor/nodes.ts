/**
 * @module
 * The editor's schema as TipTap extensions: one node for each of the model's block types and one
 * mark for each mark and for links, nothing else. A document that this schema accepts is a body
 * the model can store, which is what makes `convert.ts` a one-to-one mapping. No DOM is touched
 * here, so the schema can be built in Node for tests; the browser adds the image's form in
 * `image-view.ts`.
 */
import { type AnyExtension, Mark, Node } from '@tiptap/core';
import Bold from '@tiptap/extension-bold';
import Code from '@tiptap/extension-code';
import Italic from '@tiptap/extension-italic';

/** The top node: at least one block. */
const Doc = Node.create({ name: 'doc', topNode: true, content: 'block+' });

const Text = Node.create({ name: 'text', group: 'inline' });

const Paragraph = Node.create({
  name: 'paragraph',
  group: 'block',
  content: 'inline*',
  priority: 1000,
  parseHTML: () => [{ tag: 'p' }],
  renderHTML: () => ['p', 0],
  addKeyboardShortcuts() {
    return { 'Mod-Alt-0': () => this.editor.commands.setNode(this.name) };
  },
});

/** Headings 2 to 4, plain text (the model stores a heading as a string). */
const Heading = Node.create({
  name: 'heading',
  group: 'block',
  content: 'text*',
  marks: '',
  defining: true,
  addAttributes: () => ({ level: { default: 2, rendered: false } }),
  parseHTML: () => [2, 3, 4].map((level) => ({ tag: `h${level}`, attrs: { level } })),
  renderHTML: ({ node }) => [`h${node.attrs.level as number}`, 0],
  addKeyboardShortcuts() {
    const set = (level: number) => () => this.editor.commands.setNode(this.name, { level });
    return { 'Mod-Alt-2': set(2), 'Mod-Alt-3': set(3), 'Mod-Alt-4': set(4) };
  },
});

/** A quotation: its text (blank lines part its paragraphs, as the model's renderer reads them) and an optional attribution. */
const Quote = Node.create({
  name: 'quote',
  group: 'block',
  content: 'quoteText quoteAttribution?',
  defining: true,
  parseHTML: () => [{ tag: 'figure.quote' }],
  renderHTML: () => ['figure', { class: 'quote' }, 0],
});

const QuoteText = Node.create({
  name: 'quoteText',
  content: 'text*',
  marks: '',
  // A quote's line breaks are part of its text.
  code: false,
  whitespace: 'pre',
  parseHTML: () => [{ tag: 'blockquote', preserveWhitespace: 'full' }],
  renderHTML: () => ['blockquote', 0],
  addKeyboardShortcuts() {
    return {
      // Enter starts a new line inside the quote; leaving it is Mod-Enter or the arrow keys.
      Enter: () => (this.editor.isActive(this.name) ? this.editor.commands.insertContent('\n') : false),
    };
  },
});

const QuoteAttribution = Node.create({
  name: 'quoteAttribution',
  content: 'text*',
  marks: '',
  parseHTML: () => [{ tag: 'figcaption' }],
  renderHTML: () => ['figcaption', { 'data-label': 'Attribution' }, 0],
});

/** A list, numbered or bulleted by its `ordered` attribute; each item is one line of inline content. */
const List = Node.create({
  name: 'list',
  group: 'block',
  content: 'listItem+',
  addAttributes: () => ({ ordered: { default: false, rendered: false } }),
  parseHTML: () => [
    { tag: 'ul', attrs: { ordered: false } },
    { tag: 'ol', attrs: { ordered: true } },
  ],
  renderHTML: ({ node }) => [node.attrs.ordered ? 'ol' : 'ul', 0],
});

const ListItem = Node.create({
  name: 'listItem',
  content: 'inline*',
  defining: true,
  parseHTML: () => [{ tag: 'li' }],
  renderHTML: () => ['li', 0],
});

/** An image in the body; its text alternative, caption and credit are edited in a form beside it. */
const Image = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: false,
  selectable: true,
  addAttributes: () => ({
    src: { default: '' },
    alt: { default: '' },
    caption: { default: null },
    credit: { default: null },
    // The library picture it shows ({ id, width, height }), from which the site makes its srcset.
    media: { default: null, rendered: false },
  }),
  parseHTML: () => [{ tag: 'img[src]' }],
  renderHTML: ({ node }) => ['img', { src: node.attrs.src as string, alt: node.attrs.alt as string }],
});

/** A link: the model's `Link` (href and optional title) as a mark over text runs. */
const Link = Mark.create({
  name: 'link',
  priority: 1100,
  inclusive: false,
  addAttributes: () => ({ href: { default: '' }, title: { default: null } }),
  parseHTML: () => [{ tag: 'a[href]' }],
  // The editor never makes a followable link: the address is shown, not navigated to.
  renderHTML: ({ mark }) => ['a', { 'data-href': mark.attrs.href as string, title: mark.attrs.title as string | null }, 0],
});

/**
 * Every extension of the editor's schema. The marks keep the model's order (strong, em, code),
 * and code may be combined with the others, as the model allows.
 *
 * @example
 * const schema = getSchema(editorExtensions());
 */
export function editorExtensions(): AnyExtension[] {
  return [
    Doc,
    Text,
    Paragraph,
    Heading,
    Quote,
    QuoteText,
    QuoteAttribution,
    List,
    ListItem,
    Image,
    Link,
    Bold.extend({ priority: 1003 }),
    Italic.extend({ priority: 1002 }),
    Code.extend({ priority: 1001, excludes: '' }),
  ];
}
