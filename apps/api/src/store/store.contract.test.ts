/**
 * @module
 * The store contract, run against SQLite and against the real PostgreSQL server (a database of
 * its own for this run, dropped at the end).
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS, storeHarness } from '../testing/store-harness.ts';
import { PG_MIGRATIONS } from './postgres/migration.ts';
import { MIGRATIONS } from './sqlite/migration.ts';
import { storeContract } from './store.contract.ts';

for (const kind of STORE_KINDS) describe(kind, () => storeContract(storeHarness(kind)));

describe('migrations', () => {
  it('are the same steps, with the same numbers and names, on both databases', () => {
    const steps = (list: readonly { version: number; name: string }[]) => list.map((m) => `${m.version} ${m.name}`);
    expect(steps(PG_MIGRATIONS)).toEqual(steps(MIGRATIONS));
  });
});
