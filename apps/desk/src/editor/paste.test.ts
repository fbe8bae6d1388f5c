/** @module */
import { describe, expect, it } from 'vitest';
import { pasteRoute } from './paste.ts';

describe('pasteRoute', () => {
  it('sends HTML from another page, Word or Google Docs to the importer', () => {
    expect(pasteRoute('<meta charset="utf-8"><b id="docs-internal-guid-1"><p>x</p></b>', 'x')).toEqual({
      kind: 'html',
      text: '<meta charset="utf-8"><b id="docs-internal-guid-1"><p>x</p></b>',
    });
  });

  it('leaves a copy from the editor itself to the editor', () => {
    expect(pasteRoute('<p data-pm-slice="1 1 []">x</p>', 'x')).toEqual({ kind: 'editor' });
  });

  it.each(['## Heading\n\nText', '- one\n- two', '1. one', 'Some **bold** words', 'See [the report](https://example.org).', '> quoted'])(
    'reads %j as Markdown',
    (text) => expect(pasteRoute('', text).kind).toBe('markdown'),
  );

  it('leaves plain prose to the editor', () => {
    expect(pasteRoute('', 'The ferry sailed at 6pm - on time, for once.\n\nIt was 2.5 hours late last week.').kind).toBe('editor');
  });
});
