/**
 * @module
 * Tests for the trailing boilerplate filter.
 */
import { describe, expect, it } from 'vitest';
import { dropTrailingBoilerplate, isTrailingBoilerplate } from './boilerplate.ts';

describe('isTrailingBoilerplate', () => {
  it('recognises comment widgets, share prompts, newsletters and read-more links', () => {
    const furniture = [
      '+ There are no comments',
      'Add yours',
      'Comments (3)',
      '12 comments',
      'Leave a comment',
      'Be the first to comment',
      'Share this article',
      'Share on Facebook',
      'Tweet | Email | Print',
      'Sign up for our daily newsletter',
      'Read more: Island buses to run later',
      'Related articles',
      '+',
    ];
    expect(furniture.filter((line) => !isTrailingBoilerplate(line))).toEqual([]);
  });

  it('leaves sentences that merely mention comments or sharing alone', () => {
    const prose = [
      'The council will share its plans in May.',
      'There are no comments from the minister yet, her office said.',
      'Read more about the plan in our explainer, published on Monday alongside the full report.',
    ];
    expect(prose.filter(isTrailingBoilerplate)).toEqual([]);
  });
});

describe('dropTrailingBoilerplate', () => {
  it('drops furniture and blank lines at the end only', () => {
    expect(dropTrailingBoilerplate(['Share this article', 'Text.', '', '+ There are no comments', 'Add yours', ''])).toEqual([
      'Share this article',
      'Text.',
    ]);
  });
});
