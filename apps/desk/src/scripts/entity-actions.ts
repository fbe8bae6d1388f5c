/**
 * @module
 * What the people, places and quotes pages share: a change is sent, then the page is loaded
 * again (the server renders the lists and the marked text from what the API now has) with a
 * message saying what was done and focus back where the person was; a refusal is shown with
 * what the API said about each field, and nothing is reloaded.
 */
import { problemLines } from '../lib/problem-text.ts';

const FLASH = 'dateline-desk-entities-flash';

/** The fields the API may name, as the pages call them. */
const LABELS: Record<string, string> = {
  name: 'Name',
  slug: 'Entity',
  type: 'Kind',
  'to.name': 'New name',
  'to.type': 'New kind',
  speaker: 'Speaker',
  'speaker.name': 'Speaker',
  from: 'Merge',
  into: 'Into',
};

/** Shows the API's refusal in the page's alert region: the summary, then each field. */
export function showProblem(error: unknown, doing: string): void {
  const box = document.getElementById('entities-problem');
  if (!box) return;
  const [summary, ...fields] = problemLines(error, LABELS);
  const head = document.createElement('p');
  head.textContent = `${doing}: ${summary}`;
  box.replaceChildren(head);
  if (fields.length > 0) {
    const list = document.createElement('ul');
    for (const line of fields) {
      const item = document.createElement('li');
      item.textContent = line;
      list.append(item);
    }
    box.append(list);
  }
}

/**
 * Runs `change` with `controls` disabled; on success reloads the page and says `done` (focus
 * goes to the element `focusId`, or the message); on failure shows the problem.
 */
export async function act(
  controls: readonly (HTMLButtonElement | HTMLInputElement | HTMLSelectElement)[],
  doing: string,
  change: () => Promise<string>,
  focusId?: string,
): Promise<void> {
  for (const c of controls) c.disabled = true;
  document.getElementById('entities-problem')?.replaceChildren();
  try {
    const done = await change();
    sessionStorage.setItem(FLASH, JSON.stringify({ done, focusId: focusId ?? null }));
    location.reload();
  } catch (error) {
    for (const c of controls) c.disabled = false;
    showProblem(error, doing);
  }
}

/** After a reload: the message of what was done, and focus where it was. */
function restore(): void {
  const saved = sessionStorage.getItem(FLASH);
  if (!saved) return;
  sessionStorage.removeItem(FLASH);
  const { done, focusId } = JSON.parse(saved) as { done: string; focusId: string | null };
  const status = document.getElementById('entities-status');
  if (status) status.textContent = done;
  const target = (focusId && document.getElementById(focusId)) || status;
  // A heading takes focus only when told it may.
  if (target && !target.matches('a[href], button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
  target?.focus();
}
restore();
