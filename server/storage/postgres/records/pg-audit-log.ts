// The audit log in PostgreSQL: appended rows, listed in the order recorded. A sequence orders them; that is
// fine here, since this log is about staff, never respondents.

import type { AuditEntry, AuditLog } from '../../audit-log';
import type { PgDatabase } from '../pg-database';
import { readDocuments } from './document-rows';

export function createPgAuditLog(db: PgDatabase): AuditLog {
  return {
    async record(entry) {
      await db.query('INSERT INTO audit_log (doc) VALUES ($1)', [JSON.stringify(entry)]);
    },
    list: () => readDocuments<AuditEntry>(db, 'SELECT doc FROM audit_log ORDER BY seq'),
  };
}
