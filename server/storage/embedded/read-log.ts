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
  const { size } = await readLines(path, { from: 0, lines: 0 }, warn, (line, lineNumber) => {
    records.push(parseLine(line, path, lineNumber, isRecord, what));
  });
  return { records, size };
}

export interface LinesRead {
  /** Length in bytes after any repair: where the next append goes. */
  size: number;
  /** Complete lines in the file, those before `from` included. */
  lines: number;
}

/**
 * Calls `onLine` with each complete line from byte `from` on (the start of a line, `lines` lines into the
 * file), with the line's number in the file, its offset and its length in bytes without the newline. Cuts
 * off a torn last line with a warning, only once every complete line has been read: a log whose reading
 * fails is left as it was.
 */
export async function readLines(
  path: string,
  start: { from: number; lines: number },
  warn: (message: string) => void,
  onLine: (line: string, lineNumber: number, offset: number, bytes: number) => void,
): Promise<LinesRead> {
  const handle = await open(path, 'r');
  let end = start.from; // bytes up to the end of the last complete line
  let total = start.from;
  let lineNumber = start.lines;
  try {
    let carry: Buffer[] = [];
    let carried = 0;
    for (;;) {
      // A fresh buffer each time: a line may still refer to the previous one through `carry`.
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, total);
      if (bytesRead === 0) break;
      const chunk = buffer.subarray(0, bytesRead);
      let at = 0;
      for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, at)) {
        const line =
          carry.length === 0
            ? chunk.toString('utf8', at, nl)
            : Buffer.concat([...carry, chunk.subarray(at, nl)]).toString('utf8');
        const offset = carry.length === 0 ? total + at : total - carried;
        const bytes = total + nl - offset;
        carry = [];
        carried = 0;
        lineNumber++;
        onLine(line, lineNumber, offset, bytes);
        end = total + nl + 1;
        at = nl + 1;
      }
      if (at < bytesRead) {
        carry.push(chunk.subarray(at));
        carried += bytesRead - at;
      }
      total += bytesRead;
    }
  } finally {
    await handle.close();
  }
  if (end < total) {
    warn(
      `${path}: the last line was cut off mid-write and never acknowledged; removed ${total - end} bytes.`,
    );
    await truncate(path, end);
  }
  return { size: end, lines: lineNumber };
}

/** Parses one line; a line that is not a record stops the start, naming the file and the line. */
export function parseLine<T>(
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
