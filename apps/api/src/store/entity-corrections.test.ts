/**
 * @module
 * Tests for applyCorrections and locate: what an editor's correction does to the lists enrichment
 * found, and that doing it twice does nothing more.
 */
import type { EntitySource } from '@dateline/model';
import { describe, expect, it } from 'vitest';
import { named, said } from '../testing/entity-fixtures.ts';
import { applyCorrections, type EntityCorrection, locate } from './entity-corrections.ts';

const text = (s: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: s }] });
const source: EntitySource = {
  headline: 'Putin hosts Xi in Moscow',
  body: [
    text('Vladimir Putin met Xi Jinping. Mr Putin said talks went well.'),
    text('“We are ready,” Putin said. Putinism was not discussed.'),
  ],
};
const found = {
  mentions: [
    named('person', 'Vladimir Putin', 4, -1),
    named('person', 'Xi Jinping', 2, -1),
    named('person', 'Mr Putin', 1, 0),
    named('place', 'Moscow', 1, -1),
  ],
  quotes: [said('Mr Putin', 'We are ready', 1, { role: 'host' })],
};
const apply = (...corrections: EntityCorrection[]) => applyCorrections(found, corrections, source);
const counts = (lists: ReturnType<typeof apply>) => lists.mentions.map((m) => `${m.entity.slug} ${m.count}`);

describe('applyCorrections', () => {
  it('merges a rename into an entity already named, moving its quotations and keeping the earliest position', () => {
    const lists = apply({
      op: 'rename',
      from: { type: 'person', slug: 'mr-putin', name: 'Mr Putin' },
      to: { type: 'person', name: 'Vladimir Putin' },
    });
    expect(counts(lists)).toEqual(['vladimir-putin 5', 'xi-jinping 2', 'moscow 1']);
    expect(lists.mentions[0]?.firstPosition).toEqual({ block: -1, offset: 0 });
    expect(lists.quotes[0]?.speaker).toEqual({ name: 'Vladimir Putin', slug: 'vladimir-putin' });
  });

  it('changes the type of an entity found as the wrong kind', () => {
    const lists = apply({
      op: 'rename',
      from: { type: 'place', slug: 'moscow', name: 'Moscow' },
      to: { type: 'organization', name: 'Moscow' },
    });
    expect(lists.mentions.filter((m) => m.entity.slug === 'moscow').map((m) => m.entity)).toEqual([
      { type: 'organization', name: 'Moscow', slug: 'moscow' },
    ]);
  });

  it('drops a removed entity and the speaker of its quotations, and adds one where the text names it', () => {
    const lists = apply(
      { op: 'remove', entity: { type: 'person', slug: 'mr-putin' } },
      { op: 'add', entity: { type: 'organization', name: 'Kremlin' } },
    );
    expect(counts(lists)).toEqual(['vladimir-putin 4', 'xi-jinping 2', 'moscow 1', 'kremlin 1']);
    expect(lists.quotes[0]?.speaker).toBeNull();
  });

  it('gives a quotation another speaker and role, found by its text when its block moved', () => {
    const moved = { block: 0, text: 'We are ready' };
    expect(apply({ op: 'speaker', quote: moved, speaker: { name: 'Xi Jinping', slug: 'xi-jinping' } }).quotes[0]).toMatchObject({
      speaker: { slug: 'xi-jinping' },
      role: 'host',
    });
    expect(apply({ op: 'speaker', quote: moved, speaker: null, role: null }).quotes[0]).toEqual(said(null, 'We are ready', 1));
    expect(apply({ op: 'speaker', quote: { block: 1, text: 'Gone' }, speaker: null }).quotes).toEqual(found.quotes);
  });

  it('changes nothing more when applied again, so it can be applied to every new enrichment', () => {
    const corrections: EntityCorrection[] = [
      { op: 'rename', from: { type: 'person', slug: 'mr-putin', name: 'Mr Putin' }, to: { type: 'person', name: 'Vladimir Putin' } },
      { op: 'add', entity: { type: 'person', name: 'Dmitry Peskov' } },
      { op: 'remove', entity: { type: 'place', slug: 'moscow' } },
    ];
    const once = applyCorrections(found, corrections, source);
    expect(applyCorrections(once, corrections, source)).toEqual(once);
  });

  it('keeps one mention per entity when enrichment gave two', () => {
    const twice = { mentions: [named('place', 'Moscow', 1, 1), named('place', 'Moscow', 2, 0)], quotes: [] };
    expect(applyCorrections(twice, [], source).mentions).toEqual([named('place', 'Moscow', 3, 0)]);
  });
});

describe('locate', () => {
  it('counts whole words only, and puts a name the text lacks at the start of the headline', () => {
    expect(locate('Putin', source)).toEqual({ count: 4, firstPosition: { block: -1, offset: 0 } });
    expect(locate('Xi Jinping', source)).toEqual({ count: 1, firstPosition: { block: 0, offset: 19 } });
    expect(locate('Sergei Lavrov', source)).toEqual({ count: 1, firstPosition: { block: -1, offset: 0 } });
  });
});
