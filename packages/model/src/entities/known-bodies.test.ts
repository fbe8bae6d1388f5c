/**
 * @module
 * Bodies known by name from the wider lists (`gazetteer-teams.ts`, `gazetteer-firms.ts`): teams
 * by full name and nickname, companies, outlets and universities that copy names with no word
 * of their kind, on small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { knownName, weakName } from './names.ts';
import { article, namesOf } from './test-helpers.ts';

describe('professional teams', () => {
  it('knows a team by its full name and by a nickname only one club uses', () => {
    const m = extractEntities(article('Result', 'The Denver Broncos lost again on Sunday.', 'Fans said the Broncos need a coach.'));
    expect(namesOf(m, 'organization')).toEqual(['Denver Broncos']);
    const alone = extractEntities(article('Result', 'Fans said the Broncos need a coach.'));
    expect(namesOf(alone, 'organization')).toEqual(['Denver Broncos']);
  });

  it('leaves a nickname two leagues share, or an ordinary word, to the full name', () => {
    expect(knownName('Giants')).toBeUndefined();
    expect(knownName('Heat')).toBeUndefined();
    // Capitalised in political copy ("Democratic Senators"): only "Ottawa Senators" is the club.
    expect(weakName('Senators')).toBeUndefined();
    expect(knownName('Ottawa Senators')?.type).toBe('organization');
    expect(knownName('Miami Heat')?.name).toBe('Miami Heat');
    expect(knownName('New York Giants')?.type).toBe('organization');
  });

  it('needs a capital mid-sentence for a one-word nickname', () => {
    expect(knownName('Broncos')).toBeUndefined();
    expect(weakName('Broncos')?.name).toBe('Denver Broncos');
  });

  it('reads a nickname opening a sentence before a club role and a name as the club', () => {
    const m = extractEntities(article('Camp', 'Broncos coach Tom Reed said the camp went well.', 'Broncos was the word he used.'));
    expect(namesOf(m, 'organization')).toEqual(['Denver Broncos']);
    expect(namesOf(m, 'person')).toEqual(['Tom Reed']);
  });

  it('knows college conferences and schools sports copy names by a short form', () => {
    const m = extractEntities(article('Scores', 'Penn State beat Vanderbilt as the Big Ten opened its season.'));
    expect(namesOf(m, 'organization')).toEqual(['Big Ten', 'Penn State', 'Vanderbilt']);
    expect(namesOf(m, 'person')).toEqual([]);
  });
});

describe('companies, outlets and universities', () => {
  it('takes two name-shaped words that are a known company for no person', () => {
    const m = extractEntities(article('Contract', 'The award went to Lockheed Martin, while Northrop Grumman lost out.'));
    expect(namesOf(m, 'organization')).toEqual(['Lockheed Martin', 'Northrop Grumman']);
    expect(namesOf(m, 'person')).toEqual([]);
  });

  it('knows a one-word company or outlet with no word of its kind', () => {
    const m = extractEntities(article('Markets', 'Analysts at Nomura cut their target, Investopedia noted, and Sonos shares fell.'));
    expect(namesOf(m, 'organization')).toEqual(['Investopedia', 'Nomura', 'Sonos']);
  });

  it('knows large companies of Europe and Asia', () => {
    const m = extractEntities(article('Deals', 'The talks with Infosys went well.', 'Hikvision cameras were seen there.'));
    expect(namesOf(m, 'organization')).toEqual(['Hikvision', 'Infosys']);
  });

  it('knows outlets beyond the curated list', () => {
    const m = extractEntities(article('Review', 'The figures came via Telemundo and the Deccan Herald.'));
    expect(namesOf(m, 'organization')).toEqual(['Deccan Herald', 'Telemundo']);
  });

  it('leaves out companies named after a founder copy also writes about', () => {
    const m = extractEntities(article('Show', 'Ralph Lauren said the show would go on.'));
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(knownName('Harvard Business Review')?.type).toBe('organization');
  });

  it('leaves out initials that name things too ("CCTV" cameras)', () => {
    expect(knownName('CCTV')).toBeUndefined();
    expect(knownName('China Central Television')?.type).toBe('organization');
  });

  it('files a university under its full name', () => {
    const m = extractEntities(article('Study', 'Researchers at Caltech and NYU published the paper on Monday.'));
    expect(namesOf(m, 'organization')).toEqual(['California Institute of Technology', 'New York University']);
  });

  it('leaves out a one-word name that is an ordinary word or a given name', () => {
    expect(knownName('Nature')).toBeUndefined();
    expect(knownName('Dawn')).toBeUndefined();
    expect(knownName('The Australian')?.type).not.toBe('organization');
  });

  it('knows a name that is also a rarer English word only mid-sentence', () => {
    expect(knownName('Intuit')).toBeUndefined();
    expect(weakName('Intuit')?.name).toBe('Intuit');
  });

  it('knows a surname-like company only where a capital proves a name', () => {
    expect(knownName('Nielsen')).toBeUndefined();
    expect(weakName('Nielsen')?.name).toBe('Nielsen');
  });
});

describe('public bodies, charities and armed groups', () => {
  it('knows bodies copy names by initials or with no word of their kind', () => {
    const m = extractEntities(article('Storm', 'NOAA issued a warning as the ACLU sued and Boko Haram fighters crossed the river.'));
    expect(namesOf(m, 'organization')).toEqual([
      'American Civil Liberties Union',
      'Boko Haram',
      'National Oceanic and Atmospheric Administration',
    ]);
  });
});

describe('the armed services', () => {
  it('reads a capitalised Navy or Army mid-sentence as the service, a lower-case one as a word', () => {
    const m = extractEntities(article('Inquiry', 'Sailors said the Navy would look into it, and a navy jacket was found.'));
    expect(namesOf(m, 'organization')).toEqual(['Navy']);
  });
});

describe('a company and a country', () => {
  it('names the company’s arm in that country as a body', () => {
    const m = extractEntities(article('Sales', 'Sales at Nissan Philippines rose, and Vodafone Ghana said it would hire.'));
    expect(namesOf(m, 'organization')).toEqual(['Nissan Philippines', 'Vodafone Ghana']);
  });
});

describe('names with an apostrophe', () => {
  it('keeps the "’s" of a known body’s name where something follows it', () => {
    const m = extractEntities(article('Stocks', 'Lowe’s (LOW) stock is down, and Macy’s sales fell.'));
    expect(namesOf(m, 'organization')).toEqual(["Lowe's", "Macy's"]);
  });
});

describe('sponsored competitions', () => {
  it('reads a known company before a lower-case competition word as the event', () => {
    const m = extractEntities(article('Draw', 'Their Coca-Cola cup tie ended in a draw.'));
    expect(namesOf(m, 'organization')).toEqual([]);
  });
});

describe('touring sides', () => {
  it('keeps "British and Irish Lions" whole, though "and" joins two names elsewhere', () => {
    const m = extractEntities(article('Tour', 'The British and Irish Lions will tour in the summer.'));
    expect(namesOf(m, 'organization')).toEqual(['British Lions']);
  });
});

describe('British and European bodies and firms', () => {
  it('knows regulators, unions, charities and think tanks with no word of their kind', () => {
    const m = extractEntities(
      article('Pay', 'Amicus and Usdaw backed the claim, Mencap and Demos welcomed it, and the Takeover Panel stayed silent.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Amicus', 'Demos', 'Mencap', 'Takeover Panel', 'Usdaw']);
    expect(namesOf(m, 'person')).toEqual([]);
  });

  it('knows firms, airlines and exchanges, two-word ones whole', () => {
    const m = extractEntities(
      article('Markets', 'Shares in Virgin Blue slid as Jetstar cut fares, while Yugansk debt traded on Ofex and Euronext.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Euronext', 'Jetstar', 'Ofex', 'Virgin Blue', 'Yugansk']);
  });

  it('takes a known firm that reads like a name for no person or place', () => {
    const m = extractEntities(article('Results', 'Profits rose at Bradford & Bingley and Datamonitor said Christian Aid would gain.'));
    expect(namesOf(m, 'organization')).toEqual(['Bradford & Bingley', 'Christian Aid', 'Datamonitor']);
    expect(namesOf(m, 'person')).toEqual([]);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('ends a known name with "&" at a later "and" that joins it to another', () => {
    const m = extractEntities(article('Cables', 'Shares in Cable & Wireless and Telewest rose on Friday.'));
    expect(namesOf(m, 'organization')).toEqual(['Cable & Wireless', 'Telewest']);
  });
});

describe('parties and armed groups of Europe and the world', () => {
  it('knows a party or group with no word of its kind', () => {
    const m = extractEntities(article('Vote', 'Likud and Fine Gael sent observers, and Batasuna denied any link to the Tamil Tigers.'));
    expect(namesOf(m, 'organization')).toEqual(['Batasuna', 'Fine Gael', 'Likud', 'Tamil Tigers']);
    expect(namesOf(m, 'person')).toEqual([]);
  });
});

describe('more British bodies and firms', () => {
  it('knows security firms, brokers and registries', () => {
    const m = extractEntities(article('Data', 'F-Secure found the worm, Investec cut its rating and the Land Registry published prices.'));
    expect(namesOf(m, 'organization')).toEqual(['F-Secure', 'Investec', 'Land Registry']);
  });
});

describe('international bodies spelt the British way', () => {
  it('keeps "Organisation" names whole and as written', () => {
    const m = extractEntities(
      article('Harvest', 'The Food and Agriculture Organisation warned of locusts, the North Atlantic Treaty Organisation met.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Food and Agriculture Organisation', 'North Atlantic Treaty Organisation']);
  });
});

describe('governing bodies of British sport', () => {
  it('knows a governing or players’ body that reads like a place or a word', () => {
    const m = extractEntities(article('Funding', 'UK Sport cut its grant, and Premier Rugby and the Jockey Club both objected.'));
    expect(namesOf(m, 'organization')).toEqual(['Jockey Club', 'Premier Rugby', 'UK Sport']);
    expect(namesOf(m, 'person')).toEqual([]);
  });
});

describe('studios, academies and guilds', () => {
  it('knows a studio or guild whose name holds a country or a common phrase', () => {
    const m = extractEntities(article('Strike', 'The Writers Guild of America and the Screen Actors Guild met New Line Cinema.'));
    expect(namesOf(m, 'organization')).toEqual(['New Line Cinema', 'Screen Actors Guild', 'Writers Guild of America']);
    expect(namesOf(m, 'place')).toEqual([]);
  });
});

describe('production companies, tours and regions', () => {
  it('knows production companies by their short names', () => {
    const m = extractEntities(article('Studios', 'Baby Cow made the pilot and Hat Trick the second series, said Ed Lyle.'));
    expect(namesOf(m, 'organization')).toEqual(['Baby Cow', 'Hat Trick']);
  });

  it('knows the tennis tours as bodies', () => {
    const m = extractEntities(article('Tennis', 'She leads the WTA Tour rankings and he is top of the ATP Tour.'));
    expect(namesOf(m, 'organization')).toEqual(['ATP Tour', 'WTA Tour']);
  });

  it('reads the East Midlands and the West Country as places', () => {
    const m = extractEntities(article('Weather', 'Snow fell across the East Midlands and the West Country overnight.'));
    expect(namesOf(m, 'place')).toEqual(['East Midlands', 'West Country']);
    expect(namesOf(m, 'organization')).toEqual([]);
  });
});
