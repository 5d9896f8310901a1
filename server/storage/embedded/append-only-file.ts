// One append-only file with group commit: lines that arrive while a write is in flight are written together
// in the next batch, with one fdatasync per batch. A line's promise resolves only after the fsync covering it,
// with the byte offset where the line starts (so a reader can find it again without reading the rest).

import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { gatedChange } from './backup/write-gate';
import { syncDirectory, writeAll } from './file-io';

export interface AppendOnlyFile {
  /** Resolves, once durable, with the offset in bytes where the line starts. */
  append(line: string): Promise<number>;
  close(): Promise<void>;
}

interface Pending {
  bytes: Buffer;
  resolve: (offset: number) => void;
  reject: (error: Error) => void;
}

/** `size` is the file's current length in bytes, every byte of it a complete line. */
export function openAppendOnlyFile(path: string, size: number): AppendOnlyFile {
  let handle: FileHandle | null = null;
  let length = size;
  let queue: Pending[] = [];
  let flushing: Promise<void> | null = null;
  /** Set when a failed batch could not be cut off: later lines would land after its remains. */
  let broken: Error | null = null;

  /** Writes the batch at the end of the file; resolves with where it started. */
  async function writeBatch(batch: Pending[]): Promise<number> {
    const isNew = handle === null && length === 0;
    handle ??= await open(path, 'a+');
    const bytes = Buffer.concat(batch.map((p) => p.bytes));
    const file = handle;
    // The write and its cut-off on failure are one step for a backup, which never sees a torn batch.
    return gatedChange(path, async () => {
      try {
        await writeAll(file, bytes, length);
        await file.datasync();
        if (isNew) await syncDirectory(dirname(path));
        const start = length;
        length += bytes.length;
        return start;
      } catch (error) {
        // Cut off whatever part of the batch reached the file, so no torn line sits before later ones. The
        // file is opened for appending, so a later write lands at its end whatever position it names: if
        // the cut fails, nothing more may be appended until a restart reads the file back and repairs it.
        await file.truncate(length).catch((cutFailed: unknown) => {
          broken = cutFailed as Error;
        });
        throw error;
      }
    });
  }

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        if (broken) throw broken;
        let offset = await writeBatch(batch);
        for (const p of batch) {
          p.resolve(offset);
          offset += p.bytes.length;
        }
      } catch (error) {
        for (const p of batch) p.reject(error as Error);
      }
    }
    flushing = null;
  }

  return {
    append(line) {
      return new Promise<number>((resolve, reject) => {
        queue.push({ bytes: Buffer.from(`${line}\n`, 'utf8'), resolve, reject });
        flushing ??= flush();
      });
    },
    async close() {
      await flushing;
      await handle?.close();
      handle = null;
    },
  };
}
