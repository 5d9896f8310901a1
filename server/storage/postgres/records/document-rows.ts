// The one path by which a record stored as a JSON document changes: read its row FOR UPDATE, apply the
// caller's function to it as stored at that moment, write the result and its key columns back, all inside
// the caller's transaction. A change made meanwhile by another instance waits on the row lock and is then
// seen, so none is lost; whatever the function throws rolls the transaction back, writing nothing.

import type { PgQueryable } from '../pg-database';

/** A table of documents: its name, the column naming a row, and the columns worked out from a document. */
export interface DocumentTable<T> {
  /** Written into SQL as is: a constant of this code, never a value from outside. */
  readonly name: string;
  /** The primary-key column, whose value `columns` gives too. */
  readonly key: string;
  /** The looked-up columns stored beside the document, by column name (the key column among them). */
  columns(doc: T): Record<string, unknown>;
}

/** The document as the `json` column stores it: its text as JSON.stringify writes it, undefined keys dropped. */
const asJson = (doc: unknown): string => JSON.stringify(doc);

/** Stores a new document; rejects (unique violation) when its key is taken. */
export async function insertDocument<T>(tx: PgQueryable, table: DocumentTable<T>, doc: T): Promise<T> {
  const columns = table.columns(doc);
  const names = [...Object.keys(columns), 'doc'];
  const values = [...Object.values(columns), asJson(doc)];
  const { rows } = await tx.query<{ doc: T }>(
    `INSERT INTO ${table.name} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
     RETURNING doc`,
    values,
  );
  return rows[0]!.doc;
}

/** The stored document, its row locked until the transaction ends; undefined when there is none. */
export async function lockDocument<T>(
  tx: PgQueryable,
  table: DocumentTable<T>,
  key: string,
): Promise<T | undefined> {
  const { rows } = await tx.query<{ doc: T }>(
    `SELECT doc FROM ${table.name} WHERE ${table.key} = $1 FOR UPDATE`,
    [key],
  );
  return rows[0]?.doc;
}

/** Replaces the document of row `key` (locked by lockDocument) by `next`, and its columns with it. */
export async function writeDocument<T>(
  tx: PgQueryable,
  table: DocumentTable<T>,
  key: string,
  next: T,
): Promise<T> {
  const columns = table.columns(next);
  const names = [...Object.keys(columns), 'doc'];
  const values = [key, ...Object.values(columns), asJson(next)];
  const { rows } = await tx.query<{ doc: T }>(
    `UPDATE ${table.name} SET ${names.map((n, i) => `${n} = $${i + 2}`).join(', ')}
     WHERE ${table.key} = $1 RETURNING doc`,
    values,
  );
  return rows[0]!.doc;
}

/**
 * Replaces the document of row `key` by `change(current)`, `current` being the row as stored once locked.
 * Rejects as the embedded store does for a row not stored; resolves with the document as written.
 */
export async function changeDocument<T>(
  tx: PgQueryable,
  table: DocumentTable<T>,
  key: string,
  change: (current: T) => T,
): Promise<T> {
  const current = await lockDocument(tx, table, key);
  if (current === undefined) throw new Error('No such record to update');
  return writeDocument(tx, table, key, change(current));
}

/** The documents a query's `doc` column holds, in its order. */
export async function readDocuments<T>(db: PgQueryable, sql: string, values: unknown[] = []): Promise<T[]> {
  const { rows } = await db.query<{ doc: T }>(sql, values);
  return rows.map((r) => r.doc);
}

/** The first document a query finds, or undefined. */
export async function readDocument<T>(
  db: PgQueryable,
  sql: string,
  values: unknown[] = [],
): Promise<T | undefined> {
  return (await readDocuments<T>(db, sql, values))[0];
}
