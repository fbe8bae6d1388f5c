/**
 * @module
 * Rows in PostgreSQL's binary `COPY` format, and sending them. Text rows cost the server a parser
 * for each value: the JSON of a recordset, a `tsvector`'s input syntax, a `bigint[]`'s digits;
 * about half of what storing an imported story cost it (decision 033). In binary a vector goes
 * in as its lexemes and packed positions and an array as its numbers (`tsvector_recv`,
 * `array_recv`), read without a parser, and the API writes numbers instead of their digits.
 */
import { finished } from 'node:stream/promises';
import type { SearchVectorEntries } from '../search-analysis.ts';
import type { Queryable } from './connection.ts';
import { untilDeadline } from './deadline.ts';

/** PostgreSQL's epoch, 2000-01-01, in Unix milliseconds: a timestamp travels as microseconds since it. */
const PG_EPOCH_MS = 946_684_800_000;
/** The type of a `bigint` array's elements, which `array_recv` checks against the column's. */
const INT8_OID = 20;
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * The rows of one binary `COPY`, written field by field: begin each row with `row(fields)`, then
 * one call a field, in the statement's column order; `done()` gives the bytes to send.
 *
 * @example
 * const rows = new BinaryRows();
 * rows.row(2).text('a1').timestamp('2026-06-01T00:00:00.000Z');
 * await copyIn(tx, 'COPY t (id, at) FROM STDIN (FORMAT binary)', rows.done());
 */
export class BinaryRows {
  private buf = Buffer.allocUnsafe(1 << 16);
  private at = 0;
  /** Where the last vector written begins, its length included. */
  private lastVector = -1;

  constructor() {
    this.room(SIGNATURE.length + 8);
    this.at += SIGNATURE.copy(this.buf, this.at);
    this.int32(0).int32(0);
  }

  /** Starts a row of `fields` fields. */
  row(fields: number): this {
    this.room(2);
    this.at = this.buf.writeInt16BE(fields, this.at);
    return this;
  }

  /** A `text` (or `json`) field in UTF-8; a lone surrogate becomes U+FFFD, as the driver sends it. */
  text(value: string | null): this {
    if (value === null) return this.int32(-1);
    const length = Buffer.byteLength(value);
    this.int32(length).room(length);
    this.at += this.buf.write(value, this.at, 'utf8');
    return this;
  }

  /** A `timestamptz` field from an ISO 8601 time (milliseconds are all it has). */
  timestamp(iso: string | null): this {
    if (iso === null) return this.int32(-1);
    return this.int32(8).int64((Date.parse(iso) - PG_EPOCH_MS) * 1000);
  }

  /**
   * A `tsvector` field: its lexemes in byte order (as the server keeps them; it sorts them itself
   * otherwise), each position once (the first, of the highest weight, where the text ran past the last position).
   */
  vector(lexemes: SearchVectorEntries['lexemes']): this {
    const start = this.lengthFirst();
    this.lastVector = start - 4;
    this.int32(lexemes.size);
    for (const lexeme of [...lexemes.keys()].sort()) {
      const positions = lexemes.get(lexeme)!;
      const bytes = Buffer.byteLength(lexeme);
      this.room(bytes + 3 + positions.length * 2);
      this.at += this.buf.write(lexeme, this.at, 'utf8');
      this.buf[this.at++] = 0;
      const count = this.at;
      this.at += 2;
      let n = 0;
      let last = -1;
      for (const packed of positions) {
        if ((packed & 0x3fff) === last) continue;
        last = packed & 0x3fff;
        this.at = this.buf.writeUInt16BE(packed, this.at);
        n += 1;
      }
      this.buf.writeUInt16BE(n, count);
    }
    return this.lengthEnd(start);
  }

  /**
   * The last vector written here as a field of `rows` too: a vector stored twice is encoded once.
   *
   * @example
   * search.vector(lexemes).copyVectorTo(rank.row(2).text(id));
   */
  copyVectorTo(rows: BinaryRows): this {
    const field = this.buf.subarray(this.lastVector, this.at);
    rows.room(field.length);
    rows.at += field.copy(rows.buf, rows.at);
    return this;
  }

  /** A `bigint[]` field of `values`, each an integer under 2^53. */
  bigints(values: readonly number[]): this {
    const start = this.lengthFirst();
    if (values.length === 0) return this.int32(0).int32(0).int32(INT8_OID).lengthEnd(start);
    this.int32(1).int32(0).int32(INT8_OID).int32(values.length).int32(1);
    this.room(values.length * 12);
    for (const v of values) this.int32(8).int64(v);
    return this.lengthEnd(start);
  }

  /** The rows written, with the end marker. */
  done(): Buffer {
    this.room(2);
    this.at = this.buf.writeInt16BE(-1, this.at);
    return this.buf.subarray(0, this.at);
  }

  private int32(value: number): this {
    this.room(4);
    this.at = this.buf.writeInt32BE(value, this.at);
    return this;
  }

  private int64(value: number): this {
    const high = Math.floor(value / 2 ** 32);
    this.int32(high).room(4);
    this.at = this.buf.writeUInt32BE(value - high * 2 ** 32, this.at);
    return this;
  }

  /** Leaves room for a field's length, written by `lengthEnd` once its bytes are. */
  private lengthFirst(): number {
    this.int32(0);
    return this.at;
  }

  private lengthEnd(start: number): this {
    this.buf.writeInt32BE(this.at - start, start - 4);
    return this;
  }

  private room(bytes: number): this {
    if (this.at + bytes <= this.buf.length) return this;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.at + bytes));
    this.buf.copy(bigger, 0, 0, this.at);
    this.buf = bigger;
    return this;
  }
}

/**
 * Runs `statement` (a `COPY … FROM STDIN (FORMAT binary)`) with `rows` as its data, resolving once
 * the server has stored them and failing with the server's error if it refused them, within the
 * deadline of `sql`'s queries. A `COPY` is one statement: refused, it stores none of its rows.
 *
 * @example
 * await copyIn(tx, 'COPY article_rank (id, search) FROM STDIN (FORMAT binary)', rows.done());
 */
export async function copyIn(sql: Queryable, statement: string, rows: Buffer): Promise<void> {
  const stream = await sql.unsafe(statement).writable();
  stream.end(rows);
  await untilDeadline(sql, finished(stream));
}
