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
  directoryDescriptions: {
    sections: 'Every section and how many stories it has.',
    tags: 'Every topic, the most covered first.',
    authors: 'Everyone who writes for us and how many stories each has.',
    people: 'The people in our stories, the most named first.',
    places: 'The places in our stories, the most named first.',
    organizations: 'The organisations in our stories, the most named first.',
  },
  directoryMore: (title: string) => `${title}: more`,
  directoryFirst: (title: string) => `First ${title.toLowerCase()}`,
  directoryNext: (title: string) => `More ${title.toLowerCase()}`,
  fromSite: (siteName: string) => `From ${siteName}.`,
  entryCount: (n: number, formatted: string) => (n === 1 ? '1 entry' : `${formatted} entries`),
  storyCount: (n: number, formatted: string) => (n === 1 ? '1 story' : `${formatted} stories`),
  noneYet: 'None yet.',
  topicKinds: { sections: 'Section', tags: 'Topic', authors: 'Author' },
  olderStoriesOf: (name: string) => `${name}: older stories`,
  website: 'Website',
  followWith: 'Follow with',
  or: 'or',
  noStoriesHere: 'No stories here yet.',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no story at this address. It may have been moved or withdrawn, or the link may be mistyped.',
  notFoundLink: 'Go to the latest stories',
};

/** The shape every message file has: the English file's keys, each a text or a function giving one. */
export type Messages = typeof en;
