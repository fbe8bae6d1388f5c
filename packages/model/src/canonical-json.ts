/**
 * @module
 * JSON that is the same text for equal values, whatever order their keys were written in: what
 * the hashes of a save are taken over.
 */

/**
 * JSON with object keys sorted at every level and undefined members dropped, so equal values
 * always give the same text.
 *
 * @example
 * canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] }); // '{"a":[{"d":2}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(v).sort()) sorted[key] = (v as Record<string, unknown>)[key];
    return sorted;
  });
}
