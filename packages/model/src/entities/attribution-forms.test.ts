/**
 * @module
 * Attribution forms of American and web copy on small invented texts: abbreviated titles and a
 * lawmaker's party and state, a dash signing a pull quote, a person referred back to by age, a
 * colon after the speaker, nested marks, quotations running over paragraphs left open, repeated
 * pull quotes, and quoted titles of works.
 */
import { describe, expect, it } from 'vitest';
import { article, speakers as who } from './test-helpers.ts';

const MET = 'Tom Reed met the mayor on Monday.';
const WORDS = 'We will keep the port open for years';

describe('names after a verb of saying, as American copy writes them', () => {
  it('reads past abbreviated titles and a lawmaker’s party and state', () => {
    for (const line of [
      `“${WORDS},” said Sen. Anna Cole, R-Texas.`,
      `“${WORDS},” Rep. Anna Cole (D-Calif.) said.`,
      `“${WORDS},” Anna Cole, D-Calif., said.`,
      `“${WORDS},” said Dr. Anna Cole, a surgeon.`,
      `Sgt. Anna Cole said: “${WORDS}.”`,
    ])
      expect(who(article('Port', MET, line)).map(([, s]) => s)).toEqual(['Anna Cole']);
  });

  it('reads past an age and a hometown between the name and the verb', () => {
    for (const line of [`“${WORDS},” Anna Cole, 45, of Springfield, said.`, `“${WORDS},” Anna Cole, 45, of Springfield, Ohio, said.`])
      expect(who(article('Port', MET, line)).map(([, s]) => s)).toEqual(['Anna Cole']);
  });

  it('reads past an apposition that holds commas of its own, but not past a clause', () => {
    for (const line of [
      `“${WORDS},” Anna Cole, a senior fellow at the Centre for Ports, Docks, and Harbours, said in a statement.`,
      `“${WORDS},” lead author Anna Cole, an engineer at the Kelby Harbour Trust in Springfield, Ohio, and Dunmore University, said.`,
    ])
      expect(who(article('Port', MET, line)).map(([, s]) => s)).toEqual(['Anna Cole']);
    expect(
      who(article('Port', MET, `“${WORDS},” Anna Cole, a lawyer who met Tom Reed, Mark Dunn and others, said.`)).map(([, s]) => s),
    ).not.toEqual(['Anna Cole']);
  });

  it('reads past an aside between dashes and a relative clause between commas ("told the BBC" is not the BBC speaking)', () => {
    for (const line of [
      `“${WORDS},” Anna Cole — who runs the trust — said.`,
      `“${WORDS},” Anna Cole, who founded the trust in 1990, told the BBC.`,
      `“${WORDS},” Anna Cole, whose family has run the trust for decades, said.`,
    ])
      expect(who(article('Port', MET, line)).map(([, s]) => s)).toEqual(['Anna Cole']);
  });

  it('reads a short clause of saying that a full stop inside the marks split from its quotation', () => {
    expect(who(article('Port', MET, `“${WORDS}.” Anna Cole said.`))).toEqual([[`${WORDS}.`, 'Anna Cole']]);
    expect(who(article('Port', MET, `“${WORDS}.” Anna Cole said on Monday.`))).toEqual([[`${WORDS}.`, 'Anna Cole']]);
  });

  it('reads "the paper quoted X as saying" and "Y was told by X" after the quotation as X speaking', () => {
    for (const line of [`“${WORDS},” the Kelby Courier quoted Anna Cole as saying.`, `“${WORDS},” Tom Reed was told by Anna Cole.`])
      expect(who(article('Port', MET, line)).map(([, s]) => s)).toEqual(['Anna Cole']);
  });

  it('reads the verbs of web copy ("shared on Instagram", "gushed") and "per X"', () => {
    for (const line of [`“${WORDS},” Anna Cole shared on Instagram.`, `“${WORDS},” Anna Cole gushed.`, `“${WORDS},” per Anna Cole.`])
      expect(who(article('Port', MET, line)).map(([, s]) => s)).toEqual(['Anna Cole']);
  });

  it('gives a quotation signed with a dash to the name after it', () => {
    expect(who(article('Port', MET, `“${WORDS}.” — Anna Cole (@annacole) June 4, 2019`))).toEqual([[`${WORDS}.`, 'Anna Cole']]);
    expect(who(article('Port', MET, `“${WORDS}” — that was the promise the mayor made.`))).toEqual([[WORDS, null]]);
  });

  it('reads "the 45-year-old said" and "said the chancellor" as the person named before', () => {
    expect(who(article('Port', 'Anna Cole, 45, leads the union.', `“${WORDS},” said the 45-year-old.`))).toEqual([
      [`${WORDS},`, 'Anna Cole'],
    ]);
    expect(who(article('Port', 'Chancellor Anna Cole met Tom Reed.', `“${WORDS},” said the chancellor.`))).toEqual([
      [`${WORDS},`, 'Anna Cole'],
    ]);
  });

  it('reads "the prime minister" and "the foreign secretary" as the office named, not a deputy’s or another office’s', () => {
    const offices =
      'Deputy Prime Minister Tom Reed and Home Secretary Mark Ellery met Prime Minister Anna Cole and Foreign Secretary Jo Pike.';
    const said = (who_: string) => who(article('Port', offices, `“${WORDS},” ${who_} said.`)).map(([, s]) => s);
    expect(said('the prime minister')).toEqual(['Anna Cole']);
    expect(said('the foreign secretary')).toEqual(['Jo Pike']);
    expect(said('the deputy prime minister')).toEqual(['Tom Reed']);
  });

  it('gives words after a colon to the person or pronoun opening the sentence, and a sign’s to no one', () => {
    expect(who(article('Port', MET, `Anna Cole put it simply: “${WORDS}.”`))).toEqual([[`${WORDS}.`, 'Anna Cole']]);
    expect(who(article('Port', 'Anna Cole leads the union.', `She was blunt: “${WORDS}.”`))).toEqual([[`${WORDS}.`, 'Anna Cole']]);
    expect(who(article('Port', MET, `The sign on the gate read: “${WORDS}.”`))).toEqual([]);
    expect(who(article('Port', MET, `The harbour master, Anna Cole, was blunt: “${WORDS}.”`))).toEqual([[`${WORDS}.`, 'Anna Cole']]);
  });
});

describe('speakers joined, placed or quoted by others', () => {
  it('reads "Anna Cole of the Kelby Harbour Trust said" as the person', () => {
    expect(who(article('Port', MET, `“${WORDS},” Anna Cole of the Kelby Harbour Trust said.`))).toEqual([[`${WORDS},`, 'Anna Cole']]);
  });

  it('names no one alone when two speak together', () => {
    expect(who(article('Port', MET, `“${WORDS},” Anna Cole and Tom Reed said in a joint statement.`))).toEqual([[`${WORDS},`, null]]);
    expect(who(article('Port', MET, `Anna Cole and Tom Reed said: “${WORDS}.”`))).toEqual([[`${WORDS}.`, null]]);
  });

  it('reads an apposition opened by a possessive ("X, NASA’s chief scientist, said")', () => {
    const a = article('Port', MET, `“${WORDS},” Anna Cole, Acme Corp’s chief economist, said on Monday.`);
    expect(who(a)).toEqual([[`${WORDS},`, 'Anna Cole']]);
  });

  it('gives "X and her team wrote" to X', () => {
    expect(who(article('Port', MET, `“${WORDS},” Anna Cole and her team wrote in the paper.`))).toEqual([[`${WORDS},`, 'Anna Cole']]);
    expect(who(article('Port', MET, `“${WORDS},” Anna Cole and colleagues wrote.`))).toEqual([[`${WORDS},`, 'Anna Cole']]);
  });

  it('takes "the man", "the woman" for someone the text does not name', () => {
    expect(who(article('Port', 'Dr Tom Reed treated a patient.', `According to the man, the drug “${WORDS}.”`))).toEqual([
      [`${WORDS}.`, null],
    ]);
    expect(who(article('Port', 'Tom Reed saw a woman at the port.', `“${WORDS},” the woman said.`))).toEqual([[`${WORDS},`, null]]);
  });

  it('gives "quoted X as saying" to X, not to whoever quoted them', () => {
    expect(who(article('Port', 'Anna Cole met Tom Reed.', `Reed quoted Cole as saying “${WORDS}.”`))).toEqual([[`${WORDS}.`, 'Anna Cole']]);
  });

  it('gives "read a statement from X" to X, and a sign to no one', () => {
    expect(who(article('Port', MET, `“${WORDS},” read a statement from Anna Cole’s office.`))).toEqual([[`${WORDS},`, 'Anna Cole']]);
    expect(who(article('Port', MET, `“${WORDS},” read the sign on the gate.`))).toEqual([[`${WORDS},`, null]]);
  });
});

describe('marks', () => {
  it('keeps straight marks inside a typographic quotation as words quoted within it', () => {
    expect(who(article('Port', MET, '“Reed told me "the port is finished" and walked out,” Anna Cole said.'))).toEqual([
      ['Reed told me "the port is finished" and walked out,', 'Anna Cole'],
    ]);
  });

  it('takes a title of a work in quotation marks for no quotation', () => {
    expect(who(article('Port', MET, 'Anna Cole said the film “The Long Winter of the North” was her best.'))).toEqual([]);
    expect(who(article('Port', MET, 'Anna Cole starred in the film “Long Winter,” which she also wrote.'))).toEqual([]);
    expect(who(article('Port', MET, '“We Will Stay,” Anna Cole said.'))).toEqual([['We Will Stay,', 'Anna Cole']]);
  });
});

describe('quotations across paragraphs', () => {
  it('gives paragraphs left open to whoever the paragraph they run into attributes', () => {
    const a = article('Port', MET, `“${WORDS}.`, '“It is the heart of the town.', '“Nobody here wants it to close,” Anna Cole said.');
    expect(who(a).map(([, s]) => s)).toEqual(['Anna Cole', 'Anna Cole', 'Anna Cole']);
  });

  it('reads a paragraph that closes a quotation without opening it again as its end', () => {
    const a = article('Port', 'Anna Cole leads the union.', `“${WORDS}.`, 'It is the heart of the town,” she said.');
    expect(who(a)).toEqual([
      [`${WORDS}.`, 'Anna Cole'],
      ['It is the heart of the town,', 'Anna Cole'],
    ]);
  });

  it('keeps an attributed paragraph left open with its own speaker', () => {
    const a = article('Port', 'Tom Reed met Anna Cole on Monday.', `Reed said: “${WORDS}.`, '“Nobody here wants it to close,” Cole said.');
    expect(who(a).map(([, s]) => s)).toEqual(['Tom Reed', 'Anna Cole']);
  });

  it('gives a pull quote the speaker of the quotation it repeats, before or after it', () => {
    const said = `“${WORDS} and years,” Anna Cole said on Monday.`;
    const pull = `“${WORDS}.”`;
    const talks = 'Tom Reed said the talks were long.';
    expect(who(article('Port', 'Anna Cole leads the union.', said, talks, pull)).map(([, s]) => s)).toEqual(['Anna Cole', 'Anna Cole']);
    expect(who(article('Port', 'Anna Cole leads the union.', pull, talks, said)).map(([, s]) => s)).toEqual(['Anna Cole', 'Anna Cole']);
  });
});

describe('a quotation split by its attribution', () => {
  it('gives the words after "said X," to X', () => {
    for (const line of [
      '“The port,” said Anna Cole, “will stay open for years.”',
      '“The port,” Anna Cole said, “will stay open for years.”',
      '“The port,” said the mayor, Anna Cole, “will stay open for years.”',
    ])
      expect(who(article('Port', MET, line))).toEqual([
        ['The port,', 'Anna Cole'],
        ['will stay open for years.', 'Anna Cole'],
      ]);
  });
});

describe('a paragraph that is only a quotation', () => {
  it('is by the person who opens the last sentence of the paragraph before', () => {
    expect(who(article('Port', 'Anna Cole, who runs the harbour, was blunt.', `“${WORDS}.”`))).toEqual([[`${WORDS}.`, 'Anna Cole']]);
  });

  it('is by no one named when that sentence opens with no person', () => {
    expect(who(article('Port', 'The meeting with Anna Cole was short.', `“${WORDS}.”`))).toEqual([[`${WORDS}.`, null]]);
  });
});

describe('the verb before the name, and the passive "was quoted as saying"', () => {
  it('gives "Said Anna Cole:" to Anna Cole and "Said a spokesman:" to no one', () => {
    expect(who(article('Port', MET, `Said Anna Cole: “${WORDS}.”`))).toEqual([[`${WORDS}.`, 'Anna Cole']]);
    expect(who(article('Port', MET, `Said a spokesman for the port: “${WORDS}.”`))).toEqual([[`${WORDS}.`, null]]);
  });

  it('gives "“…,” Reed was quoted as saying" to Reed', () => {
    expect(who(article('Port', MET, `“${WORDS},” Reed was quoted as saying.`))).toEqual([[`${WORDS},`, 'Tom Reed']]);
  });
});

describe('outlets as sources', () => {
  const PHONE = 'The phone went on sale on Friday.';
  it('reads "X reported" and "as X reports" as the outlet speaking', () => {
    expect(who(article('Phone', PHONE, '“The battery lasts two full days of heavy use,” CNET reported.'))).toEqual([
      ['The battery lasts two full days of heavy use,', 'CNET'],
    ]);
    expect(who(article('Phone', PHONE, 'As Engadget reports, the screen is “the brightest we have ever tested on a phone.”'))).toEqual([
      ['the brightest we have ever tested on a phone.', 'Engadget'],
    ]);
  });

  it('keeps the person, not the outlet, in "told Reuters" and "said in an interview with CNN"', () => {
    expect(who(article('Phone', PHONE, '“We sold out of the phone in an hour,” Anna Cole told Reuters.'))).toEqual([
      ['We sold out of the phone in an hour,', 'Anna Cole'],
    ]);
    expect(who(article('Phone', PHONE, '“We sold out of the phone in an hour,” a spokeswoman told Reuters.'))).toEqual([
      ['We sold out of the phone in an hour,', null],
    ]);
  });
});

describe('a paragraph ending in a colon', () => {
  it('introduces the quotation opening the next paragraph, by the person its last sentence names', () => {
    expect(
      who(
        article(
          'Port',
          'Tom Reed visited the port on Monday. The harbour master, Anna Cole, was blunt about the plans:',
          '“We will keep the port open for years and nobody will close it.”',
        ),
      ),
    ).toEqual([['We will keep the port open for years and nobody will close it.', 'Anna Cole']]);
  });

  it('by the pronoun’s person, by no one after an unnamed source, or by the one the text gave the office', () => {
    const quoted = '“We spent a year on the plans,” Anna Cole said.';
    const next = '“Nobody will close the port while the boats still come in.”';
    const speakerOf = (line: string) => who(article('Port', quoted, line, next)).map(([, s]) => s);
    expect(speakerOf('Tom Reed, her deputy, sat beside her. She was blunt about the council:')).toEqual(['Anna Cole', 'Anna Cole']);
    expect(speakerOf('A council spokesman was just as blunt:')).toEqual(['Anna Cole', null]);
    expect(
      who(
        article('Port', 'Tom Reed, the harbour master, met Anna Cole on Monday.', quoted, 'The harbour master was just as blunt:', next),
      ).map(([, s]) => s),
    ).toEqual(['Anna Cole', 'Tom Reed']);
  });
});

describe('phrases that hand over the words without a verb of saying', () => {
  const W = 'the harbour is the beating heart of the whole town';
  it('reads "as X put it", "in X’s words" and "in the words of X"', () => {
    for (const line of [
      `As Anna Cole put it, “${W}.”`,
      `In Anna Cole’s words, “${W}.”`,
      `In the words of Anna Cole, “${W}.”`,
      `In Dr. Cole's words, "${W}."`,
    ])
      expect(who(article('Port', 'Anna Cole has run the harbour trust since May.', line)).map(([, s]) => s)).toEqual(['Anna Cole']);
    expect(who(article('Port', 'Anna Cole has run the harbour trust since May.', `As she put it, “${W}.”`)).map(([, s]) => s)).toEqual([
      'Anna Cole',
    ]);
    expect(who(article('Port', 'Anna Cole has run the harbour trust since May.', `As Cole explained, “${W}.”`)).map(([, s]) => s)).toEqual([
      'Anna Cole',
    ]);
    expect(
      who(article('Port', 'Anna Cole treated a fisherman last May.', `In the words of the patient, “${W}.”`)).map(([, s]) => s),
    ).toEqual([null]);
  });
});

describe('words after a colon, with no one named in their sentence', () => {
  it('go on with whoever was quoted just before', () => {
    expect(
      who(
        article(
          'Port',
          '“We spent a year on the plans,” Anna Cole said.',
          'That work led to one firm conclusion: “The harbour must stay open, whatever the cost to the council.”',
        ),
      ),
    ).toEqual([
      ['We spent a year on the plans,', 'Anna Cole'],
      ['The harbour must stay open, whatever the cost to the council.', 'Anna Cole'],
    ]);
  });

  it('but give none when no one was quoted before', () => {
    expect(
      who(article('Port', 'That work led to one firm conclusion: “The harbour must stay open, whatever the cost to the council.”')),
    ).toEqual([]);
  });
});

describe('a verb of saying in its bare form after a modal', () => {
  const MET2 = 'Maria Dunn met Tom Reed and Anna Cole in May.';
  it('reads "he would reply", "she would later explain", "he’d respond" and "Cole will add"', () => {
    expect(who(article('Port', MET2, '“I have a horror of being obvious in any book,” he would reply.')).map(([, s]) => s)).toEqual([
      'Tom Reed',
    ]);
    expect(
      who(article('Port', MET2, '“I have a horror of being obvious in any book,” she would later explain.')).map(([, s]) => s),
    ).toEqual(['Maria Dunn']);
    expect(
      who(article('Port', MET2, 'When the editors asked, he’d respond, “I have a horror of being obvious.”')).map(([, s]) => s),
    ).toEqual(['Tom Reed']);
    expect(who(article('Port', MET2, '“I have a horror of being obvious in any book,” Anna Cole will add.')).map(([, s]) => s)).toEqual([
      'Anna Cole',
    ]);
  });
});

describe('an interview set down as a transcript', () => {
  it('gives the words after a person’s name and a colon to that person', () => {
    expect(
      who(
        article(
          'Port',
          'Anna Cole has run the harbour trust since May. We asked her about the dredging.',
          'Anna Cole: The boats will come back when the dredging is done next spring.',
          'Cole: Nobody will close the port while I am here.',
        ),
      ),
    ).toEqual([
      ['The boats will come back when the dredging is done next spring.', 'Anna Cole'],
      ['Nobody will close the port while I am here.', 'Anna Cole'],
    ]);
    expect(who(article('Port', 'Anna Cole: a life at sea', 'Anna Cole: harbour master'))).toEqual([]);
  });
});

describe('a speaker named only by an office', () => {
  const W2 = 'We will keep the port open for years';
  it('is the one person the text gave that office, before the name or in apposition', () => {
    for (const intro of ['Anna Cole, a spokeswoman for the trust, spoke on Monday.', 'Trust spokeswoman Anna Cole spoke on Monday.'])
      expect(who(article('Port', intro, `“${W2},” the spokeswoman said.`)).map(([, s]) => s)).toEqual(['Anna Cole']);
  });

  it('is no one when the text named no one so, or the description is indefinite', () => {
    expect(who(article('Port', MET, `“${W2},” the spokeswoman said.`)).map(([, s]) => s)).toEqual([null]);
    expect(
      who(article('Port', 'Anna Cole, a spokeswoman for the trust, spoke on Monday.', `“${W2},” a spokeswoman said.`)).map(([, s]) => s),
    ).toEqual([null]);
  });
});

describe('a verb of saying in a clause that qualifies a noun', () => {
  it('is not the attribution: "Anna Cole added that the letter Tom Reed wrote was “…”"', () => {
    expect(
      who(article('Port', MET, 'Anna Cole added that shortly before the vote the letter Tom Reed wrote was “kind and generous.”')).map(
        ([, s]) => s,
      ),
    ).toEqual(['Anna Cole']);
  });
});
