/**
 * @module
 * Recognises the page furniture that scraped or pasted articles drag along at their end:
 * comment widgets, share buttons, newsletter prompts and "read more" links.
 */

/**
 * Whole-line patterns, matched against the lower-cased line with any leading widget glyphs
 * (`+`, bullets, pipes, arrows) removed. Each one is something no article sentence reads like.
 */
const TRAILING_PATTERNS: readonly RegExp[] = [
  /^(?:there are )?no comments(?: yet)?\.?$/,
  /^be the first to comment\.?$/,
  /^(?:add|post|write|leave|submit) (?:yours|a comment|your comment|a reply|a response)\.?$/,
  /^add yours\.?$/,
  /^(?:view|show|hide|read|see|load|open) (?:all )?(?:\d+ )?comments?(?: \(\d+\))?$/,
  /^comments?(?: \(\d+\)|: ?\d+)?$/,
  /^\d+ (?:comments?|replies|responses)$/,
  /^(?:log|sign) ?in to (?:comment|reply|join the conversation)\.?$/,
  /^join the (?:conversation|discussion)\.?$/,
  /^share (?:this|the)(?: article| story| post| page)?(?: on [\w ]+)?:?$/,
  /^share(?: on)? (?:facebook|twitter|x|linkedin|whatsapp|email|reddit)$/,
  /^(?:tweet|email|print|share|facebook|twitter|linkedin|whatsapp)(?:\s*[|·•/,]\s*(?:tweet|email|print|share|facebook|twitter|linkedin|whatsapp))*$/,
  /^sign up (?:for|to) (?:our|the|my) (?:\w+ )?newsletters?\b.*$/,
  /^subscribe to (?:our|the) (?:\w+ )?newsletters?\b.*$/,
  /^(?:get|receive) (?:our|the) (?:\w+ )?newsletter\b.*$/,
  /^(?:read|see) more:.*$/,
  /^(?:read|see) more(?: stories| articles| news)?$/,
  /^(?:related|more on this story|more from [\w ]+|recommended|you may also like)(?: (?:articles|stories|content|links))?:?$/,
  /^related:.*$/,
  /^follow us on .*$/,
  /^(?:tags|topics|filed under|posted in):.*$/,
  /^advertisement$/,
  /^(?:report an error|report this comment)$/,
];

const LEADING_GLYPHS = /^[\s+•·|>»›→*#-]+/u;

/** The longest line that can count as furniture; longer lines are prose. */
const MAX_FURNITURE_LENGTH = 120;

/**
 * Whether `line` is page furniture (comment widget, share prompt, newsletter sign-up…) rather
 * than article text. Only meaningful for lines at the end of an article.
 *
 * @example
 * isTrailingBoilerplate('+ There are no comments'); // true
 * isTrailingBoilerplate('Comments (3)'); // true
 * isTrailingBoilerplate('The council will share its plans in May.'); // false
 */
export function isTrailingBoilerplate(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > MAX_FURNITURE_LENGTH) return false;
  const key = text.replace(LEADING_GLYPHS, '').replace(/\s+/g, ' ').trim().toLowerCase();
  // A line of glyphs alone (a lone "+" or "|") is widget debris too.
  if (key === '') return true;
  return TRAILING_PATTERNS.some((pattern) => pattern.test(key));
}

/**
 * `lines` without the furniture lines (and blank lines) at its end. Furniture in the middle of
 * the text is left alone: there it may be part of what the writer meant.
 *
 * @example
 * dropTrailingBoilerplate(['Text.', '', '+ There are no comments', 'Add yours']); // ['Text.']
 */
export function dropTrailingBoilerplate(lines: readonly string[]): string[] {
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1] as string;
    if (line.trim() !== '' && !isTrailingBoilerplate(line)) break;
    end--;
  }
  return lines.slice(0, end);
}
