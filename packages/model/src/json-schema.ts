/**
 * @module
 * The public schemas by name, and their JSON Schema (draft 2020-12) form for tools outside
 * TypeScript: editors validating front matter, other languages reading the API.
 */
import * as z from 'zod';
import { Article, ArticleInput, ArticleStatus, ArticleSummary, CommentSettings, Correction, ModerationMode } from './article.ts';
import { Block, HeadingBlock, Image, ImageBlock, ListBlock, MediaRef, ParagraphBlock, QuoteBlock } from './block.ts';
import { Comment, CommentInput, CommentStatus } from './comment.ts';
import { LanguageTag, Slug, Timestamp, WebUrl } from './common.ts';
import { Entity, EntityType, Mention, TextPosition } from './entities/entity.ts';
import { Quote, QuoteKind, Speaker } from './entities/quote.ts';
import { FrontMatter } from './import/front-matter.ts';
import { Inline, InlineContent, Link, LinkHref, Mark, TextRun } from './inline.ts';
import { Author, AuthorInput, Section, SectionInput, Source, Tag, TagInput } from './people.ts';

/**
 * Every public schema of the model, by its exported name.
 *
 * @example
 * schemas.Article.safeParse(data).success;
 */
export const schemas = {
  Slug,
  Timestamp,
  WebUrl,
  LanguageTag,
  Mark,
  TextRun,
  LinkHref,
  Link,
  Inline,
  InlineContent,
  MediaRef,
  Image,
  ParagraphBlock,
  HeadingBlock,
  QuoteBlock,
  ListBlock,
  ImageBlock,
  Block,
  Author,
  AuthorInput,
  Section,
  SectionInput,
  Tag,
  TagInput,
  Source,
  ArticleStatus,
  ModerationMode,
  CommentSettings,
  Correction,
  ArticleInput,
  Article,
  ArticleSummary,
  CommentStatus,
  CommentInput,
  Comment,
  FrontMatter,
  EntityType,
  Entity,
  TextPosition,
  Mention,
  QuoteKind,
  Speaker,
  Quote,
} as const satisfies Record<string, z.ZodType>;

/** The name of a public schema. */
export type SchemaName = keyof typeof schemas;

/**
 * Schemas describing what a writer or client sends: their JSON Schema describes the accepted
 * input (defaults optional, before transforms), not the parsed result.
 */
export const INPUT_SCHEMAS: ReadonlySet<SchemaName> = new Set([
  'ArticleInput',
  'AuthorInput',
  'SectionInput',
  'TagInput',
  'CommentInput',
  'FrontMatter',
]);

/** A JSON Schema document. */
export type JsonSchema = z.core.JSONSchema.BaseSchema;

/**
 * The JSON Schema (draft 2020-12) of one public schema; shared parts such as `Block` and `Slug`
 * are placed under `$defs` and referenced.
 *
 * @example
 * const schema = jsonSchema('Article');
 * schema.$schema; // 'https://json-schema.org/draft/2020-12/schema'
 */
export function jsonSchema(name: SchemaName): JsonSchema {
  return z.toJSONSchema(schemas[name], {
    target: 'draft-2020-12',
    io: INPUT_SCHEMAS.has(name) ? 'input' : 'output',
    // Transforms (front-matter aliases) have no JSON form; their input side is what matters.
    unrepresentable: 'any',
  });
}

/**
 * The JSON Schema of every public schema, by name.
 *
 * @example
 * import { writeFileSync } from 'node:fs';
 * for (const [name, schema] of Object.entries(jsonSchemas())) writeFileSync(`${name}.schema.json`, JSON.stringify(schema, null, 2));
 */
export function jsonSchemas(): Record<SchemaName, JsonSchema> {
  const out = {} as Record<SchemaName, JsonSchema>;
  for (const name of Object.keys(schemas) as SchemaName[]) out[name] = jsonSchema(name);
  return out;
}
