import { describe, expect, it } from 'vitest';
import { problemText } from './page.ts';

describe('problemText', () => {
  it('names the field the API names as `path`', () => {
    const error = { problem: { detail: 'Invalid request.', errors: [{ path: 'headline', message: 'must not be empty' }] } };
    expect(problemText(error)).toBe('headline: must not be empty');
  });

  it('falls back to the detail when no field is named', () => {
    expect(problemText({ problem: { detail: 'The story was changed by someone else.' } })).toBe('The story was changed by someone else.');
  });
});
