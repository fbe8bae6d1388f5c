/**
 * @module
 * Team sheets on invented line-ups: every player named by initial and surname is a person, and
 * joins the full name the report gives them.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { isTeamSheet } from './team-sheets.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a team sheet', () => {
  it('is a list of initials and surnames, with or without the side named first', () => {
    expect(isTeamSheet('Wessex: T Arlow; B Penhale, C Dunmore (capt), D Kerrigan, E Voss; F Lanyon.')).toBe(true);
    expect(isTeamSheet(': T Arlow; B Penhale, C Dunmore, D Kerrigan, E Voss.')).toBe(true);
    expect(isTeamSheet('R de Vere; B Penhale, C Dunmore, D Kerrigan, E Voss, F Lanyon.')).toBe(true);
    expect(isTeamSheet('T Arlow said the side was ready, and the coach agreed, and so did the fans, and the board.')).toBe(false);
    expect(isTeamSheet('Arlow, Penhale, Dunmore, Kerrigan, Voss.')).toBe(false);
  });

  it('names every player, the initial A included, and no placeholder', () => {
    const m = extractEntities(
      article(
        'Team news',
        'Wessex: T Arlow; A Penhale, C Dunmore (capt), D Kerrigan, E Voss; F Lanyon.',
        'Replacements: G Hollis, H Tregear, J Pellow, K Rosewarne, L Jago, A N Other.',
      ),
    );
    expect(namesOf(m, 'person')).toEqual([
      'A Penhale',
      'C Dunmore',
      'D Kerrigan',
      'E Voss',
      'F Lanyon',
      'G Hollis',
      'H Tregear',
      'J Pellow',
      'K Rosewarne',
      'L Jago',
      'T Arlow',
    ]);
  });

  it('joins a player to the full name the report gives, told apart by the initial', () => {
    const m = extractEntities(
      article(
        'Wessex win',
        'Carl Dunmore scored twice and Rhys Voss kicked the conversions.',
        'Wessex: T Arlow; B Penhale, C Dunmore, D Kerrigan, E Voss, R Voss.',
      ),
    );
    const people = namesOf(m, 'person');
    expect(people).toContain('Carl Dunmore');
    expect(people).toContain('Rhys Voss');
    expect(people).toContain('E Voss');
    expect(people).not.toContain('C Dunmore');
    expect(people).not.toContain('R Voss');
  });
});
