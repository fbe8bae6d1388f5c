/**
 * @module
 * Tests of the moderation queue's keys and wording.
 */
import { describe, expect, it } from 'vitest';
import { commandFor, decisionMessage, navLabel } from './moderation-keys.ts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('commandFor', () => {
  it('moves with the arrows and j/k, decides with a, r and s, selects with x, in either case', () => {
    expect([press('ArrowDown'), press('j'), press('ArrowUp'), press('K')].map((e) => commandFor(e, false))).toEqual([
      { move: 1 },
      { move: 1 },
      { move: -1 },
      { move: -1 },
    ]);
    expect([press('a'), press('R'), press('s'), press('x')].map((e) => commandFor(e, false))).toEqual([
      { decide: 'approved' },
      { decide: 'rejected' },
      { decide: 'spam' },
      { toggle: true },
    ]);
  });

  it('leaves alone keys with Control, Alt or Meta, keys typed into a field, and other keys', () => {
    expect(commandFor(press('a', { ctrlKey: true }), false)).toBeNull();
    expect(commandFor(press('r', { metaKey: true }), false)).toBeNull();
    expect(commandFor(press('s', { altKey: true }), false)).toBeNull();
    expect(commandFor(press('a'), true)).toBeNull();
    expect(commandFor(press('q'), false)).toBeNull();
    expect(commandFor(press('Enter'), false)).toBeNull();
  });
});

describe('wording', () => {
  it('announces what was done and what is left', () => {
    expect(decisionMessage('approved', 1, 0, 0)).toBe('Approved 1 comment. The queue is empty.');
    expect(decisionMessage('spam', 3, 1, 4)).toBe('Marked as spam 3 comments. 1 could not be changed. 4 left.');
  });

  it('labels the navigation with the count when there is one', () => {
    expect([navLabel(0), navLabel(12), navLabel(null)]).toEqual(['Comments (0 waiting)', 'Comments (12 waiting)', 'Comments']);
  });
});
