/**
 * @module
 * What the desk reads from the API that the model does not define: the signed-in person, stories
 * in the listing, revisions and their differences, people, set-up links. Each is the API's own
 * schema, as `@dateline/client` generates it from the OpenAPI document, so a change to the API
 * that the desk does not follow fails its type check instead of its pages. Articles themselves
 * are the model's `Article`.
 */
import type { Schemas } from '@dateline/client';
import type { ArticleSummary } from '@dateline/model/core';

/** A role, as the API's principals carry it. */
export type Role = Schemas['Role'];

// A record over every role, so a role the API gains and this list lacks fails the type check.
const ROLE_RANK: Readonly<Record<Role, number>> = { admin: 0, editor: 1, contributor: 2, moderator: 3 };

/** Every role, most powerful first: the people page offers these. */
export const ROLES = Object.keys(ROLE_RANK) as readonly Role[];

/** A story's status in the desk; `scheduled` is a published story whose time has not come. */
export const STORY_STATUSES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;

/** The body of `GET /v1/auth/session`, sign-in and setup. */
export type Session = Schemas['Session'];

/** A person on the people page. */
export type Person = Schemas['User'];

/** A row of the story list: the model's summary, with who changed it last (signed-in listings only). */
export type StorySummary = Omit<ArticleSummary, 'status'> & {
  status: string;
  updatedBy?: Schemas['ListedArticle']['updatedBy'];
};

/** A revision in a story's history. */
export type RevisionSummary = Schemas['RevisionSummary'];

/** The difference between two revisions: the body word by word, and the other fields. */
export type RevisionDiff = Schemas['RevisionDiff'];

/** What the setup page learns from its link. */
export type SetupLink = Schemas['LinkInfo'];
