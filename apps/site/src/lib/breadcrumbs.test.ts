/**
 * @module
 * The trails pages show as breadcrumbs and give search engines.
 */
import { describe, expect, it } from 'vitest';
import { articleTrail, entityTrail, topicTrail } from './breadcrumbs.ts';

const paths = (trail: { name: string; path: string }[]) => trail.map((c) => `${c.name} ${c.path}`);

describe('breadcrumb trails', () => {
  it('lead to an article through its section, or straight from the front page when it has none', () => {
    expect(
      paths(articleTrail({ slug: 'night-ferry', headline: 'Night ferry returns', section: { name: 'Local news', slug: 'local-news' } })),
    ).toEqual(['Home /', 'Local news /sections/local-news', 'Night ferry returns /articles/night-ferry']);
    expect(paths(articleTrail({ slug: 'night-ferry', headline: 'Night ferry returns', section: null }))).toEqual([
      'Home /',
      'Night ferry returns /articles/night-ferry',
    ]);
  });

  it('lead to a topic or entity page through its directory', () => {
    expect(paths(topicTrail('tags', { name: 'Ferries', slug: 'ferries' }))).toEqual(['Home /', 'Topics /tags', 'Ferries /tags/ferries']);
    expect(paths(entityTrail('organization', { name: 'Eastbrook Council', slug: 'eastbrook-council' }))).toEqual([
      'Home /',
      'Organisations /organizations',
      'Eastbrook Council /organizations/eastbrook-council',
    ]);
  });
});
