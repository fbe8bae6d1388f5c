/**
 * @module
 * The formats Dateline imports, registered once: each format's name, file extensions, what it is
 * (for help texts and messages) and, for articles written by people, the media type the API
 * accepts it as and the model's parser. File lookup, the API's accepted media types and its
 * OpenAPI bodies, the worker that parses API bodies, `dateline import --help` and the messages
 * naming what can be imported are all derived from this table.
 */
import { type ArticleInput, decodeText, type ImportWarning, parseHtml, parseMarkdown, parseText } from '@dateline/model';
import { decodeHtml } from './import-decode.ts';

/** How an article written by a person is read: from a file's bytes, or from an API body. */
export interface StoryReader {
  /** The media type of an API body in this format. */
  mediaType: string;
  /** The OpenAPI schema id and description of such a body. */
  schemaId: string;
  bodyDescription: string;
  /** A file's bytes as text (charset detection differs between formats). */
  decode: (bytes: Uint8Array) => string;
  /**
   * The model's importer; `url` is the address of a web page, for its relative links. What it
   * passed over (front-matter keys that are no article field) goes to `onWarning`.
   */
  parse: (text: string, url: string | undefined, onWarning?: (warning: ImportWarning) => void) => ArticleInput;
}

interface FormatEntry {
  /** Lower-case, with the dot; the first is the usual one. */
  extensions: readonly string[];
  /** What the files are, as help texts list them. */
  description: string;
  /** Present for an article written by a person; JSON and exports are read by `import-records.ts`. */
  story?: StoryReader;
}

/**
 * Every format `dateline import` reads, in the order help texts and the API list them (the API's
 * text formats first, as its OpenAPI document lists them).
 *
 * @example
 * IMPORT_FORMATS.html.extensions; // ['.html', '.htm']
 */
export const IMPORT_FORMATS = {
  markdown: {
    extensions: ['.md'],
    description: 'Markdown with YAML front matter',
    story: {
      mediaType: 'text/markdown',
      schemaId: 'ArticleMarkdown',
      bodyDescription: 'An article in Markdown with YAML front matter.',
      decode: decodeText,
      // The save validates the whole article, naming the field; the importer checks the rest.
      parse: (text, _url, onWarning) => parseMarkdown(text, { onWarning, validate: false }),
    },
  },
  text: {
    extensions: ['.txt'],
    description: 'plain text',
    story: {
      mediaType: 'text/plain',
      schemaId: 'ArticleText',
      bodyDescription: 'An article in plain text: the first line is the headline, then paragraphs.',
      decode: decodeText,
      parse: (text) => parseText(text),
    },
  },
  html: {
    extensions: ['.html', '.htm'],
    description: 'web pages',
    story: {
      mediaType: 'text/html',
      schemaId: 'ArticleHtml',
      bodyDescription: 'A web page; the article is extracted from it.',
      decode: decodeHtml,
      parse: (text, url) => parseHtml(text, url === undefined ? {} : { url }),
    },
  },
  json: { extensions: ['.json'], description: 'articles as JSON, one or an array' },
  jsonl: { extensions: ['.jsonl'], description: 'exports of dateline export' },
} as const satisfies Record<string, FormatEntry>;

/** The formats `dateline import` reads. */
export type ArticleFormat = keyof typeof IMPORT_FORMATS;
type Formats = typeof IMPORT_FORMATS;
/** The formats of articles written by people (text, Markdown, HTML). */
type StoryFormat = { [K in ArticleFormat]: Formats[K] extends { story: StoryReader } ? K : never }[ArticleFormat];
/** The formats read as records by `import-records.ts` (JSON and exports). */
export type RecordsFormat = Exclude<ArticleFormat, StoryFormat>;
/** The media types of the API's text bodies. */
export type TextFormat = { [K in StoryFormat]: Formats[K]['story']['mediaType'] }[StoryFormat];

const FORMAT_NAMES = Object.keys(IMPORT_FORMATS) as ArticleFormat[];

/**
 * The reader of a story format, or undefined for JSON and exports.
 *
 * @example
 * storyReader('markdown')?.parse('# Ferry returns\n\nIt sailed.', undefined).headline; // 'Ferry returns'
 */
export function storyReader(format: ArticleFormat): StoryReader | undefined {
  const entry: FormatEntry = IMPORT_FORMATS[format];
  return entry.story;
}

const STORY_READERS = FORMAT_NAMES.flatMap((name) => storyReader(name) ?? []);
const BY_MEDIA_TYPE = new Map(STORY_READERS.map((story) => [story.mediaType, story]));

/**
 * The media types the API accepts an article in besides JSON, in the table's order.
 *
 * @example
 * TEXT_FORMATS; // ['text/markdown', 'text/plain', 'text/html']
 */
export const TEXT_FORMATS = STORY_READERS.map((story) => story.mediaType) as readonly TextFormat[];

/**
 * The reader of an API body of media type `type` (one of `TEXT_FORMATS`).
 *
 * @example
 * readerOfMediaType('text/plain').parse('Ferry returns\n\nIt sailed.', undefined);
 */
export function readerOfMediaType(type: TextFormat): StoryReader {
  return BY_MEDIA_TYPE.get(type)!;
}

const BY_EXTENSION = new Map<string, ArticleFormat>(
  FORMAT_NAMES.flatMap((name) => IMPORT_FORMATS[name].extensions.map((ext) => [ext, name] as const)),
);

/**
 * The format of files with this extension (lower-case, with the dot), or undefined.
 *
 * @example
 * formatOfExtension('.htm'); // 'html'
 */
export function formatOfExtension(extension: string): ArticleFormat | undefined {
  return BY_EXTENSION.get(extension);
}

/**
 * Every extension the importers read, as a sentence lists them.
 *
 * @example
 * extensionList(); // '.md, .txt, .html, .htm, .json or .jsonl'
 */
export function extensionList(): string {
  return listOf(
    FORMAT_NAMES.flatMap((name) => IMPORT_FORMATS[name].extensions),
    'or',
  );
}

/**
 * Each format with its extensions, as the help of `dateline import` lists them.
 *
 * @example
 * formatList(); // 'Markdown with YAML front matter (.md), plain text (.txt), …'
 */
export function formatList(): string {
  return listOf(
    FORMAT_NAMES.map((name) => `${IMPORT_FORMATS[name].description} (${IMPORT_FORMATS[name].extensions.join(', ')})`),
    'and',
  );
}

/**
 * The media types of the text formats the API takes, each with what it is, as a sentence lists them.
 *
 * @example
 * mediaTypeList(); // 'text/markdown (Markdown with YAML front matter), text/plain (plain text) or text/html (web pages)'
 */
export function mediaTypeList(): string {
  return listOf(
    FORMAT_NAMES.flatMap((name) => {
      const format: FormatEntry = IMPORT_FORMATS[name];
      return format.story ? [`${format.story.mediaType} (${format.description})`] : [];
    }),
    'or',
  );
}

function listOf(items: readonly string[], conjunction: 'or' | 'and'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
