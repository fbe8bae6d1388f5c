/**
 * @module
 * The subject of a verb of saying, on small invented texts: the name next to the verb, the name
 * before "who", descriptions anywhere before the verb, "it", passives and participles.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers as who } from './test-helpers.ts';

const TRUST = 'Tom Reed met the Harbour Trust on Monday.';

describe('the subject of a verb of saying', () => {
  it('is the name next to the verb, not the first name of the sentence', () => {
    const a = article('Port', 'Asked about the plans Tom Reed had made, Anna Cole said: "It is a good plan for all of us."');
    expect(who(a)).toEqual([['It is a good plan for all of us.', 'Anna Cole']]);
  });

  it('is the name before "who", past its short form in brackets', () => {
    const a = article(
      'Port',
      'The plan was backed by the Harbour Trust (HT), who said the town faced "a long and hard winter ahead".',
      'Tom Reed, who chairs the council, said the town would "get through it as it always has".',
    );
    expect(who(a)).toEqual([
      ['a long and hard winter ahead', 'Harbour Trust'],
      ['get through it as it always has', 'Tom Reed'],
    ]);
  });

  it('is a description after an opening phrase: "In a statement, the council said"', () => {
    const a = article(
      'Port',
      'Kelby Council met on Monday to discuss the harbour.',
      'In a statement, the council said the plan was "a step too far for the town".',
    );
    expect(who(a)).toEqual([['a step too far for the town', 'Kelby Council']]);
  });

  it('names no one for the press as a whole, after a sentence opened by a person', () => {
    const a = article(
      'Port',
      'Mayor Tom Reed and the harbour master Anna Cole signed the lease on Monday.',
      'After two hours of talks, the two signed what local media called a "lease for a new century".',
    );
    expect(who(a)).toEqual([['lease for a new century', null]]);
  });

  it('names no one for "another official", plural descriptions and a country’s ministry', () => {
    const a = article(
      'Port',
      TRUST,
      'On Friday, another union official called the deal "the swindle of the century".',
      'Researchers at the Harbour Trust said the water was "cleaner than it has been for fifty years".',
      'The French foreign ministry said it "regrets any decision to close the port".',
    );
    expect(who(a)).toEqual([
      ['the swindle of the century', null],
      ['cleaner than it has been for fifty years', null],
      ['regrets any decision to close the port', null],
    ]);
  });

  it('reads "it said" as the body the text is about, through a participle and past a possessive', () => {
    const a = article('Port', TRUST, 'But it said it would oppose Mr Reed’s plans, calling his figures "wildly optimistic and untested".');
    expect(who(a)).toEqual([['wildly optimistic and untested', 'Harbour Trust']]);
  });

  it('gives a participle the subject of its clause', () => {
    const a = article('Port', 'Tom Reed said he opposed the plans for a new quay and the road, branding them a "needless" step.');
    expect(who(a)).toEqual([['needless', 'Tom Reed']]);
  });

  it('in "she was told: “…”" someone unnamed speaks', () => {
    const a = article(
      'Port',
      'Anna Cole met the mayor on Monday.',
      'Another member of the council says she was told: "You will never win this vote."',
    );
    expect(who(a)).toEqual([['You will never win this vote.', null]]);
  });

  it('a paragraph opening with a quotation continues the person the paragraph before ended by reporting', () => {
    const a = article(
      'Port',
      '"We were never listened to," Tom Reed said. And former mayor Anna Cole remembered how one of her colleagues called all women "Dear".',
      '"When I said my name was not Dear, he laughed at me." Later the council apologised.',
    );
    expect(who(a)).toEqual([
      ['We were never listened to,', 'Tom Reed'],
      ['Dear', null],
      ['When I said my name was not Dear, he laughed at me.', 'Anna Cole'],
    ]);
  });
});

describe('a quotation with no attribution of its own', () => {
  it('is by the person the sentence before opens with, over the speaker before that', () => {
    const a = article(
      'Port',
      '"We will reopen in the spring," said Anna Cole. Tom Reed was left frustrated after the vote. "It is just tough on the town."',
      '"Nobody listened to the dockers." But Reed said he would go on.',
    );
    expect(who(a)).toEqual([
      ['We will reopen in the spring,', 'Anna Cole'],
      ['It is just tough on the town.', 'Tom Reed'],
      ['Nobody listened to the dockers.', 'Tom Reed'],
    ]);
  });
});

describe('verbs of criticism', () => {
  it('cite the words they lift, as "called" does', () => {
    const a = article(
      'Port',
      'In an interview on Monday, Anna Cole slated the council for its "needless" plan.',
      'Tom Reed lamented what he called the "slow death" of the quay.',
    );
    expect(who(a)).toEqual([
      ['needless', 'Anna Cole'],
      ['slow death', 'Tom Reed'],
    ]);
  });
});
