/**
 * @module
 * A save of the editor benchmark that survives a stale ETag. Between two saves the story can
 * change without the editor (the API's enrichment writes what it found in the text), and the
 * next save's If-Match no longer matches: 412. The desk then offers "keep mine", which reads the
 * story again and saves over its current version knowingly (`conflict-mine` in
 * src/scripts/editor-page.ts); the benchmark does the same and counts how often it had to.
 */

/** A save's answer: what the benchmark needs of it. */
export interface SaveAnswer {
  status: number;
  /** The ETag the answer carries (the story's new version after a save), if any. */
  etag: string | null;
}

/** How a save went: its last answer, the ETag to send with the next one, and the retries it took. */
export interface SavedAgain<A extends SaveAnswer> {
  answer: A;
  etag: string | null;
  retries: number;
}

/** A save answered 412 this many times in a row stops the benchmark: something else is wrong. */
const MOST_RETRIES = 3;

/**
 * Sends `save(etag)`; on a 412, reads the story's current ETag with `reread()` and saves again,
 * at most three times. Any other answer than 412 ends it (the caller checks it is a success).
 *
 * @example
 * const { answer, etag: next, retries } = await saveAgainOnStale((tag) => put(tag), () => currentEtag(), etag);
 */
export async function saveAgainOnStale<A extends SaveAnswer>(
  save: (etag: string | null) => Promise<A>,
  reread: () => Promise<string | null>,
  etag: string | null,
): Promise<SavedAgain<A>> {
  let answer = await save(etag);
  let retries = 0;
  while (answer.status === 412) {
    if (retries === MOST_RETRIES) throw new Error(`a save answered 412 ${retries + 1} times in a row, each after reading the story again`);
    retries++;
    etag = await reread();
    answer = await save(etag);
  }
  return { answer, etag: answer.etag, retries };
}
