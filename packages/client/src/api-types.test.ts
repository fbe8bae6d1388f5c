/**
 * @module
 * The client's generated types describe the API as it is: a route changed without running
 * `pnpm run generate` would leave users of the client with wrong types.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateTypes, TYPES_FILE } from '../scripts/api-document.ts';

describe('the generated API types', () => {
  it('match the OpenAPI document the API serves (run `pnpm run generate` in packages/client if not)', async () => {
    expect(readFileSync(TYPES_FILE, 'utf8')).toBe(await generateTypes());
  });
});
