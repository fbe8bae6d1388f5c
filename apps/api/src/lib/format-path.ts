/**
 * @module
 * Field paths of validation issues as people write them.
 */

/**
 * A Zod issue path as people write it: `authors[0].name`.
 *
 * @example
 * formatPath(['authors', 0, 'name']); // 'authors[0].name'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}
