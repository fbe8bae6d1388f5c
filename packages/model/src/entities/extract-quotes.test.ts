/**
 * @module
 * extractQuotes on small invented texts: each attribution pattern of news writing, pronouns,
 * descriptions, continuations, and quoted words that are not quotations.
 */
import { describe, expect, it } from 'vitest';
import type { EntitySource } from './extract-entities.ts';
import { extractEntities } from './extract-entities.ts';
import { extractQuotes } from './extract-quotes.ts';
import { Quote } from './quote.ts';
import { article } from './test-helpers.ts';

const quotesOf = (a: EntitySource) => extractQuotes(a, extractEntities(a));
const who = (a: EntitySource) => quotesOf(a).map((q) => [q.text, q.speaker?.name ?? null, q.kind]);

const PUTIN = 'Russian President Vladimir Putin arrived in Minsk on Monday.';

describe('extractQuotes', () => {
  it('“…,” Putin said: the speaker after the quotation, with the role written earlier', () => {
    const quotes = quotesOf(article('Visit', PUTIN, '“We share a long border,” Putin said.'));
    expect(quotes).toEqual([
      {
        text: 'We share a long border,',
        speaker: { name: 'Vladimir Putin', slug: 'vladimir-putin' },
        role: 'Russian President',
        block: 1,
        kind: 'direct',
      },
    ]);
    expect(Quote.parse(quotes[0])).toEqual(quotes[0]);
  });

  it('“…,” said Putin, and “…,” said the role and name', () => {
    expect(
      who(article('Visit', PUTIN, '“Trade is growing,” said Putin.', '“It will grow,” said the Belarusian leader, Alexander Lukashenko.')),
    ).toEqual([
      ['Trade is growing,', 'Vladimir Putin', 'direct'],
      ['It will grow,', 'Alexander Lukashenko', 'direct'],
    ]);
  });

  it('Xi said, “…” and X told reporters: “…”: the speaker before the quotation', () => {
    expect(who(article('Talks', 'Xi Jinping said, “Our ties are strong.” Later Angela Merkel told reporters: "We listened."'))).toEqual([
      ['Our ties are strong.', 'Xi Jinping', 'direct'],
      ['We listened.', 'Angela Merkel', 'direct'],
    ]);
  });

  it('“…,” according to a readout: the person named in the same sentence', () => {
    const a = article('Call', PUTIN, '“The talks were useful,” Putin said, according to a Kremlin readout. “We will meet again soon.”');
    expect(who(a)).toEqual([
      ['The talks were useful,', 'Vladimir Putin', 'direct'],
      ['We will meet again soon.', 'Vladimir Putin', 'direct'],
    ]);
  });

  it('X called Y “…” and X urged … “…”: partial quotations of the subject', () => {
    const a = article(
      'Guest',
      PUTIN,
      'Putin called Xi Jinping his “honoured guest” at dinner.',
      'Xi Jinping urged closer links to steer trade “in the right direction”.',
    );
    expect(who(a)).toEqual([
      ['honoured guest', 'Vladimir Putin', 'partial'],
      ['in the right direction', 'Xi Jinping', 'partial'],
    ]);
  });

  it('resolves he and she to the person the text is about, by gender where the first name tells', () => {
    const a = article(
      'Budget',
      'Finance minister Sarah Pell met union leader Tom Reed on Friday.',
      '"The budget is fair," she said. "It protects jobs," he replied.',
    );
    expect(who(a)).toEqual([
      ['The budget is fair,', 'Sarah Pell', 'direct'],
      ['It protects jobs,', 'Tom Reed', 'direct'],
    ]);
  });

  it('gives an unattributed quotation at the start of the next paragraph to the previous speaker', () => {
    const a = article(
      'Rail',
      '"The line will reopen in May," said transport secretary Dan Oduya.',
      '"Passengers have waited long enough."',
      'Critics were unconvinced.',
    );
    expect(quotesOf(a).map((q) => [q.block, q.speaker?.name])).toEqual([
      [0, 'Dan Oduya'],
      [1, 'Dan Oduya'],
    ]);
  });

  it('a quotation after a sentence naming its speaker goes to that speaker, not the last quoted one', () => {
    const a = article(
      'Games',
      '"Costs are rising," said Gary Lund.',
      'Mia Sorel warned that studios would struggle. "Teams are getting bigger."',
    );
    expect(who(a).map(([, speaker]) => speaker)).toEqual(['Gary Lund', 'Mia Sorel']);
  });

  it('"a spokesman said" names no one; "the chancellor said" is the chancellor', () => {
    const a = article(
      'Tax',
      'Chancellor Gordon Brown rejected the claim.',
      '"The rules are clear," a spokesman said. "Growth is strong," the chancellor said.',
    );
    expect(who(a)).toEqual([
      ['The rules are clear,', null, 'direct'],
      ['Growth is strong,', 'Gordon Brown', 'direct'],
    ]);
  });

  it('attributes words to a body when the body speaks ("the club said")', () => {
    const a = article('Bid', 'Manchester United rejected the offer.', '"The offer is too low," the club said in a statement.');
    expect(who(a)).toEqual([['The offer is too low,', 'Manchester United', 'direct']]);
  });

  it('leaves out scare quotes, slogans and titles that no one is said to say', () => {
    const a = article(
      'Policy',
      'Donald Trump’s “America First” policies shaped the summit, where leaders shook hands.',
      'Fans queued to see "The Aviator" on Friday.',
    );
    expect(quotesOf(a)).toEqual([]);
  });

  it('reads straight quotation marks left open by a quotation that goes on', () => {
    const a = article('Fund', 'Aid worker Rosa Lind said: "We need more help. "Every day counts."');
    expect(who(a)).toEqual([
      ['We need more help.', 'Rosa Lind', 'direct'],
      ['Every day counts.', 'Rosa Lind', 'direct'],
    ]);
  });

  it('attribution forms of American copy: questions, adverbs, auxiliaries, bodies after "according to", "the company" past the agency it told', () => {
    const a = article(
      'Results',
      'Zed Corp. reported a loss on Monday, and chief executive Dara Brooke told Reuters it would recover.',
      '“Can we do better?” Brooke quietly asked. “We will,” she later said.',
      '“The outlook is weak,” the company said in a statement.',
      '“Rates will rise,” according to the World Bank.',
    );
    expect(who(a)).toEqual([
      ['Can we do better?', 'Dara Brooke', 'direct'],
      ['We will,', 'Dara Brooke', 'direct'],
      ['The outlook is weak,', 'Zed Corp', 'direct'],
      ['Rates will rise,', 'World Bank', 'direct'],
    ]);
  });

  it('"the Tory leader said" is the person the story is about, not an unnamed source', () => {
    const a = article(
      'ID cards',
      'Michael Howard has backed the plans.',
      'The Tory leader said the party had reached a "collective view" after a "good discussion".',
    );
    expect(quotesOf(a).map((q) => q.speaker?.name ?? null)).toEqual(['Michael Howard', 'Michael Howard']);
  });

  it('“…,” X, a description, said: the speaker before an apposition', () => {
    const a = article('Moon', '“We moved the date forward,” Dana Whitlock, deputy head of exploration at the agency, said on Monday.');
    expect(who(a)).toEqual([['We moved the date forward,', 'Dana Whitlock', 'direct']]);
  });

  it('“…,” it said: the body the text is about, not the last name it mentions', () => {
    const a = article(
      'Pier',
      'The Harbour Trust warned walkers to keep off the pier owned by Sandmoor Holdings.',
      '“The structure is unsafe,” it said in a statement.',
    );
    expect(who(a)).toEqual([['The structure is unsafe,', 'Harbour Trust', 'direct']]);
  });

  it('a family name and a hyphenated given name speak as one person', () => {
    const a = article('Vote', 'Opposition leader Choi Min-seo left the chamber.', '“We will not take part,” said Choi Min-seo.');
    expect(who(a)).toEqual([['We will not take part,', 'Choi Min-seo', 'direct']]);
  });

  it('a block quotation without marks is a quotation of whoever the text says spoke before it', () => {
    const paragraph = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });
    const body = [
      paragraph('Rosa Lind, the chief executive, spoke at the trial. Deals take time, she said.'),
      { type: 'quote' as const, text: 'I have been building these relationships for years.' },
      paragraph('The Kettle Group confirmed the plan in a statement:'),
      { type: 'quote' as const, text: 'We will open two more plants next year.' },
      { type: 'quote' as const, text: 'Quality comes first.', attribution: 'Rosa Lind, at the launch' },
    ];
    expect(who({ headline: 'Deals', body })).toEqual([
      ['I have been building these relationships for years.', 'Rosa Lind', 'direct'],
      ['We will open two more plants next year.', 'Kettle Group', 'direct'],
      ['Quality comes first.', 'Rosa Lind', 'direct'],
    ]);
  });

  it('a middle initial does not end the sentence that names the speaker', () => {
    const a = article(
      'Study',
      'Lead author Dr. Petra K. Vance, a professor at the institute, commented: "The effect was larger than we expected."',
    );
    expect(who(a)).toEqual([['The effect was larger than we expected.', 'Petra K. Vance', 'direct']]);
  });

  it('"a reporter’s source said" names no one', () => {
    const a = article(
      'Camp',
      'Reporter Lena Ortiz’s source inside the camp, who asked not to be named, said the claim was “absolutely not true.”',
    );
    expect(who(a)).toEqual([['absolutely not true.', null, 'partial']]);
  });

  it('a quoted word that ends with ", he added." goes to the person the text is about', () => {
    const a = article(
      'Clinic',
      'Dr. Omar Reyes runs the clinic.',
      'Doctors may call the illness “unexplained,” and treatment is delayed, he added.',
    );
    expect(who(a)).toEqual([['unexplained,', 'Omar Reyes', 'partial']]);
  });

  it('a quotation opening a paragraph goes to the person the paragraph before reported, not the last one quoted', () => {
    const a = article(
      'Talks',
      '"The deal is fair," said Tomas Berg, an adviser.',
      'Negotiator Ana Ruiz said the offer was the latest attempt to force their hand.',
      '"They want us to give up. We will not."',
    );
    expect(who(a).map(([, speaker]) => speaker)).toEqual(['Tomas Berg', 'Ana Ruiz']);
  });

  it('a body named inside a phrase before the verb is not the speaker ("published in the journal X argued")', () => {
    const a = article(
      'Study',
      'The authors of the paper published in the journal Lung Notes argued that the rise was "a public health concern".',
    );
    expect(who(a).filter(([, speaker]) => speaker === 'Lung Notes')).toEqual([]);
  });
});
