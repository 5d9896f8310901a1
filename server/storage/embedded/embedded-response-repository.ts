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
//
// Closed campaigns (closed-campaigns.ts) are put away: their responses leave memory once left alone for a
// while, with a checkpoint covering their whole log written first, and are not loaded at start when such a
// checkpoint is there. What the store must answer without them (how many responses, per department) comes
// from the checkpoint's header; anything that reads responses (a scan, a list, a removal, an append that
// should never come) loads the campaign again first, once however many ask at the same time.

import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyResponse } from '../../domain/instrument/response';
import type { ResponseRepository, ScanOptions } from '../response-repository';
import { openAppendOnlyFile, type AppendOnlyFile } from './append-only-file';
import { CampaignColumns } from './campaign-columns';
import { visitCodedRows } from './coded-rows';
import { gatedChange } from './backup/write-gate';
import { removeFile, syncDirectory, writeAll } from './file-io';
import { fingerprint } from './fingerprint';
import { openLineReader, type LineReader } from './line-reader';
import { parseLine, readLines } from './read-log';
import {
  readCheckpoint,
  readCheckpointClaims,
  readCheckpointSummary,
  writeCheckpoint,
  type CheckpointSummary,
  type LogPlace,
} from './response-checkpoint';
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
/**
 * How long a scan runs, visits included, before it lets other requests in: by the clock, since what a
 * visit costs (filing into a report's tally, writing a row) is the caller's.
 */
const TURN_MS = 8;
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

export interface EmbeddedResponseRepository extends ResponseRepository {
  /** Appends with the extra fields only this storage keeps; resolves once durable. */
  appendStored(response: SurveyResponse, extra: { key: string | null; claim: string | null }): Promise<void>;
  /**
   * Whether a response submitted with this idempotency-key hash is stored for the campaign. Always false for
   * a campaign put away: it is closed, so the survey refuses before asking (and should an answer reach
   * appendStored all the same, its key is looked for there, once the campaign is loaded).
   */
  hasKey(campaignId: string, keyHash: string): boolean;
  /** Of the given claims, those a stored response carries: read once, at start-up, to settle them. */
  claimsFound(): ReadonlySet<string>;
  /** Responses stored for one department of a campaign, at this moment. */
  countIn(campaignId: string, departmentId: string): number;
  /** Puts away the closed campaigns nothing has used for `idleMs`; a failure to do so only warns. */
  putAwayClosed(idleMs: number): Promise<void>;
  /** Campaigns whose responses are in memory (for tests and figures). */
  loadedCampaigns(): string[];
  close(): Promise<void>;
}

export interface ResponseStoreOptions {
  /** Claims of personal links or codes not yet settled: which of them reached a response? Read at start. */
  pendingClaims?: ReadonlySet<string>;
  /** Which campaigns may be put away (closed-campaigns.ts); none when not given. */
  isClosed?: (campaignId: string) => boolean;
  /** The clock that says how long a campaign has been left alone. */
  now?: () => number;
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
  /** Operations under way that need the campaign in memory: it is not put away meanwhile. */
  holds: number;
  /** Counts every use, so that putting away can tell it was used while it wrote the checkpoint. */
  uses: number;
  lastUsed: number;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function openEmbeddedResponseRepository(
  dir: string,
  warn: (message: string) => void,
  { pendingClaims = new Set(), isClosed = () => false, now = Date.now }: ResponseStoreOptions = {},
): Promise<EmbeddedResponseRepository> {
  await mkdir(dir, { recursive: true });
  /** Campaigns whose responses are in memory. */
  const campaigns = new Map<string, CampaignLog>();
  /** Campaigns put away: what their checkpoint says of them. */
  const away = new Map<string, CheckpointSummary>();
  /** Campaigns put away being loaded again: every request for one waits for the same load. */
  const loading = new Map<string, Promise<void>>();
  const found = new Set<string>();
  let closing = false;
  /** The pending claims by the low half of their fingerprint, made when first needed. */
  let claimPrints: Map<number, { high: number; claim: string }[]> | null = null;

  for (const name of await readdir(dir)) {
    if (name.endsWith(REWRITE_SUFFIX) || name.endsWith(`${CHECKPOINT_SUFFIX}.tmp`)) {
      await rm(join(dir, name), { force: true });
    }
  }
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(SUFFIX)).sort()) {
    const campaignId = name.slice(0, -SUFFIX.length);
    if (isClosed(campaignId) && (await leftOnDisk(campaignId))) continue;
    campaigns.set(campaignId, await load(campaignId, true));
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
      holds: 0,
      uses: 0,
      lastUsed: now(),
    };
  }

  /**
   * At start, a closed campaign is left on disk when its checkpoint accounts for its whole log and says what
   * is needed without it; the claims pending, if any, are looked for in its checkpoint's claims alone.
   * Otherwise (no such checkpoint, lines after it) it is loaded, and put away once written down again.
   */
  async function leftOnDisk(campaignId: string): Promise<boolean> {
    const path = join(dir, campaignId + SUFFIX);
    const checkpointPath = join(dir, campaignId + CHECKPOINT_SUFFIX);
    const { size } = await stat(path);
    const summary = await readCheckpointSummary(checkpointPath, path, campaignId, size);
    if (summary === null) return false;
    if (pendingClaims.size > 0) {
      const claims = await readCheckpointClaims(checkpointPath, path, campaignId, size);
      if (claims === null) return false;
      for (let i = 0; i < claims.length; i += 2) noteClaim(claims[i]!, claims[i + 1]!);
    }
    away.set(campaignId, summary);
    return true;
  }

  /** Reads a campaign's checkpoint and the log after it; `atStart`, pending claims are looked for too. */
  async function load(campaignId: string, atStart: boolean): Promise<CampaignLog> {
    const path = join(dir, campaignId + SUFFIX);
    const checkpointPath = join(dir, campaignId + CHECKPOINT_SUFFIX);
    const read = await readCheckpoint(checkpointPath, path, campaignId, (await stat(path)).size);
    if (read && !read.usable) {
      warn(`${checkpointPath}: not used, since ${read.reason}; reading the whole log instead.`);
    }
    const columns = read?.usable ? read.columns : new CampaignColumns(campaignId);
    const start = read?.usable ? read.place : { logSize: 0, lines: 0 };
    const lookForClaims = atStart && pendingClaims.size > 0;
    if (read?.usable && lookForClaims) findClaims(columns);

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
        if (lookForClaims && stored.claim !== undefined && pendingClaims.has(stored.claim))
          found.add(stored.claim);
        ids.add(columns.add(stored, offset, bytes));
      },
    );
    if (repeated > 0) {
      warn(
        `${path}: ${repeated} line${repeated === 1 ? '' : 's'} repeated an earlier response and ${repeated === 1 ? 'was' : 'were'} ignored.`,
      );
    }
    const log = newLog(campaignId, columns, { logSize: tail.size, lines: tail.lines });
    // One written before checkpoints held counts per department is written again, so the campaign can be
    // left on disk at the next start.
    if (read?.usable && read.hasSummary) log.saved = { logSize: start.logSize, rows: checkpointed };
    return log;
  }

  /** Notes a pending claim a stored response carries, found by its fingerprint. */
  function noteClaim(high: number, low: number): void {
    if (claimPrints === null) {
      claimPrints = new Map();
      for (const claim of pendingClaims) {
        const fp = fingerprint(claim);
        const list = claimPrints.get(fp[1]!) ?? [];
        list.push({ high: fp[0]!, claim });
        claimPrints.set(fp[1]!, list);
      }
    }
    for (const c of claimPrints.get(low) ?? []) if (c.high === high) found.add(c.claim);
  }

  /** Pending claims carried by responses a checkpoint holds. */
  function findClaims(columns: CampaignColumns): void {
    for (let row = 0; row < columns.rows; row++) {
      const claimed = columns.claimOf(row);
      if (claimed !== null) noteClaim(claimed.high, claimed.low);
    }
  }

  /** Marks the log used and held in memory until `release`. */
  function acquire(log: CampaignLog): CampaignLog {
    log.holds++;
    log.uses++;
    log.lastUsed = now();
    return log;
  }

  function release(log: CampaignLog): void {
    log.holds--;
  }

  /** Loads a campaign put away, once: whoever asks while it loads waits for the same load. */
  function bringBack(campaignId: string): Promise<void> {
    let pending = loading.get(campaignId);
    if (!pending) {
      pending = load(campaignId, false)
        .then((log) => {
          away.delete(campaignId);
          campaigns.set(campaignId, log);
        })
        .finally(() => loading.delete(campaignId));
      loading.set(campaignId, pending);
    }
    return pending;
  }

  /** The campaign's log, held, loaded first if it was put away; undefined when it has no responses. */
  async function hold(campaignId: string): Promise<CampaignLog | undefined> {
    for (;;) {
      const log = campaigns.get(campaignId);
      if (log) return acquire(log);
      if (!away.has(campaignId)) return undefined;
      // Put away again before this resumed (only ever when told to put away at once): loaded again.
      await bringBack(campaignId);
    }
  }

  /**
   * The log to append to, held, without waiting: made when the campaign has none. Undefined when it was put
   * away and must be loaded first.
   */
  function holdNowForAppend(campaignId: string): CampaignLog | undefined {
    // Ids become file names; anything else would let a crafted id escape the directory.
    if (!SAFE_ID.test(campaignId)) throw new Error(`Unsafe campaign id ${JSON.stringify(campaignId)}`);
    const log = campaigns.get(campaignId);
    if (log) return acquire(log);
    if (away.has(campaignId)) return undefined;
    const made = newLog(campaignId, new CampaignColumns(campaignId), { logSize: 0, lines: 0 });
    campaigns.set(campaignId, made);
    return acquire(made);
  }

  async function holdForAppend(campaignId: string): Promise<CampaignLog> {
    for (;;) {
      const log = holdNowForAppend(campaignId);
      if (log) return log;
      await bringBack(campaignId);
    }
  }

  async function enterReading(log: CampaignLog): Promise<() => void> {
    while (log.rewriting) await log.rewriting.catch(() => undefined);
    log.readers++;
    return () => {
      if (--log.readers === 0) for (const resume of log.whenNoReaders.splice(0)) resume();
    };
  }

  /** Whether the log is the one in memory for its campaign (not one put away since). */
  const isCurrent = (log: CampaignLog) => campaigns.get(log.columns.campaignId) === log;

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
      if (!closing && isCurrent(log)) void checkpoint(log);
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
    let turnStarted = performance.now();
    try {
      for (let row = Math.max(0, from); row < rows; row++) {
        let texts: Record<string, unknown> | null = null;
        if (withTexts && columns.hasText(row)) {
          reader ??= await openLineReader(log.path);
          const line = await reader.read(columns.offsets.get(row), columns.lengths.get(row));
          texts = textsOfLine(line, columns.textIds(row));
        }
        visit(columns.response(row, texts, withTexts), row);
        if (performance.now() - turnStarted >= TURN_MS) {
          await nextTurn();
          turnStarted = performance.now();
        }
      }
    } finally {
      await reader?.close();
    }
  }

  const appendStored: EmbeddedResponseRepository['appendStored'] = async (response, { key, claim }) => {
    // Held at once unless the campaign must be loaded first: appends reach the file in the order made.
    const log = holdNowForAppend(response.campaignId) ?? (await holdForAppend(response.campaignId));
    try {
      const stored: StoredResponse = { ...response };
      if (key !== null) stored.key = key;
      if (claim !== null) stored.claim = claim;
      while (log.rewriting) await log.rewriting.catch(() => undefined);
      // Already stored under this key: only possible for a campaign put away, whose keys hasKey could not
      // see. A start would ignore the line as a repeat, so it is not written.
      if (key !== null && log.columns.hasKey(key)) return;
      const line = JSON.stringify(stored);
      const offset = await log.file.append(line);
      const bytes = Buffer.byteLength(line);
      // Lines become durable and reach this point in the order they stand in the file, so the rows always
      // account for a prefix of the log: what a checkpoint records.
      log.columns.add(stored, offset, bytes);
      log.place = { logSize: offset + bytes + 1, lines: log.place.lines + 1 };
      scheduleCheckpoint(log);
    } finally {
      release(log);
    }
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
      // One step for a backup, which sees the old log with its checkpoint or the new one without.
      await gatedChange(log.path, async () => {
        await rm(log.checkpointPath, { force: true });
        await rename(temporary, log.path);
      });
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
    const from = Math.max(0, Math.floor(options.from ?? 0));
    // Nothing to visit: a campaign put away stays so (a tally resumed from its own checkpoint asks this).
    const summary = campaigns.has(campaignId) ? undefined : away.get(campaignId);
    if (summary && from >= summary.rows) return 0;
    const log = await hold(campaignId);
    if (!log) return 0;
    try {
      const leave = await enterReading(log);
      try {
        const rows = log.columns.rows;
        const start = Math.min(rows, from);
        await visitRows(log, rows, options.texts !== false, visit, start);
        return rows - start;
      } finally {
        leave();
      }
    } finally {
      release(log);
    }
  }

  /** As scan, each response as codes of some answers (coded-rows.ts): nothing made per response. */
  const scanCodes: EmbeddedResponseRepository['scanCodes'] = async (campaignId, questions, visit) => {
    const log = await hold(campaignId);
    if (!log) return 0;
    try {
      const leave = await enterReading(log);
      try {
        const rows = log.columns.rows;
        await visitCodedRows(log.columns, rows, questions, visit);
        return rows;
      } finally {
        leave();
      }
    } finally {
      release(log);
    }
  };

  /**
   * Writes the campaign's checkpoint if need be, then drops its responses from memory, unless it was used
   * (or is being used) meanwhile or the checkpoint could not be written: it is tried again next time.
   */
  async function putAway(log: CampaignLog): Promise<void> {
    const uses = log.uses;
    await log.checkpointing;
    await checkpoint(log);
    if (
      closing ||
      !isCurrent(log) ||
      log.uses !== uses ||
      log.holds > 0 ||
      log.readers > 0 ||
      log.rewriting !== null ||
      log.checkpointing !== null ||
      log.saved.logSize !== log.place.logSize
    )
      return;
    const { columns } = log;
    campaigns.delete(columns.campaignId);
    away.set(columns.campaignId, {
      rows: columns.rows,
      departmentCounts: columns.countByDepartment(),
      place: log.place,
    });
    await log.file.close();
  }

  const countsOf = (campaignId: string) =>
    campaigns.get(campaignId)?.columns.countByDepartment() ?? { ...away.get(campaignId)?.departmentCounts };

  return {
    append: (response) => appendStored(response, { key: null, claim: null }),
    async appendMany(campaignId, responses) {
      if (responses.some((r) => r.campaignId !== campaignId)) throw new Error('Responses of one campaign');
      // Made one after another without a wait, they reach the log in this order, a batch to each fsync.
      await Promise.all(responses.map((r) => appendStored(r, { key: null, claim: null })));
    },
    appendStored,
    hasKey: (campaignId, keyHash) => campaigns.get(campaignId)?.columns.hasKey(keyHash) ?? false,
    claimsFound: () => found,
    async listByCampaign(campaignId) {
      const list: SurveyResponse[] = [];
      await scan(campaignId, (r) => list.push(r));
      return list;
    },
    scan,
    scanCodes,
    async countByCampaign(campaignId) {
      return campaigns.get(campaignId)?.columns.rows ?? away.get(campaignId)?.rows ?? 0;
    },
    countIn: (campaignId, departmentId) =>
      campaigns.get(campaignId)?.columns.countIn(departmentId) ??
      away.get(campaignId)?.departmentCounts[departmentId] ??
      0,
    async countByDepartment(campaignId) {
      return countsOf(campaignId);
    },
    async remove(campaignId, ids, allow = () => true) {
      const log = await hold(campaignId);
      if (!log) return 0;
      try {
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
      } finally {
        release(log);
      }
    },
    async removeCampaign(campaignId) {
      if (!SAFE_ID.test(campaignId)) throw new Error(`Unsafe campaign id ${JSON.stringify(campaignId)}`);
      await loading.get(campaignId)?.catch(() => undefined);
      const log = campaigns.get(campaignId);
      if (log) {
        // The campaign takes no answers (it is not open); scans, a rewrite or a checkpoint under way finish first.
        while (log.rewriting) await log.rewriting.catch(() => undefined);
        await noReaders(log);
        await log.checkpointing;
        campaigns.delete(campaignId);
        await log.file.close();
      }
      away.delete(campaignId);
      // The checkpoint first: none is ever left describing a log that is gone.
      await removeFile(join(dir, campaignId + CHECKPOINT_SUFFIX));
      await removeFile(join(dir, campaignId + SUFFIX));
      await syncDirectory(dir);
    },
    async putAwayClosed(idleMs) {
      for (const log of campaigns.values()) {
        if (closing) return;
        const { campaignId } = log.columns;
        if (!isClosed(campaignId) || log.holds > 0 || now() - log.lastUsed < idleMs) continue;
        await putAway(log).catch((error: unknown) =>
          warn(`${log.path}: responses not put away (${(error as Error).message}); tried again later.`),
        );
      }
    },
    loadedCampaigns: () => [...campaigns.keys()],
    async close() {
      closing = true;
      await Promise.all([...loading.values()].map((p) => p.catch(() => undefined)));
      await Promise.all([...campaigns.values()].map((log) => log.file.close()));
      for (const log of campaigns.values()) {
        await log.checkpointing;
        await checkpoint(log);
      }
    },
  };
}
