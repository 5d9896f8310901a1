// A copy of an embedded data directory taken while the server runs, which opens as a working data
// directory. What it guarantees: every file as it stood at one instant, the instant at which the write gate
// (write-gate.ts) was held, with no change half made. That is a state a crash at that instant could have
// left, and a start recovers from it as from such a crash: a submission whose claim was written but whose
// response was not gives its link back, one whose response was written is settled as answered; a response
// log's checkpoint never covers more than the log it sits beside. Acknowledged changes are all in the copy;
// changes acknowledged after the instant are not.
//
// How: while the gate is held (a moment: no file content is copied then), every file is opened and its
// length noted; the marks files, which are overwritten in place, are read whole. Then the gate is released
// and the rest copied from the descriptors opened: an append-only log only grows, so its first `length`
// bytes never change; every other file is replaced by a rename or deleted, which leaves an open descriptor
// reading the old contents. Temporary files are left out (a start deletes them anyway).

import { constants } from 'node:fs';
import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { syncDirectory, writeAll } from '../file-io';
import { RUNNING_MARKER } from './running-marker';
import { holdChanges } from './write-gate';

/** What a copy holds, for the person who asked for it and the audit log. */
export interface BackupCounts {
  files: number;
  bytes: number;
  /** Lines of the response logs: the responses stored, each campaign's excluded ones already gone. */
  responses: number;
}

/** Written beside the records and never part of the data: temporary files, the running server's marker. */
const isLeftOut = (name: string) =>
  name.endsWith('.tmp') || name.endsWith('.rewrite') || name === RUNNING_MARKER;
/** Logs only ever appended to (or replaced whole by a rename): a prefix of one is a log. */
const isAppendOnly = (path: string) => path.endsWith('.jsonl') || path.endsWith('.log');
/** Overwritten in place: read whole while the gate is held. */
const isInPlace = (path: string) => path.endsWith('.marks');

type Captured =
  { path: string; bytes: Buffer } | { path: string; handle: FileHandle; length: number; appendOnly: boolean };

async function filesUnder(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (isLeftOut(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/** Opens every file as of one instant; the caller copies and closes them. */
async function capture(dataDir: string): Promise<Captured[]> {
  const captured: Captured[] = [];
  const release = await holdChanges(dataDir);
  try {
    for (const path of await filesUnder(dataDir)) {
      let handle: FileHandle;
      try {
        handle = await open(path, constants.O_RDONLY);
      } catch (error) {
        // Listed, then deleted before it could be opened: a deletion already under way when the gate closed.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw error;
      }
      const { size } = await handle.stat();
      if (isInPlace(path)) {
        const bytes = Buffer.alloc(size);
        await handle.read(bytes, 0, size, 0);
        await handle.close();
        captured.push({ path, bytes });
      } else {
        captured.push({ path, handle, length: size, appendOnly: isAppendOnly(path) });
      }
    }
  } catch (error) {
    for (const c of captured) if ('handle' in c) await c.handle.close();
    throw error;
  } finally {
    release();
  }
  return captured;
}

const CHUNK = 1 << 20;

/** Copies the first `length` bytes; a log stops after its last whole line. Returns bytes and lines. */
async function copyPrefix(
  from: FileHandle,
  length: number,
  to: FileHandle,
  appendOnly: boolean,
): Promise<{ bytes: number; lines: number }> {
  let at = 0;
  let lines = 0;
  let lastLineEnd = 0;
  const buffer = Buffer.alloc(CHUNK);
  while (at < length) {
    const { bytesRead } = await from.read(buffer, 0, Math.min(CHUNK, length - at), at);
    if (bytesRead === 0) break;
    const chunk = buffer.subarray(0, bytesRead);
    await writeAll(to, chunk, at);
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
      lines++;
      lastLineEnd = at + i + 1;
    }
    at += bytesRead;
  }
  // The gate never lets a torn batch be seen; this only guards against a disk that failed mid-write.
  if (appendOnly && lastLineEnd < at) {
    await to.truncate(lastLineEnd);
    return { bytes: lastLineEnd, lines };
  }
  return { bytes: at, lines };
}

/**
 * Copies `dataDir` into `destination`, which must not exist yet. The copy is written under
 * `<destination>.partial` and renamed once every file and directory is synced, so a directory with the
 * final name is always a whole copy. Safe to run while a server works on `dataDir` in this process.
 */
export async function backUpDataDirectory(dataDir: string, destination: string): Promise<BackupCounts> {
  const [from, to] = [resolve(dataDir), resolve(destination)];
  if (to === from || to.startsWith(from + sep)) {
    throw new Error(`${destination} is inside ${dataDir}: a backup must be written elsewhere.`);
  }
  if (existsSync(destination)) throw new Error(`${destination} exists already: name a new directory.`);
  const partial = `${destination}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(dirname(destination), { recursive: true });
  await mkdir(partial);
  const counts: BackupCounts = { files: 0, bytes: 0, responses: 0 };
  const captured = await capture(dataDir);
  const directories = new Set<string>([partial]);
  try {
    for (const c of captured) {
      const relativePath = relative(dataDir, c.path);
      const target = join(partial, relativePath);
      if (!directories.has(dirname(target))) {
        await mkdir(dirname(target), { recursive: true });
        directories.add(dirname(target));
      }
      // Readable by its owner only, as the data is (responses, staff lists, the secrets key).
      const out = await open(target, 'wx', 0o600);
      try {
        let copied: { bytes: number; lines: number };
        if ('bytes' in c) {
          await writeAll(out, c.bytes, 0);
          copied = { bytes: c.bytes.length, lines: 0 };
        } else {
          copied = await copyPrefix(c.handle, c.length, out, c.appendOnly);
        }
        await out.datasync();
        counts.files++;
        counts.bytes += copied.bytes;
        if (relativePath.startsWith(`responses/`) && relativePath.endsWith('.jsonl')) {
          counts.responses += copied.lines;
        }
      } finally {
        await out.close();
      }
    }
  } catch (error) {
    await rm(partial, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  } finally {
    for (const c of captured) if ('handle' in c) await c.handle.close().catch(() => undefined);
  }
  for (const dir of directories) await syncDirectory(dir);
  await rename(partial, destination);
  await syncDirectory(dirname(destination));
  return counts;
}
