/**
 * @module
 * Forms of news copy that name bodies and places, or only seem to, on small invented texts: a
 * state before a lawmaker's abbreviated title, outlets a story was told to or posted on, a review
 * signed with its outlet in brackets, the initials of common nouns and letters that label a list,
 * head words of bodies (Observatory, Directorate, Interactive) and a centre a body owns.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('a place before an abbreviated title', () => {
  it('is a place, and the title goes with the name after it', () => {
    const m = extractEntities(
      article('Debate', 'Ohio Sen. Mara Velde sparred with Nevada Rep. Joel Tarrant and former Vermont Gov. Lise Ambry on Tuesday.'),
    );
    expect(namesOf(m, 'place')).toEqual(['Nevada', 'Ohio', 'Vermont']);
    expect(namesOf(m, 'person')).toEqual(['Joel Tarrant', 'Lise Ambry', 'Mara Velde']);
  });
});

describe('outlets from their context', () => {
  it('takes the outlet a story was told to, with "The" in its name', () => {
    const m = extractEntities(article('Launch', '“It works,” Kel Durrant tells The Harbour Ledger.'));
    expect(namesOf(m, 'organization')).toEqual(['The Harbour Ledger']);
  });

  it('takes the site a post was posted on', () => {
    const m = extractEntities(article('Tips', 'The tips were posted on Zumbly by hotel managers.'));
    expect(namesOf(m, 'organization')).toEqual(['Zumbly']);
  });

  it('takes a paragraph that is only a bracketed name for the outlet signing the quotation above it, not a stage direction', () => {
    const m = extractEntities(article('Reviews', 'The console is quick, quiet and far too dear.', '[Gamewise]', '[Applause]'));
    expect(namesOf(m, 'organization')).toEqual(['Gamewise']);
  });
});

describe('initials of common nouns and lettered labels', () => {
  it('takes no initials of a thing, a condition or a deal for a body', () => {
    const m = extractEntities(
      article('Review', 'The set shows HDR films over HDMI.', 'Veterans with PTSD met before the IPO of Corvane.', 'The HVAC unit broke.'),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
  });

  it('takes slang initials, orders and hospital terms for no body', () => {
    const m = extractEntities(
      article('Council', 'Its leaders had gone AWOL, Ida Brent said.', 'Two Asbos were issued.', 'MRSA and IVF were debated.'),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
  });

  it('takes a chip named Cell and a Native American costume for no entity', () => {
    const m = extractEntities(
      article('Chips', 'The Cell processor will run hot. Cell is fast.', 'She came in Native American dress to the gala.'),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('takes a letter after a common noun for no entity, and keeps names that end in a letter', () => {
    const m = extractEntities(
      article('Draw', 'Norway (Group F) must win, while the losers go into Path C.', 'Jay Z and Malcolm X were named in the song.'),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(namesOf(m, 'place')).toEqual(['Norway']);
    expect(namesOf(m, 'person')).toEqual(['Jay Z', 'Malcolm X']);
  });
});

describe('head words of bodies', () => {
  it('takes an observatory, a laboratory, a directorate and an interactive studio for bodies', () => {
    const m = extractEntities(
      article(
        'Science',
        'Data came from the Harlow Ridge Observatory and the Fenwick Laboratory.',
        'The Deep Survey Directorate paid for it, as did Brightmoor Interactive.',
      ),
    );
    expect(namesOf(m, 'organization')).toEqual([
      'Brightmoor Interactive',
      'Deep Survey Directorate',
      'Fenwick Laboratory',
      'Harlow Ridge Observatory',
    ]);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('takes a centre a known body owns for one of its units, and a town’s centre for a place', () => {
    const m = extractEntities(
      article('Probe', 'Engineers at NASA’s Corley Flight Center built it.', 'It was shown at London’s Varnell Centre.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Corley Flight Center', 'Nasa']);
    expect(namesOf(m, 'place')).toEqual(['London', 'Varnell Centre']);
  });
});
