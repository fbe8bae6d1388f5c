/**
 * @module
 * Stories that name people, places and organisations and quote them, for the tests of entity
 * pages against the real API (which finds them as each story is imported).
 */
import { type ArticleInput, parseText } from '@dateline/model';
import { hoursAgo } from './newsroom.ts';

const FERRY = `Night ferry returns to Kirkwall
The overnight ferry from Aberdeen sailed into Kirkwall on Friday, the operator said.
"We are delighted to have the ship back," said Ines Calder, the harbour master.
Calder said the company had spent three months on repairs. Orkney Islands Council welcomed the news.
"It is a lifeline for the islands," council leader Magnus Flett said.`;

const STORM = `Harbour master warns of storm
Ines Calder said the harbour in Kirkwall would close on Sunday as the storm arrives.
"Nobody should sail until Monday," Calder said.
The Met Office issued an amber warning for the islands.`;

const LIBRARY = `Library opens late on Thursdays
The reading room will stay open until nine in the evening from next week.`;

const story = (text: string, hours: number, fields: Partial<ArticleInput>): ArticleInput => ({
  ...parseText(text),
  publishedAt: hoursAgo(hours),
  ...fields,
});

/** Newest first: the storm warning, the ferry, and a story that names no one. */
export const NAMED_STORIES: ArticleInput[] = [
  story(STORM, 2, { section: { name: 'Islands' }, tags: [{ name: 'Weather' }] }),
  story(FERRY, 5, { section: { name: 'Travel' }, tags: [{ name: 'Ferries' }] }),
  story(LIBRARY, 8, { section: { name: 'Islands' } }),
];

export const STORM_SLUG = 'harbour-master-warns-of-storm';
export const FERRY_SLUG = 'night-ferry-returns-to-kirkwall';
export const LIBRARY_SLUG = 'library-opens-late-on-thursdays';
