// The one read-modify-write path of this part's documents: inside the caller's transaction, the rows are read
// FOR UPDATE (in id order, so two changes never wait on each other in a circle), `change` works out the new
// documents from them as they are now, and those it returns are written. Whatever `change` throws rolls the
// transaction back, writing nothing. Never used on the submission path, which locks no person's or code's row.

import type { PgQueryable } from '../pg-database';

export interface StoredDocument<T> {
  id: string;
  doc: T;
}

/**
 * `table` and `where` are this part's own SQL (never a caller's value); `where` reads its values from
 * `params` as $1, $2... Resolves with the ids written.
 */
export async function changeDocuments<T>(
  tx: PgQueryable,
  table: 'survey_people' | 'access_codes',
  where: string,
  params: unknown[],
  change: (rows: StoredDocument<T>[]) => Map<string, T>,
): Promise<string[]> {
  const { rows } = await tx.query<StoredDocument<T>>(
    `SELECT id, doc FROM ${table} WHERE ${where} ORDER BY id FOR UPDATE`,
    params,
  );
  if (rows.length === 0) return [];
  const changed = change(rows);
  if (changed.size === 0) return [];
  const ids = [...changed.keys()];
  await tx.query(
    `UPDATE ${table} AS t SET doc = u.doc::jsonb
     FROM unnest($1::text[], $2::text[]) AS u(id, doc) WHERE t.id = u.id`,
    [ids, ids.map((id) => JSON.stringify(changed.get(id)))],
  );
  return ids;
}
