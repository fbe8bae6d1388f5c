/**
 * @module
 * Well-known programmes, films and fictional people name no person, place or organisation,
 * nor does a piece of their title. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { knownWork } from './known-works.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('well-known works', () => {
  it('reads programmes that look like bodies or streets as no entity', () => {
    const m = extractEntities(article('Soaps', 'Fans of EastEnders and Coronation Street wrote in to complain, said Ann Hale.'));
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(namesOf(m, 'place')).toEqual([]);
    expect(people(m)).toEqual(['Ann Hale']);
  });

  it('reads a programme named with no work noun as no body', () => {
    const m = extractEntities(article('Ratings', 'Audiences for ITV1’s Hell’s Kitchen and Channel 4’s Supernanny grew.'));
    expect(namesOf(m, 'organization')).toEqual(['Channel 4', 'ITV1']);
  });

  it('reads a title that opens a body’s name as a work only where the name ends with it', () => {
    const m = extractEntities(article('Sitcom', 'Ricky Gervais wrote The Office, the Office of Fair Trading said.'));
    expect(namesOf(m, 'organization')).toEqual(['Office of Fair Trading']);
  });

  it('reads a piece of a title as no entity', () => {
    const m = extractEntities(
      article('Cinema', 'Crowds in Leeds queued to see The Passion of the Christ, and it led the 10 O’clock News.'),
    );
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(namesOf(m, 'place')).toEqual(['Leeds']);
  });

  it('reads comedies, crime shows and their spin-offs as no body or place', () => {
    const m = extractEntities(
      article('Awards', 'Phoenix Nights beat Nighty Night, while CSI: Miami outrated CSI, Jo Reed of Channel 4 said.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Channel 4']);
    expect(namesOf(m, 'place')).toEqual([]);
    expect(people(m)).toEqual(['Jo Reed']);
  });

  it('reads a film titled with a name, and a film character, as no one', () => {
    const m = extractEntities(
      article('Cinema', 'Ian Moss stars in Duane Hopwood, and the role of Don Corleone won praise in Last Tango in Paris.'),
    );
    expect(people(m)).toEqual(['Ian Moss']);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('reads fictional people from films as no one', () => {
    const m = extractEntities(article('Sequels', 'Bridget Jones and Harry Potter both return next year, Tom Vale said.'));
    expect(people(m)).toEqual(['Tom Vale']);
  });

  it('reads a character named with a title as no one', () => {
    const m = extractEntities(article('Fair', 'Children queued to meet Postman Pat and Mr Bean, Tom Vale said.'));
    expect(people(m)).toEqual(['Tom Vale']);
  });

  it('reads films titled like a person or a place as no one and nowhere', () => {
    const m = extractEntities(
      article('Awards', 'Greta Gerwig’s Lady Bird beat Logan Lucky, Marjorie Prime and The Lost City of Z, said Ann Hale.'),
    );
    expect(people(m)).toEqual(['Ann Hale', 'Greta Gerwig']);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('reads series, novels and fictional places named like places as nowhere', () => {
    const m = extractEntities(
      article('Ratings', 'Viewers in Leeds chose Downton Abbey over Wuthering Heights, and children chose Hogwarts over Walford.'),
    );
    expect(namesOf(m, 'place')).toEqual(['Leeds']);
    expect(namesOf(m, 'organization')).toEqual([]);
  });

  it('reads characters of films, plays, television and games as no one', () => {
    const m = extractEntities(
      article('Fancy dress', 'Fans came as Ian Malcolm, Lady Macbeth, Tony Soprano and Samus Aran, Tom Vale said.'),
    );
    expect(people(m)).toEqual(['Tom Vale']);
  });

  it('reads video games as no one and no body', () => {
    const m = extractEntities(article('Sales', 'Sales of Donkey Kong and Mario Kart rose, Nintendo said.'));
    expect(people(m)).toEqual([]);
    expect(namesOf(m, 'organization')).toEqual(['Nintendo']);
  });

  it('reads recent films, series and their characters as no one', () => {
    const m = extractEntities(
      article('Streaming', 'Viewers of Mare of Easttown and Jojo Rabbit voted Logan Roy and Luna Lovegood the best, said Ann Hale.'),
    );
    expect(people(m)).toEqual(['Ann Hale']);
    expect(namesOf(m, 'place')).toEqual([]);
  });

  it('leaves a title that is a real person’s or place’s name to them, and to the film where written so', () => {
    const m = extractEntities(article('Water', 'Erin Brockovich spoke in Notting Hill on Monday.'));
    expect(people(m)).toEqual(['Erin Brockovich']);
    expect(namesOf(m, 'place')).toEqual(['Notting Hill']);
    expect(people(extractEntities(article('Cinema', 'The film Erin Brockovich was shown again.')))).toEqual([]);
  });

  it('leaves a character’s name that a well-known real person carries to the person', () => {
    const m = extractEntities(article('News', 'Jon Snow presented the bulletin, and Hermione Granger led the poll.'));
    expect(people(m)).toEqual(['Jon Snow']);
  });

  it('tells a whole title from a piece of one', () => {
    const text = 'They watched Hotel Rwanda twice.';
    expect(knownWork({ start: 13, end: 25 }, text)).toBe('whole');
    expect(knownWork({ start: 19, end: 25 }, text)).toBe('part');
    expect(knownWork({ start: 0, end: 4 }, text)).toBeUndefined();
  });
});

describe('ordinary words that name a work', () => {
  it('leaves a firm named with an ordinary word a firm', () => {
    const m = extractEntities(article('Property', 'Shares in the property developer Dynasty fell sharply.'));
    expect(namesOf(m, 'organization')).toEqual(['Dynasty']);
  });

  it('keeps a film whose title copy capitalises only as the film from reading as a body', () => {
    const m = extractEntities(article('Awards', 'The Sideways star Ann Hale thanked the jury.'));
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(people(m)).toEqual(['Ann Hale']);
  });
});
