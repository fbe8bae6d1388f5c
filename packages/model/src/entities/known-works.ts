/**
 * @module
 * Well-known works whose titles look like names: television programmes, films and their
 * characters ("EastEnders", "Coronation Street", "The Passion of the Christ", "Vera Drake",
 * "Bridget Jones"). Copy often names them with no work noun before them, and the guidelines count
 * works and fictional characters as no entity, so a list from general knowledge tells them from a
 * body, a street or a person. Titles that are ordinary words alone ("Friends", "Lost",
 * "Casualty", "Neighbours", "Dynasty"), places ("Chicago", "Dallas", "Notting Hill") or real
 * people who are in the news themselves ("Erin Brockovich") are left out, since copy capitalises
 * those words for firms, groups and other names too; the two kept, "Sideways" and "Gladiator",
 * copy capitalises mid-sentence only as the film (without them "Sideways star" reads as a body
 * before its role). A title that opens a body's name ("The Office" of "the Office of Fair
 * Trading") is a work only where the name ends with it. More titles, fictional places and
 * characters, chosen by kind, are in fiction-titles.ts and fictional-people.ts.
 */
import { FICTIONAL_PEOPLE } from './fictional-people.ts';
import { FICTION_TITLES } from './fiction-titles.ts';
import type { Candidate } from './spans.ts';

// Television and radio programmes.
const PROGRAMMES = `EastEnders;Coronation Street;Emmerdale;Hollyoaks;Brookside;Home and Away;Holby City;Doctor Who;
Blue Peter;Newsnight;Top Gear;Top of the Pops;Match of the Day;Question Time;Have I Got News For You;Big Brother;
Celebrity Big Brother;Pop Idol;Fame Academy;Strictly Come Dancing;The X Factor;X Factor;I'm A Celebrity;Little Britain;
Only Fools and Horses;Fawlty Towers;Blackadder;Frasier;Seinfeld;The Simpsons;Sex and the City;Desperate Housewives;
The Sopranos;The West Wing;Who Wants To Be A Millionaire;The Weakest Link;University Challenge;Crimewatch;Tomorrow's World;
Grandstand;Songs of Praise;The Archers;Woman's Hour;Desert Island Discs;Footballers' Wives;
Ground Force;Changing Rooms;Ready Steady Cook;Jackanory;Grange Hill;Byker Grove;Twin Peaks;
Countryfile;Supernanny;Hell's Kitchen;Newsround;Breakfast with Frost;Six O'Clock News;Ten O'Clock News;One O'Clock News;Nine O'Clock News;
6 O'Clock News;10 O'Clock News;1 O'Clock News;News at Ten;The OC;The O.C.;Bo' Selecta;The Catherine Tate Show;Green Wing;
Peep Show;Bleak House;Mr Bean;Bob the Builder;Postman Pat;Thomas the Tank Engine;Wallace and Gromit;Wallace & Gromit;
Shaun the Sheep;Basil Fawlty;Mamma Mia!;Mamma Mia;Les Miserables;Les Misérables;The Phantom of the Opera;Phantom of the Opera;
We Will Rock You;Chitty Chitty Bang Bang;Mary Poppins;The Woman in White;Guys and Dolls;Spamalot;The Producers;The Office;The Bill;The X-Files;X Files;The X Files;
Phoenix Nights;Nighty Night;CSI;CSI: Crime Scene Investigation;Crime Scene Investigation;CSI: Miami;CSI: NY;CSI:NY;CSI: New York;
Will and Grace;Will & Grace;Prisoner Cell Block H;Splinter Cell;The Royle Family;Father Ted;Red Dwarf;The League of Gentlemen;
Absolutely Fabulous;Men Behaving Badly;Dad's Army;Open All Hours;Last of the Summer Wine;The Vicar of Dibley;One Foot in the Grave;
Midsomer Murders;Inspector Morse;A Touch of Frost;Cold Feet;Auf Wiedersehen, Pet;Curb Your Enthusiasm;Six Feet Under;Nip/Tuck;
American Idol;Fear Factor;The Apprentice;Ant and Dec's Saturday Night Takeaway;Ant & Dec's Saturday Night Takeaway;Saturday Night Takeaway;Trigger Happy TV;The Kumars at No 42;The Kumars at No. 42;The Kumars`;

// Films, and fictional people known from films, books and programmes.
const FILMS = `The Passion of the Christ;Fahrenheit 9/11;Finding Neverland;The Aviator;Million Dollar Baby;Sideways;Vera Drake;
Hotel Rwanda;Shrek;Spider-Man;Harry Potter;The Lord of the Rings;Lord of the Rings;Star Wars;The Incredibles;Bridget Jones;
Titanic;Gladiator;Braveheart;The Bodyguard;Love Actually;Four Weddings and a Funeral;Trainspotting;The Full Monty;
Billy Elliot;Gosford Park;The Matrix;The Godfather;Jurassic Park;Forrest Gump;Jerry Maguire;Annie Hall;
Donnie Darko;Johnny English;Austin Powers;Napoleon Dynamite;Educating Rita;Shirley Valentine;Billy Liar;Brief Encounter;
James Bond;Indiana Jones;Lara Croft;Jason Bourne;Alan Partridge;David Brent;Del Boy;Victor Meldrew;Ali G;Borat;Homer Simpson;
Bart Simpson;Darth Vader;Luke Skywalker;Frodo;Gandalf;Shrek 2;Ocean's Twelve;Ocean's Eleven;Kill Bill;Pulp Fiction;
Lord of the Flies;The Da Vinci Code;Da Vinci Code;Jerry Springer - The Opera;Jerry Springer: The Opera;Meet the Fockers;
Shark Tale;Spider-Man 2;The Motorcycle Diaries;Eternal Sunshine of the Spotless Mind;Maria Full of Grace;The Sea Inside;
House of Flying Daggers;Team America;Garden State;Shaun of the Dead;Layer Cake;Enduring Love;Saving Private Ryan;
Mrs Henderson Presents;Kinky Boots;Batman Begins;Charlie and the Chocolate Factory;King Kong;Pride and Prejudice;Tomb Raider;
Jack Sparrow;Pirates of the Caribbean;Brokeback Mountain;Walk the Line;Good Night, and Good Luck;The Constant Gardener;The Polar Express;Crouching Tiger, Hidden Dragon;
Duane Hopwood;Don Corleone;Vito Corleone;Michael Corleone;The Godfather Part II;On the Waterfront;A Streetcar Named Desire;
Apocalypse Now;Last Tango in Paris;The Wild One;Superman Returns;Sin City;Assault on Precinct 13;Are We There Yet;
The Bourne Supremacy;Bourne Supremacy;Lemony Snicket's A Series of Unfortunate Events;A Series of Unfortunate Events;
Bridget Jones: The Edge of Reason;The Life Aquatic;The Life Aquatic with Steve Zissou;Dirty Pretty Things;Spirited Away;
Howl's Moving Castle;National Treasure;The Grudge;Shall We Dance;Amelie;Amélie`;

const titlePattern = (title: string): string => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const firstWord = (text: string): string => FIRST_WORD.exec(text)?.[0].toLowerCase() ?? '';
// Tried at each capitalised word only, and only the titles that open with that word: one pass of
// a pattern of every title over each block took twice as long, and one pattern of all the titles
// at each word a third longer than this.
const TITLES_AT = new Map<string, RegExp>();
{
  const byWord = new Map<string, string[]>();
  for (const title of [...PROGRAMMES.split(';'), ...FILMS.split(';'), ...FICTION_TITLES, ...FICTIONAL_PEOPLE].map((t) => t.trim())) {
    const key = firstWord(title);
    byWord.set(key, [...(byWord.get(key) ?? []), title]);
  }
  for (const [key, titles] of byWord) {
    const pattern = titles
      .sort((a, b) => b.length - a.length)
      .map(titlePattern)
      .join('|');
    TITLES_AT.set(key, new RegExp(`(?:${pattern})(?![\\p{L}\\p{N}])`, 'iuy'));
  }
}
const CAPITAL = /(?<![\p{L}\p{N}'’])[\p{Lu}\p{N}]/gu;

// Classification asks about each candidate of a block in turn: find the block's titles once.
let lastText: string | undefined;
let lastSpans: Array<[number, number]> = [];

function titleSpans(text: string): Array<[number, number]> {
  if (text === lastText) return lastSpans;
  const spans: Array<[number, number]> = [];
  let end = 0;
  for (const m of text.matchAll(CAPITAL)) {
    if (m.index < end) continue;
    const at = TITLES_AT.get(firstWord(text.slice(m.index, m.index + 40)));
    if (!at) continue;
    at.lastIndex = m.index;
    const title = at.exec(text);
    if (!title) continue;
    end = m.index + title[0].length;
    spans.push([m.index, end]);
  }
  lastText = text;
  lastSpans = spans;
  return spans;
}

/**
 * How a candidate lies in a well-known title written in `text`: 'whole' when it is the title
 * ("EastEnders", a title wherever the story writes it), 'part' when it is a piece of one ("The
 * Passion" of "The Passion of the Christ", "O'clock News" of "10 O'clock News", "Rwanda" of
 * "Hotel Rwanda", a name only outside it), or undefined.
 *
 * @example
 * // "the storyline of EastEnders" → 'whole' for "EastEnders"
 */
export function knownWork(c: Pick<Candidate, 'start' | 'end'>, text: string): 'whole' | 'part' | undefined {
  if (text.length === 0) return undefined;
  const spans = titleSpans(text);
  for (const [from, to] of spans) {
    if (c.start >= from && c.end <= to) return c.start === from && c.end === to ? 'whole' : 'part';
  }
  // "EastEnders and Coronation Street": titles joined by "and", which a run of capitals keeps whole.
  let at = c.start;
  for (const [from, to] of spans) {
    if (from < at || to > c.end) continue;
    if (from > at && (at === c.start || !JOINED.test(text.slice(at, from)))) return undefined;
    at = to;
  }
  return at === c.end && at > c.start ? 'part' : undefined;
}

const JOINED = /^\s+(?:and|&)\s+$/;
