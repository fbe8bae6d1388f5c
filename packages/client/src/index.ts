/**
 * @module
 * `@dateline/client`: a typed client of the Dateline HTTP API, generated from its OpenAPI
 * document. It depends on openapi-fetch alone and runs wherever `fetch` does.
 */
export { createClient, type DatelineClient, type DatelineClientOptions } from './create-client.ts';
export type * from './schemas.ts';
export type { components, operations, paths } from './api-types.ts';
