/**
 * @module
 * Test support (not exported): where the shared third-party test data lives. Tests read it in
 * place and skip when it is absent, so the repository never carries a copy.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The shared data folder: `$SHARED_DIR`, else `../shared` next to the repository root. */
const SHARED_DIR = path.resolve(process.env['SHARED_DIR'] ?? path.join(REPO_ROOT, '..', 'shared'));

/**
 * The absolute path of `relative` inside the shared folder, or `undefined` when it is missing.
 *
 * @example
 * const seed = sharedPath('seeds/000_97e402c0209a3bde.txt');
 * it.skipIf(!seed)('parses the seed', () => {});
 */
export function sharedPath(relative: string): string | undefined {
  const full = path.join(SHARED_DIR, relative);
  return existsSync(full) ? full : undefined;
}

/** The message shown beside a test skipped for want of shared data. */
export function missingShared(relative: string): string {
  return `shared test data not found at ${path.join(SHARED_DIR, relative)} (set SHARED_DIR): skipped`;
}
