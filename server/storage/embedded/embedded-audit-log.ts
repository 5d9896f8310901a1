// The audit log as a JSON Lines file beside the responses, appended with the same durable writer.

import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { AuditEntry, AuditLog } from '../audit-log';
import { openAppendOnlyFile } from './append-only-file';
import { readLog } from './read-log';

const isEntry = (v: unknown): v is AuditEntry =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as AuditEntry).action === 'string' &&
  typeof (v as AuditEntry).at === 'string';

export async function openEmbeddedAuditLog(
  path: string,
  warn: (message: string) => void,
): Promise<AuditLog & { close(): Promise<void> }> {
  const entries = existsSync(path) ? (await readLog(path, isEntry, 'audit entry', warn)).records : [];
  const file = openAppendOnlyFile(path, existsSync(path) ? (await stat(path)).size : 0);
  return {
    async record(entry) {
      await file.append(JSON.stringify(entry));
      entries.push(entry);
    },
    async list() {
      return [...entries];
    },
    close: () => file.close(),
  };
}
