/**
 * @module
 * Adding to the `Vary` header without losing what another middleware put there.
 */

/**
 * Adds `names` to the `Vary` header of `headers`, once each.
 *
 * @example
 * appendVary(res.headers, 'Origin'); // Vary: Authorization, Origin
 */
export function appendVary(headers: Headers, ...names: string[]): void {
  const current = (headers.get('vary') ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const lower = new Set(current.map((v) => v.toLowerCase()));
  for (const name of names) if (!lower.has(name.toLowerCase())) current.push(name);
  headers.set('Vary', current.join(', '));
}
