/**
 * @module
 * The site's own words in French. Typed as `Messages`: a key missing here fails the typecheck.
 */
import type { Messages } from './en.ts';

export const fr: Messages = {
  skipToContent: 'Aller au contenu',
  searchLandmark: 'Site',
  searchLabel: 'Rechercher dans les articles',
  searchPlaceholder: 'Rechercher',
  searchButton: 'Rechercher',
  sectionsNav: 'Rubriques',
  allSections: 'Toutes les rubriques',
  directoriesNav: 'Répertoires',
  publishedWith: 'Publié avec Dateline.',
  breadcrumb: "Fil d'Ariane",
  home: 'Accueil',
  by: 'Par',
  published: 'Publié le',
  updated: 'Mis à jour le',
  readingTime: (minutes) => `${minutes} min de lecture`,
  frontPageHeading: (siteName) => `${siteName} : l'actualité`,
  frontPageDescription: (siteName) => `Les dernières nouvelles de ${siteName}.`,
  topStories: 'À la une',
  latest: 'En continu',
  moreIn: (section) => `Plus de ${section}`,
  noStories: "Aucun article n'a encore été publié.",
  moreStories: "Plus d'articles",
  stories: 'Articles',
  latestStories: 'Derniers articles',
  olderStories: 'Articles plus anciens',
  directories: {
    sections: 'Rubriques',
    tags: 'Sujets',
    authors: 'Auteurs',
    people: 'Personnes',
    places: 'Lieux',
    organizations: 'Organisations',
  },
};
