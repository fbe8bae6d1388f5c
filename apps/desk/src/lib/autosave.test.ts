/** @module */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type AutosaveStatus, createAutosave, draftKey, readKeptDraft, type SaveOutcome, statusText } from './autosave.ts';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

type Draft = { text: string };

function setup(outcomes: SaveOutcome<Draft>[] = [], options: { slug?: string | null } = {}) {
  const storage = new MemoryStorage();
  const statuses: AutosaveStatus<Draft>[] = [];
  const saves: { draft: Draft; etag: string | null; slug: string | null }[] = [];
  const save = vi.fn(async (draft: Draft, etag: string | null, slug: string | null) => {
    saves.push({ draft, etag, slug });
    return outcomes.shift() ?? { kind: 'saved' as const, etag: `"e${saves.length}"`, slug: slug ?? 'first-slug' };
  });
  const slug = options.slug === undefined ? 'night-ferry' : options.slug;
  const autosave = createAutosave<Draft, Draft>({
    key: slug ?? 'new',
    storage,
    slug,
    etag: '"e0"',
    save,
    onStatus: (s) => statuses.push(s),
    debounceMs: 1000,
    retryMs: 5000,
  });
  const last = () => statusText(statuses.at(-1)!);
  return { storage, statuses, saves, save, autosave, last };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createAutosave', () => {
  it('keeps every change in the browser at once and saves once typing pauses', async () => {
    const { storage, saves, autosave, last } = setup();
    autosave.change({ text: 'a' });
    autosave.change({ text: 'ab' });
    expect(readKeptDraft<Draft>(storage, 'night-ferry')?.draft).toEqual({ text: 'ab' });
    expect(last()).toBe('Unsaved changes');
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([{ draft: { text: 'ab' }, etag: '"e0"', slug: 'night-ferry' }]);
    expect(last()).toBe('Saved');
    // The server has it: the browser's copy is gone.
    expect(storage.getItem(draftKey('night-ferry'))).toBeNull();
  });

  it('sends the ETag of the last save with the next one', async () => {
    const { saves, autosave } = setup();
    autosave.change({ text: 'a' });
    await autosave.flush();
    autosave.change({ text: 'b' });
    await autosave.flush();
    expect(saves.map((s) => s.etag)).toEqual(['"e0"', '"e1"']);
  });

  it('keeps the text and says so while offline, and saves it when the network is back', async () => {
    const { storage, saves, autosave, last } = setup([{ kind: 'offline' }]);
    autosave.change({ text: 'typed on a train' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(last()).toBe('Offline — kept in this browser');
    expect(readKeptDraft<Draft>(storage, 'night-ferry')?.draft.text).toBe('typed on a train');
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves).toHaveLength(2);
    expect(last()).toBe('Saved');
    expect(storage.items.size).toBe(0);
  });

  it('treats a save that throws as offline, not as lost', async () => {
    const { storage, save, autosave, last } = setup();
    save.mockRejectedValueOnce(new TypeError('fetch failed'));
    autosave.change({ text: 'x' });
    await autosave.flush();
    expect(last()).toBe('Offline — kept in this browser');
    expect(readKeptDraft(storage, 'night-ferry')).not.toBeNull();
  });

  it('keeps the text when the session has expired and retries', async () => {
    const { storage, autosave, last } = setup([{ kind: 'signed-out' }]);
    autosave.change({ text: 'x' });
    await autosave.flush();
    expect(last()).toMatch(/^Signed out — kept in this browser/);
    expect(readKeptDraft(storage, 'night-ferry')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(5000);
    expect(last()).toBe('Saved');
  });

  it('stops on a conflict, hands over the other version and never saves over it', async () => {
    const other = { text: 'their version' };
    const { storage, saves, statuses, autosave } = setup([{ kind: 'conflict', current: other }]);
    autosave.change({ text: 'mine' });
    await autosave.flush();
    expect(statuses.at(-1)).toEqual({ state: 'conflict', current: other });
    autosave.change({ text: 'mine, more' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(saves).toHaveLength(1);
    expect(readKeptDraft<Draft>(storage, 'night-ferry')?.draft.text).toBe('mine, more');
  });

  it('saves text typed during a save after it, against the new ETag', async () => {
    let release!: () => void;
    const { saves, save, autosave, last } = setup();
    save.mockImplementationOnce(async (draft, etag, slug) => {
      saves.push({ draft, etag, slug });
      await new Promise<void>((r) => (release = r));
      return { kind: 'saved', etag: '"e1"', slug: 'night-ferry' };
    });
    autosave.change({ text: 'a' });
    const first = autosave.flush();
    autosave.change({ text: 'ab' });
    release();
    await first;
    expect(last()).toBe('Unsaved changes');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saves.map((s) => [s.draft.text, s.etag])).toEqual([
      ['a', '"e0"'],
      ['ab', '"e1"'],
    ]);
    expect(last()).toBe('Saved');
  });

  it('moves a new story kept as "new" to its slug after its first save', async () => {
    const { storage, saves, autosave } = setup([{ kind: 'offline' }], { slug: null });
    autosave.change({ text: 'fresh' });
    await autosave.flush();
    expect(readKeptDraft(storage, 'new')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(5000);
    expect(saves.at(-1)?.slug).toBeNull();
    expect(autosave.slug).toBe('first-slug');
    expect(storage.items.size).toBe(0);
  });

  it('keeps the text when the server refuses it and says why', async () => {
    const { storage, autosave, last } = setup([{ kind: 'refused', message: 'headline is required' }]);
    autosave.change({ text: '' });
    await autosave.flush();
    expect(last()).toBe('Not saved — kept in this browser: headline is required');
    expect(readKeptDraft(storage, 'night-ferry')).not.toBeNull();
  });
});
