/**
 * @module
 * Bodies told by their words and their context (a company's head word, "X is a … provider",
 * "X’s shareholders"), and party members ("a Virginia Democrat", "Republican Jo Bryce"), on
 * small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf } from './test-helpers.ts';

describe('bodies from their words and context', () => {
  it('takes a company head word (Electronics, Steel, Equities) for a body', () => {
    const m = extractEntities(article('Deal', 'Orvane Electronics will buy plates from Kessa Steel, said a note from Brill Equities.'));
    expect(namesOf(m, 'organization')).toEqual(['Brill Equities', 'Kessa Steel', 'Orvane Electronics']);
    expect(namesOf(m, 'person')).toEqual([]);
  });

  it('takes a name described as a provider, or owning shareholders, for a body', () => {
    const m = extractEntities(
      article('Results', 'Halvorix is a global solutions provider based in Oslo.', 'Tremmel’s shareholders approved the sale on Friday.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Halvorix', 'Tremmel']);
  });
});

describe('customers and clients', () => {
  it('make the name before them a body’s, not a nationality’s', () => {
    const m = extractEntities(article('Update', 'The update will help Norvane customers and Russian customers alike.'));
    expect(namesOf(m, 'organization')).toEqual(['Norvane']);
  });
});

describe('centres of study', () => {
  it('are bodies wherever the context makes them one, not places', () => {
    const m = extractEntities(article('Debt', 'She is a co-founder of the Harlow Policy Center in Leeds.'));
    expect(namesOf(m, 'organization')).toEqual(['Harlow Policy Center']);
    expect(namesOf(m, 'place')).toEqual(['Leeds']);
  });
});

describe('names ending in ’s', () => {
  it('keep an ’s that owns nothing, as shops and brands are named', () => {
    const m = extractEntities(article('Clients', 'Its clients include Ford, Harlan’s, Betton’s and NBC.'));
    expect(namesOf(m, 'organization')).toEqual(['Betton’s', 'Ford', 'Harlan’s', 'NBC']);
  });
});

describe('party members', () => {
  it('splits a place and its party, and a party and its member', () => {
    const m = extractEntities(
      article(
        'Vote',
        'Senator Jo Bryce, an Oklahoma Republican, voted no.',
        'She beat Republican Paul Harker in 2018, and a Virginia Democrat backed her.',
      ),
    );
    expect(namesOf(m, 'person')).toEqual(['Jo Bryce', 'Paul Harker']);
    expect(namesOf(m, 'place')).toEqual(['Oklahoma', 'Virginia']);
    expect(namesOf(m, 'organization')).toEqual(['Democratic Party', 'Republican Party']);
  });
});

describe('what a company does and has', () => {
  it('takes the body after a role in initials ("CEO of"), and the one a chief executive belongs to', () => {
    const m = extractEntities(
      article('Results', 'Kel Durrant, CEO of Zorvane, spoke first.', 'Plimsoll’s chief executive quit on Monday.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Plimsoll', 'Zorvane']);
  });

  it('takes a name with a ticker for a listed company, and the ticker for no name', () => {
    const m = extractEntities(article('Shares', 'Shares of Zorvane (NASDAQ: ZRVN) rose on Tuesday.'));
    expect(namesOf(m, 'organization')).toEqual(['Zorvane']);
  });

  it('takes a one-word name that buys, owns or funds for a body, but not a person’s full name', () => {
    const m = extractEntities(article('Deal', 'The studio was acquired by Quellon in March.', 'A rival bid was backed by Mara Velde.'));
    expect(namesOf(m, 'organization')).toEqual(['Quellon']);
    expect(namesOf(m, 'person')).toEqual(['Mara Velde']);
  });

  it('takes public health programmes for no body', () => {
    const m = extractEntities(article('Health', 'Patients on Medicare and Medicaid pay less.'));
    expect(namesOf(m, 'organization')).toEqual([]);
  });
});

describe('owned, signed for, described', () => {
  it('takes what a stake or shares are held in for a body, and a town one lives in for a place', () => {
    const m = extractEntities(
      article('Deal', 'The fund bought a stake in Quellon, and sold its shares in Harrowby.', 'He lives in Tenby.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Harrowby', 'Quellon']);
    expect(namesOf(m, 'place')).toEqual(['Tenby']);
  });

  it('takes the club a player signed for or is on loan from for a body', () => {
    const m = extractEntities(article('Transfers', 'Mara Velde signed for Kelby in May, and Jo Brant is on loan from Ardwick.'));
    expect(namesOf(m, 'organization')).toEqual(['Ardwick', 'Kelby']);
  });

  it('takes a name described as a think tank based in a known place for a body', () => {
    const m = extractEntities(article('Report', 'The figures came from Zorvane, a London-based think tank, on Monday.'));
    expect(namesOf(m, 'organization')).toEqual(['Zorvane']);
    expect(namesOf(m, 'place')).toEqual(['London']);
  });
});
