/**
 * @module
 * The error every importer throws when its input cannot become an article.
 */

/**
 * Why an import failed. `not_article` is a refusal rather than a fault: the input reads, but as a
 * page with too little article text to be a story (a list page, a form, an error page).
 */
export type ImportErrorCode = 'empty_input' | 'no_headline' | 'no_body' | 'not_article' | 'invalid_front_matter' | 'invalid_input';

/**
 * An import failure with a machine-readable `code` and a message a writer can act on.
 * `field` names the offending front-matter field for `invalid_front_matter`.
 *
 * @example
 * try {
 *   parseText('   ');
 * } catch (error) {
 *   if (error instanceof ImportError && error.code === 'empty_input') console.log(error.message);
 * }
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
  readonly code: ImportErrorCode;
  readonly field: string | undefined;

  constructor(code: ImportErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options?.field;
  }
}

/**
 * Whether `error` is an `ImportError`, optionally with the given code.
 *
 * @example
 * isImportError(new ImportError('no_body', 'The article has no body.'), 'no_body'); // true
 */
export function isImportError(error: unknown, code?: ImportErrorCode): error is ImportError {
  return error instanceof ImportError && (code === undefined || error.code === code);
}
