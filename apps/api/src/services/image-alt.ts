/**
 * @module
 * The rule that a published article's pictures have alt text: readers of screen readers get
 * nothing from an image without it. Drafts may lack it while they are written.
 */
import type { ArticleInput } from '@dateline/model';
import { z } from 'zod';

/**
 * Throws a `ZodError` naming each image field of a published `input` whose alt text is empty
 * (`leadImage.alt`, `body.3.alt`); does nothing for drafts and archived articles.
 *
 * @example
 * requireAltToPublish({ headline: 'Pier', body, leadImage: { src: '/media/…/2000.jpg', alt: '' } });
 * // ZodError: leadImage.alt: is required to publish an article with this image…
 */
export function requireAltToPublish(input: ArticleInput): void {
  if ((input.status ?? 'published') !== 'published') return;
  const issues: z.core.$ZodIssue[] = [];
  const message = 'is required to publish an article with this image; describe what it shows';
  if (input.leadImage && input.leadImage.alt.trim() === '')
    issues.push({ code: 'custom', path: ['leadImage', 'alt'], message, input: input.leadImage.alt });
  input.body.forEach((block, i) => {
    if (block.type === 'image' && block.alt.trim() === '')
      issues.push({ code: 'custom', path: ['body', i, 'alt'], message, input: block.alt });
  });
  if (issues.length > 0) throw new z.ZodError(issues);
}
