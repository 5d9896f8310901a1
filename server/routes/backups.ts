// An online backup of the embedded data directory, the installation owner's alone: a copy of every file as
// of one instant (storage/embedded/backup/online-backup.ts says what that guarantees), written to a new
// directory under BACKUP_DIR while the server goes on serving. With PostgreSQL the database is backed up
// with its own tools (pg_dump, WAL archiving), and this answers 409. Each backup is audited.

import { createRoute, z } from '@hono/zod-openapi';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AppDeps } from '../app-deps';
import { ConflictError } from '../domain/errors';
import { audit } from '../http/audit';
import { guard } from '../http/guard';
import { createRouter, jsonResponse, problems } from '../http/router';
import { backUpDataDirectory } from '../storage/embedded/backup/online-backup';

/** Where backups come from and go: null when the storage is PostgreSQL. */
export interface BackupTarget {
  dataDir: string;
  /** null: BACKUP_DIR is unset, so no backup can be taken while the server runs. */
  backupDir: string | null;
}

const BackupTakenSchema = z
  .object({
    directory: z.string().openapi({ description: 'The new directory under BACKUP_DIR holding the copy' }),
    files: z.number().int().min(0),
    bytes: z.number().int().min(0),
    responses: z.number().int().min(0).openapi({ description: 'Responses held by the copy' }),
  })
  .openapi('BackupTaken');

/** A directory name that sorts by time and holds no colon (which some file systems refuse). */
const directoryName = (now: number) =>
  `groundwork-${new Date(now).toISOString().slice(0, 19).replaceAll(':', '-')}Z`;

export function backupRoutes(deps: AppDeps, target: BackupTarget | null) {
  /** One backup at a time: two would hold the writers twice and copy the same files twice. */
  let underWay = false;
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/',
      tags: ['Backups'],
      summary:
        'Copy the embedded data directory into BACKUP_DIR while the server runs (the owner only); 409 when BACKUP_DIR is unset, the storage is PostgreSQL, or a backup is under way',
      responses: {
        201: jsonResponse(BackupTakenSchema, 'The copy, complete and synced'),
        ...problems(401, 403, 409),
      },
    }),
    async (c) => {
      guard(c, 'installation:backup');
      if (target === null) {
        throw new ConflictError(
          'This installation keeps its data in PostgreSQL: back it up with pg_dump or WAL archiving.',
          { code: 'backup.embedded-only', params: {} },
        );
      }
      if (target.backupDir === null) {
        throw new ConflictError(
          'No backup directory is set: set BACKUP_DIR, or stop the server and copy its data directory.',
          { code: 'backup.not-configured', params: {} },
        );
      }
      if (underWay) {
        throw new ConflictError('A backup is already being taken.', { code: 'backup.under-way', params: {} });
      }
      underWay = true;
      try {
        // Two backups in the same second get distinct names.
        const name = directoryName(deps.now());
        const directory = existsSync(join(target.backupDir, name))
          ? `${name}-${deps.newId().slice(0, 8)}`
          : name;
        const counts = await backUpDataDirectory(target.dataDir, join(target.backupDir, directory));
        await audit(c, deps, 'installation.backup', directory);
        return c.json({ directory, ...counts }, 201);
      } finally {
        underWay = false;
      }
    },
  );
}
