/**
 * @module
 * Empties a package's `dist/` before it is built again, so that a module removed from `src/`
 * does not linger in the published output.
 */
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
