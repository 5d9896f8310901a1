// Responses in one JSON Lines file per campaign under <data>/responses/. The whole log is read into memory
// at start-up; appends go to disk first and reach the in-memory list only once durable. A line may carry two
// fields besides the response: the hash of the survey page's idempotency key, and the random claim of a
// personal link or access code (see submission-claims.ts); neither leaves this file. Excluding responses
// rewrites a campaign's log without them (temporary file, fsync, rename, directory fsync): they leave no
// line, no tombstone and no list behind.

import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyResponse } from '../../domain/instrument/response';
import type { ResponseRepository } from '../response-repository';
import { openAppendOnlyFile, type AppendOnlyFile } from './append-only-file';
import { syncDirectory, writeAll } from './file-io';
import { readLog } from './read-log';

const SUFFIX = '.jsonl';
/** A log being rewritten; a leftover one (a stop mid-rewrite) is deleted at start, the old log still whole. */
const REWRITE_SUFFIX = '.jsonl.rewrite';
/** Lines written per call while rewriting a log: bounded memory whatever its size. */
const REWRITE_CHUNK = 1 << 20;
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

/** A response as its log line holds it. */
export interface StoredResponse extends SurveyResponse {
  key?: string;
  claim?: string;
}

function isStoredResponse(value: unknown): value is StoredResponse {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.campaignId === 'string' &&
    typeof r.departmentId === 'string' &&
    typeof r.submittedOn === 'string' &&
    typeof r.answers === 'object' &&
    r.answers !== null &&
    (r.key === undefined || typeof r.key === 'string') &&
    (r.claim === undefined || typeof r.claim === 'string')
  );
}

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

export async function openEmbeddedResponseRepository(
  dir: string,
  warn: (message: string) => void,
  /** Claims of personal links not yet settled in the records file: which of them reached a response? */
  pendingClaims: ReadonlySet<string> = new Set(),
): Promise<EmbeddedResponseRepository> {
  await mkdir(dir, { recursive: true });
  const byCampaign = new Map<string, SurveyResponse[]>();
  const byDepartment = new Map<string, Map<string, number>>();
  const keys = new Map<string, Set<string>>();
  const found = new Set<string>();
  const files = new Map<string, AppendOnlyFile>();
  /** Campaigns whose log is being rewritten: their appends wait for it. */
  const rewriting = new Map<string, Promise<unknown>>();

  const countDepartment = (response: SurveyResponse, by: number) => {
    let counts = byDepartment.get(response.campaignId);
    if (!counts) byDepartment.set(response.campaignId, (counts = new Map()));
    counts.set(response.departmentId, (counts.get(response.departmentId) ?? 0) + by);
  };

  const remember = (response: SurveyResponse, key: string | undefined) => {
    let list = byCampaign.get(response.campaignId);
    if (!list) byCampaign.set(response.campaignId, (list = []));
    list.push(response);
    countDepartment(response, 1);
    if (key !== undefined) {
      let set = keys.get(response.campaignId);
      if (!set) keys.set(response.campaignId, (set = new Set()));
      set.add(key);
    }
  };

  for (const name of (await readdir(dir)).filter((n) => n.endsWith(REWRITE_SUFFIX))) {
    await rm(join(dir, name), { force: true });
  }
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(SUFFIX)).sort()) {
    const campaignId = name.slice(0, -SUFFIX.length);
    const path = join(dir, name);
    const { records, size } = await readLog(path, isStoredResponse, 'response record', warn);
    const ids = new Set<string>();
    let repeated = 0;
    for (const { key, claim, ...response } of records) {
      // A line written twice (a restored backup, a copy by hand) must not count one person twice.
      if (ids.has(response.id) || (key !== undefined && keys.get(response.campaignId)?.has(key))) {
        repeated++;
        continue;
      }
      ids.add(response.id);
      if (claim !== undefined && pendingClaims.has(claim)) found.add(claim);
      remember(response, key);
    }
    if (repeated > 0) {
      warn(
        `${path}: ${repeated} line${repeated === 1 ? '' : 's'} repeated an earlier response and ${repeated === 1 ? 'was' : 'were'} ignored.`,
      );
    }
    files.set(campaignId, openAppendOnlyFile(path, size));
  }

  function fileFor(campaignId: string): AppendOnlyFile {
    // Ids become file names; anything else would let a crafted id escape the directory.
    if (!SAFE_ID.test(campaignId)) throw new Error(`Unsafe campaign id ${JSON.stringify(campaignId)}`);
    let file = files.get(campaignId);
    if (!file) {
      file = openAppendOnlyFile(join(dir, campaignId + SUFFIX), 0);
      files.set(campaignId, file);
    }
    return file;
  }

  const appendStored: EmbeddedResponseRepository['appendStored'] = async (response, { key, claim }) => {
    const line: StoredResponse = { ...response };
    if (key !== null) line.key = key;
    if (claim !== null) line.claim = claim;
    while (rewriting.has(response.campaignId))
      await rewriting.get(response.campaignId)!.catch(() => undefined);
    await fileFor(response.campaignId).append(JSON.stringify(line));
    remember(response, key ?? undefined);
  };

  /** Writes the log anew without the lines of `ids`; the old log stays whole until the rename. */
  async function rewrite(
    campaignId: string,
    ids: ReadonlySet<string>,
    allow: (stored: readonly SurveyResponse[]) => boolean,
  ): Promise<number | 'refused'> {
    const path = join(dir, campaignId + SUFFIX);
    const old = fileFor(campaignId);
    await old.close(); // appends already queued are written first
    // Asked now, when every answer in flight has landed and no new one can until the rewrite is done: an
    // answer that landed meanwhile could otherwise complete a batch the deletion then takes apart.
    if (!allow(byCampaign.get(campaignId) ?? [])) return 'refused';
    const { records } = await readLog(path, isStoredResponse, 'response record', warn);
    const kept = records.filter((r) => !ids.has(r.id));
    const temporary = join(dir, campaignId + REWRITE_SUFFIX);
    let size = 0;
    try {
      const handle = await open(temporary, 'w');
      try {
        for (let start = 0; start < kept.length;) {
          const lines: string[] = [];
          let bytes = 0;
          while (start < kept.length && bytes < REWRITE_CHUNK) {
            const line = `${JSON.stringify(kept[start++])}\n`;
            lines.push(line);
            bytes += line.length;
          }
          const chunk = Buffer.from(lines.join(''), 'utf8');
          await writeAll(handle, chunk, size);
          size += chunk.length;
        }
        await handle.datasync();
      } finally {
        await handle.close();
      }
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => undefined);
      throw error; // the old log is untouched, and `old` reopens it at its own length on the next append
    }
    files.set(campaignId, openAppendOnlyFile(path, size));
    const removed = (byCampaign.get(campaignId) ?? []).filter((r) => ids.has(r.id));
    byCampaign.set(
      campaignId,
      (byCampaign.get(campaignId) ?? []).filter((r) => !ids.has(r.id)),
    );
    for (const r of removed) countDepartment(r, -1);
    // The rename lives in the directory: until it is synced a power cut could bring the old log back.
    await syncDirectory(dir);
    return removed.length;
  }

  return {
    append: (response) => appendStored(response, { key: null, claim: null }),
    appendStored,
    hasKey: (campaignId, keyHash) => keys.get(campaignId)?.has(keyHash) ?? false,
    claimsFound: () => found,
    async listByCampaign(campaignId) {
      return [...(byCampaign.get(campaignId) ?? [])];
    },
    async scan(campaignId, visit) {
      const list = byCampaign.get(campaignId) ?? [];
      const length = list.length;
      for (let i = 0; i < length; i++) visit(list[i]!, i);
      return length;
    },
    async countByCampaign(campaignId) {
      return byCampaign.get(campaignId)?.length ?? 0;
    },
    countIn: (campaignId, departmentId) => byDepartment.get(campaignId)?.get(departmentId) ?? 0,
    async countByDepartment(campaignId) {
      const counts: Record<string, number> = {};
      for (const [departmentId, n] of byDepartment.get(campaignId) ?? []) if (n > 0) counts[departmentId] = n;
      return counts;
    },
    async remove(campaignId, ids, allow = () => true) {
      const wanted = new Set(ids);
      // Rewrites of one log run one after the other; appends wait for them.
      while (rewriting.has(campaignId)) await rewriting.get(campaignId)!.catch(() => undefined);
      if (!(byCampaign.get(campaignId) ?? []).some((r) => wanted.has(r.id))) return 0;
      const run = rewrite(campaignId, wanted, allow);
      rewriting.set(campaignId, run);
      try {
        return await run;
      } finally {
        rewriting.delete(campaignId);
      }
    },
    async close() {
      await Promise.all([...files.values()].map((f) => f.close()));
    },
  };
}
