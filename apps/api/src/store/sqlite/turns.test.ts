/**
 * @module
 * Tests of the turns transactions of the query layer take on a SQLite connection.
 */
import { DatabaseSync } from 'node:sqlite';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { sqliteDb } from './db.ts';
import { transaction } from './transaction.ts';
import { takingTurns } from './turns.ts';

const open = () => {
  const db = new DatabaseSync(':memory:');
  db.exec('CREATE TABLE notes (body TEXT NOT NULL)');
  return db;
};
const bodies = (db: DatabaseSync) => (db.prepare('SELECT body FROM notes ORDER BY body').all() as { body: string }[]).map((r) => r.body);

describe('store methods taking turns with the query layer', () => {
  it('keep a synchronous write made while a failing transaction awaits, and leave the transaction its own', async () => {
    const db = open();
    const methods = takingTurns(db, {
      note: async (body: string) => transaction(db, () => db.prepare('INSERT INTO notes (body) VALUES (?)').run(body)),
      count: async () => bodies(db).length,
    });
    const failing = sqliteDb(db).transaction(async (tx) => {
      await tx.run('INSERT INTO notes (body) VALUES (?)', ['undone']);
      await nextTurn();
      throw new Error('failed after a pause');
    });
    const meanwhile = (async () => {
      await nextTurn();
      const seen = await methods.count();
      await methods.note('kept');
      return seen;
    })();
    await expect(failing).rejects.toThrow('failed after a pause');
    // Waited for the transaction to end: saw nothing it had not committed.
    expect(await meanwhile).toBe(0);
    expect(bodies(db)).toEqual(['kept']);
  });

  it('run at once, without waiting, when no transaction is open', () => {
    const db = open();
    const methods = takingTurns(db, { sync: (body: string) => db.prepare('INSERT INTO notes (body) VALUES (?)').run(body).changes });
    expect(methods.sync('now')).toBe(1);
    expect(bodies(db)).toEqual(['now']);
  });
});
