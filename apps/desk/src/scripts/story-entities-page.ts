/**
 * @module
 * A story's people, places and quotes page: a row hovered or focused lights up where its entity
 * or quotation stands in the text; the forms send the editors' corrections to the API.
 */
import type { EntityType } from '@dateline/model/core';
import { correctMentions, correctQuote, type MentionOperation } from '../data/index.ts';
import { ENTITY_KINDS } from '../lib/entity-kinds.ts';
import { act } from './entity-actions.ts';
import { transport } from './page.ts';

const root = document.getElementById('story-entities');
const slug = root?.dataset.slug ?? '';
const among = (type: string) => `the ${(ENTITY_KINDS.find((k) => k.type === type)?.plural ?? type).toLowerCase()}`;

/** Lights up (or not) the marks whose `attribute` list holds `value`, and the row itself. */
function light(row: HTMLElement, attribute: 'entities' | 'quotes', value: string, on: boolean): void {
  row.classList.toggle('is-active', on);
  for (const mark of document.querySelectorAll<HTMLElement>(`.read-view [data-${attribute}]`)) {
    if ((mark.dataset[attribute] ?? '').split(' ').includes(value)) mark.classList.toggle('is-active', on);
  }
}

function follow(row: HTMLElement, attribute: 'entities' | 'quotes', value: string): void {
  const on = () => light(row, attribute, value, true);
  const off = () => {
    if (!row.matches(':hover') && !row.contains(document.activeElement)) light(row, attribute, value, false);
  };
  row.addEventListener('mouseenter', on);
  row.addEventListener('focusin', on);
  row.addEventListener('mouseleave', off);
  // Focus moving within the row fires focusout first; look once it has landed.
  row.addEventListener('focusout', () => setTimeout(off, 0));
}

for (const row of document.querySelectorAll<HTMLElement>('[data-entity-row]')) follow(row, 'entities', row.dataset.entityRow ?? '');
for (const row of document.querySelectorAll<HTMLElement>('[data-quote-row]')) follow(row, 'quotes', row.dataset.quoteRow ?? '');

const send = (operation: MentionOperation) => correctMentions(transport, slug, [operation]);

for (const form of document.querySelectorAll<HTMLFormElement>('form.mention-fix')) {
  const { type = '', slug: entity = '', name: was = '' } = form.dataset;
  const controls = [...form.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select')];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = String(new FormData(form).get('name') ?? '').trim();
    const to = String(new FormData(form).get('type') ?? type) as EntityType;
    if (name === was && to === type) return;
    void act(controls, `${was} not changed`, async () => {
      await send({ op: 'rename', type: type as EntityType, slug: entity, to: { type: to, name } });
      return to === type ? `${was} is now called ${name}.` : `${name} is now among ${among(to)}.`;
    });
  });
  form.querySelector<HTMLButtonElement>('[data-remove]')?.addEventListener('click', () => {
    void act(controls, `${was} not removed`, async () => {
      await send({ op: 'remove', type: type as EntityType, slug: entity });
      return `${was} removed from the story.`;
    }, `group-${type}`);
  });
}

const add = document.getElementById('add-mention') as HTMLFormElement | null;
add?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(add);
  const name = String(data.get('name') ?? '').trim();
  const type = String(data.get('type') ?? 'person') as EntityType;
  const controls = [...add.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select')];
  void act(controls, `${name || 'Nothing'} not added`, async () => {
    await send({ op: 'add', type, name });
    return `${name} added to ${among(type)}.`;
  }, 'add-name');
});

for (const form of document.querySelectorAll<HTMLFormElement>('form.quote-fix')) {
  const index = Number(form.dataset.index);
  const controls = [...form.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = String(new FormData(form).get('speaker') ?? '').trim();
    void act(controls, `Speaker of quote ${index + 1} not changed`, async () => {
      await correctQuote(transport, slug, index, name ? { name } : null);
      return name ? `Quote ${index + 1} is now said by ${name}.` : `Quote ${index + 1} now names no speaker.`;
    }, `speaker-${index}`);
  });
}
