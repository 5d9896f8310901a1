// The file operations every durable write here needs. The steps that change what a file in the data
// directory says (a rename into place, a deletion) pass through the backup's write gate.

import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { gatedChange } from './backup/write-gate';

/** Renames a finished temporary file over `path`, as one step a backup sees whole or not at all. */
export const moveIntoPlace = (temporary: string, path: string) =>
  gatedChange(path, () => rename(temporary, path));

/** Deletes a file of the data directory (nothing when it is already gone). */
export const removeFile = (path: string) => gatedChange(path, () => rm(path, { force: true }));

/** A new or renamed file's directory entry must be durable too, or a power cut can lose the whole file. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes every byte: one write call may write fewer than it was given. */
export async function writeAll(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written, position + written);
    written += bytesWritten;
  }
}

/**
 * Replaces a file's contents whole: written to a temporary file beside it, synced, renamed over it, and the
 * directory synced, so a crash leaves the old contents or the new ones and never a torn or empty file.
 */
export async function replaceFile(path: string, bytes: Buffer): Promise<void> {
  const temporary = `${path}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await writeAll(handle, bytes, 0);
    // The new contents must be on disk before the rename makes them the file, or a power cut could leave
    // an empty file under the real name.
    await handle.datasync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await moveIntoPlace(temporary, path);
  // The rename itself lives in the directory: sync it so the new file survives a power cut.
  await syncDirectory(dirname(path));
}
