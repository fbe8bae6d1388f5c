/**
 * @module
 * Performers known by one name are people and bands are organisations, wherever a story names
 * them with nothing around them to tell. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('performers and bands', () => {
  it('reads a performer known by one name as a person', () => {
    const m = extractEntities(article('Gala', 'The charity gala drew Madonna, Beyonce and Eminem. Kylie closed the night with two songs.'));
    expect(people(m)).toEqual(['Beyonce', 'Eminem', 'Kylie', 'Madonna']);
    expect(namesOf(m, 'organization')).toEqual([]);
  });

  it('reads a presenting duo known by a joint name as one person, and their show as no one', () => {
    const m = extractEntities(article('Awards', "Ant and Dec hosted, and Ant and Dec's Saturday Night Takeaway won a prize."));
    expect(people(m)).toEqual(['Ant and Dec']);
    expect(namesOf(m, 'organization')).toEqual([]);
  });

  it('reads newer performers and bands', () => {
    const m = extractEntities(article('Festival', 'Stormzy and Lizzo played before One Direction, and Neymar watched.'));
    expect(people(m)).toEqual(['Lizzo', 'Neymar', 'Stormzy']);
    expect(namesOf(m, 'organization')).toEqual(['One Direction']);
  });

  it('reads a stage name that opens with a title whole, and a band by its short name', () => {
    const m = extractEntities(article('Studio', 'He produced records for Dr Dre and Ms Dynamite before touring with REM and E17.'));
    expect(people(m)).toEqual(['Dr Dre', 'Ms Dynamite']);
    expect(namesOf(m, 'organization')).toEqual(['East 17', 'REM']);
  });

  it('reads a stage name that opens with a number', () => {
    const m = extractEntities(article('Signing', 'Fans queued for hours when 50 Cent signed records in a Leeds shop.'));
    expect(people(m)).toEqual(['50 Cent']);
  });

  it('reads a figure of the past named by surname alone as a person', () => {
    const m = extractEntities(article('Season', 'The orchestra played Mozart and Elgar, and the company staged Chekhov.'));
    expect(people(m)).toEqual(['Chekhov', 'Elgar', 'Mozart']);
  });

  it('keeps a full name whose surname the lists know a person', () => {
    const m = extractEntities(article('Chain', 'The chain was set up by travel agent Ravindra Verdi and now has 40 branches.'));
    expect(people(m)).toEqual(['Ravindra Verdi']);
    expect(people(extractEntities(article('Sale', 'A first edition by J.R.R. Tolkien sold for £9,000.')))).toEqual(['J.R.R. Tolkien']);
  });

  it('drops the article before a surname that opens a sentence', () => {
    const m = extractEntities(article('Books', 'Sales doubled. The Tolkien books sold best, the shop said.'));
    expect(people(m)).toEqual(['Tolkien']);
  });

  it('reads a band as an organisation', () => {
    const m = extractEntities(article('Tour', 'Tickets for the Rolling Stones and Kaiser Chiefs sold out within an hour.'));
    expect(namesOf(m, 'organization')).toEqual(['Kaiser Chiefs', 'Rolling Stones']);
    expect(people(m)).toEqual([]);
  });

  it('keeps a person named in a list of bands a person', () => {
    const m = extractEntities(article('Poll', 'Keane, Razorlight, Franz Ferdinand and Joss Stone topped the listeners poll.'));
    expect(people(m)).toEqual(['Joss Stone']);
    expect(namesOf(m, 'organization')).toEqual(['Franz Ferdinand', 'Keane', 'Razorlight']);
  });

  it('knows a band named with an English word only where a capital mid-sentence proves it', () => {
    expect(namesOf(extractEntities(article('Gig', 'Last night Blur played for two hours.')), 'organization')).toEqual(['Blur']);
    expect(namesOf(extractEntities(article('Photos', 'Blur spoiled most of the pictures, the jury said.')), 'organization')).toEqual([]);
  });
});
