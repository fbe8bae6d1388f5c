/**
 * @module
 * The desk's data layer: the only code that talks to the API.
 */
export * from './http.ts';
export * from './types.ts';
export * from './session.ts';
export * from './stories.ts';
export * from './people.ts';
export * from './moderation.ts';
export * from './paste.ts';
export * from './media.ts';
export * from './entities.ts';
export * from './front-page.ts';
