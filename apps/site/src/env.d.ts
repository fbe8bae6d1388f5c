/** @module Types Astro reads from the app: what pages and middleware share per request. */
declare namespace App {
  interface Locals {
    /** Set by the error page when the failure was an API outage, so the answer becomes a 503. */
    apiUnavailable?: boolean;
  }
}
