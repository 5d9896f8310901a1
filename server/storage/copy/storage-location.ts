// Where a copy reads from or writes to: an embedded data directory, or a PostgreSQL database (one schema of
// it). Named on the command line the way the server is configured: a path, or a postgres:// URL.

import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { runningServer } from '../embedded/backup/running-marker';
import { openEmbeddedStorage } from '../embedded/open-embedded-storage';
import { checkSchemaName } from '../postgres/pg-database';
import { openPostgresStorage } from '../postgres/open-postgres-storage';
import type { Storage } from '../storage';

export type StorageLocation =
  { kind: 'embedded'; dir: string } | { kind: 'postgres'; url: string; schema: string };

export function parseLocation(text: string, schema = 'public'): StorageLocation {
  if (/^postgres(ql)?:\/\//i.test(text))
    return { kind: 'postgres', url: text, schema: checkSchemaName(schema) };
  return { kind: 'embedded', dir: resolve(text) };
}

/** How the output names it: never the URL's password. */
export function describeLocation(location: StorageLocation): string {
  if (location.kind === 'embedded') return `data directory ${location.dir}`;
  let where = 'PostgreSQL';
  try {
    const url = new URL(location.url);
    where = `PostgreSQL ${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
  } catch {
    // An unparsable URL is named by its kind alone.
  }
  return `${where} (schema ${location.schema})`;
}

export function sameLocation(a: StorageLocation, b: StorageLocation): boolean {
  if (a.kind === 'embedded' && b.kind === 'embedded') return a.dir === b.dir;
  if (a.kind === 'postgres' && b.kind === 'postgres') return a.url === b.url && a.schema === b.schema;
  return false;
}

/** Opens a storage as the server would; a source must exist (an embedded one is never made up). */
export async function openLocation(
  location: StorageLocation,
  warn: (message: string) => void,
  { mustExist }: { mustExist: boolean },
): Promise<Storage> {
  if (location.kind === 'embedded') {
    if (mustExist && !existsSync(resolve(location.dir, 'records.json'))) {
      throw new Error(`${location.dir} holds no Groundwork data (no records.json)`);
    }
    return openEmbeddedStorage(location.dir, warn);
  }
  return openPostgresStorage({ url: location.url, schema: location.schema, poolSize: 4 }, warn);
}

/**
 * Refuses a target that holds anything: a new or empty data directory (checked before opening it, which
 * writes files), or a schema with no organization and no account (checked once opened).
 */
export async function assertEmptyDirectory(location: StorageLocation): Promise<void> {
  if (location.kind !== 'embedded' || !existsSync(location.dir)) return;
  if ((await readdir(location.dir)).length > 0) {
    throw new Error(`${location.dir} is not empty: a copy goes into a new data directory`);
  }
}

export async function assertEmptyStorage(storage: Storage, name: string): Promise<void> {
  const organizations = await storage.organizations.list();
  const accounts = await storage.accounts.list();
  if (organizations.length > 0 || accounts.length > 0) {
    throw new Error(
      `${name} already holds ${organizations.length} organization(s) and ${accounts.length} account(s): ` +
        'a copy goes into an empty one',
    );
  }
}

/**
 * Refuses a data directory a running server has open (the marker every start writes): its files change
 * under the copy. A running PostgreSQL writer leaves no such mark; the command says so instead.
 */
export async function assertNoServerRunning(location: StorageLocation): Promise<void> {
  if (location.kind !== 'embedded') return;
  const pid = await runningServer(location.dir);
  if (pid !== null) {
    throw new Error(`${location.dir} is in use by a running server (process ${pid}): stop it first`);
  }
}
