/**
 * @module
 * Derived article fields.
 */
export { countWords } from './count-words.ts';
export { truncateAtWord } from './excerpt.ts';
export { deriveFields, WORDS_PER_MINUTE, EXCERPT_LENGTH, type DeriveInput, type DerivedFields } from './derive-fields.ts';
