/**
 * @module
 * What each role may do to a story. Editors and admins may do anything; a contributor may create
 * stories and change or delete only those it created while they are drafts or in review, and may
 * only give them the status draft or review. Refusals name the field that decided them.
 */
import type { ArticleStatus } from '@dateline/model';
import type { Actor } from '../../store/store.ts';

/** Who edits: an actor with a role. */
export interface Editor extends Actor {
  role: string;
}

/** The statuses a contributor may give a story and work on. */
const CONTRIBUTOR_STATUSES: readonly ArticleStatus[] = ['draft', 'review'];

/** A write the editor's role does not allow; nothing was written. */
export class ForbiddenEditError extends Error {
  override name = 'ForbiddenEditError';
  /** The field that decided it, as problem+json names fields. */
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

const isContributor = (editor: Editor | null | undefined): editor is Editor => editor?.role === 'contributor';

/**
 * The status a contributor's new story gets when it names none: a draft (for others the model's
 * default applies).
 *
 * @example
 * defaultStatus({ id: 't1', name: 'stringer', role: 'contributor' }); // 'draft'
 */
export function defaultStatus(editor: Editor | null | undefined): ArticleStatus | undefined {
  return isContributor(editor) ? 'draft' : undefined;
}

/**
 * Throws `ForbiddenEditError` unless `editor` may give a story `status`.
 *
 * @example
 * checkStatus(contributor, 'published'); // throws: status
 */
export function checkStatus(editor: Editor | null | undefined, status: ArticleStatus): void {
  if (isContributor(editor) && !CONTRIBUTOR_STATUSES.includes(status)) {
    throw new ForbiddenEditError('status', `must be draft or review: a contributor cannot set ${status}`);
  }
}

/**
 * Throws `ForbiddenEditError` unless `editor` may change (or delete) a stored story created by
 * `createdBy` whose status is `status`.
 *
 * @example
 * checkOwnStory(contributor, { createdBy: { id: 't2', name: 'other' }, status: 'draft' }); // throws: slug
 */
export function checkOwnStory(editor: Editor | null | undefined, story: { createdBy: Actor | null; status: ArticleStatus }): void {
  if (!isContributor(editor)) return;
  if (story.createdBy?.id !== editor.id)
    throw new ForbiddenEditError('slug', 'is a story another person created: a contributor may change only its own');
  if (!CONTRIBUTOR_STATUSES.includes(story.status)) {
    throw new ForbiddenEditError('status', `is ${story.status}: a contributor may change only drafts and stories in review`);
  }
}
