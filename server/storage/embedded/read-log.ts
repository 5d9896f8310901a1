// Reads a JSON Lines log back at start-up. A torn last line (the process died mid-write, so it was never
// acknowledged) is cut off with a warning; any other unreadable line stops the start, naming file and line.

import { readFile, truncate } from 'node:fs/promises';

export interface LogContents<T> {
  records: T[];
  /** Length in bytes after any repair: where the next append goes. */
  size: number;
}

export async function readLog<T>(
  path: string,
  isRecord: (value: unknown) => value is T,
  warn: (message: string) => void,
): Promise<LogContents<T>> {
  const bytes = await readFile(path);
  const end =
    bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? bytes.lastIndexOf(0x0a) + 1 : bytes.length;
  const lines = bytes.subarray(0, end).toString('utf8').split('\n');
  lines.pop(); // the empty string after the final newline
  const records = lines.map((line, index) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = undefined;
    }
    if (!isRecord(value)) {
      throw new Error(
        `${path}, line ${index + 1}: not a valid response record. The file was left untouched; ` +
          'restore it from a backup or remove that line by hand before starting again.',
      );
    }
    return value;
  });
  // Only once every complete line has been read: a log that fails to load must be left as it was.
  if (end < bytes.length) {
    warn(
      `${path}: the last line was cut off mid-write and never acknowledged; removed ${bytes.length - end} bytes.`,
    );
    await truncate(path, end);
  }
  return { records, size: end };
}
