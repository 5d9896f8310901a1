// A plain VACUUM after names, addresses, links or answers were deleted for good: an UPDATE or DELETE leaves
// the old row version in the table's pages until vacuumed, readable by anyone with the files. Run outside any
// transaction (VACUUM refuses one); a failure is only warned about, since autovacuum comes by later anyway.

import type { PgQueryable } from '../pg-database';

export async function vacuum(
  db: PgQueryable,
  tables: readonly string[],
  warn: (message: string) => void,
): Promise<void> {
  try {
    // Table names are this part's own constants, never a caller's value.
    await db.query(`VACUUM ${tables.join(', ')}`);
  } catch (error) {
    warn(`VACUUM ${tables.join(', ')} failed: ${(error as Error).message}`);
  }
}
