/**
 * @module
 * The claim a fact-check reviews, as the page shows it above the story: fact-check sites often
 * set it (and the verdict) in a box outside the article's container, where Readability does not
 * look, so the story read "this claim" without saying which. The page's `ClaimReview` JSON-LD
 * states it word for word.
 */
import type { Block } from '../block.ts';
import { articleText } from './html-article-text.ts';
import type { JsonLdClaim } from './html-json-ld.ts';

/**
 * Blocks for the reviewed claims the body does not already quote: a "Claim" heading and the
 * claim, then a "Rating" heading and the verdict. The labels are English, so a page in another
 * language gets the claim alone.
 *
 * @example
 * claimBlocks([{ claim: 'The moon is cheese.', rating: 'False' }], [], 'Is the moon cheese?', 'en');
 * // [{ type: 'heading', level: 2, text: 'Claim' }, { type: 'paragraph', content: [{ type: 'text', text: 'The moon is cheese.' }] },
 * //  { type: 'heading', level: 2, text: 'Rating' }, { type: 'paragraph', content: [{ type: 'text', text: 'False' }] }]
 */
export function claimBlocks(
  claims: readonly JsonLdClaim[],
  body: readonly Block[],
  headline: string,
  language: string | undefined,
): Block[] {
  const text = comparable(articleText({ body }));
  const title = comparable(headline);
  const english = !language || /^en\b/i.test(language);
  const out: Block[] = [];
  for (const { claim, rating } of claims) {
    // Some sites fill the field with the story's own headline ("Fact check: is …?"): not a claim.
    const words = comparable(claim);
    if (text.includes(words) || (title && (title.includes(words) || words.includes(title)))) continue;
    const paragraph = (words: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text: words }] });
    if (!english) {
      out.push(paragraph(claim));
      continue;
    }
    out.push({ type: 'heading', level: 2, text: 'Claim' }, paragraph(claim));
    if (rating) out.push({ type: 'heading', level: 2, text: 'Rating' }, paragraph(rating));
  }
  return out;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
