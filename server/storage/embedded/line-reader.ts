// Reads lines of a log by their place (offset and length), through a window of a megabyte or more: reading
// lines in the order they were written costs one read a megabyte, and a line outside the window one more.

import { open, type FileHandle } from 'node:fs/promises';

const WINDOW = 1 << 20;

export interface LineReader {
  /** The bytes [offset, offset + bytes), valid until the reader is closed. */
  read(offset: number, bytes: number): Promise<Buffer>;
  close(): Promise<void>;
}

export async function openLineReader(path: string): Promise<LineReader> {
  const handle: FileHandle = await open(path, 'r');
  let window = Buffer.alloc(0);
  let windowStart = 0;
  return {
    async read(offset, bytes) {
      if (offset < windowStart || offset + bytes > windowStart + window.length) {
        // A new buffer each time: what was handed out from the last one stays as it was.
        const fresh = Buffer.allocUnsafe(Math.max(WINDOW, bytes));
        const { bytesRead } = await handle.read(fresh, 0, fresh.length, offset);
        if (bytesRead < bytes)
          throw new Error(`${path}: a line at byte ${offset} is past the end of the log`);
        window = fresh.subarray(0, bytesRead);
        windowStart = offset;
      }
      return window.subarray(offset - windowStart, offset - windowStart + bytes);
    },
    close: () => handle.close(),
  };
}
