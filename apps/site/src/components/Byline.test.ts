/** @module */
import { describe, expect, it } from 'vitest';
import { dom, render, text } from '../test/render.ts';
import Byline from './Byline.astro';

const author = (name: string) => ({ name, slug: name.toLowerCase().replace(/\W+/g, '-') });

describe('Byline', () => {
  it('names one, two or more authors as a sentence would', async () => {
    const byline = async (...names: string[]) =>
      text(dom(await render(Byline, { props: { authors: names.map(author) } })).querySelector('.byline'));
    expect(await byline('Ana Lima')).toBe('By Ana Lima');
    expect(await byline('Ana Lima', 'Tom Reed')).toBe('By Ana Lima and Tom Reed');
    expect(await byline('Ana Lima', 'Tom Reed', 'Morag Bell')).toBe('By Ana Lima, Tom Reed and Morag Bell');
  });

  it('links each name to the author’s page', async () => {
    const doc = dom(await render(Byline, { props: { authors: [author('Ana Lima'), author('Tom Reed')] } }));
    expect([...doc.querySelectorAll('.byline a')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Ana Lima', '/authors/ana-lima'],
      ['Tom Reed', '/authors/tom-reed'],
    ]);
  });

  it('renders nothing for an uncredited article', async () => {
    expect((await render(Byline, { props: { authors: [] } })).trim()).toBe('');
  });
});
