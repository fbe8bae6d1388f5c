/**
 * @module
 * Tests of repeated-text detection.
 */
import { describe, expect, it } from 'vitest';
import { commentContentHash, normaliseCommentText } from './repeat.ts';

describe('normaliseCommentText', () => {
  it('folds case, spacing and compatibility forms', () => {
    expect(normaliseCommentText('  Great\n\n\tARTICLE ! ')).toBe('great article !');
    expect(normaliseCommentText('ｆｕｌｌ width')).toBe('full width');
  });
});

describe('commentContentHash', () => {
  it('is equal for texts that differ only in spacing or case, and differs otherwise', () => {
    expect(commentContentHash('Great article')).toBe(commentContentHash('great   ARTICLE\n'));
    expect(commentContentHash('Great article')).not.toBe(commentContentHash('Great article!'));
    expect(commentContentHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});
