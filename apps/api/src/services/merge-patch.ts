/**
 * @module
 * JSON Merge Patch (RFC 7396): a partial document where `null` removes a member, objects merge
 * member by member, and anything else (arrays included) replaces the old value.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `target` with `patch` applied, as RFC 7396 defines it; neither argument is modified.
 *
 * @example
 * mergePatch({ headline: 'Old', standfirst: 'Gone soon' }, { headline: 'New', standfirst: null });
 * // { headline: 'New' }
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}

/**
 * How deeply `value` nests objects and arrays (a scalar is 0), counted without recursion so a
 * document nested thousands deep is measured rather than overflowing the stack.
 *
 * @example
 * jsonDepth({ a: [{ b: 1 }] }); // 3
 */
export function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}
