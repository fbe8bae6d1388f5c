/**
 * @module
 * What each command does, in one line: the program's help lists them without loading the
 * commands themselves (some load the whole article model), and each command's help repeats its own.
 */

/** One line per command, in the order the help lists them. */
export const SUMMARIES = {
  serve: 'Run the HTTP API',
  // The formats are listed by `import --help`, from the table of formats, which loads the model.
  import: 'Import article files and Dateline exports',
  export: 'Export every article and comment as JSON Lines',
  backup: 'Copy the whole database consistently while the API runs',
  restore: 'Bring a backup back into an empty database',
  migrate: 'Apply pending database migrations and report the schema version',
  enrich: 'Find the people, places and quotations of queued articles',
  token: 'Create, list and revoke API tokens',
  user: "Create people's accounts, print password reset links, list people",
} as const;

/** A command's name. */
export type CommandName = keyof typeof SUMMARIES;
