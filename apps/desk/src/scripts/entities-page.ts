/**
 * @module
 * People, places and organisations across stories: merging two, splitting a merge, adding
 * another name, through the API; each reloads the page with a message (see entity-actions.ts).
 */
import type { EntityType } from '@dateline/model/core';
import { addAlias, mergeEntities, splitEntity } from '../data/index.ts';
import { act, showProblem } from './entity-actions.ts';
import { transport } from './page.ts';

const fields = (form: HTMLFormElement) => [
  ...form.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>('button, input, select'),
];

const merge = document.getElementById('merge-form') as HTMLFormElement | null;
merge?.addEventListener('submit', (event) => {
  event.preventDefault();
  const from = merge.querySelector<HTMLSelectElement>('#merge-from')!;
  const into = merge.querySelector<HTMLSelectElement>('#merge-into')!;
  const [fromType = '', fromSlug = ''] = from.value.split(':');
  const [intoType = '', intoSlug = ''] = into.value.split(':');
  const [fromName, intoName] = [from.selectedOptions[0]?.text.replace(/ \(.*$/, ''), into.selectedOptions[0]?.text.replace(/ \(.*$/, '')];
  if (fromType !== intoType) {
    showProblem(new Error(`${fromName} and ${intoName} are not of the same kind; change the kind of one in a story first.`), 'Not merged');
    return;
  }
  void act(
    fields(merge),
    'Not merged',
    async () => {
      const { articles } = await mergeEntities(transport, { type: fromType as EntityType, from: fromSlug, into: intoSlug });
      return `${fromName} merged into ${intoName} in ${articles === 1 ? '1 story' : `${articles} stories`}.`;
    },
    'merges-heading',
  );
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-split-slug]')) {
  button.addEventListener('click', () => {
    const { splitType = '', splitSlug = '', from = '', into = '' } = button.dataset;
    void act(
      [button],
      `${from} not split`,
      async () => {
        const { queued } = await splitEntity(transport, splitType as EntityType, splitSlug);
        return `${from} split from ${into}: ${queued === 1 ? '1 story is' : `${queued} stories are`} queued to be read again, which finds ${from} in them again.`;
      },
      'merges-heading',
    );
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form.alias-form')) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const { type = '', slug = '', name = '' } = form.dataset;
    const alias = String(new FormData(form).get('alias') ?? '').trim();
    void act(
      fields(form),
      `No name added for ${name}`,
      async () => {
        await addAlias(transport, type as EntityType, slug, alias);
        return `${name} is also called ${alias}.`;
      },
      'find-heading',
    );
  });
}
