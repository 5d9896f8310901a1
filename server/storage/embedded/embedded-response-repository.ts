// Responses in one JSON Lines file per campaign under <data>/responses/. The whole log is read into memory
// at start-up; appends go to disk first and reach the in-memory list only once durable. A line may carry two
// fields besides the response: the hash of the survey page's idempotency key, and the random claim of a
// personal link (see submission-claims.ts); neither leaves this file.

import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyResponse } from '../../domain/response';
import type { ResponseRepository } from '../response-repository';
import { openAppendOnlyFile, type AppendOnlyFile } from './append-only-file';
import { readLog } from './read-log';

const SUFFIX = '.jsonl';
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
  const keys = new Map<string, Set<string>>();
  const found = new Set<string>();
  const files = new Map<string, AppendOnlyFile>();

  const remember = (response: SurveyResponse, key: string | undefined) => {
    let list = byCampaign.get(response.campaignId);
    if (!list) byCampaign.set(response.campaignId, (list = []));
    list.push(response);
    if (key !== undefined) {
      let set = keys.get(response.campaignId);
      if (!set) keys.set(response.campaignId, (set = new Set()));
      set.add(key);
    }
  };

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
    await fileFor(response.campaignId).append(JSON.stringify(line));
    remember(response, key ?? undefined);
  };

  return {
    append: (response) => appendStored(response, { key: null, claim: null }),
    appendStored,
    hasKey: (campaignId, keyHash) => keys.get(campaignId)?.has(keyHash) ?? false,
    claimsFound: () => found,
    async listByCampaign(campaignId) {
      return [...(byCampaign.get(campaignId) ?? [])];
    },
    async countByCampaign(campaignId) {
      return byCampaign.get(campaignId)?.length ?? 0;
    },
    async close() {
      await Promise.all([...files.values()].map((f) => f.close()));
    },
  };
}
