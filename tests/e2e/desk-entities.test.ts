/**
 * @module
 * People, places, organisations and quotes in the desk, in Chromium: on a story, an editor sees
 * them grouped and marked in the text, removes a wrong person and gives a quotation another
 * speaker, and both stay right after `dateline enrich --all`; a change of kind and a rename reach
 * the site's "In this story"; a refusal from the API is shown. Across stories, two people are
 * merged and the site's person page and search filter follow, and a split brings the first back.
 * Contributors are refused; the new pages have no axe violations.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorToken } from '../support/api-calls.ts';
import { axeViolations } from '../support/axe.ts';
import { type Browser, openBrowser } from '../support/browser.ts';
import { runCli } from '../support/processes.ts';
import { completeSetupForm, type DeskStack, inviteFromPeoplePage, setupLink, startDeskStack } from './desk-stack.ts';

const STRIKE = `Ferry strike ends in Kirkwall
The strike at NorthLink Ferries ended on Friday, Orkney Council said. Tomas Grieve, a deckhand, joined the talks in Kirkwall.
"We are back at sea," said Ines Calder, the harbour master. "The boats will sail at dawn," Calder added.
Mara Quill of the BBC reported the news from Stromness. "It was a long winter," said Tomas Grieve.
The first boat will cross Scapa Flow to Houton, where Brough Lodge and Stenness Harbour Trust wait.`;
const PIER = `Council backs new pier
Orkney Islands Council backed a new pier in Kirkwall on Monday. Inez Calder, the harbour master, welcomed the vote.
"This is the pier we asked for," Calder said.`;

let stack: DeskStack;
let editor: Browser;
let contributor: Browser;
let databaseUrl = '';
const slugs = { strike: '', pier: '' };

beforeAll(async () => {
  stack = await startDeskStack();
  databaseUrl = `sqlite:${stack.databasePath}`;
  [editor, contributor] = await Promise.all([openBrowser({ javaScript: true }), openBrowser({ javaScript: true })]);
  const page = await editor.context.newPage();
  await completeSetupForm(page, await setupLink(stack), { name: 'Ed Editor', email: 'ed@example.org' });
  const invitation = await inviteFromPeoplePage(page, stack.desk.url, 'cora@example.org', 'contributor');
  await page.close();
  const theirs = await contributor.context.newPage();
  await completeSetupForm(theirs, invitation, { name: 'Cora Contributor', email: 'cora@example.org' });
  await theirs.close();

  const token = await editorToken(databaseUrl);
  for (const [key, text] of [
    ['strike', STRIKE],
    ['pier', PIER],
  ] as const) {
    const res = await fetch(`${stack.api.url}/v1/articles`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: text,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    slugs[key] = ((await res.json()) as { slug: string }).slug;
  }
  // The API runs without its background worker here; the command finds the names and quotes.
  await enrichAll();
});

afterAll(async () => {
  await Promise.all([editor?.close(), contributor?.close()]);
  await stack?.stop();
});

async function enrichAll(...args: string[]): Promise<void> {
  const run = await runCli(['enrich', ...args], { DATABASE_URL: databaseUrl });
  expect(run.code, run.output).toBe(0);
}

async function openStoryEntities(page: Page, slug: string): Promise<void> {
  await page.goto(`${stack.desk.url}/desk/stories/${slug}/entities`);
  await page.waitForLoadState('load');
}

/** Waits for the message a change leaves after the page reloads. */
async function done(page: Page, message: string): Promise<void> {
  await page
    .waitForFunction((m) => document.getElementById('entities-status')?.textContent === m, message, { timeout: 15_000 })
    .catch(async (error) => {
      const said = await page.locator('#entities-status').textContent();
      const refused = await page.locator('#entities-problem').textContent();
      throw new Error(`${error}; status: "${said}"; problem: "${refused}"`);
    });
}

/** The names in one group of the story's page: its rows' headers. */
async function names(page: Page, group: 'person' | 'place' | 'organization'): Promise<string[]> {
  return page.locator(`section[aria-labelledby="group-${group}"] tbody th`).allTextContents();
}

/** Who said each quotation, as the story's page shows it. */
async function speakers(page: Page): Promise<string[]> {
  return page.locator('[data-quote-row] [data-speaker]').allTextContents();
}

/** The site's "In this story", kind by kind. */
async function inThisStory(page: Page, slug: string): Promise<Record<string, string[]>> {
  await page.goto(`${stack.site.url}/articles/${slug}`);
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const dt of document.querySelectorAll('.in-this-story dt')) {
      out[dt.textContent ?? ''] = [...(dt.nextElementSibling?.querySelectorAll('a') ?? [])].map((a) => a.textContent ?? '');
    }
    return out;
  });
}

/** The articles a site page links to, by slug. */
async function linkedArticles(path: string): Promise<string[]> {
  const res = await fetch(`${stack.site.url}${path}`);
  if (res.status !== 200) return [`${res.status}`];
  const html = await res.text();
  return [...new Set([...html.matchAll(/href="\/articles\/([a-z0-9-]+)"/g)].map((m) => m[1]!))].sort();
}

describe('a story’s people, places and quotes in the desk', () => {
  it('shows them grouped with counts and marked in the text, and lights up a row’s places', async () => {
    const page = await editor.context.newPage();
    await openStoryEntities(page, slugs.strike);
    expect(await page.locator('#group-person').textContent()).toBe('People (3)');
    expect(await names(page, 'person')).toEqual(['Tomas Grieve', 'Ines Calder', 'Mara Quill']);
    expect(await names(page, 'organization')).toEqual(expect.arrayContaining(['Orkney Council', 'BBC', 'Brough Lodge']));
    expect(await page.locator('[data-entity-row="person:ines-calder"] td').first().textContent()).toBe('2 times');
    expect(await speakers(page)).toEqual(['Ines Calder', 'Ines Calder', 'Tomas Grieve']);

    // Focus (with the keyboard) reaches a row's field; its two places in the text light up.
    const active = () => page.locator('.read-view .is-active').allTextContents();
    expect(await active()).toEqual([]);
    await page.getByLabel('Name of Ines Calder').focus();
    expect(await active()).toEqual(['Ines Calder', 'Calder']);
    await page.getByLabel('Speaker of quote 3').focus();
    expect(await active()).toEqual(['It was a long winter,']);
    // The pointer on a row lights it instead; off it, the focused row again.
    await page.locator('[data-entity-row="place:kirkwall"]').hover();
    expect(await active()).toEqual(['Kirkwall', 'Kirkwall']);
    await page.locator('h1').hover();
    expect(await active()).toEqual(['It was a long winter,']);
    // And the pointer on a name in the text lights up its row.
    await page.locator('.read-view mark[data-entities="organization:bbc"]').hover();
    expect(await page.locator('tr.is-active th').allTextContents()).toEqual(['BBC']);

    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('removes a wrong person and gives a quote another speaker, and enriching everything again keeps both', async () => {
    const page = await editor.context.newPage();
    await openStoryEntities(page, slugs.strike);
    await page.getByRole('button', { name: 'Remove Mara Quill' }).click();
    await done(page, 'Mara Quill removed from the story.');
    expect(await names(page, 'person')).toEqual(['Tomas Grieve', 'Ines Calder']);

    await page.getByLabel('Speaker of quote 3').fill('Ines Calder');
    await page.getByLabel('Speaker of quote 3').press('Enter');
    await done(page, 'Quote 3 is now said by Ines Calder.');
    expect(await speakers(page)).toEqual(['Ines Calder', 'Ines Calder', 'Ines Calder']);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('speaker-2');

    await enrichAll('--all');
    await openStoryEntities(page, slugs.strike);
    expect(await names(page, 'person')).toEqual(['Tomas Grieve', 'Ines Calder']);
    expect(await speakers(page)).toEqual(['Ines Calder', 'Ines Calder', 'Ines Calder']);
    await page.close();
  });

  it('changes a kind and renames, and the site’s "In this story" shows both', async () => {
    const page = await editor.context.newPage();
    await openStoryEntities(page, slugs.strike);
    await page.getByLabel('Kind of Brough Lodge').selectOption('place');
    await page.getByRole('button', { name: 'Save Brough Lodge' }).click();
    await done(page, 'Brough Lodge is now among the places.');
    await page.getByLabel('Name of Tomas Grieve').fill('Thomas Grieve');
    await page.getByRole('button', { name: 'Save Tomas Grieve' }).click();
    await done(page, 'Tomas Grieve is now called Thomas Grieve.');
    expect(await names(page, 'person')).toEqual(['Thomas Grieve', 'Ines Calder']);

    const shown = await inThisStory(page, slugs.strike);
    expect(shown.People).toEqual(['Thomas Grieve', 'Ines Calder']);
    expect(shown.Places).toContain('Brough Lodge');
    expect(shown.Organisations).not.toContain('Brough Lodge');
    await page.close();
  });

  it('shows what the API said when it refuses a change', async () => {
    const page = await editor.context.newPage();
    await openStoryEntities(page, slugs.strike);
    // Someone else removes the BBC while this page still lists it.
    const status = await page.evaluate(async (slug) => {
      const csrf = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';
      const res = await fetch(`/v1/articles/${slug}/mentions`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
        body: JSON.stringify({ operations: [{ op: 'remove', type: 'organization', slug: 'bbc' }] }),
      });
      return res.status;
    }, slugs.strike);
    expect(status).toBe(200);
    await page.getByRole('button', { name: 'Remove BBC' }).click();
    const alert = page.locator('#entities-problem');
    await alert.locator('p').waitFor();
    expect(await alert.locator('p').textContent()).toMatch(/^BBC not removed: .+\(400\)$/);
    expect(await alert.locator('li').allTextContents()).toEqual(['Entity: the article names no organization "bbc"']);
    expect(await page.getByRole('button', { name: 'Remove BBC' }).isEnabled()).toBe(true);

    await page.getByLabel('Name of Orkney Council').fill('!!!');
    await page.getByRole('button', { name: 'Save Orkney Council' }).click();
    await alert.getByText('Orkney Council not changed', { exact: false }).waitFor();
    expect(await alert.locator('li').allTextContents()).toEqual(['New name: must contain a letter or a digit']);
    expect(await names(page, 'organization')).toContain('Orkney Council');
    await page.close();
  });
});

describe('people, places and organisations across stories', () => {
  it('merges two people: the site’s person page and search filter follow; a split brings the first back', async () => {
    const page = await editor.context.newPage();
    expect(await linkedArticles('/search?q=harbour&person=ines-calder')).toEqual([slugs.strike]);
    expect(await linkedArticles('/people/inez-calder')).toEqual([slugs.pier]);

    await page.goto(`${stack.desk.url}/desk/entities`);
    await page.getByRole('link', { name: 'Entities' }).waitFor();
    await page.getByLabel('Name starts with').fill('calder');
    await page.getByLabel('Name starts with').press('Enter');
    await page.waitForURL(/q=calder/);
    expect(await page.locator('#entity-results tbody th').allTextContents()).toEqual(
      expect.arrayContaining(['Ines Calder', 'Inez Calder']),
    );
    await page.getByLabel('Merge', { exact: true }).selectOption({ label: 'Inez Calder (person, 1 story)' });
    await page.getByLabel('into', { exact: true }).selectOption({ label: 'Ines Calder (person, 1 story)' });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await done(page, 'Inez Calder merged into Ines Calder in 1 story.');
    expect(await page.locator('#merge-list tbody tr').allTextContents()).toEqual([
      expect.stringContaining('Split Inez Calder from Ines Calder'),
    ]);

    expect(await linkedArticles('/search?q=harbour&person=ines-calder')).toEqual([slugs.pier, slugs.strike].sort());
    expect(await linkedArticles('/people/ines-calder')).toEqual([slugs.pier, slugs.strike].sort());
    expect(await linkedArticles('/people/inez-calder')).toEqual(['404']);

    await page.getByLabel('Another name for Ines Calder').fill('Mrs Calder');
    await page.getByRole('button', { name: 'Add name for Ines Calder' }).click();
    await done(page, 'Ines Calder is also called Mrs Calder.');
    expect(await page.locator('#entity-results tr', { hasText: 'Ines Calder' }).first().textContent()).toContain('Mrs Calder');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Split Inez Calder from Ines Calder' }).click();
    await done(page, 'Inez Calder split from Ines Calder: 2 stories are queued to be read again, which finds Inez Calder in them again.');
    await enrichAll();
    expect(await linkedArticles('/people/inez-calder')).toEqual([slugs.pier]);
    expect(await linkedArticles('/search?q=harbour&person=ines-calder')).toEqual([slugs.strike]);
    await page.close();
  });

  it('refuses contributors with a sentence saying who may', async () => {
    const page = await contributor.context.newPage();
    const res = await page.goto(`${stack.desk.url}/desk/entities`);
    expect(res?.status()).toBe(403);
    expect(await page.locator('#entities-refusal').textContent()).toContain('Only editors and administrators');
    expect(await page.getByRole('link', { name: 'Entities' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // A story's list without the forms; the keyboard still shows where a name stands.
    await openStoryEntities(page, slugs.strike);
    expect(await page.locator('form').count()).toBe(0);
    expect(await names(page, 'person')).toEqual(['Thomas Grieve', 'Ines Calder']);
    await page.getByRole('rowheader', { name: 'Thomas Grieve' }).focus();
    // The text still spells him Tomas; his surname finds him.
    expect(await page.locator('.read-view .is-active').allTextContents()).toEqual(['Grieve', 'Grieve']);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
