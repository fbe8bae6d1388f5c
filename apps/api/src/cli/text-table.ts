/**
 * @module
 * Plain-text tables for the CLI's list commands: columns aligned with spaces, so a terminal and
 * `grep`/`awk` read them alike.
 */

/**
 * A timestamp to the minute, UTC, readable in a terminal; `-` for none.
 *
 * @example
 * minute('2026-06-01T05:00:00.000Z'); // '2026-06-01 05:00Z'
 */
export function minute(timestamp: string | null): string {
  return timestamp === null ? '-' : `${timestamp.slice(0, 16).replace('T', ' ')}Z`;
}

/**
 * `headers` and `rows` as lines of columns padded to the widest cell, two spaces apart, with no
 * trailing spaces.
 *
 * @example
 * alignedTable(['ID', 'NAME'], [['1', 'Ada']]); // 'ID  NAME\n1   Ada'
 */
export function alignedTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  return [headers, ...rows]
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
