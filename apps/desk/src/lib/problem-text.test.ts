/** @module */
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../data/http.ts';
import { problemLines } from './problem-text.ts';

describe('problemLines', () => {
  it('gives what the API said with its status, then each field it named', () => {
    const error = new ApiError(
      422,
      { detail: 'No person has the slug "nobody".', errors: [{ path: 'from', message: 'No person has the slug "nobody".' }] },
      new Headers(),
    );
    expect(problemLines(error)).toEqual(['No person has the slug "nobody". (422)', 'from: No person has the slug "nobody".']);
  });

  it('reads a refusal without fields', () => {
    expect(problemLines(new ApiError(403, { detail: 'this request needs editor (or admin).' }, new Headers()))).toEqual([
      'this request needs editor (or admin). (403)',
    ]);
  });

  it('calls a field of one operation what the page calls it', () => {
    const error = new ApiError(
      400,
      { detail: 'Invalid request body.', errors: [{ path: 'operations[0].to.name', message: 'must contain a letter' }] },
      new Headers(),
    );
    expect(problemLines(error, { 'to.name': 'New name' })).toEqual(['Invalid request body. (400)', 'New name: must contain a letter']);
    expect(problemLines(error)).toEqual(['Invalid request body. (400)', 'operations[0].to.name: must contain a letter']);
  });

  it('says when the API cannot be reached', () => {
    expect(problemLines(new NetworkError(new Error('ECONNREFUSED')))).toEqual(['The API cannot be reached.']);
    expect(problemLines(undefined)).toEqual(['The request failed.']);
  });
});
