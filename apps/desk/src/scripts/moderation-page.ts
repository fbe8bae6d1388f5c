/**
 * @module
 * The moderation queue: decisions one by one (buttons or keys) and in bulk (checkboxes), blocks,
 * and what the page and the navigation say is left. Every change is announced in a live region.
 */
import { blockCommenter, type Decision, decide } from '../data/index.ts';
import { commandFor, decisionMessage, navLabel } from '../lib/moderation-keys.ts';
import { deskPath } from '../lib/paths.ts';
import { problemText, say, transport } from './page.ts';

const queue = document.getElementById('queue');
const items = (): HTMLElement[] => [...(queue?.querySelectorAll<HTMLElement>('li.held-comment') ?? [])];
const itemOf = (el: Element | null): HTMLElement | null => el?.closest<HTMLElement>('li.held-comment') ?? null;
let left = Number(queue?.dataset.total ?? 0);

/** The summary above the queue and the navigation's count. */
function showLeft(): void {
  say('queue-summary', left === 0 ? 'Nothing awaits moderation.' : `${left} comment${left === 1 ? '' : 's'} awaiting moderation.`);
  const link = document.querySelector<HTMLAnchorElement>(`nav a[href="${deskPath('/comments')}"]`);
  if (link) link.textContent = navLabel(left);
  const selectAll = document.getElementById('select-all') as HTMLInputElement | null;
  if (selectAll && items().length === 0) selectAll.closest('.bulk')?.setAttribute('hidden', '');
}

/** Puts focus on `item` and says where it is in the queue. */
function focusItem(item: HTMLElement | undefined, announce = true): void {
  if (!item) return;
  item.focus();
  if (!announce) return;
  const all = items();
  const reasons = [...item.querySelectorAll<HTMLElement>('.reason')].map((r) => r.textContent).join(', ');
  say('queue-message', `Comment ${all.indexOf(item) + 1} of ${all.length}, by ${item.dataset.author}; held for ${reasons}.`);
}

/** Removes decided items, keeping focus in the queue on the next one (or the one before). */
function removeItems(done: HTMLElement[]): void {
  const all = items();
  const focused = itemOf(document.activeElement);
  let next: HTMLElement | undefined;
  if (focused && done.includes(focused)) {
    const at = all.indexOf(focused);
    next =
      all.slice(at + 1).find((i) => !done.includes(i)) ??
      all
        .slice(0, at)
        .reverse()
        .find((i) => !done.includes(i));
  }
  for (const item of done) item.remove();
  left = Math.max(0, left - done.length);
  showLeft();
  if (next) next.focus();
  // The queue is empty: focus goes back to the page's content rather than nowhere.
  else if (focused && done.includes(focused)) document.getElementById('main')?.focus();
}

/** Takes `decision` on each of `targets`; announces how it went. */
async function decideAll(targets: HTMLElement[], decision: Decision): Promise<void> {
  if (targets.length === 0) {
    say('queue-message', 'Select comments first (the checkboxes, or x on a comment).');
    return;
  }
  const results = await Promise.allSettled(targets.map((item) => decide(transport, item.dataset.commentId ?? '', decision)));
  const done = targets.filter((_, i) => results[i]?.status === 'fulfilled');
  const failure = results.find((r) => r.status === 'rejected');
  removeItems(done);
  const message =
    done.length === 0
      ? `Nothing changed: ${problemText(failure?.reason)}`
      : decisionMessage(decision, done.length, targets.length - done.length, left);
  say('queue-message', message);
}

queue?.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const item = itemOf(target);
  if (!item) return;
  const decision = target.closest<HTMLElement>('[data-decide]')?.dataset.decide as Decision | undefined;
  if (decision) void decideAll([item], decision);
  else if (target.closest('[data-block]'))
    void block(item, target.closest<HTMLElement>('[data-block]')?.dataset.block === 'address' ? 'address' : 'email');
  else if (!target.closest('a, button, input, summary')) focusItem(item, false);
});

async function block(item: HTMLElement, by: 'email' | 'address'): Promise<void> {
  try {
    const made = await blockCommenter(transport, { commentId: item.dataset.commentId ?? '', by });
    // The address itself stays with the API: moderators need not see where readers are.
    const what = by === 'email' ? made.value : `the address of ${item.dataset.author}`;
    say('queue-message', `Blocked ${what}: their new comments will be held for a moderator.`);
  } catch (error) {
    say('queue-message', `Not blocked: ${problemText(error)}`);
  }
}

document.addEventListener('keydown', (event) => {
  if (!queue) return;
  const target = event.target as HTMLElement;
  const inField = target.matches('input:not([type="checkbox"]), textarea, select, [contenteditable="true"]');
  const command = commandFor(event, inField);
  if (!command) return;
  const all = items();
  const current = itemOf(document.activeElement);
  if ('move' in command) {
    if (all.length === 0) return;
    event.preventDefault();
    const at = current ? all.indexOf(current) + command.move : command.move === 1 ? 0 : all.length - 1;
    focusItem(all[Math.min(all.length - 1, Math.max(0, at))]);
    return;
  }
  if (!current) {
    if (all.length > 0) say('queue-message', 'Move to a comment first: the down arrow or j.');
    return;
  }
  event.preventDefault();
  if ('decide' in command) void decideAll([current], command.decide);
  else {
    const box = current.querySelector<HTMLInputElement>('.select-comment');
    if (!box) return;
    box.checked = !box.checked;
    say(
      'queue-message',
      `${box.checked ? 'Selected' : 'Unselected'} the comment by ${current.dataset.author}; ${selected().length} selected.`,
    );
  }
});

function selected(): HTMLElement[] {
  return items().filter((item) => item.querySelector<HTMLInputElement>('.select-comment')?.checked);
}

document.getElementById('select-all')?.addEventListener('change', (event) => {
  const on = (event.target as HTMLInputElement).checked;
  for (const box of queue?.querySelectorAll<HTMLInputElement>('.select-comment') ?? []) box.checked = on;
  say('queue-message', on ? `All ${items().length} comments on this page selected.` : 'None selected.');
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-bulk]')) {
  button.addEventListener('click', () => void decideAll(selected(), button.dataset.bulk as Decision));
}

const form = document.getElementById('block-form') as HTMLFormElement | null;
form?.addEventListener('submit', async (event) => {
  event.preventDefault();
  const address = String(new FormData(form).get('address') ?? '').trim();
  if (!address) {
    say('block-message', 'Enter the address to block.');
    return;
  }
  try {
    const made = await blockCommenter(transport, { address });
    say('block-message', `Blocked ${made.value}: new comments from it will be held for a moderator.`);
    form.reset();
  } catch (error) {
    say('block-message', `Not blocked: ${problemText(error)}`);
  }
});
