/**
 * @module
 * The site's own words in English: the reference message file. Every other language's file must
 * have each of these keys (see `Messages`), so a missing translation fails the typecheck.
 */

export const en = {
  skipToContent: 'Skip to content',
  searchLandmark: 'Site',
  searchLabel: 'Search the news',
  searchPlaceholder: 'Search',
  searchButton: 'Search',
  sectionsNav: 'Sections',
  allSections: 'All sections',
  directoriesNav: 'Directories',
  publishedWith: 'Published with Dateline.',
  breadcrumb: 'Breadcrumb',
  home: 'Home',
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  readingTime: (minutes: number) => `${minutes} min read`,
  frontPageHeading: (siteName: string) => `${siteName}: latest news`,
  frontPageDescription: (siteName: string) => `The latest news from ${siteName}.`,
  topStories: 'Top stories',
  latest: 'Latest',
  moreIn: (section: string) => `More in ${section}`,
  noStories: 'No stories have been published yet.',
  moreStories: 'More stories',
  stories: 'Stories',
  latestStories: 'Latest stories',
  olderStories: 'Older stories',
  directories: {
    sections: 'Sections',
    tags: 'Topics',
    authors: 'Authors',
    people: 'People',
    places: 'Places',
    organizations: 'Organisations',
  },
};

/** The shape every message file has: the English file's keys, each a text or a function giving one. */
export type Messages = typeof en;
