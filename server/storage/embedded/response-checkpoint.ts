// A campaign's compact responses as of a place in its log, so that a start reads only the lines after it.
// The log stays the truth: a checkpoint is used only when its own checksum holds and the log still holds,
// byte for byte at both ends, what the checkpoint was taken from (a log rewritten by an exclusion, restored
// from a backup or cut short fails this); otherwise it is ignored and the log read whole.
//
// Layout: "GWRCP001", the header's length (u32 LE), the header (JSON: tables, dictionaries, where in the log
// it stands), every column's bytes for rows [0, rows) in the header's order, then a CRC-32 of all before it.
// Written to a temporary file, synced, renamed over the old one, and the directory synced: a crash leaves
// the old checkpoint or the new one, whole.

import { createHash } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { addValue, CampaignColumns, newQuestionColumn, type QuestionColumn } from './campaign-columns';
import { syncDirectory, writeAll } from './file-io';
import type { BlockKind, RowBlocks } from './row-blocks';

const MAGIC = Buffer.from('GWRCP001', 'latin1');
/** Bytes hashed at each end of the covered log: enough to tell another log or a rewritten one. */
const HASHED = 4096;

/** How much of the log a checkpoint accounts for: every complete line before `logSize`. */
export interface LogPlace {
  logSize: number;
  /** Lines before `logSize`, repeated ones included: the next line's number is lines + 1. */
  lines: number;
}

interface Header extends LogPlace {
  version: 1;
  campaignId: string;
  rows: number;
  logHead: string;
  logEnd: string;
  departments: string[];
  languages: unknown[];
  days: string[];
  questions: { id: string; kind: BlockKind; isText: boolean; values: unknown[] }[];
  otherIds: [number, string][];
  fixedKinds: BlockKind[];
}

export type CheckpointRead =
  { usable: true; columns: CampaignColumns; place: LogPlace } | { usable: false; reason: string };

/** SHA-256 of the log's first bytes and of its last bytes before `size`. */
async function hashLogEnds(logPath: string, size: number): Promise<{ head: string; end: string }> {
  const handle = await open(logPath, 'r');
  try {
    const piece = async (from: number, length: number) => {
      const bytes = Buffer.alloc(length);
      const { bytesRead } = await handle.read(bytes, 0, length, from);
      return createHash('sha256').update(bytes.subarray(0, bytesRead)).digest('hex');
    };
    return {
      head: await piece(0, Math.min(HASHED, size)),
      end: await piece(Math.max(0, size - HASHED), Math.min(HASHED, size)),
    };
  } finally {
    await handle.close();
  }
}

/**
 * Writes the checkpoint of `columns`, whose rows account for the log up to `place`. Everything it writes is
 * taken when it is called; rows appended meanwhile are not in it, and their lines are read as the tail.
 * The caller keeps the rows from being removed until it resolves.
 */
export async function writeCheckpoint(
  path: string,
  logPath: string,
  columns: CampaignColumns,
  place: LogPlace,
): Promise<void> {
  const rows = columns.rows;
  const fixed = columns.fixedColumns();
  const questions = columns.questions.slice();
  // Views taken now: a column widened or grown later gets new blocks, and these keep the old ones.
  const parts = [...fixed, ...questions.map((q) => q.codes)].flatMap((c) => [...c.bytes(rows)]);
  const header: Omit<Header, 'logHead' | 'logEnd'> = {
    version: 1,
    campaignId: columns.campaignId,
    rows,
    logSize: place.logSize,
    lines: place.lines,
    departments: columns.departments.values.slice(),
    languages: columns.languages.values.slice(),
    days: columns.days.values.slice(),
    questions: questions.map((q) => ({
      id: q.id,
      kind: q.codes.kind,
      isText: q.isText,
      values: q.values.slice(),
    })),
    otherIds: [...columns.otherIds].filter(([row]) => row < rows),
    fixedKinds: fixed.map((c) => c.kind),
  };
  // Every part of the header is a copy taken now (the values in it never change), so it may be written later.
  const { head, end } = await hashLogEnds(logPath, place.logSize);
  const headerBytes = Buffer.from(JSON.stringify({ ...header, logHead: head, logEnd: end }));
  const start = Buffer.alloc(MAGIC.length + 4);
  MAGIC.copy(start);
  start.writeUInt32LE(headerBytes.length, MAGIC.length);

  const temporary = `${path}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    let at = 0;
    let crc = 0;
    for (const bytes of [start, headerBytes, ...parts]) {
      crc = crc32(bytes, crc);
      await writeAll(handle, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), at);
      at += bytes.length;
    }
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32LE(crc >>> 0);
    await writeAll(handle, trailer, at);
    await handle.datasync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temporary, path);
  await syncDirectory(dirname(path));
}

/**
 * Reads a checkpoint and checks it against the log, whose present length is `logSize`; says why it cannot
 * be used when it cannot. Resolves null when there is none.
 */
export async function readCheckpoint(
  path: string,
  logPath: string,
  campaignId: string,
  logSize: number,
): Promise<CheckpointRead | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const fileSize = (await handle.stat()).size;
    let at = 0;
    let crc = 0;
    const readInto = async (bytes: Uint8Array) => {
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, at);
      if (bytesRead < bytes.length) throw new Damaged('it ends early');
      crc = crc32(bytes, crc);
      at += bytes.length;
    };
    const start = Buffer.alloc(MAGIC.length + 4);
    await readInto(start);
    if (!start.subarray(0, MAGIC.length).equals(MAGIC)) throw new Damaged('it does not start as one');
    const headerLength = start.readUInt32LE(MAGIC.length);
    if (headerLength > fileSize) throw new Damaged('its header is longer than the file');
    const headerBytes = Buffer.alloc(headerLength);
    await readInto(headerBytes);
    let header: Header;
    try {
      header = JSON.parse(headerBytes.toString('utf8')) as Header;
    } catch {
      throw new Damaged('its header is not readable');
    }
    if (header.version !== 1 || header.campaignId !== campaignId) {
      throw new Damaged('it belongs to another campaign or version');
    }
    if (header.logSize > logSize) return { usable: false, reason: 'the log is shorter than it was' };
    const ends = await hashLogEnds(logPath, header.logSize);
    if (ends.head !== header.logHead || ends.end !== header.logEnd) {
      return { usable: false, reason: 'the log no longer holds what it was taken from' };
    }

    const columns = new CampaignColumns(campaignId);
    columns.restore(header, header.questions.map(questionFrom), new Map(header.otherIds));
    const all: RowBlocks[] = [...columns.fixedColumns(), ...columns.questions.map((q) => q.codes)];
    const kinds = [...header.fixedKinds, ...header.questions.map((q) => q.kind)];
    if (all.some((c, i) => c.kind !== kinds[i])) throw new Damaged('its columns do not match its header');
    const expected = at + all.reduce((sum, c) => sum + c.byteLength(header.rows), 0) + 4;
    if (expected !== fileSize)
      throw new Damaged(`it holds ${fileSize} bytes where ${expected} were expected`);
    for (const column of all) for (const view of column.allocate(header.rows)) await readInto(view);
    const trailer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(trailer, 0, 4, at);
    if (bytesRead !== 4 || trailer.readUInt32LE() !== crc >>> 0) throw new Damaged('its checksum is wrong');
    columns.rows = header.rows;
    columns.derive();
    return { usable: true, columns, place: { logSize: header.logSize, lines: header.lines } };
  } catch (error) {
    // Whatever is wrong with a checkpoint, the log can still be read: a checkpoint never stops a start.
    const detail =
      error instanceof Damaged ? error.message : `reading it failed (${(error as Error).message})`;
    return { usable: false, reason: `it is damaged: ${detail}` };
  } finally {
    await handle.close();
  }
}

class Damaged extends Error {}

function questionFrom(held: Header['questions'][number]): QuestionColumn {
  const q = newQuestionColumn(held.id);
  for (const value of held.values) addValue(q, value);
  q.isText = held.isText;
  return q;
}
