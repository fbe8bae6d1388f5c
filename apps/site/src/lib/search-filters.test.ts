/** @module */
import { describe, expect, it } from 'vitest';
import { summaries } from '../test/fixtures.ts';
import { activeFilters, inputType, namesInResults, unknownNameMessage } from './search-filters.ts';
import { parseSearch } from './search-query.ts';

describe('activeFilters', () => {
  it('lists the filters searched by, in the form’s order, by the names the API knows', () => {
    const { fields, request } = parseSearch(new URLSearchParams('q=talks&to=2026-05-31&person=vladimir-putin&tag=Summit'));
    expect(activeFilters(fields, request, { person: 'Vladimir Putin', tag: null })).toEqual([
      { name: 'tag', label: 'Topic', value: 'Summit', removePath: '/search?q=talks&person=vladimir-putin&to=2026-05-31' },
      { name: 'person', label: 'Person', value: 'Vladimir Putin', removePath: '/search?q=talks&tag=Summit&to=2026-05-31' },
      { name: 'to', label: 'To', value: '31 May 2026', removePath: '/search?q=talks&tag=Summit&person=vladimir-putin' },
    ]);
  });

  it('leaves out what could not be read', () => {
    const { fields, request } = parseSearch(new URLSearchParams('q=talks&from=soon&place=%E2%80%94'));
    expect(activeFilters(fields, request)).toEqual([]);
  });
});

describe('unknownNameMessage', () => {
  it('names the kind of thing and what was typed', () => {
    expect(unknownNameMessage('organization', 'Kremln')).toBe('No story names an organisation called “Kremln”. Check the spelling.');
    expect(unknownNameMessage('tag', 'Ferrys')).toBe('No story has the topic “Ferrys”. Check the spelling.');
  });
});

describe('namesInResults', () => {
  const hits = summaries(1).map((article) => ({ article }));

  it('takes the section, topic and author names from a hit, which matched them all', () => {
    expect(namesInResults({ q: 'x', section: 'local', tag: 'harbour', author: 'tom-reed', person: 'ana-lima' }, hits)).toEqual({
      section: 'Local',
      tag: 'Harbour',
      author: 'Tom Reed',
    });
  });

  it('gives nothing without hits', () => {
    expect(namesInResults({ q: 'x', section: 'local' }, [])).toEqual({});
  });
});

describe('inputType', () => {
  it('keeps a date field for a calendar date or nothing, and shows anything else in a text field', () => {
    expect([inputType('date', '2026-02-28'), inputType('date', ''), inputType('date', undefined)]).toEqual(['date', 'date', 'date']);
    expect(['2026-02-31', 'soon', '2026-2-1', '28/02/2026'].map((v) => inputType('date', v))).toEqual(['text', 'text', 'text', 'text']);
    expect(inputType('text', 'anything')).toBe('text');
  });
});
