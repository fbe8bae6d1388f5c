/**
 * @module
 * Author names from bylines as pages print them: "By Jane Doe and John Roe", "Jane Doe, Staff
 * Writer", "Por Ana Lima | Reuters". The parsing itself is `parseByline`.
 */
import { parseByline } from './byline.ts';

/**
 * The authors named in a byline, in order and without repeats (see `parseByline`, which also
 * gives the agency or publisher credited).
 *
 * @example
 * splitByline('By Jane Doe and John Roe | Reuters'); // ['Jane Doe', 'John Roe']
 * splitByline('Jane Doe, Staff Writer'); // ['Jane Doe']
 */
export function splitByline(byline: string): string[] {
  return parseByline(byline).authors;
}
