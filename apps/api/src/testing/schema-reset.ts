/**
 * @module
 * Returning a migrated PostgreSQL schema to the state its migrations left it in, so the next test
 * can reuse it. Deleting a test's few rows takes milliseconds; migrating a new schema takes
 * hundreds, and so does TRUNCATE, which makes new files for every table and index.
 */
import type postgres from 'postgres';

/**
 * The SQL text, to run in a transaction, that empties every table of `schema` but `schema_migrations`,
 * referencing tables first, puts back the rows the migrations inserted (such as the revision
 * counter) and restarts its sequences. Read it right after migrating.
 *
 * @example
 * const reset = await resetScript(sql, 't1');
 * // … a test writes to t1 …
 * await sql.begin((tx) => tx.unsafe(reset));
 */
export async function resetScript(sql: postgres.Sql, schema: string): Promise<string> {
  const tables = await sql<{ name: string; parents: string[] }[]>`
    SELECT c.relname AS name,
           coalesce(array_agg(DISTINCT p.relname) FILTER (WHERE p.oid <> c.oid), '{}') AS parents
    FROM pg_class c
    LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'f'
    LEFT JOIN pg_class p ON p.oid = k.confrelid
    WHERE c.relnamespace = ${schema}::regnamespace AND c.relkind = 'r' AND c.relname <> 'schema_migrations'
    GROUP BY c.relname`;
  const statements = deletionOrder(tables).map((t) => `DELETE FROM ${qualified(schema, t)};`);
  for (const { name } of tables) statements.push(...(await seedRows(sql, schema, name)));
  const sequences = await sql<{ name: string; start: string }[]>`
    SELECT sequencename AS name, start_value::text AS start FROM pg_sequences WHERE schemaname = ${schema}`;
  for (const s of sequences) statements.push(`SELECT setval('${qualified(schema, s.name)}', ${s.start}, false);`);
  // Triggers name their tables without a schema.
  return [`SET LOCAL search_path TO ${quoted(schema)};`, ...statements].join('\n');
}

/** Tables ordered so that each comes before every table it references. */
function deletionOrder(tables: readonly { name: string; parents: string[] }[]): string[] {
  const order: string[] = [];
  let left = tables;
  while (left.length > 0) {
    const referenced = new Set(left.flatMap((t) => t.parents));
    const unreferenced = left.filter((t) => !referenced.has(t.name));
    if (unreferenced.length === 0) throw new Error(`foreign keys form a cycle among ${left.map((t) => t.name).join(', ')}`);
    order.push(...unreferenced.map((t) => t.name));
    left = left.filter((t) => referenced.has(t.name));
  }
  return order;
}

/** An INSERT putting back the rows `table` holds now, or nothing when it is empty. */
async function seedRows(sql: postgres.Sql, schema: string, table: string): Promise<string[]> {
  const name = qualified(schema, table);
  const [row] = await sql<{ rows: string | null }[]>`SELECT json_agg(t)::text AS rows FROM ${sql.unsafe(name)} t`;
  if (!row?.rows) return [];
  // Generated columns compute themselves and refuse values.
  const columns = await sql<{ name: string }[]>`
    SELECT attname AS name FROM pg_attribute
    WHERE attrelid = ${name}::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = ''`;
  const list = columns.map((c) => quoted(c.name)).join(', ');
  const json = row.rows.replaceAll("'", "''");
  return [`INSERT INTO ${name} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM json_populate_recordset(NULL::${name}, '${json}');`];
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const qualified = (schema: string, name: string) => `${quoted(schema)}.${quoted(name)}`;
