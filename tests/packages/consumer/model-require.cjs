/**
 * @module
 * A user's CommonJS module: require() of the ES module package, which Node 20.19+ and 22.12+ allow.
 */
const { readFileSync } = require('node:fs');
const { ArticleInput, parseText } = require('@dateline/model');
const { slugify } = require('@dateline/model/core');
const { createClient } = require('@dateline/client');

const input = parseText(readFileSync(process.argv[2], 'utf8'));
console.log(
  JSON.stringify({
    headline: input.headline,
    paragraphs: input.body.filter((b) => b.type === 'paragraph').length,
    valid: ArticleInput.safeParse(input).success,
    slug: slugify(input.headline),
    client: typeof createClient,
  }),
);
