// Reads a JSON Lines log back at start-up, as a stream of lines so that no log is ever held as one string
// (Node caps a string at about 512 MiB). A torn last line (the process died mid-write, so it was never
// acknowledged) is cut off with a warning; any other unreadable line stops the start, naming file and line.

import { open, truncate } from 'node:fs/promises';

export interface LogContents<T> {
  records: T[];
  /** Length in bytes after any repair: where the next append goes. */
  size: number;
}

const CHUNK = 1 << 20;

/**
 * `what` names a record in messages ("response record", "audit entry"). Each line is parsed and checked by
 * `isRecord`; the records are returned in file order.
 */
export async function readLog<T>(
  path: string,
  isRecord: (value: unknown) => value is T,
  what: string,
  warn: (message: string) => void,
): Promise<LogContents<T>> {
  const records: T[] = [];
  const handle = await open(path, 'r');
  let end = 0; // bytes up to the end of the last complete line
  let total = 0;
  let lineNumber = 0;
  try {
    let carry: Buffer[] = [];
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, total);
      if (bytesRead === 0) break;
      total += bytesRead;
      const chunk = buffer.subarray(0, bytesRead);
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        const piece = chunk.subarray(start, nl);
        const line =
          carry.length === 0 ? piece.toString('utf8') : Buffer.concat([...carry, piece]).toString('utf8');
        carry = [];
        lineNumber++;
        records.push(parseLine(line, path, lineNumber, isRecord, what));
        end = total - bytesRead + nl + 1;
        start = nl + 1;
      }
      if (start < bytesRead) carry.push(Buffer.from(chunk.subarray(start)));
    }
  } finally {
    await handle.close();
  }
  // Only once every complete line has been read: a log that fails to load must be left as it was.
  if (end < total) {
    warn(
      `${path}: the last line was cut off mid-write and never acknowledged; removed ${total - end} bytes.`,
    );
    await truncate(path, end);
  }
  return { records, size: end };
}

function parseLine<T>(
  line: string,
  path: string,
  lineNumber: number,
  isRecord: (value: unknown) => value is T,
  what: string,
): T {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    value = undefined;
  }
  if (!isRecord(value)) {
    throw new Error(
      `${path}, line ${lineNumber}: not a valid ${what}. The file was left untouched; ` +
        'restore it from a backup or remove that line by hand before starting again.',
    );
  }
  return value;
}
