// The one read-modify-write path of the plans part: inside a transaction, the row is read FOR UPDATE (so a
// concurrent change waits for this one and then sees its result), handed to the caller's function, and what
// that function answers is written; whatever it throws rolls the transaction back and writes nothing.
// Table and column names come from this code only; every value travels as a parameter.

import type { PgQueryable } from '../pg-database';

/** A value for a json column: sent as text, so that pg does not turn a JS array into a PostgreSQL array. */
export const json = (value: unknown): string => JSON.stringify(value);

export interface RowChange<R> {
  result: R;
  /** Columns to write (a `doc` is written as json); nothing is written when absent. */
  set?: Record<string, unknown>;
}

/**
 * Locks the row of `table` whose columns equal `key`, applies `apply` to it and writes its `set`. Resolves
 * undefined, writing nothing, when there is no such row. Must run inside `db.transaction`.
 */
export async function changeRow<Row, R>(
  tx: PgQueryable,
  table: string,
  key: Record<string, unknown>,
  apply: (row: Row) => Promise<RowChange<R>> | RowChange<R>,
): Promise<R | undefined> {
  const keyColumns = Object.keys(key);
  const where = keyColumns.map((column, i) => `${column} = $${i + 1}`).join(' AND ');
  const keyValues = keyColumns.map((column) => key[column]);
  const { rows } = await tx.query(`SELECT * FROM ${table} WHERE ${where} FOR UPDATE`, keyValues);
  if (rows.length === 0) return undefined;
  const { result, set } = await apply(rows[0] as Row);
  if (set && Object.keys(set).length > 0) {
    const columns = Object.keys(set);
    const assignments = columns.map((column, i) => `${column} = $${keyValues.length + i + 1}`).join(', ');
    const values = columns.map((column) => (column === 'doc' ? json(set[column]) : set[column]));
    await tx.query(`UPDATE ${table} SET ${assignments} WHERE ${where}`, [...keyValues, ...values]);
  }
  return result;
}
