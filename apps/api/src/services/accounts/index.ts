/**
 * @module
 * People's accounts and browser sessions (see docs/decisions/007-accounts-and-sessions.md).
 */
export * from './emails.ts';
export * from './links.ts';
export * from './passwords.ts';
export * from './people.ts';
export * from './secrets.ts';
export * from './sessions.ts';
export * from './sign-in.ts';
export * from './throttle.ts';
export * from './config.ts';
