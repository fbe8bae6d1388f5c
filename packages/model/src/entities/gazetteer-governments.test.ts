/**
 * @module
 * Government bodies whose head word no rule takes for a body's are organisations, kept as written.
 * Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('government bodies', () => {
  it('reads US federal bodies with no head word of their kind', () => {
    const m = extractEntities(
      article('Grants', 'The Peace Corps and the Smithsonian Institution shared a grant from the Bureau of Reclamation.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Bureau of Reclamation', 'Peace Corps', 'Smithsonian Institution']);
  });

  it('reads a federal body named by its country and one word, and one named in one word', () => {
    const m = extractEntities(article('Coins', 'Volunteers from AmeriCorps sorted coins struck at the US Mint last year.'));
    expect(namesOf(m, 'organization')).toEqual(['AmeriCorps', 'US Mint']);
  });

  it('reads UK departments known by a short form and agencies named like places', () => {
    const m = extractEntities(
      article('Filings', 'Officials at Defra, the DfE and the OfS checked records held by Companies House and Historic England.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Companies House', 'Defra', 'DfE', 'Historic England', 'OfS']);
  });

  it('reads a body whose name holds a possessive whole', () => {
    const m = extractEntities(article('Data', "A complaint went to the Information Commissioner's Office last week."));
    expect(namesOf(m, 'organization')).toEqual(["Information Commissioner's Office"]);
  });

  it('reads agencies of the European Union', () => {
    const m = extractEntities(article('Fraud', 'Eurojust and the European Stability Mechanism will meet in June.'));
    expect(namesOf(m, 'organization')).toEqual(['Eurojust', 'European Stability Mechanism']);
  });
});
