// A file in the data directory naming the process whose storage has it open, so that a copy made with the
// server stopped (`npm run backup`) can refuse to copy files that a running server is changing. It is a
// marker, not a lock: a start never refuses because of it (a crash leaves it behind, and the next start
// simply writes its own), and it is left out of every copy.

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export const RUNNING_MARKER = 'server.pid';

/** Marks `dataDir` as open by this process; the function returned takes the mark away again. */
export async function markRunning(dataDir: string): Promise<() => Promise<void>> {
  const path = join(dataDir, RUNNING_MARKER);
  const mine = String(process.pid);
  await writeFile(path, `${mine}\n`);
  return async () => {
    // Another process may have opened the directory since: its mark stays.
    const current = await readFile(path, 'utf8').catch(() => null);
    if (current?.trim() === mine) await rm(path, { force: true });
  };
}

/** The id of a live process other than this one that has `dataDir` open, or null. */
export async function runningServer(dataDir: string): Promise<number | null> {
  const text = await readFile(join(dataDir, RUNNING_MARKER), 'utf8').catch(() => null);
  const pid = text === null ? NaN : Number(text.trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to another user, which still means it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
