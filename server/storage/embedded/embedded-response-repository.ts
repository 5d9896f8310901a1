// Responses in one JSON Lines file per campaign under <data>/responses/, the durable truth: appends go to
// disk first (group commit, fdatasync) and are counted only once durable. In memory a campaign's responses
// are held compactly (campaign-columns.ts: a small number per answer, free texts left in the log and read
// when asked for), and a checkpoint beside each log (response-checkpoint.ts) lets a start read only the
// lines written after it; one that is missing, stale or damaged is ignored with a warning and the log read
// whole. Checkpoints are written in the background every so often and at close.
//
// A line may carry two fields besides the response: the hash of the survey page's idempotency key, and the
// random claim of a personal link or access code (see submission-claims.ts); neither leaves this storage,
// and in memory and in checkpoints each is held only as a 64-bit fingerprint. Excluding responses rewrites
// a campaign's log without their lines (temporary file, fsync, rename, directory fsync) and deletes the
// checkpoint first: they leave no line, no tombstone and no list behind.

import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyResponse } from '../../domain/instrument/response';
import type { ResponseRepository, ScanOptions } from '../response-repository';
import { openAppendOnlyFile, type AppendOnlyFile } from './append-only-file';
import { CampaignColumns } from './campaign-columns';
import { syncDirectory, writeAll } from './file-io';
import { fingerprint } from './fingerprint';
import { openLineReader, type LineReader } from './line-reader';
import { parseLine, readLines } from './read-log';
import { readCheckpoint, writeCheckpoint, type LogPlace } from './response-checkpoint';
import { RowIndex } from './row-index';
import { textsOfLine } from './texts-of-line';
import { isStoredResponse, type StoredResponse } from './stored-response';

export type { StoredResponse } from './stored-response';

const SUFFIX = '.jsonl';
/** A log being rewritten; a leftover one (a stop mid-rewrite) is deleted at start, the old log still whole. */
const REWRITE_SUFFIX = '.jsonl.rewrite';
const CHECKPOINT_SUFFIX = '.checkpoint';
/** Bytes written per call while rewriting a log: bounded memory whatever its size. */
const REWRITE_CHUNK = 1 << 20;
/**
 * New responses before a checkpoint is written in the background: at least this many, and at least an
 * eighth of those already checkpointed, so that writing checkpoints costs a bounded share of the work
 * whatever the size, and a start reads at most that many lines as JSON.
 */
const CHECKPOINT_AFTER = 5_000;
/** Responses visited by a scan between two turns of the event loop: other requests are served meanwhile. */
const YIELD_EVERY = 2_048;
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

export interface EmbeddedResponseRepository extends ResponseRepository {
  /** Appends with the extra fields only this storage keeps; resolves once durable. */
  appendStored(response: SurveyResponse, extra: { key: string | null; claim: string | null }): Promise<void>;
  /** Whether a response submitted with this idempotency-key hash is stored for the campaign. */
  hasKey(campaignId: string, keyHash: string): boolean;
  /** Of the given claims, those a stored response carries: read once, at start-up, to settle them. */
  claimsFound(): ReadonlySet<string>;
  /** Responses stored for one department of a campaign, at this moment. */
  countIn(campaignId: string, departmentId: string): number;
  close(): Promise<void>;
}

interface CampaignLog {
  columns: CampaignColumns;
  path: string;
  checkpointPath: string;
  file: AppendOnlyFile;
  /** How far the rows account for the log. */
  place: LogPlace;
  /** Where the last checkpoint written or read stands (-1: none that is still right), and its rows. */
  saved: { logSize: number; rows: number };
  checkpointing: Promise<void> | null;
  checkpointDue: boolean;
  /** Scans and checkpoint writes under way: a rewrite waits for them, and they for a rewrite. */
  readers: number;
  whenNoReaders: (() => void)[];
  rewriting: Promise<unknown> | null;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function openEmbeddedResponseRepository(
  dir: string,
  warn: (message: string) => void,
  /** Claims of personal links not yet settled in the records file: which of them reached a response? */
  pendingClaims: ReadonlySet<string> = new Set(),
): Promise<EmbeddedResponseRepository> {
  await mkdir(dir, { recursive: true });
  const campaigns = new Map<string, CampaignLog>();
  const found = new Set<string>();
  let closing = false;

  for (const name of await readdir(dir)) {
    if (name.endsWith(REWRITE_SUFFIX) || name.endsWith(`${CHECKPOINT_SUFFIX}.tmp`)) {
      await rm(join(dir, name), { force: true });
    }
  }
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(SUFFIX)).sort()) {
    const log = await load(name.slice(0, -SUFFIX.length));
    campaigns.set(log.columns.campaignId, log);
  }
  // Written after the start, not during it: the start waits for nothing but reading.
  for (const log of campaigns.values()) scheduleCheckpoint(log);

  function newLog(campaignId: string, columns: CampaignColumns, place: LogPlace): CampaignLog {
    const path = join(dir, campaignId + SUFFIX);
    return {
      columns,
      path,
      checkpointPath: join(dir, campaignId + CHECKPOINT_SUFFIX),
      file: openAppendOnlyFile(path, place.logSize),
      place,
      saved: { logSize: -1, rows: 0 },
      checkpointing: null,
      checkpointDue: false,
      readers: 0,
      whenNoReaders: [],
      rewriting: null,
    };
  }

  async function load(campaignId: string): Promise<CampaignLog> {
    const path = join(dir, campaignId + SUFFIX);
    const checkpointPath = join(dir, campaignId + CHECKPOINT_SUFFIX);
    const read = await readCheckpoint(checkpointPath, path, campaignId, (await stat(path)).size);
    if (read && !read.usable) {
      warn(`${checkpointPath}: not used, since ${read.reason}; reading the whole log instead.`);
    }
    const columns = read?.usable ? read.columns : new CampaignColumns(campaignId);
    const start = read?.usable ? read.place : { logSize: 0, lines: 0 };
    if (read?.usable && pendingClaims.size > 0) findClaims(columns);

    // Repeated lines are looked for by id among every row, those of the checkpoint included; the index is
    // needed only while the tail is read.
    let ids: RowIndex | null = null;
    let repeated = 0;
    const checkpointed = columns.rows;
    const tail = await readLines(
      path,
      { from: start.logSize, lines: start.lines },
      warn,
      (line, lineNumber, offset, bytes) => {
        const stored = parseLine(line, path, lineNumber, isStoredResponse, 'response record');
        if (!ids) {
          ids = new RowIndex((row) => columns.idHash(row));
          for (let row = 0; row < columns.rows; row++) ids.add(row);
        }
        const id = columns.idMatcher(stored.id);
        // A line written twice (a restored backup, a copy by hand) must not count one person twice.
        if (
          ids.find(id.hash, id.matches) !== -1 ||
          (stored.key !== undefined && columns.hasKey(stored.key))
        ) {
          repeated++;
          return;
        }
        if (stored.claim !== undefined && pendingClaims.has(stored.claim)) found.add(stored.claim);
        ids.add(columns.add(stored, offset, bytes));
      },
    );
    if (repeated > 0) {
      warn(
        `${path}: ${repeated} line${repeated === 1 ? '' : 's'} repeated an earlier response and ${repeated === 1 ? 'was' : 'were'} ignored.`,
      );
    }
    const log = newLog(campaignId, columns, { logSize: tail.size, lines: tail.lines });
    if (read?.usable) log.saved = { logSize: start.logSize, rows: checkpointed };
    return log;
  }

  /** Pending claims carried by responses a checkpoint holds, found by their fingerprints. */
  function findClaims(columns: CampaignColumns): void {
    const byLow = new Map<number, { high: number; claim: string }[]>();
    for (const claim of pendingClaims) {
      const fp = fingerprint(claim);
      const list = byLow.get(fp[1]!) ?? [];
      list.push({ high: fp[0]!, claim });
      byLow.set(fp[1]!, list);
    }
    for (let row = 0; row < columns.rows; row++) {
      const claimed = columns.claimOf(row);
      if (claimed === null) continue;
      for (const c of byLow.get(claimed.low) ?? []) if (c.high === claimed.high) found.add(c.claim);
    }
  }

  function logFor(campaignId: string): CampaignLog {
    // Ids become file names; anything else would let a crafted id escape the directory.
    if (!SAFE_ID.test(campaignId)) throw new Error(`Unsafe campaign id ${JSON.stringify(campaignId)}`);
    let log = campaigns.get(campaignId);
    if (!log) {
      log = newLog(campaignId, new CampaignColumns(campaignId), { logSize: 0, lines: 0 });
      campaigns.set(campaignId, log);
    }
    return log;
  }

  async function enterReading(log: CampaignLog): Promise<() => void> {
    while (log.rewriting) await log.rewriting.catch(() => undefined);
    log.readers++;
    return () => {
      if (--log.readers === 0) for (const resume of log.whenNoReaders.splice(0)) resume();
    };
  }

  const noReaders = (log: CampaignLog) =>
    log.readers === 0 ? Promise.resolve() : new Promise<void>((resolve) => log.whenNoReaders.push(resolve));

  function isCheckpointDue(log: CampaignLog): boolean {
    if (log.columns.rows === 0 || log.place.logSize === log.saved.logSize) return false;
    const fresh = log.columns.rows - log.saved.rows;
    return log.saved.logSize === -1
      ? log.columns.rows >= CHECKPOINT_AFTER
      : fresh >= Math.max(CHECKPOINT_AFTER, log.saved.rows >> 3);
  }

  function scheduleCheckpoint(log: CampaignLog): void {
    if (closing || log.checkpointDue || log.checkpointing || !isCheckpointDue(log)) return;
    log.checkpointDue = true;
    setImmediate(() => {
      log.checkpointDue = false;
      if (!closing) void checkpoint(log);
    });
  }

  /** Writes the log's checkpoint as things stand; a failure only warns: the log is still whole. */
  function checkpoint(log: CampaignLog): Promise<void> {
    log.checkpointing ??= (async () => {
      const leave = await enterReading(log);
      try {
        const { place } = log;
        const rows = log.columns.rows;
        if (rows === 0 || place.logSize === log.saved.logSize) return;
        await writeCheckpoint(log.checkpointPath, log.path, log.columns, place);
        log.saved = { logSize: place.logSize, rows };
      } catch (error) {
        warn(
          `${log.checkpointPath}: not written (${(error as Error).message}); the next start reads more of the log.`,
        );
      } finally {
        leave();
        log.checkpointing = null;
      }
    })();
    return log.checkpointing;
  }

  /** Visits rows [0, rows) as responses, their free texts read from the log when `withTexts`. */
  async function visitRows(
    log: CampaignLog,
    rows: number,
    withTexts: boolean,
    visit: (response: SurveyResponse, row: number) => void,
    from = 0,
  ): Promise<void> {
    const { columns } = log;
    let reader: LineReader | null = null;
    try {
      for (let row = Math.max(0, from); row < rows; row++) {
        let texts: Record<string, unknown> | null = null;
        if (withTexts && columns.hasText(row)) {
          reader ??= await openLineReader(log.path);
          const line = await reader.read(columns.offsets.get(row), columns.lengths.get(row));
          texts = textsOfLine(line, columns.textIds(row));
        }
        visit(columns.response(row, texts, withTexts), row);
        if (row % YIELD_EVERY === YIELD_EVERY - 1) await nextTurn();
      }
    } finally {
      await reader?.close();
    }
  }

  const appendStored: EmbeddedResponseRepository['appendStored'] = async (response, { key, claim }) => {
    const log = logFor(response.campaignId);
    const stored: StoredResponse = { ...response };
    if (key !== null) stored.key = key;
    if (claim !== null) stored.claim = claim;
    while (log.rewriting) await log.rewriting.catch(() => undefined);
    const line = JSON.stringify(stored);
    const offset = await log.file.append(line);
    const bytes = Buffer.byteLength(line);
    // Lines become durable and reach this point in the order they stand in the file, so the rows always
    // account for a prefix of the log: what a checkpoint records.
    log.columns.add(stored, offset, bytes);
    log.place = { logSize: offset + bytes + 1, lines: log.place.lines + 1 };
    scheduleCheckpoint(log);
  };

  /** Writes the log anew without the lines of `ids`; the old log stays whole until the rename. */
  async function rewrite(
    log: CampaignLog,
    ids: ReadonlySet<string>,
    allow: (stored: readonly SurveyResponse[]) => boolean,
  ): Promise<number | 'refused'> {
    await noReaders(log);
    await log.file.close(); // appends already queued are written first
    const { columns } = log;
    // Asked now, when every answer in flight has landed and no new one can until the rewrite is done: an
    // answer that landed meanwhile could otherwise complete a batch the deletion then takes apart.
    const stored: SurveyResponse[] = [];
    await visitRows(log, columns.rows, true, (r) => stored.push(r));
    if (!allow(stored)) return 'refused';
    const kept: number[] = [];
    stored.forEach((r, row) => {
      if (!ids.has(r.id)) kept.push(row);
    });
    stored.length = 0;
    const offsets = new Float64Array(kept.length);
    const temporary = join(dir, columns.campaignId + REWRITE_SUFFIX);
    let size = 0;
    try {
      const reader = await openLineReader(log.path);
      const handle = await open(temporary, 'w');
      try {
        let chunk: Buffer[] = [];
        let chunkBytes = 0;
        const flush = async () => {
          const bytes = Buffer.concat(chunk);
          await writeAll(handle, bytes, size);
          size += bytes.length;
          chunk = [];
          chunkBytes = 0;
        };
        for (let j = 0; j < kept.length; j++) {
          const row = kept[j]!;
          // Each line copied byte for byte, with its newline.
          const line = await reader.read(columns.offsets.get(row), columns.lengths.get(row) + 1);
          offsets[j] = size + chunkBytes;
          chunk.push(line);
          chunkBytes += line.length;
          if (chunkBytes >= REWRITE_CHUNK) await flush();
        }
        await flush();
        await handle.datasync();
      } finally {
        await handle.close();
        await reader.close();
      }
      // The old checkpoint would describe the lines being deleted: gone first, so no crash leaves it behind.
      await rm(log.checkpointPath, { force: true });
      await rename(temporary, log.path);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error; // the old log is untouched, and its file reopens at its own length on the next append
    }
    log.file = openAppendOnlyFile(log.path, size);
    const removed = columns.rows - kept.length;
    columns.keepRows(Uint32Array.from(kept), offsets);
    log.place = { logSize: size, lines: kept.length };
    log.saved = { logSize: -1, rows: 0 };
    // The rename lives in the directory: until it is synced a power cut could bring the old log back.
    await syncDirectory(dir);
    return removed;
  }

  async function scan(
    campaignId: string,
    visit: (response: SurveyResponse, index: number) => void,
    options: ScanOptions = {},
  ): Promise<number> {
    const log = campaigns.get(campaignId);
    if (!log) return 0;
    const leave = await enterReading(log);
    try {
      const rows = log.columns.rows;
      const from = Math.min(rows, Math.max(0, Math.floor(options.from ?? 0)));
      await visitRows(log, rows, options.texts !== false, visit, from);
      return rows - from;
    } finally {
      leave();
    }
  }

  return {
    append: (response) => appendStored(response, { key: null, claim: null }),
    appendStored,
    hasKey: (campaignId, keyHash) => campaigns.get(campaignId)?.columns.hasKey(keyHash) ?? false,
    claimsFound: () => found,
    async listByCampaign(campaignId) {
      const list: SurveyResponse[] = [];
      await scan(campaignId, (r) => list.push(r));
      return list;
    },
    scan,
    async countByCampaign(campaignId) {
      return campaigns.get(campaignId)?.columns.rows ?? 0;
    },
    countIn: (campaignId, departmentId) => campaigns.get(campaignId)?.columns.countIn(departmentId) ?? 0,
    async countByDepartment(campaignId) {
      return campaigns.get(campaignId)?.columns.countByDepartment() ?? {};
    },
    async remove(campaignId, ids, allow = () => true) {
      const log = campaigns.get(campaignId);
      if (!log) return 0;
      const wanted = new Set(ids);
      // Rewrites of one log run one after the other; appends and scans wait for them.
      while (log.rewriting) await log.rewriting.catch(() => undefined);
      if (log.columns.rowsWithIds(wanted).length === 0) return 0;
      const run = rewrite(log, wanted, allow);
      log.rewriting = run;
      try {
        return await run;
      } finally {
        log.rewriting = null;
        scheduleCheckpoint(log);
      }
    },
    async close() {
      closing = true;
      await Promise.all([...campaigns.values()].map((log) => log.file.close()));
      for (const log of campaigns.values()) {
        await log.checkpointing;
        await checkpoint(log);
      }
    },
  };
}
