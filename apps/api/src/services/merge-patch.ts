/**
 * @module
 * JSON Merge Patch (RFC 7396): a partial document where `null` removes a member, objects merge
 * member by member, and anything else (arrays included) replaces the old value.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

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

export type { Json };
