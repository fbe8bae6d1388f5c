/**
 * @module
 * Makers of consumer electronics and technology firms are organisations, not people or places.
 * Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('technology companies and brands', () => {
  it('reads makers of chargers and routers named in a buying guide', () => {
    const m = extractEntities(article('Gadgets', 'Chargers from Anker and Belkin worked well, and the Netgear router kept up.'));
    expect(namesOf(m, 'organization')).toEqual(['Anker', 'Belkin', 'Netgear']);
  });

  it('reads a firm named after a place whole', () => {
    const m = extractEntities(article('Breach', 'Analysts at Palo Alto Networks traced the attack within a day.'));
    expect(namesOf(m, 'organization')).toEqual(['Palo Alto Networks']);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('reads a brand before a product as the maker, not a person', () => {
    const m = extractEntities(article('Kettles', 'The Breville kettle and the Casio watch were cheaper this week.'));
    expect(namesOf(m, 'organization')).toEqual(['Breville', 'Casio']);
    expect(people(m)).toEqual([]);
  });

  it('reads a longer name where the short one is an ordinary word', () => {
    const m = extractEntities(article('Homes', 'Thermostats made by Google Nest and Ecobee sold out.'));
    expect(namesOf(m, 'organization')).toEqual(['Ecobee', 'Google Nest']);
  });
});
