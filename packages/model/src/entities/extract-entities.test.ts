/**
 * @module
 * extractEntities on small invented texts: name variants, possessives, roles, and the names
 * that must never be people.
 */
import { describe, expect, it } from 'vitest';
import { Mention } from './entity.ts';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf as names } from './test-helpers.ts';

const find = (mentions: Mention[], name: string) => mentions.find((m) => m.entity.name === name);

describe('extractEntities', () => {
  it('merges the short forms of a name with the full name, whatever the title', () => {
    const m = extractEntities(
      article(
        'Xi visits the capital',
        'Chinese President Xi Jinping landed in Lisbon on Monday.',
        'Xi was greeted by the mayor. Later, Xi’s delegation toured the port.',
      ),
    );
    expect(names(m, 'person')).toEqual(['Xi Jinping']);
    const xi = find(m, 'Xi Jinping')!;
    expect(xi.count).toBe(4);
    expect(xi.entity.slug).toBe('xi-jinping');
    expect(xi.firstPosition).toEqual({ block: -1, offset: 0 });
  });

  it('files "Mr Blair" and "Putin" under the full names used earlier', () => {
    const m = extractEntities(
      article(
        'Leaders meet',
        'Prime Minister Tony Blair spoke to Vladimir Putin by telephone.',
        'Mr Blair said the call went well, and Putin agreed to meet again.',
      ),
    );
    expect(names(m, 'person')).toEqual(['Tony Blair', 'Vladimir Putin']);
    expect(find(m, 'Tony Blair')!.count).toBe(2);
    expect(find(m, 'Vladimir Putin')!.count).toBe(2);
  });

  it('strips possessives, so "Putin’s" and "Blair\'s" are the same people', () => {
    const m = extractEntities(article('Plans', "Blair's plan met Vladimir Putin’s approval, and Tony Blair was pleased."));
    expect(names(m, 'person')).toEqual(['Tony Blair', 'Vladimir Putin']);
  });

  it('keeps two people who share a surname apart and gives the bare surname to the one named last', () => {
    const m = extractEntities(article('Family', 'Cherie Blair and Tony Blair arrived. Later Tony Blair spoke first, and Blair smiled.'));
    expect(find(m, 'Tony Blair')!.count).toBe(3);
    expect(find(m, 'Cherie Blair')!.count).toBe(1);
  });

  it('never lists a day, an event, a war or a body as a person', () => {
    const m = extractEntities(
      article(
        'Victory Day Parade Draws Crowds',
        'Victory Day marks the end of World War II for the Soviet Union.',
        'The Kremlin said crowds gathered in Red Square on Thursday, according to Tass.',
      ),
    );
    expect(names(m, 'person')).toEqual([]);
    expect(names(m, 'organization')).toEqual(['Kremlin', 'Tass']);
    expect(names(m, 'place')).toEqual(expect.arrayContaining(['Red Square', 'Soviet Union']));
  });

  it('splits a compound of two countries into both', () => {
    const m = extractEntities(article('Ties', 'China-Russia trade grew while Brazil watched.'));
    expect(names(m, 'place')).toEqual(['Brazil', 'China', 'Russia']);
  });

  it('reads the context of a name: a bookmaker, a club, a city named for its club', () => {
    const m = extractEntities(
      article(
        'Odds cut',
        'Bookmaker Larkspur Bet cut its odds after Leicester wing Tom Ashcroft scored twice against Bath.',
        'Tom Ashcroft said the game in Gloucester was hard.',
      ),
    );
    expect(names(m, 'organization')).toEqual(['Bath', 'Larkspur Bet', 'Leicester']);
    expect(names(m, 'person')).toEqual(['Tom Ashcroft']);
    expect(names(m, 'place')).toEqual(expect.arrayContaining(['Gloucester']));
  });

  it('takes "Lord Falconer" whole and drops an honorific before a full name', () => {
    const m = extractEntities(article('Reform', 'Lord Falconer met Sir Alex Ferguson. Ferguson later said little.'));
    expect(names(m, 'person')).toEqual(['Alex Ferguson', 'Lord Falconer']);
  });

  it('gives the fullest name when the titled surname came first ("Mr Okafor" … "Chidi Okafor")', () => {
    const m = extractEntities(article('Appeal', 'Mr Okafor was freed on Tuesday.', 'Chidi Okafor, 34, thanked his lawyers.'));
    expect(names(m, 'person')).toEqual(['Chidi Okafor']);
    expect(find(m, 'Chidi Okafor')!.count).toBe(2);
  });

  it('files gazetteer aliases under one name and slugs every mention', () => {
    const m = extractEntities(article('Trade', 'The US and the United States of America are one; so are the UK and Britain.'));
    expect(names(m, 'place')).toEqual(['United Kingdom', 'United States']);
    for (const mention of m) expect(Mention.parse(mention)).toEqual(mention);
  });

  it('finds nothing in a text without names', () => {
    expect(extractEntities(article('Rain expected', 'It will rain on Monday, and then it will stop.'))).toEqual([]);
  });

  it('reads "Google CEO Marta Ruiz" as the body and the person, not one name', () => {
    const m = extractEntities(article('Results', 'Google CEO Marta Ruiz said growth would slow, and CFO Ben Aldo agreed.'));
    expect(names(m, 'person')).toEqual(['Ben Aldo', 'Marta Ruiz']);
    expect(names(m, 'organization')).toEqual(['Google']);
  });

  it('reads names in a heading written as a sentence, but not in a title-case heading', () => {
    const body = [
      { type: 'heading' as const, level: 2 as const, text: 'Officer Dana Whitlock asked drivers to slow down near the school.' },
      { type: 'heading' as const, level: 2 as const, text: 'Safer Streets Start Here' },
    ];
    const m = extractEntities({ headline: 'Road safety', body });
    expect(names(m, 'person')).toEqual(['Dana Whitlock']);
    expect(names(m, 'organization')).toEqual([]);
  });

  it('splits "a body and a person" but keeps a body named after two fields ("Parks and Leisure Services")', () => {
    const m = extractEntities(
      article('Letter', 'The letter went to the Department of Coastal Affairs and Nora Delgado, and to Parks and Leisure Services.'),
    );
    expect(names(m, 'person')).toEqual(['Nora Delgado']);
    expect(names(m, 'organization')).toEqual(['Department of Coastal Affairs', 'Parks and Leisure Services']);
  });

  it('knows platforms and American public bodies, even opening a sentence', () => {
    const m = extractEntities(article('Ads', 'Twitter users mocked the campaign. Homeland Security said the CDC had not been asked.'));
    expect(names(m, 'organization')).toEqual(['Centers for Disease Control and Prevention', 'Department of Homeland Security', 'Twitter']);
  });

  it('in a list of bodies, a member without a given name is a body, not a person', () => {
    const m = extractEntities(
      article('Contracts', 'The award went to Boeing, Airbus, Vantor Systems, Kessler Dynamics, Hollis Martin and Orbix Group.'),
    );
    expect(names(m, 'person')).toEqual([]);
    expect(names(m, 'organization')).toEqual(['Airbus', 'Boeing', 'Hollis Martin', 'Kessler Dynamics', 'Orbix Group', 'Vantor Systems']);
  });

  it('in a list that holds a title of a work, the other members take no body’s type from a known one', () => {
    const m = extractEntities(article('Best of the year', 'Her list named Marjorie Prime, Paper Harbour, Silver Wren and Reuters.'));
    expect(names(m, 'organization')).toEqual(['Reuters']);
  });

  it('a product named after its maker is no person, even when its name stands alone elsewhere', () => {
    const m = extractEntities(
      article(
        'Games',
        'Google Glimmer launches on Tuesday.',
        'Reviewers said Glimmer was slow, and the Hartley Animal Shelter announced a charity stream.',
      ),
    );
    expect(names(m, 'person')).toEqual([]);
    expect(names(m, 'organization')).toContain('Hartley Animal Shelter');
  });

  it('an office named after its body ("Chairman of the Harbour Board") is no organisation, the body is', () => {
    const m = extractEntities(
      article('Port', 'The Inspector-General of Police wrote to the Chairman of the Harbour Board, and the Prince of Wales visited.'),
    );
    expect(names(m, 'organization')).toEqual(['Harbour Board']);
  });

  it('outlets a story was told to, published in or by, or belongs to are organisations', () => {
    const m = extractEntities(
      article(
        'Lungs',
        'The mayor told the Valley Courier on Monday that the case was published in the journal Lung Notes.',
        '(Image: © Brightstock)',
        'Originally published on Science Daily Wire.',
        'Copyright 2019 Coastline Radio Group.',
      ),
    );
    expect(names(m, 'organization')).toEqual([
      'Brightstock',
      'Coastline Radio Group',
      'Lung Notes',
      'Science Daily Wire',
      'Valley Courier',
    ]);
    expect(names(m, 'person')).toEqual([]);
  });

  it('a numbered list of names ("1. Finland 2. Norway") gives each name, while "Radio 1" keeps its number', () => {
    const m = extractEntities(article('Ranking', 'The ranking was: 1. Finland 2. Norway 3. Portugal. Fans of Radio 1 voted.'));
    expect(names(m, 'place')).toEqual(['Finland', 'Norway', 'Portugal']);
    expect(names(m, 'organization')).toEqual(['BBC Radio 1']);
  });

  it('"the Marlow administration" names a leader; "Trade Representative" is a title', () => {
    const m = extractEntities(
      article(
        'Tariffs',
        'Officials in the Marlow administration and US Trade Representative Ada Kessing met on Monday. The Labour government objected.',
      ),
    );
    expect(names(m, 'person')).toEqual(['Ada Kessing', 'Marlow']);
  });

  it('a paragraph of one joining word ("And", left by a broken line) names nothing', () => {
    expect(extractEntities(article('Results', 'And', 'For'))).toEqual([]);
  });

  it('finds a person whose given name follows an initial ("C. Eugene …")', () => {
    const m = extractEntities(article('Debt', 'The institute hired R. Martin Kessler last year.'));
    expect(names(m, 'person')).toEqual(['R. Martin Kessler']);
  });
});
