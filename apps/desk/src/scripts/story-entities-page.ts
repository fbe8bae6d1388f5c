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

/** What a row lights up: the marks whose `attribute` list holds `value`. */
interface Target {
  row: HTMLElement;
  attribute: 'entities' | 'quotes';
  value: string;
}
const targets: Target[] = [];

/** Lights up one row and its places in the text, and nothing else (none: nothing at all). */
function light(target: Target | undefined): void {
  for (const el of document.querySelectorAll('.is-active')) el.classList.remove('is-active');
  if (!target) return;
  target.row.classList.add('is-active');
  for (const mark of document.querySelectorAll<HTMLElement>(`.read-view [data-${target.attribute}]`)) {
    if ((mark.dataset[target.attribute] ?? '').split(' ').includes(target.value)) mark.classList.add('is-active');
  }
}

/** The row the pointer is on, else the one holding focus. */
const current = () => targets.find((t) => t.row.matches(':hover')) ?? targets.find((t) => t.row.contains(document.activeElement));

function follow(target: Target): void {
  targets.push(target);
  target.row.addEventListener('mouseenter', () => light(target));
  target.row.addEventListener('focusin', () => light(target));
  target.row.addEventListener('mouseleave', () => light(current()));
  // Focus moving on fires focusout before it lands; look once it has.
  target.row.addEventListener('focusout', () => setTimeout(() => light(current()), 0));
}

for (const row of document.querySelectorAll<HTMLElement>('[data-entity-row]'))
  follow({ row, attribute: 'entities', value: row.dataset.entityRow ?? '' });
for (const row of document.querySelectorAll<HTMLElement>('[data-quote-row]'))
  follow({ row, attribute: 'quotes', value: row.dataset.quoteRow ?? '' });

// The other way round: the pointer on a mark in the text lights up its row.
for (const mark of document.querySelectorAll<HTMLElement>('.read-view [data-entities], .read-view [data-quotes]')) {
  const [entity] = (mark.dataset.entities ?? '').split(' ');
  const [quote] = (mark.dataset.quotes ?? '').split(' ');
  const target = targets.find((t) => (t.attribute === 'entities' && t.value === entity) || (t.attribute === 'quotes' && t.value === quote));
  if (!target) continue;
  mark.addEventListener('mouseenter', () => light(target));
  mark.addEventListener('mouseleave', () => light(current()));
}

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
    void act(
      controls,
      `${was} not removed`,
      async () => {
        await send({ op: 'remove', type: type as EntityType, slug: entity });
        return `${was} removed from the story.`;
      },
      `group-${type}`,
    );
  });
}

const add = document.getElementById('add-mention') as HTMLFormElement | null;
add?.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(add);
  const name = String(data.get('name') ?? '').trim();
  const type = String(data.get('type') ?? 'person') as EntityType;
  const controls = [...add.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select')];
  void act(
    controls,
    `${name || 'Nothing'} not added`,
    async () => {
      await send({ op: 'add', type, name });
      return `${name} added to ${among(type)}.`;
    },
    'add-name',
  );
});

for (const form of document.querySelectorAll<HTMLFormElement>('form.quote-fix')) {
  const index = Number(form.dataset.index);
  const controls = [...form.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = String(new FormData(form).get('speaker') ?? '').trim();
    void act(
      controls,
      `Speaker of quote ${index + 1} not changed`,
      async () => {
        await correctQuote(transport, slug, index, name ? { name } : null);
        return name ? `Quote ${index + 1} is now said by ${name}.` : `Quote ${index + 1} now names no speaker.`;
      },
      `speaker-${index}`,
    );
  });
}
