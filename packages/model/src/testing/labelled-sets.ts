/**
 * @module
 * Test and benchmark support (not exported): the hand-labelled sets of fixtures/entities, each
 * article read from the shared corpus and imported the way a user's would be (plain text through
 * `parseText`, web pages through `parseHtml`), ready for `enrich` and `scoreArticle`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Block } from '../block.ts';
import { decodeText } from '../import/decode.ts';
import { parseHtml } from '../import/parse-html.ts';
import { parseText } from '../import/parse-text.ts';
import { type ArticleLabels, blockParagraphs, htmlParagraphs } from './entity-scores.ts';
import { sharedPath } from './shared-dir.ts';

/** One labelled article, imported and ready to score. */
interface LabelledArticle {
  labels: ArticleLabels;
  headline: string;
  body: Block[];
  /** For each body block, the labelled paragraph numbers it holds. */
  paragraphsOf: number[][];
}

/** A labelled set: its name, what it is, and its articles (empty when the shared folder is absent). */
export interface LabelledSet {
  name: string;
  title: string;
  articles: LabelledArticle[];
}

interface Fixture {
  articles: ArticleLabels[];
}
const fixture = (file: string): Fixture =>
  JSON.parse(readFileSync(new URL(`../../fixtures/entities/${file}`, import.meta.url), 'utf8')) as Fixture;

function readText(file: string, labels: ArticleLabels): LabelledArticle {
  const source = decodeText(readFileSync(file));
  const input = parseText(source);
  return { labels, headline: input.headline, body: input.body, paragraphsOf: blockParagraphs(source, input.body) };
}

function readPage(dir: string, labels: ArticleLabels): LabelledArticle {
  let html: string;
  try {
    html = gunzipSync(readFileSync(path.join(dir, 'source.html.gz'))).toString('utf8');
  } catch {
    html = readFileSync(path.join(dir, 'source.html'), 'utf8');
  }
  const input = parseHtml(html);
  const placed = htmlParagraphs(labels, input.body);
  return { labels: placed.labels, headline: input.headline, body: input.body, paragraphsOf: placed.paragraphsOf };
}

/**
 * The tuning set (bbc-labels.json, 51 BBC texts the rules were written against), the unseen
 * set (new-labels.json, 50 web pages and 20 BBC texts labelled before the rules were changed for
 * them, never tuned on), and five web tuning sets (extra-labels.json, entities only, and
 * web-labels.json, web2-labels.json, web3-labels.json and web4-labels.json, with quotations) and
 * more BBC sets (bbc2-labels.json to tune on; bbc3-labels.json, bbc4-labels.json and
 * bbc5-labels.json each held out for a round and then tuned on). A set is empty when its part of the shared folder is missing.
 *
 * @example
 * for (const set of labelledSets()) for (const a of set.articles) scoreArticle(scores, a.labels, enrich(a), a.paragraphsOf);
 */
export function labelledSets(): LabelledSet[] {
  const bbc = sharedPath('corpus/text/bbc');
  const corpus = sharedPath('corpus');
  const old = fixture('bbc-labels.json').articles;
  const fresh = fixture('new-labels.json').articles;
  const extra = fixture('extra-labels.json').articles;
  const web = fixture('web-labels.json').articles;
  const web2 = fixture('web2-labels.json').articles;
  const web3 = fixture('web3-labels.json').articles;
  const web4 = fixture('web4-labels.json').articles;
  const bbc2 = fixture('bbc2-labels.json').articles;
  const bbc3 = fixture('bbc3-labels.json').articles;
  const bbc4 = fixture('bbc4-labels.json').articles;
  const bbc5 = fixture('bbc5-labels.json').articles;
  const read = (a: ArticleLabels) =>
    a.path.startsWith('html/') ? readPage(path.join(corpus!, a.path), a) : readText(path.join(corpus!, a.path), a);
  return [
    {
      name: 'tuned',
      title: `tuned set: ${old.length} BBC texts the rules were written against (bbc-labels.json)`,
      articles: bbc ? old.map((a) => readText(path.join(bbc, a.path), a)) : [],
    },
    {
      name: 'unseen',
      title: `unseen set: ${fresh.length} stories labelled before tuning, never tuned on (new-labels.json)`,
      articles: corpus ? fresh.map(read) : [],
    },
    {
      name: 'extra',
      title: `extra tuning set: ${extra.length} web pages labelled after the unseen set, entities only, tuned on (extra-labels.json)`,
      articles: corpus ? extra.map(read) : [],
    },
    {
      name: 'web',
      title: `web tuning set: ${web.length} web pages labelled with their quotations before the rules were tuned on them (web-labels.json)`,
      articles: corpus ? web.map(read) : [],
    },
    {
      name: 'web2',
      title: `second web tuning set: ${web2.length} web pages labelled with their quotations before the rules were tuned on them (web2-labels.json)`,
      articles: corpus ? web2.map(read) : [],
    },
    {
      name: 'web3',
      title: `third web tuning set: ${web3.length} web pages labelled with their quotations before the rules were tuned on them (web3-labels.json)`,
      articles: corpus ? web3.map(read) : [],
    },
    {
      name: 'web4',
      title: `fourth web tuning set: ${web4.length} web pages labelled with their quotations before the rules were tuned on them (web4-labels.json)`,
      articles: corpus ? web4.map(read) : [],
    },
    {
      name: 'bbc2',
      title: `second BBC tuning set: ${bbc2.length} BBC texts labelled before they were first scored (bbc2-labels.json)`,
      articles: corpus ? bbc2.map(read) : [],
    },
    {
      name: 'bbc3',
      title: `third BBC set: ${bbc3.length} BBC texts labelled with the second, held out in the eighth round, then tuned on (bbc3-labels.json)`,
      articles: corpus ? bbc3.map(read) : [],
    },
    {
      name: 'bbc4',
      title: `fourth BBC set: ${bbc4.length} BBC texts labelled after the eighth round, held out in the ninth, then tuned on (bbc4-labels.json)`,
      articles: corpus ? bbc4.map(read) : [],
    },
    {
      name: 'bbc5',
      title: `fifth BBC set: ${bbc5.length} BBC texts labelled after the ninth round, held out in the tenth, then tuned on (bbc5-labels.json)`,
      articles: corpus ? bbc5.map(read) : [],
    },
  ];
}
