/** @module */
import type { Mention } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { dom, render, text } from '../test/render.ts';
import InThisStory from './InThisStory.astro';

const named = (type: Mention['entity']['type'], name: string, slug: string, count: number): Mention => ({
  entity: { type, name, slug },
  count,
  firstPosition: { block: 0, offset: 0 },
});

async function box(mentions: Mention[], limit?: number): Promise<Document> {
  return dom(await render(InThisStory, { props: { mentions, ...(limit && { limit }) } }));
}

describe('InThisStory', () => {
  it('links people, places and organisations to their pages, most named first within each kind', async () => {
    const doc = await box([
      named('place', 'Moscow', 'moscow', 6),
      named('person', 'Xi Jinping', 'xi-jinping', 9),
      named('organization', 'Kremlin', 'kremlin', 5),
      named('person', 'Vladimir Putin', 'vladimir-putin', 12),
    ]);
    expect(text(doc.querySelector('section h2'))).toBe('In this story');
    const groups = [...doc.querySelectorAll('dt')].map((dt) => [
      text(dt),
      [...(dt.nextElementSibling?.querySelectorAll('a') ?? [])].map((a) => `${text(a)} ${a.getAttribute('href')}`),
    ]);
    expect(groups).toEqual([
      ['People', ['Vladimir Putin /people/vladimir-putin', 'Xi Jinping /people/xi-jinping']],
      ['Places', ['Moscow /places/moscow']],
      ['Organisations', ['Kremlin /organizations/kremlin']],
    ]);
  });

  it('shows at most `limit` of a kind, and nothing at all for an article naming no one', async () => {
    const many = await box(
      ['A', 'B', 'C'].map((x, i) => named('place', `Port ${x}`, `port-${x.toLowerCase()}`, 3 - i)),
      2,
    );
    expect([...many.querySelectorAll('a')].map(text)).toEqual(['Port A', 'Port B']);
    expect((await box([])).querySelector('section')).toBeNull();
  });
});
