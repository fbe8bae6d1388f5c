/**
 * @module
 * Preview links: a secret address showing a story in any status to whoever has it, until it
 * expires. Only the SHA-256 of the token is stored, as for API tokens, so a copy of the database
 * opens no preview.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Article } from '@dateline/model';
import type { Store } from '../../store/store.ts';
import { checkOwnStory, type Editor } from './permissions.ts';

/** How long a link lasts unless asked otherwise, and at most. */
export const PREVIEW_DEFAULT_SECONDS = 7 * 24 * 3600;
export const PREVIEW_MAX_SECONDS = 30 * 24 * 3600;

/** The prefix of every preview token, so a leaked one is recognisable. */
const PREVIEW_PREFIX = 'pv_';

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * A new preview link for the article at `slug`; null when there is none. Contributors may make
 * links to their own drafts and stories in review only (throws `ForbiddenEditError`).
 *
 * @example
 * const link = await createPreviewLink(store, 'river-path-reopens', editor, { now: new Date(), expiresIn: 3600 });
 */
export async function createPreviewLink(
  store: Store,
  slug: string,
  editor: Editor | null,
  options: { now: Date; expiresIn?: number | undefined },
): Promise<{ token: string; expiresAt: string } | null> {
  const editorial = await store.getEditorial(slug);
  if (!editorial) return null;
  checkOwnStory(editor, { createdBy: editorial.createdBy, status: editorial.article.status });
  const token = `${PREVIEW_PREFIX}${randomBytes(32).toString('base64url')}`;
  const expiresAt = new Date(options.now.getTime() + (options.expiresIn ?? PREVIEW_DEFAULT_SECONDS) * 1000).toISOString();
  await store.createPreviewLink({
    hash: hashOf(token),
    articleId: editorial.article.id,
    createdAt: options.now.toISOString(),
    expiresAt,
    createdBy: editor?.id ?? null,
  });
  return { token, expiresAt };
}

/**
 * The article a preview token opens: `unknown` for a token never issued (or whose article was
 * deleted), `expired` past its time.
 *
 * @example
 * const preview = await openPreview(store, token, new Date());
 */
export async function openPreview(store: Store, token: string, now: Date): Promise<{ article: Article } | { kind: 'unknown' | 'expired' }> {
  if (!token.startsWith(PREVIEW_PREFIX)) return { kind: 'unknown' };
  const found = await store.previewByHash(hashOf(token));
  if (!found) return { kind: 'unknown' };
  if (Date.parse(found.expiresAt) <= now.getTime()) return { kind: 'expired' };
  return { article: found.article };
}
