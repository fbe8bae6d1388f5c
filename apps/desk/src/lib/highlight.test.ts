/** @module */
import type { Block, Mention, Quote } from '@dateline/model/core';
import { describe, expect, it } from 'vitest';
import { findNames, findQuote, markStory, namesOf, segment } from './highlight.ts';

const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const mention = (type: Mention['entity']['type'], name: string, slug: string): Mention => ({
  entity: { type, name, slug },
  count: 1,
  firstPosition: { block: 0, offset: 0 },
});

describe('namesOf', () => {
  it('looks for a person by surname too, but not by an initial or a suffix', () => {
    expect(namesOf({ type: 'person', name: 'Ines Calder' })).toEqual(['Ines Calder', 'Calder']);
    expect(namesOf({ type: 'person', name: 'Martin Luther King Jr' })).toEqual(['Martin Luther King Jr']);
    expect(namesOf({ type: 'organization', name: 'Orkney Islands Council' })).toEqual(['Orkney Islands Council']);
  });
});

describe('findNames', () => {
  it('finds whole words only, the full name before the surname', () => {
    const text = 'Ines Calder spoke. Calder left; Calderwood stayed.';
    expect(findNames(text, ['Ines Calder', 'Calder']).map((r) => text.slice(r.start, r.end))).toEqual(['Ines Calder', 'Calder']);
    expect(findNames(text, ['Ines Calder', 'Calder'])).toEqual([
      { start: 0, end: 11 },
      { start: 19, end: 25 },
    ]);
  });

  it('reads names with letters outside ASCII and characters that mean something in a pattern', () => {
    expect(findNames('Zoë Ó Briain met AT&T (U.S.) staff.', ['Zoë Ó Briain', 'AT&T', 'U.S.'])).toEqual([
      { start: 0, end: 12 },
      { start: 17, end: 21 },
      { start: 23, end: 27 },
    ]);
    expect(findNames('anything', [])).toEqual([]);
  });
});

describe('findQuote', () => {
  it('finds the words of a quotation, or nothing once the text has changed', () => {
    expect(findQuote('"We are back at sea," she said.', 'We are back at sea,')).toEqual([{ start: 1, end: 20 }]);
    expect(findQuote('She said nothing.', 'We are back at sea,')).toEqual([]);
  });
});

describe('segment', () => {
  it('cuts the text where marks start and end, overlapping marks sharing a piece, and gives the text back whole', () => {
    const text = '"Calder is here," said Calder.';
    const pieces = segment(text, {
      entities: [
        {
          key: 'person:calder',
          ranges: [
            { start: 1, end: 7 },
            { start: 23, end: 29 },
          ],
        },
      ],
      quotes: [{ index: 0, ranges: [{ start: 1, end: 16 }] }],
    });
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces).toEqual([
      { text: '"', entities: [], quotes: [] },
      { text: 'Calder', entities: ['person:calder'], quotes: [0] },
      { text: ' is here,', entities: [], quotes: [0] },
      { text: '" said ', entities: [], quotes: [] },
      { text: 'Calder', entities: ['person:calder'], quotes: [] },
      { text: '.', entities: [], quotes: [] },
    ]);
  });

  it('keeps marks inside the text', () => {
    expect(segment('abc', { entities: [{ key: 'k', ranges: [{ start: 2, end: 9 }] }], quotes: [] })).toEqual([
      { text: 'ab', entities: [], quotes: [] },
      { text: 'c', entities: ['k'], quotes: [] },
    ]);
    expect(segment('', { entities: [], quotes: [] })).toEqual([]);
  });
});

describe('markStory', () => {
  it('marks the headline and each block with the mentions named there and the quotations in that block', () => {
    const quotes: Quote[] = [{ text: 'We sail at dawn,', speaker: { name: 'Ines Calder', slug: 'ines-calder' }, block: 1, kind: 'direct' }];
    const view = markStory(
      {
        headline: 'Kirkwall ferry back',
        body: [paragraph('Ines Calder met the crew in Kirkwall.'), paragraph('"We sail at dawn," Calder said.')],
      },
      [mention('person', 'Ines Calder', 'ines-calder'), mention('place', 'Kirkwall', 'kirkwall')],
      quotes,
    );
    const marked = view.map(({ block, segments }) => [
      block,
      segments
        .filter((s) => s.entities.length + s.quotes.length > 0)
        .map((s) => `${s.text}=${[...s.entities, ...s.quotes.map((q) => `q${q}`)].join(',')}`),
    ]);
    expect(marked).toEqual([
      [-1, ['Kirkwall=place:kirkwall']],
      [0, ['Ines Calder=person:ines-calder', 'Kirkwall=place:kirkwall']],
      [1, ['We sail at dawn,=q0', 'Calder=person:ines-calder']],
    ]);
  });
});
