/**
 * @module
 * Test support: xmllint (libxml2's checker, Debian's libxml2-utils) validating a document
 * against the sitemap schemas in ./schemas, offline (`--nonet`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The sitemap protocol's schema, which imports the News and image extensions' beside it. */
const SITEMAP_SCHEMA = fileURLToPath(new URL('./schemas/sitemap.xsd', import.meta.url));

/** Why xmllint cannot run here, or null when it can. */
export const xmllintMissing: string | null = (() => {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'xmllint is not installed (Debian: apt-get install libxml2-utils; .ci/run installs it)';
  }
})();

/**
 * xmllint's complaints about `xml` against `schema`, one per line; empty when it validates.
 *
 * @example
 * expect(schemaErrors(await response.text())).toEqual([]);
 */
export function schemaErrors(xml: string, schema = SITEMAP_SCHEMA): string[] {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, '-'], { input: xml, encoding: 'utf8' });
  if (run.status === 0) return [];
  return run.stderr.split('\n').filter((line) => line.trim() !== '' && line.trim() !== '- fails to validate');
}
