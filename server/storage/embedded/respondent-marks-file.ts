// What respondents did with their personal links, one fixed slot per person, overwritten in place: opened,
// answered, and the random claim of a submission being stored (submission-claims.ts). The file is a table,
// not a log, so it holds no order: nothing in it says who opened or answered before whom, and so nothing can
// be lined up with the order of the response log. Changing a slot costs the same with 50 people as with
// 50,000: a 64-byte write and one fdatasync shared by every change that arrived meanwhile (group commit).
//
// A slot has two copies, each with its own change counter and checksum, and a change is always written over
// the copy that does not hold the latest durable state: a write torn by a power cut leaves that other copy
// whole, and reading takes the valid copy with the newer counter. Once a claim is settled or given back,
// the copy that still holds it is overwritten too (in the next batch), so a settled claim stays on disk for
// milliseconds, as long as it did in the records file, and then nowhere; the counter of a slot counts only
// that person's changes, never anyone else's.
//
// Slot 0 is the file's own: its "quiet" flag says that no claim is pending and none can be made (the
// campaign is closed and its people were put away), so a start may skip the file.

import { closeSync, fdatasync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { gatedChange } from './backup/write-gate';
import { syncDirectory } from './file-io';

export interface Marks {
  started: boolean;
  answered: boolean;
  /** The claim of a submission being stored through this person's link, or null. */
  claim: string | null;
}

export const NO_MARKS: Readonly<Marks> = Object.freeze({ started: false, answered: false, claim: null });

const COPY = 64;
const SLOT = 2 * COPY;
const MAX_CLAIM = 48;
const CHECKSUM_AT = COPY - 4;
const STARTED = 1;
const ANSWERED = 2;
const QUIET = 4;

/** FNV-1a over the copy's contents: enough to tell a torn or zeroed copy from a written one. */
function checksum(bytes: Uint8Array, start: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < start + CHECKSUM_AT; i++) {
    hash ^= bytes[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Whether counter `a` is later than `b`, counting round the 16-bit circle. */
const isLater = (a: number, b: number) => a !== b && ((a - b) & 0xffff) < 0x8000;

function encode(marks: Marks & { quiet?: boolean }, counter: number): Buffer {
  const copy = Buffer.alloc(COPY);
  copy.writeUInt16LE(counter & 0xffff, 0);
  copy[2] = (marks.started ? STARTED : 0) | (marks.answered ? ANSWERED : 0) | (marks.quiet ? QUIET : 0);
  const claim = marks.claim === null ? Buffer.alloc(0) : Buffer.from(marks.claim, 'utf8');
  if (claim.length > MAX_CLAIM) throw new Error('A claim is at most 48 bytes');
  copy[3] = marks.claim === null ? 0xff : claim.length;
  claim.copy(copy, 4);
  copy.writeUInt32LE(checksum(copy, 0), CHECKSUM_AT);
  return copy;
}

interface Copy {
  counter: number;
  flags: number;
  claim: string | null;
}

function decode(bytes: Buffer, at: number): Copy | null {
  if (bytes.readUInt32LE(at + CHECKSUM_AT) !== checksum(bytes, at)) return null;
  const length = bytes[at + 3]!;
  return {
    counter: bytes.readUInt16LE(at),
    flags: bytes[at + 2]!,
    claim: length === 0xff ? null : bytes.toString('utf8', at + 4, at + 4 + length),
  };
}

export interface RespondentMarksFile {
  /** People's slots, 1 to `slots - 1`. */
  readonly slots: number;
  /** Set when the campaign was put away with nothing pending; cleared by the first change after. */
  readonly quiet: boolean;
  get(slot: number): Readonly<Marks>;
  /** Every slot holding a claim. */
  claims(): Map<number, string>;
  /**
   * Sets a slot's marks now (so the next reader sees them) and resolves once they are durable. A failed
   * write puts every slot not yet durable back to its durable marks and rejects the changes made to them.
   */
  set(slot: number, marks: Marks): Promise<void>;
  /**
   * Adds `count` empty slots at once and returns the first; the file grows with the first write to them (a
   * slot beyond the file's end reads as empty). `count` 0 only makes sure slots up to `upTo` exist.
   */
  reserve(count: number, upTo?: number): number;
  /** Marks the file quiet or not (durably); a change to any slot clears the mark with it. */
  setQuiet(quiet: boolean): Promise<void>;
  /** Waits for the writes in flight and closes the file. */
  close(): Promise<void>;
}

/** Reads a marks file whole into memory; a missing file is an empty one. */
export function readMarks(path: string): { bytes: Buffer; exists: boolean } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { bytes: Buffer.alloc(0), exists: false };
    throw error;
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.alloc(size - (size % SLOT));
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes, exists: true };
  } finally {
    closeSync(fd);
  }
}

/** Only the header, for a start that decides whether the rest is worth reading. */
export function isQuiet(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const bytes = Buffer.alloc(SLOT);
    if (readSync(fd, bytes, 0, SLOT, 0) < SLOT) return false;
    const copies = [decode(bytes, 0), decode(bytes, COPY)].filter((c) => c !== null);
    const latest = copies.reduce<Copy | null>(
      (a, c) => (a === null || isLater(c.counter, a.counter) ? c : a),
      null,
    );
    return latest !== null && (latest.flags & QUIET) !== 0;
  } finally {
    closeSync(fd);
  }
}

/** `onReset` is called after a failed write put slots back to their durable marks. */
export function openRespondentMarksFile(
  path: string,
  onReset: () => void = () => undefined,
): RespondentMarksFile {
  const { bytes, exists } = readMarks(path);
  /** Slots the file holds on disk, and slots handed out (the file grows to them with the next write). */
  let fileSlots = bytes.length / SLOT;
  let slots = fileSlots;
  /** Per slot: the durable marks, the counter they were written with and the copy (0 or 1) holding them. */
  let flags = new Uint8Array(Math.max(slots, 1));
  let counters = new Uint16Array(Math.max(slots, 1));
  let latestCopy = new Uint8Array(Math.max(slots, 1));
  /** Copies still holding a claim no longer current: overwritten in the next batch. */
  const stale = new Set<number>();
  const durableClaims = new Map<number, string>();
  for (let slot = 0; slot < slots; slot++) {
    const a = decode(bytes, slot * SLOT);
    const b = decode(bytes, slot * SLOT + COPY);
    const latest = a && b ? (isLater(b.counter, a.counter) ? 1 : 0) : b ? 1 : a ? 0 : -1;
    if (latest === -1) {
      // Both copies fail their checksum: a slot never written is all zeros; anything else was damaged.
      const zero = bytes.subarray(slot * SLOT, (slot + 1) * SLOT).every((x) => x === 0);
      if (!zero) {
        throw new Error(
          `Cannot read ${path}: slot ${slot} is damaged in both its copies. Restore the file from a backup; ` +
            'it was not changed.',
        );
      }
      continue;
    }
    const copy = latest === 0 ? a! : b!;
    flags[slot] = copy.flags;
    counters[slot] = copy.counter;
    latestCopy[slot] = latest;
    if (copy.claim !== null) durableClaims.set(slot, copy.claim);
    const other = latest === 0 ? b : a;
    if (other?.claim != null && other.claim !== copy.claim) stale.add(slot);
  }

  /** Marks set but not yet durable, by slot. */
  const pending = new Map<number, Marks & { quiet?: boolean }>();
  let queue: { slots: number[]; resolve: () => void; reject: (error: Error) => void }[] = [];
  let flushing: Promise<void> | null = null;
  let fd: number | null = null;
  let isNew = !exists;

  const durable = (slot: number): Marks => ({
    started: (flags[slot]! & STARTED) !== 0,
    answered: (flags[slot]! & ANSWERED) !== 0,
    claim: durableClaims.get(slot) ?? null,
  });
  const current = (slot: number): Marks => {
    if (slot >= slots) throw new Error(`No slot ${slot} in ${path}`);
    return pending.get(slot) ?? durable(slot);
  };
  const quiet = () => pending.get(0)?.quiet ?? (flags[0]! & QUIET) !== 0;

  const grown = (length: number) => {
    const bigger = <T extends Uint8Array | Uint16Array>(old: T, make: (n: number) => T) => {
      const next = make(Math.max(length, old.length * 2));
      next.set(old);
      return next;
    };
    if (length > flags.length) {
      flags = bigger(flags, (n) => new Uint8Array(n));
      counters = bigger(counters, (n) => new Uint16Array(n));
      latestCopy = bigger(latestCopy, (n) => new Uint8Array(n));
    }
  };

  /**
   * Writes one batch as one step of the backup's write gate: the file is overwritten in place, so a backup
   * reads it whole while it holds the gate, and must not see half a batch.
   */
  const writeBatch = (batch: number[], scrubs: number[]) =>
    gatedChange(path, () => writeBatchNow(batch, scrubs));

  /** Writes one batch: each slot's marks over its older copy, then one fdatasync. */
  async function writeBatchNow(batch: number[], scrubs: number[]): Promise<void> {
    if (fd === null) {
      // Created by its first write; the directory entry is synced with the batch.
      fd = openSync(path, isNew ? 'w+' : 'r+');
    }
    const growTo = slots;
    if (growTo > fileSlots) {
      // Zeros written rather than a hole left: the slots' blocks exist before any in-place write.
      const zeros = Buffer.alloc((growTo - fileSlots) * SLOT);
      writeSync(fd, zeros, 0, zeros.length, fileSlots * SLOT);
    }
    const written: { slot: number; marks: Marks & { quiet?: boolean }; counter: number; copy: number }[] = [];
    for (const slot of batch) {
      const marks = pending.get(slot);
      if (marks === undefined) continue;
      written.push({ slot, marks, counter: (counters[slot]! + 1) & 0xffff, copy: 1 - latestCopy[slot]! });
    }
    for (const slot of scrubs) {
      if (pending.has(slot) || batch.includes(slot)) continue;
      const marks = { ...durable(slot), quiet: slot === 0 ? quiet() : undefined };
      written.push({ slot, marks, counter: (counters[slot]! + 1) & 0xffff, copy: 1 - latestCopy[slot]! });
    }
    for (const w of written) {
      const copy = encode(w.marks, w.counter);
      writeSync(fd, copy, 0, COPY, w.slot * SLOT + w.copy * COPY);
    }
    // The writes only reach the page cache; the sync runs on the thread pool while requests are served.
    await new Promise<void>((resolve, reject) =>
      fdatasync(fd!, (error) => (error ? reject(error) : resolve())),
    );
    if (isNew) {
      await syncDirectory(dirname(path));
      isNew = false;
    }
    fileSlots = Math.max(fileSlots, growTo);
    for (const w of written) {
      const previousClaim = durableClaims.get(w.slot) ?? null;
      flags[w.slot] =
        (w.marks.started ? STARTED : 0) | (w.marks.answered ? ANSWERED : 0) | (w.marks.quiet ? QUIET : 0);
      counters[w.slot] = w.counter;
      latestCopy[w.slot] = w.copy;
      if (w.marks.claim === null) durableClaims.delete(w.slot);
      else durableClaims.set(w.slot, w.marks.claim);
      // The copy just left behind holds the previous claim: it must not outlive the claim's settling.
      if (previousClaim !== null && previousClaim !== w.marks.claim) stale.add(w.slot);
      else stale.delete(w.slot);
      if (pending.get(w.slot) === w.marks) pending.delete(w.slot);
    }
  }

  async function flush(): Promise<void> {
    while (queue.length > 0 || stale.size > 0) {
      const batch = queue;
      queue = [];
      const scrubs = [...stale];
      try {
        await writeBatch([...new Set(batch.flatMap((w) => w.slots))], scrubs);
        for (const w of batch) w.resolve();
      } catch (error) {
        // Later changes were made on top of the lost ones and cannot be kept without them.
        const lost = [...batch, ...queue];
        queue = [];
        pending.clear();
        for (const w of lost) w.reject(error as Error);
        onReset();
        break;
      }
    }
    flushing = null;
  }

  const enqueue = (slotsChanged: number[]) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ slots: slotsChanged, resolve, reject });
      flushing ??= flush();
    });

  const set = (slot: number, marks: Marks): Promise<void> => {
    current(slot);
    const changed = [slot];
    pending.set(slot, { ...marks });
    if (quiet()) {
      pending.set(0, { ...NO_MARKS, quiet: false });
      changed.push(0);
    }
    return enqueue(changed);
  };

  // A copy left holding a claim by a stop between settling and overwriting it goes with the first batch.
  if (stale.size > 0) flushing = flush();

  return {
    get slots() {
      return slots;
    },
    get quiet() {
      return quiet();
    },
    get: (slot) => current(slot),
    claims() {
      const all = new Map<number, string>();
      for (let slot = 1; slot < slots; slot++) {
        const claim = current(slot).claim;
        if (claim !== null) all.set(slot, claim);
      }
      return all;
    },
    set,
    reserve(count, upTo = 0) {
      const first = Math.max(slots, 1, upTo);
      slots = first + count;
      grown(slots);
      return first;
    },
    async setQuiet(value) {
      if (quiet() === value) return;
      if (slots === 0) this.reserve(0);
      pending.set(0, { ...NO_MARKS, quiet: value });
      await enqueue([0]);
    },
    async close() {
      // A batch may be followed by scrubs of the copies it left behind: wait for those too.
      for (let running = flushing; running !== null; running = flushing) await running;
      if (fd !== null) closeSync(fd);
      fd = null;
    },
  };
}

/**
 * The marks a file holds, read without changing it (for tools and checks that inspect a data directory,
 * even while the server runs): by slot, the newer valid copy; slots never written are left out.
 */
export function readMarksWithoutChanging(path: string): Map<number, Marks> {
  const { bytes } = readMarks(path);
  const marks = new Map<number, Marks>();
  for (let slot = 1; slot < bytes.length / SLOT; slot++) {
    const a = decode(bytes, slot * SLOT);
    const b = decode(bytes, slot * SLOT + COPY);
    const copy = a && b ? (isLater(b.counter, a.counter) ? b : a) : (a ?? b);
    if (copy === null) continue;
    marks.set(slot, {
      started: (copy.flags & STARTED) !== 0,
      answered: (copy.flags & ANSWERED) !== 0,
      claim: copy.claim,
    });
  }
  return marks;
}
