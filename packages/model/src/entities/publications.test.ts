/**
 * @module
 * Journals and magazines: listed titles are organisations anywhere; a title that is an ordinary
 * word only where the words around it prove a publication. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('journals and magazines', () => {
  it('reads listed journals and magazines as bodies', () => {
    const m = extractEntities(
      article('Reviews', 'The trial was reported in JAMA Pediatrics, and critics at Total Film and Screen Daily liked the film.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['JAMA Pediatrics', 'Screen Daily', 'Total Film']);
  });

  it('reads a one-word title that is a word where a piece is published in it', () => {
    const m = extractEntities(article('Bats', 'The results, published in Nature on Tuesday, follow a study in Science last year.'));
    expect(namesOf(m, 'organization')).toEqual(['Nature', 'Science']);
  });

  it('reads such a title after "told" and after the people and parts of a publication', () => {
    const m = extractEntities(
      article('Profile', 'She told Time she would run. A writer for Slate agreed, and the editor of The Spectator did not.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Slate', 'The Spectator', 'Time']);
  });

  it('keeps "the Lancet" with a lower-case article', () => {
    const m = extractEntities(article('Deaths', 'Figures published in the Lancet put the toll higher.'));
    expect(namesOf(m, 'organization')).toEqual(['Lancet']);
  });

  it('reads a news site whose title is a word after a piece in it', () => {
    const m = extractEntities(article('Budget', 'In an op-ed in The Hill, the senator said the bill would fail.'));
    expect(namesOf(m, 'organization')).toEqual(['The Hill']);
  });

  it('leaves the word alone where it heads a longer name', () => {
    const m = extractEntities(article('Records', 'The clerk wrote in the Register of deaths that morning.'));
    expect(namesOf(m, 'organization')).toEqual([]);
  });

  it('leaves such a word alone where nothing proves a publication', () => {
    const m = extractEntities(
      article('Walk', 'Science teachers led the walk. Time was short, and the Nature trail in the park was closed for People to see.'),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
  });
});
