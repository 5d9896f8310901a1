// The two file operations every durable write here needs.

import { open, type FileHandle } from 'node:fs/promises';

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
