/**
 * @module
 * What a browser app takes from the core: validate an article form and make its slug.
 */
import { ArticleInput, slugify } from '@dateline/model/core';

export function check(form) {
  const result = ArticleInput.safeParse(form);
  return result.success ? slugify(result.data.headline) : result.error.issues;
}
