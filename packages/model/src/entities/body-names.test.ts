/**
 * @module
 * Bodies' names and the context that makes a name a body's, on invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article } from './test-helpers.ts';

const bodies = (...paragraphs: string[]): string[] =>
  extractEntities(article('Notes', ...paragraphs))
    .filter((m) => m.entity.type === 'organization')
    .map((m) => m.entity.name)
    .sort();

describe('bodies', () => {
  it('keep a plural that takes "’s" inside their name', () => {
    expect(bodies('She works at the Dunmore Children’s Research Institute in Perth.')).toEqual(['Dunmore Children’s Research Institute']);
    expect(bodies("The Harlow Women's Hospital opened a new ward.")).toEqual(["Harlow Women's Hospital"]);
  });

  it('are the workplace of the staff or cuts written before "at"', () => {
    expect(bodies('Engineers at Brightwater Labs found the fault.')).toEqual(['Brightwater Labs']);
    expect(bodies('Performance analysts at Quillon Forge measured the frame rate.')).toEqual(['Quillon Forge']);
    expect(bodies('The cuts include layoffs at Zentro, which it bought in 2017.')).toEqual(['Zentro']);
  });

  it('take a lower-case "police" or "hospital" into the name, but a country\'s police are none', () => {
    expect(bodies('Dunmore police said the tablets were seized.', 'She was taken to Harlow General hospital.')).toEqual([
      'Dunmore Police',
      'Harlow General Hospital',
    ]);
    expect(bodies('UK police are looking for him.')).toEqual([]);
  });

  it('end in "Library", or in "Center" after a field of study or care, where a shopping centre is a place', () => {
    const m = extractEntities(
      article(
        'Notes',
        'The papers went to the Harlow Library, and the Dunmore Research Center studied them.',
        'Crowds filled the Dunmore Shopping Centre.',
      ),
    );
    const typeOf = (name: string) => m.find((x) => x.entity.name === name)?.entity.type;
    expect([typeOf('Harlow Library'), typeOf('Dunmore Research Center'), typeOf('Dunmore Shopping Centre')]).toEqual([
      'organization',
      'organization',
      'place',
    ]);
  });

  it('are known whole when their name ends in a known place after "for" or "and"', () => {
    const m = extractEntities(article('Fares', 'Fares set by Transport for London rose, and Serbia and Montenegro hosted the final.'));
    expect(m.map((x) => `${x.entity.type}: ${x.entity.name}`).sort()).toEqual([
      'organization: Transport for London',
      'place: Serbia and Montenegro',
    ]);
  });
});
