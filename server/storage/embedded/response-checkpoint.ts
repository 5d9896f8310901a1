// A campaign's compact responses as of a place in its log, so that a start reads only the lines after it.
// The log stays the truth: a checkpoint is used only when its own checksum holds and the log still holds,
// byte for byte at both ends, what the checkpoint was taken from (a log rewritten by an exclusion, restored
// from a backup or cut short fails this); otherwise it is ignored and the log read whole.
//
// Layout: "GWRCP001", the header's length (u32 LE), the header (JSON: tables, dictionaries, where in the log
// it stands, responses per department), every column's bytes for rows [0, rows) in the header's order, then
// a CRC-32 of all before it. Written to a temporary file, synced, renamed over the old one, and the directory
// synced: a crash leaves the old checkpoint or the new one, whole.
//
// A closed campaign's responses are not loaded at start (see closed-campaigns.ts): its header alone says how
// many it holds per department, believed only when the checkpoint covers the whole log, the log's ends still
// hash as recorded, the file is exactly as long as the header implies and the counts add up to its rows. The
// columns' checksum is checked when the campaign is loaded, and a checkpoint failing it is set aside then.

import { createHash } from 'node:crypto';
import { open, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import { addValue, CampaignColumns, newQuestionColumn, type QuestionColumn } from './campaign-columns';
import { moveIntoPlace, syncDirectory, writeAll } from './file-io';
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
  /** Rows per department, in the order of `departments`; absent from checkpoints written before it was. */
  departmentCounts?: number[];
}

export type CheckpointRead =
  | { usable: true; columns: CampaignColumns; place: LogPlace; hasSummary: boolean }
  | { usable: false; reason: string };

/** What a campaign's checkpoint says about it without its columns: what a campaign put away must answer. */
export interface CheckpointSummary {
  rows: number;
  /** Departments with responses, and how many each. */
  departmentCounts: Record<string, number>;
  place: LogPlace;
}

/** Bytes read at once while passing over columns not wanted. */
const SKIP_CHUNK = 1 << 20;

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
    departmentCounts: columns.departments.values.map((_, d) => columns.departmentCounts[d] ?? 0),
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
  await moveIntoPlace(temporary, path);
  await syncDirectory(dirname(path));
}

/** The header and the columns it describes, read from an open checkpoint; `at` is where the columns start. */
async function readHeader(
  handle: FileHandle,
  campaignId: string,
  readInto: (bytes: Uint8Array) => Promise<void>,
): Promise<{ header: Header; columns: CampaignColumns; all: RowBlocks[] }> {
  const fileSize = (await handle.stat()).size;
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
  const columns = new CampaignColumns(campaignId);
  columns.restore(header, header.questions.map(questionFrom), new Map(header.otherIds));
  const all: RowBlocks[] = [...columns.fixedColumns(), ...columns.questions.map((q) => q.codes)];
  const kinds = [...header.fixedKinds, ...header.questions.map((q) => q.kind)];
  if (all.some((c, i) => c.kind !== kinds[i])) throw new Damaged('its columns do not match its header');
  const expected =
    MAGIC.length + 4 + headerLength + all.reduce((sum, c) => sum + c.byteLength(header.rows), 0) + 4;
  if (expected !== fileSize) throw new Damaged(`it holds ${fileSize} bytes where ${expected} were expected`);
  return { header, columns, all };
}

/** Whether the log's ends still hash as they did when the checkpoint was taken. */
async function holdsSameLog(logPath: string, header: Header): Promise<boolean> {
  const ends = await hashLogEnds(logPath, header.logSize);
  return ends.head === header.logHead && ends.end === header.logEnd;
}

/** Opens a checkpoint for reading; null when there is none. */
async function openCheckpoint(path: string): Promise<FileHandle | null> {
  try {
    return await open(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Reads a checkpoint and checks it against the log, whose present length is `logSize`; says why it cannot
 * be used when it cannot. Resolves null when there is none. `keep` says which columns are read into place;
 * the others are only passed over for the checksum (their blocks stay empty).
 */
async function readColumns(
  path: string,
  logPath: string,
  campaignId: string,
  logSize: number,
  keep: (column: RowBlocks, columns: CampaignColumns) => boolean,
): Promise<CheckpointRead | null> {
  const handle = await openCheckpoint(path);
  if (handle === null) return null;
  try {
    let at = 0;
    let crc = 0;
    const readInto = async (bytes: Uint8Array) => {
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, at);
      if (bytesRead < bytes.length) throw new Damaged('it ends early');
      crc = crc32(bytes, crc);
      at += bytes.length;
    };
    const { header, columns, all } = await readHeader(handle, campaignId, readInto);
    if (header.logSize > logSize) return { usable: false, reason: 'the log is shorter than it was' };
    if (!(await holdsSameLog(logPath, header))) {
      return { usable: false, reason: 'the log no longer holds what it was taken from' };
    }
    let scratch: Buffer | null = null;
    for (const column of all) {
      if (keep(column, columns)) {
        for (const view of column.allocate(header.rows)) await readInto(view);
        continue;
      }
      scratch ??= Buffer.allocUnsafe(SKIP_CHUNK);
      for (let left = column.byteLength(header.rows); left > 0; left -= SKIP_CHUNK)
        await readInto(scratch.subarray(0, Math.min(left, SKIP_CHUNK)));
    }
    const trailer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(trailer, 0, 4, at);
    if (bytesRead !== 4 || trailer.readUInt32LE() !== crc >>> 0) throw new Damaged('its checksum is wrong');
    columns.rows = header.rows;
    return {
      usable: true,
      columns,
      place: { logSize: header.logSize, lines: header.lines },
      hasSummary: summaryOf(header) !== null,
    };
  } catch (error) {
    // Whatever is wrong with a checkpoint, the log can still be read: a checkpoint never stops a start.
    const detail =
      error instanceof Damaged ? error.message : `reading it failed (${(error as Error).message})`;
    return { usable: false, reason: `it is damaged: ${detail}` };
  } finally {
    await handle.close();
  }
}

/**
 * Reads a checkpoint and checks it against the log, whose present length is `logSize`; says why it cannot
 * be used when it cannot. Resolves null when there is none. `hasSummary` tells whether it holds what a
 * campaign put away needs (readCheckpointSummary); one written before that was kept does not.
 */
export async function readCheckpoint(
  path: string,
  logPath: string,
  campaignId: string,
  logSize: number,
): Promise<CheckpointRead | null> {
  const read = await readColumns(path, logPath, campaignId, logSize, () => true);
  if (read?.usable) read.columns.derive();
  return read;
}

/**
 * The fingerprints of the claims a checkpoint's responses carry, as pairs (high, low) in one array, read
 * with the checksum checked but without holding any other column: how the claims pending at start are
 * looked for in a campaign left on disk. Null when there is none or it cannot be used.
 */
export async function readCheckpointClaims(
  path: string,
  logPath: string,
  campaignId: string,
  logSize: number,
): Promise<Uint32Array | null> {
  const read = await readColumns(
    path,
    logPath,
    campaignId,
    logSize,
    (column, columns) => column === columns.flags || column === columns.claims,
  );
  if (!read?.usable) return null;
  const pairs: number[] = [];
  for (let row = 0; row < read.columns.rows; row++) {
    const claimed = read.columns.claimOf(row);
    if (claimed) pairs.push(claimed.high, claimed.low);
  }
  return Uint32Array.from(pairs);
}

/**
 * What the checkpoint says without reading its columns, when it accounts for the whole log (`logSize`
 * long) and holds together (see the top of this file); null otherwise, or when there is none.
 */
export async function readCheckpointSummary(
  path: string,
  logPath: string,
  campaignId: string,
  logSize: number,
): Promise<CheckpointSummary | null> {
  const handle = await openCheckpoint(path);
  if (handle === null) return null;
  try {
    let at = 0;
    const readInto = async (bytes: Uint8Array) => {
      const { bytesRead } = await handle.read(bytes, 0, bytes.length, at);
      if (bytesRead < bytes.length) throw new Damaged('it ends early');
      at += bytes.length;
    };
    const { header } = await readHeader(handle, campaignId, readInto);
    const summary = summaryOf(header);
    if (summary === null || header.logSize !== logSize || !(await holdsSameLog(logPath, header))) return null;
    return summary;
  } catch {
    return null; // read again whole when the campaign is loaded, which says what is wrong
  } finally {
    await handle.close();
  }
}

/** The header's counts, when it holds them and they add up to its rows. */
function summaryOf(header: Header): CheckpointSummary | null {
  const counts = header.departmentCounts;
  if (!Array.isArray(counts) || counts.length !== header.departments.length) return null;
  let total = 0;
  const departmentCounts: Record<string, number> = {};
  for (let d = 0; d < counts.length; d++) {
    const n = counts[d];
    if (!Number.isSafeInteger(n) || n! < 0) return null;
    total += n!;
    if (n! > 0) departmentCounts[header.departments[d]!] = n!;
  }
  if (total !== header.rows) return null;
  return { rows: header.rows, departmentCounts, place: { logSize: header.logSize, lines: header.lines } };
}

class Damaged extends Error {}

function questionFrom(held: Header['questions'][number]): QuestionColumn {
  const q = newQuestionColumn(held.id);
  for (const value of held.values) addValue(q, value);
  q.isText = held.isText;
  return q;
}
