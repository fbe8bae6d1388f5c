/** @module */
import { afterEach, describe, expect, it } from 'vitest';
import { checkCommentForm, EMPTY_FIELDS, fromApiErrors, readCommentForm, tooFastMessage } from './comment-form.ts';

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

describe('readCommentForm', () => {
  it('reads every field, missing ones empty, with line breaks as the reader sees them', () => {
    expect(readCommentForm(form({ authorName: 'Ana', body: 'One\r\nTwo\rThree' }))).toEqual({
      ...EMPTY_FIELDS,
      authorName: 'Ana',
      body: 'One\nTwo\nThree',
    });
  });
});

describe('checkCommentForm', () => {
  it('gives the trimmed submission, leaving out empty optional fields', () => {
    expect(checkCommentForm({ ...EMPTY_FIELDS, authorName: ' Ana ', body: ' Hi. ', email: ' ' })).toEqual({
      submission: { authorName: 'Ana', body: 'Hi.' },
    });
    expect(
      checkCommentForm({ authorName: 'Ana', body: 'Hi.', email: 'ana@example.org', parentId: 'c1', website: 'http://spam.example' }),
    ).toEqual({
      submission: { authorName: 'Ana', body: 'Hi.', email: 'ana@example.org', parentId: 'c1', website: 'http://spam.example' },
    });
  });

  it('says what to fix in each field, in words a reader can act on', () => {
    expect(checkCommentForm({ ...EMPTY_FIELDS, authorName: '  ', body: '', email: 'ana@' })).toEqual({
      errors: {
        authorName: 'Enter your name.',
        body: 'Write your comment.',
        email: 'Enter an e-mail address such as name@example.org, or leave it empty.',
      },
    });
    expect(checkCommentForm({ ...EMPTY_FIELDS, authorName: 'A'.repeat(101), body: 'x'.repeat(5001) })).toEqual({
      errors: { authorName: 'Your name must be 100 characters or fewer.', body: 'Your comment must be 5,000 characters or fewer.' },
    });
  });
});

describe('fromApiErrors', () => {
  it('words the API’s field errors as the form does, and turns a missing parent into a problem', () => {
    expect(fromApiErrors([{ path: 'body', message: 'must be at most 5000 characters' }])).toEqual({
      errors: { body: 'Your comment must be 5,000 characters or fewer.' },
      parentGone: false,
    });
    const gone = fromApiErrors([{ path: 'parentId', message: 'must be the id of an approved comment on this article' }]);
    expect(gone.parentGone).toBe(true);
    expect(gone.problem).toMatch(/no longer available/);
    expect(fromApiErrors([{ path: 'somethingNew', message: 'is wrong' }]).problem).toMatch(/could not be posted/);
  });
});

describe('tooFastMessage', () => {
  it('says how long to wait', () => {
    expect(tooFastMessage(1)).toBe("You're commenting too fast, try again in 1 second.");
    expect(tooFastMessage(42)).toBe("You're commenting too fast, try again in 42 seconds.");
  });
});

describe('in French (SITE_LOCALE=fr-FR)', () => {
  afterEach(() => {
    delete process.env.SITE_LOCALE;
  });

  it('says what to fix in French, with limits written the French way', () => {
    process.env.SITE_LOCALE = 'fr-FR';
    expect(checkCommentForm({ ...EMPTY_FIELDS, authorName: '', body: 'x'.repeat(5001), email: 'ana@' })).toEqual({
      errors: {
        authorName: 'Indiquez votre nom.',
        body: 'Votre commentaire ne doit pas dépasser 5\u202f000 caractères.',
        email: 'Indiquez une adresse e-mail, par exemple nom@example.org, ou laissez le champ vide.',
      },
    });
    expect(tooFastMessage(2)).toBe('Vous commentez trop vite : réessayez dans 2 secondes.');
  });
});
