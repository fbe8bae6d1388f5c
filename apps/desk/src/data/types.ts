/**
 * @module
 * What the desk reads from the API: the signed-in person, stories in the listing, revisions and
 * their differences, people. Articles themselves are the model's `Article`.
 */
import type { ArticleSummary } from '@dateline/model/core';

/** A role, as the API's principals carry it. */
export type Role = 'admin' | 'editor' | 'contributor' | 'moderator';

/** Every role, most powerful first: the people page offers these. */
export const ROLES: readonly Role[] = ['admin', 'editor', 'contributor', 'moderator'];

/** A story's status in the desk; `scheduled` is a published story whose time has not come. */
export const STORY_STATUSES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;

interface User {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** The body of `GET /v1/auth/session`, sign-in and setup. */
export interface Session {
  user: User;
  csrfToken: string;
  expiresAt: string;
}

/** A person on the people page. */
export interface Person extends User {
  active: boolean;
  createdAt: string;
  lastSeenAt: string | null;
}

/** A row of the story list. */
export type StorySummary = Omit<ArticleSummary, 'status'> & {
  status: string;
  updatedBy?: { id: string; name: string } | null;
};

export interface RevisionSummary {
  id: string;
  number: number;
  createdAt: string;
  author: { id: string; name: string } | null;
  summary: string;
}

interface WordChange {
  op: 'add' | 'del' | 'same';
  text: string;
}

interface BlockChange {
  index: number;
  change: 'added' | 'removed' | 'changed' | 'same';
  words: WordChange[];
}

/** A field other than the body that differs between two revisions. */
interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface RevisionDiff {
  blocks: BlockChange[];
  fields: FieldChange[];
}

/** What the setup page learns from its link. */
export interface SetupLink {
  kind: 'setup' | 'invite' | 'reset';
  email?: string;
  role: Role;
}
