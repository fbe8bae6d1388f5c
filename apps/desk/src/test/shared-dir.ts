/**
 * @module
 * Test support: where the shared third-party test data lives (`$SHARED_DIR`, else `../shared`
 * beside the repository). Tests read it in place and skip when it is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The shared data folder. */
const SHARED_DIR = path.resolve(process.env['SHARED_DIR'] ?? path.join(REPO_ROOT, '..', 'shared'));

/** The absolute path of `relative` inside the shared folder, or `undefined` when it is missing. */
export function sharedPath(relative: string): string | undefined {
  const full = path.join(SHARED_DIR, relative);
  return existsSync(full) ? full : undefined;
}

/** The message shown beside a test skipped for want of shared data. */
export function missingShared(relative: string): string {
  return `shared test data not found at ${path.join(SHARED_DIR, relative)} (set SHARED_DIR): skipped`;
}

/** The repository's root folder. */
export const REPO = REPO_ROOT;
