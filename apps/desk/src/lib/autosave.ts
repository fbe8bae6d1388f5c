/**
 * @module
 * Autosave: what is typed is kept in the browser at once and sent to the server a moment after
 * typing stops. The browser's copy stays until the server has that exact text, so a reload, a
 * closed tab, a lost network or an expired session loses nothing; a save the server refuses as
 * stale (412) stops autosave rather than overwrite the other person's change. No DOM here: the
 * storage, the clock and the save itself are passed in, so the logic is tested as it is.
 */

/** The minimal Storage this needs (localStorage has it). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What one save attempt came to. */
export type SaveOutcome<T> =
  | { kind: 'saved'; etag: string | null; slug: string }
  | { kind: 'conflict'; current: T | null }
  | { kind: 'offline' }
  | { kind: 'signed-out' }
  | { kind: 'refused'; message: string };

/** What the page shows about the text. */
export type AutosaveStatus<T> =
  | { state: 'saved'; at: number }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'offline' }
  | { state: 'signed-out' }
  | { state: 'refused'; message: string }
  | { state: 'conflict'; current: T | null };

/** The browser's copy of a story that the server may not have yet. */
export interface KeptDraft<D> {
  draft: D;
  /** The ETag of the server's version this text was written over. */
  etag: string | null;
  /** When it was typed (ms since the epoch). */
  at: number;
}

export interface AutosaveOptions<D, T> {
  /** The story's key in storage: its slug, or 'new' before its first save. */
  key: string;
  storage: DraftStorage;
  save(draft: D, etag: string | null, slug: string | null): Promise<SaveOutcome<T>>;
  onStatus(status: AutosaveStatus<T>): void;
  /** The story's slug, null before its first save. */
  slug: string | null;
  etag: string | null;
  debounceMs?: number;
  retryMs?: number;
  now?: () => number;
}

/**
 * The words a status is shown as.
 *
 * @example
 * statusText({ state: 'offline' }); // 'Offline — kept in this browser'
 */
export function statusText(status: AutosaveStatus<unknown>): string {
  switch (status.state) {
    case 'saved':
      return 'Saved';
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'offline':
      return 'Offline — kept in this browser';
    case 'signed-out':
      return 'Signed out — kept in this browser; sign in again to save';
    case 'refused':
      return `Not saved — kept in this browser: ${status.message}`;
    case 'conflict':
      return 'Not saved — someone else changed this story';
  }
}

/**
 * The storage key of a story's kept draft.
 *
 * @example
 * draftKey('night-ferry'); // 'dateline-desk:draft:night-ferry'
 */
export function draftKey(key: string): string {
  return `dateline-desk:draft:${key}`;
}

/**
 * The draft kept in the browser for `key`, if any.
 *
 * @example
 * const kept = readKeptDraft(localStorage, 'night-ferry');
 */
export function readKeptDraft<D>(storage: DraftStorage, key: string): KeptDraft<D> | null {
  try {
    const raw = storage.getItem(draftKey(key));
    return raw ? (JSON.parse(raw) as KeptDraft<D>) : null;
  } catch {
    return null;
  }
}

export interface Autosave<D> {
  /** The text changed: keep it now, save it after the pause. */
  change(draft: D): void;
  /** Save now (a button, leaving the page, coming back online). */
  flush(): Promise<void>;
  /** The current slug and ETag (after saves). */
  readonly slug: string | null;
  readonly etag: string | null;
  /** Stop timers (the page is closing or a conflict is being resolved). */
  stop(): void;
  /** Take the server's version as the new base (after a conflict was resolved) and start again. */
  rebase(etag: string | null): void;
}

/**
 * Autosave for one story.
 *
 * @example
 * const autosave = createAutosave({ key: slug, storage: localStorage, slug, etag, save, onStatus: show });
 * editor.on('update', () => autosave.change(currentDraft()));
 */
export function createAutosave<D, T>(options: AutosaveOptions<D, T>): Autosave<D> {
  const { storage, onStatus } = options;
  const debounceMs = options.debounceMs ?? 1200;
  const retryMs = options.retryMs ?? 5000;
  const now = options.now ?? Date.now;
  let key = options.key;
  let slug = options.slug;
  let etag = options.etag;
  let pending: D | null = null;
  let version = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> | null = null;
  let stopped = false;

  const keep = (draft: D) => {
    try {
      storage.setItem(draftKey(key), JSON.stringify({ draft, etag, at: now() } satisfies KeptDraft<D>));
    } catch {
      // Storage full or blocked: the server copy is all there is, and the status still says unsaved.
    }
  };
  const schedule = (ms: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(() => void flush(), ms);
  };

  async function attempt(): Promise<void> {
    if (pending === null || stopped) return;
    const draft = pending;
    const sent = version;
    onStatus({ state: 'saving' });
    let outcome: SaveOutcome<T>;
    try {
      outcome = await options.save(draft, etag, slug);
    } catch {
      outcome = { kind: 'offline' };
    }
    switch (outcome.kind) {
      case 'saved': {
        etag = outcome.etag;
        if (outcome.slug !== slug || key === 'new') {
          storage.removeItem(draftKey(key));
          key = outcome.slug;
        }
        slug = outcome.slug;
        if (version === sent) {
          pending = null;
          storage.removeItem(draftKey(key));
          onStatus({ state: 'saved', at: now() });
        } else {
          // Typed while saving: keep the newer text, against the new ETag, and save it too.
          keep(pending!);
          onStatus({ state: 'unsaved' });
          schedule(debounceMs);
        }
        return;
      }
      case 'conflict':
        stopped = true;
        clearTimeout(timer);
        onStatus({ state: 'conflict', current: outcome.current });
        return;
      case 'offline':
      case 'signed-out':
        onStatus({ state: outcome.kind });
        schedule(retryMs);
        return;
      case 'refused':
        onStatus({ state: 'refused', message: outcome.message });
        return;
    }
  }

  function flush(): Promise<void> {
    clearTimeout(timer);
    if (inFlight) return inFlight.then(() => (pending !== null && !stopped ? flush() : undefined));
    inFlight = attempt().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    change(draft) {
      pending = draft;
      version += 1;
      keep(draft);
      if (stopped) return;
      onStatus({ state: 'unsaved' });
      if (!inFlight) schedule(debounceMs);
    },
    flush,
    get slug() {
      return slug;
    },
    get etag() {
      return etag;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
    rebase(next) {
      etag = next;
      stopped = false;
      if (pending !== null) schedule(debounceMs);
    },
  };
}
