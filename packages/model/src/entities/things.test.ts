/**
 * @module
 * Technologies, voice assistants and drugs written as one capitalised word name no entity, while
 * a person whose given name is an assistant's keeps her name. Small invented texts.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from './extract-entities.ts';
import { article, namesOf, people } from './test-helpers.ts';

describe('technologies and drugs', () => {
  it('reads network standards, formats and languages as no body', () => {
    const m = extractEntities(
      article('Phones', 'The handset runs on GSM and CDMA, saves notes as JSON and ships apps written in Node.js, Vodafone said.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Vodafone']);
  });

  it('reads a connector and a tape format as no one and no body', () => {
    const m = extractEntities(article('Gadgets', 'Films on VHS can be watched, and chargers sold as USB-C PD work, wrote Nell Ashby.'));
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(people(m)).toEqual(['Nell Ashby']);
  });

  it('reads drugs and medicines as no body', () => {
    const m = extractEntities(
      article('Court', 'Police found LSD and MDMA, and doctors had prescribed Prozac, Ian Rowe told Leeds Crown Court.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Leeds Crown Court']);
    expect(people(m)).toEqual(['Ian Rowe']);
  });

  it('reads ports, chips and antidepressants as no body', () => {
    const m = extractEntities(
      article('Recall', 'Apple dropped FireWire and PowerPC, and reports on Seroxat, Cymbalta and Pfizer angered IBM.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Apple', 'IBM', 'Pfizer']);
  });

  it('reads weapons and medical initials written alone as no body', () => {
    const m = extractEntities(
      article('Front', 'Troops found an IED, and NASAMS and THAAD were sent; medics lacked PPE and gave CPR, the Pentagon said.'),
    );
    expect(namesOf(m, 'organization')).toEqual(['Pentagon']);
  });

  it('reads a voice assistant alone as no body, and a person with the same given name as herself', () => {
    const m = extractEntities(article('Homes', 'Ask Siri or Alexa, said Alexa Marsh, who sells smart speakers.'));
    expect(namesOf(m, 'organization')).toEqual([]);
    expect(people(m)).toEqual(['Alexa Marsh']);
  });
});
