/**
 * @module
 * The comment filters against the disguises spammers use: every variant of a banned word or
 * phrase that a reader would read as the word is caught, and ordinary words that merely contain
 * it or look a little like it are not.
 */
import { describe, expect, it } from 'vitest';
import { commentSkeleton } from './comment-skeleton.ts';
import { countLinks } from './links.ts';
import { commentContentHash } from './repeat.ts';
import { screenComment } from './screen.ts';
import { wordMatcher } from './word-list.ts';

const banned = wordMatcher(['scumbag', 'free money']);

/** Disguises of "scumbag" and "free money" a reader reads as the words themselves. */
const VARIANTS = [
  'scumbag',
  'SCUMBAG',
  'ScUmBaG',
  's\u200bcumbag', // zero-width space
  'scu\u200cmbag', // zero-width non-joiner
  'scum\u200dbag', // zero-width joiner
  'scum\u2060bag', // word joiner
  'scum\ufeffbag', // zero-width no-break space
  'scum\u00adbag', // soft hyphen
  'scu\u034fmbag', // combining grapheme joiner
  's\u180ecumbag', // Mongolian vowel separator
  'ѕсumbаg', // Cyrillic ѕ, с, а
  'ѕсυmbаg', // and Greek υ
  'ｓｃｕｍｂａｇ', // fullwidth
  '𝐬𝐜𝐮𝐦𝐛𝐚𝐠', // mathematical bold
  '𝓈𝒸𝓊𝓂𝒷𝒶𝑔', // mathematical script
  'ｓcumbag', // one fullwidth letter
  'scu\u0301mbag', // combining acute accent
  'scúmbàg', // precomposed accents
  's̶c̶u̶m̶b̶a̶g̶', // combining long stroke overlay
  's c u m b a g', // spelled out
  's.c.u.m.b.a.g',
  's-c-u-m-b-a-g',
  's_c_u_m_b_a_g',
  'free money',
  'FREE MONEY',
  'free-money',
  'free_money',
  'free.money',
  'free\u00a0money', // no-break space
  'free\u2003money', // em space
  'free\u200bmoney', // a zero-width space for the space
  'free\nmoney',
  'ｆｒｅｅ ｍｏｎｅｙ',
  'frее mоnеу', // Cyrillic е, о, у
  '𝐟𝐫𝐞𝐞 𝐦𝐨𝐧𝐞𝐲',
  'f r e e money',
  'free/money',
  'frée mõney',
];

describe('comment filters against disguised words', () => {
  it(`catch all ${VARIANTS.length} disguises of a banned word or phrase, in a sentence`, () => {
    const missed = VARIANTS.filter((v) => banned(`You are a ${v}, friend.`).length === 0);
    expect(missed).toEqual([]);
    const screened = VARIANTS.map(
      (v) =>
        screenComment({ authorName: 'Ann', body: `Get ${v} now`, repeated: false, moderation: 'post' }, { banned, suspect: () => [] })
          .status,
    );
    expect(new Set(screened)).toEqual(new Set(['rejected']));
  });

  it('leave alone words that contain a listed word or only resemble it', () => {
    const words = wordMatcher(['ass', 'scumbag', 'free money', 'c++']);
    for (const innocent of [
      'a classic pass',
      'scumbags',
      'scum bag',
      'freedom money',
      'free of money',
      'c+ and c++x',
      'Путин said',
      'Ελλάδα',
    ]) {
      expect(words(innocent), innocent).toEqual([]);
    }
    expect(words('I write C++ daily')).toEqual(['c++']);
  });

  it('count links and repeats the same way: fullwidth and invisible characters do not hide them', () => {
    expect(countLinks('ｈｔｔｐｓ://a.example h\u200bttps://b.example ｗｗｗ．c.example')).toBe(3);
    expect(commentContentHash('Buy cheap pills here!')).toBe(commentContentHash('Вuy сhеар pi\u200blls hеrе!'));
    expect(commentContentHash('Buy cheap pills here!')).toBe(commentContentHash('ＢＵＹ  cheap pills here!'));
    expect(commentContentHash('Buy cheap pills here!')).not.toBe(commentContentHash('Buy cheap pills there!'));
  });

  it('skeletons fold look-alikes to one form', () => {
    expect(commentSkeleton('ѕсumbаg')).toBe(commentSkeleton('scumbag'));
    expect(commentSkeleton('Free-Money')).toBe(commentSkeleton('free money'));
  });
});
