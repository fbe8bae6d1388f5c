/**
 * @module
 * Where the repository, its apps and the third-party test data live.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const cliEntry = join(repoRoot, 'apps/api/src/cli.ts');
export const siteEntry = join(repoRoot, 'apps/site/server.mjs');
export const deskEntry = join(repoRoot, 'apps/desk/server.mjs');

/** The shared folder of third-party test articles, or null when this checkout has none beside it. */
const sharedDir: string | null = (() => {
  const dir = process.env.SHARED_DIR ?? join(repoRoot, '..', 'shared');
  return existsSync(dir) ? dir : null;
})();

export const seedPath = sharedDir ? join(sharedDir, 'seeds/000_97e402c0209a3bde.txt') : null;

/** Why a test that needs the shared articles is skipped, for the runner's output. */
export const noSharedReason = 'skipped: ../shared (third-party test articles) is not beside this checkout';
