/** @module The HTTP pieces the API and the site share. */
export * from './conditional.ts';
export * from './encoding.ts';
export * from './client-error.ts';
