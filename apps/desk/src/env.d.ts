/** @module Types Astro reads from the app: what pages and middleware share per request. */
declare namespace App {
  interface Locals {
    /** The signed-in person and their CSRF token, set by the middleware from the API's session. */
    session?: import('./data/types.ts').Session | undefined;
  }
}
