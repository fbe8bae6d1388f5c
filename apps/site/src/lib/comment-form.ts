/**
 * @module
 * The comment form: reading a posted form, checking it the way the API will (the model's
 * `CommentInput`), and saying what is wrong in words a reader can act on. The API checks again
 * and has the last word; its field errors are translated here too.
 */
import { CommentInput } from '@dateline/model';
import { siteLocale } from './site-locale.ts';

/** The fields of the form, as typed. `website` is the honeypot and must stay empty. */
export interface CommentFields {
  authorName: string;
  body: string;
  email: string;
  parentId: string;
  website: string;
}

/** Field names a reader can fix. */
export type CommentField = 'authorName' | 'body' | 'email';

/** A message for each field in error. */
export type CommentErrors = Partial<Record<CommentField, string>>;

/** What the form shows after a failed post: the fields as typed, and what went wrong. */
export interface CommentFormState {
  fields: CommentFields;
  errors: CommentErrors;
  /** A problem with the post as a whole (too fast, a reply to a comment that is gone). */
  problem?: string | undefined;
}

export const EMPTY_FIELDS: CommentFields = { authorName: '', body: '', email: '', parentId: '', website: '' };

/** The fields in the order they appear (also the error summary's order); their labels are in the message files. */
export const COMMENT_FIELDS: readonly CommentField[] = ['authorName', 'body', 'email'];

/** Largest values the API accepts (the model's limits), for `maxlength`. */
export const LIMITS = { authorName: 100, body: 5000, email: 254 } as const;

/**
 * The fields of a posted form; anything missing or not text is empty.
 *
 * @example
 * readCommentForm(await request.formData()).authorName;
 */
export function readCommentForm(form: FormData): CommentFields {
  const get = (name: keyof CommentFields) => {
    const value = form.get(name);
    // Line breaks arrive as CRLF from browsers; keep the text as the reader sees it.
    return typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : '';
  };
  return { authorName: get('authorName'), body: get('body'), email: get('email'), parentId: get('parentId'), website: get('website') };
}

/** What the API is sent for valid fields: trimmed, empty optional fields left out. */
export interface CommentSubmission {
  authorName: string;
  body: string;
  email?: string;
  parentId?: string;
  website?: string;
}

/**
 * The submission for `fields`, or the errors a reader must fix first.
 *
 * @example
 * const checked = checkCommentForm(fields);
 * if ('errors' in checked) showForm(checked.errors);
 */
export function checkCommentForm(fields: CommentFields): { submission: CommentSubmission } | { errors: CommentErrors } {
  const email = fields.email.trim();
  const result = CommentInput.safeParse({
    authorName: fields.authorName,
    body: fields.body,
    ...(email && { email }),
  });
  if (!result.success) {
    const errors: CommentErrors = {};
    for (const issue of result.error.issues) {
      const name = issue.path[0];
      if ((name === 'authorName' || name === 'body' || name === 'email') && !errors[name]) errors[name] = message(name, issue.code);
    }
    return { errors };
  }
  const parentId = fields.parentId.trim();
  return {
    submission: {
      authorName: result.data.authorName,
      body: result.data.body,
      ...(result.data.email && { email: result.data.email }),
      ...(parentId && { parentId }),
      // Passed on as it came: the API files a comment that fills it in as spam.
      ...(fields.website && { website: fields.website }),
    },
  };
}

// In the site's language, with numbers written the way its locale writes them.
function message(field: CommentField, code: string): string {
  const { locale, messages } = siteLocale();
  const m = messages.commentForm;
  switch (field) {
    case 'authorName':
      return code === 'too_big' ? m.nameTooLong(LIMITS.authorName.toLocaleString(locale)) : m.nameMissing;
    case 'body':
      return code === 'too_big' ? m.bodyTooLong(LIMITS.body.toLocaleString(locale)) : m.bodyMissing;
    case 'email':
      return m.emailInvalid;
  }
}

/**
 * The API's field errors as the form's: known fields get the site's wording, anything else is
 * returned as a problem with the post as a whole.
 *
 * @example
 * fromApiErrors([{ path: 'body', message: 'must not be empty' }]); // { errors: { body: 'Write your comment.' }, parentGone: false }
 */
export function fromApiErrors(apiErrors: readonly { path: string; message: string }[]): {
  errors: CommentErrors;
  problem?: string;
  /** The comment replied to is gone (deleted, or not approved): post as a new comment instead. */
  parentGone: boolean;
} {
  const errors: CommentErrors = {};
  let problem: string | undefined;
  let parentGone = false;
  for (const { path, message: text } of apiErrors) {
    if (path === 'authorName' || path === 'body' || path === 'email') {
      errors[path] ??= message(path, /at most/.test(text) ? 'too_big' : 'invalid');
    } else if (path === 'parentId') {
      parentGone = true;
      problem = siteLocale().messages.commentForm.parentGone;
    } else {
      problem ??= siteLocale().messages.commentForm.notPosted;
    }
  }
  return { errors, parentGone, ...(problem && { problem }) };
}

/**
 * What a reader is told when posting too fast.
 *
 * @example
 * tooFastMessage(1); // "You're commenting too fast, try again in 1 second."
 */
export function tooFastMessage(seconds: number): string {
  return siteLocale().messages.commentForm.tooFast(seconds);
}
