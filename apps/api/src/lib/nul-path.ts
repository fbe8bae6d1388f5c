/**
 * @module
 * Finding text PostgreSQL cannot store (a NUL character) anywhere in a validated request.
 */
import { formatPath } from './format-path.ts';

/**
 * The path (as `formatPath` writes it) of the first string in `value` holding a NUL character,
 * searched without recursion. Each entry links to its parent, and a path is only spelt out for
 * the one string found: copying the path at every step made a large or deep body (a megabyte of
 * nested arrays) cost time in the square of its size, on the event loop.
 *
 * @example
 * nulPath({ tags: ['a', 'b\u0000'] }); // 'tags[1]'
 */
export function nulPath(value: unknown): string | undefined {
  interface Step {
    item: unknown;
    key: string | number | undefined;
    parent: Step | undefined;
  }
  const pathOf = (step: Step | undefined, last?: string): string => {
    const path: (string | number)[] = last === undefined ? [] : [last];
    for (let s = step; s?.key !== undefined; s = s.parent) path.unshift(s.key);
    return path.length === 0 ? '(root)' : formatPath(path);
  };
  const stack: Step[] = [{ item: value, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    const { item } = step;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return pathOf(step);
    } else if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) stack.push({ item: item[i], key: i, parent: step });
    } else if (typeof item === 'object' && item !== null) {
      for (const key in item) {
        if (!Object.hasOwn(item, key)) continue;
        if (key.includes('\u0000')) return pathOf(step, key);
        stack.push({ item: (item as Record<string, unknown>)[key], key, parent: step });
      }
    }
  }
  return undefined;
}
