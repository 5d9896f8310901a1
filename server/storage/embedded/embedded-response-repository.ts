// Responses in one JSON Lines file per campaign under <data>/responses/. The whole log is read into memory
// at start-up; appends go to disk first and reach the in-memory list only once durable.

import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { SurveyResponse } from '../../domain/response';
import type { ResponseRepository } from '../response-repository';
import { openAppendOnlyFile, type AppendOnlyFile } from './append-only-file';
import { readLog } from './read-log';

const SUFFIX = '.jsonl';
const SAFE_ID = /^[A-Za-z0-9_-]+$/;

function isSurveyResponse(value: unknown): value is SurveyResponse {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.campaignId === 'string' &&
    typeof r.departmentId === 'string' &&
    typeof r.submittedOn === 'string' &&
    typeof r.answers === 'object' &&
    r.answers !== null
  );
}

export interface EmbeddedResponseRepository extends ResponseRepository {
  close(): Promise<void>;
}

export async function openEmbeddedResponseRepository(
  dir: string,
  warn: (message: string) => void,
): Promise<EmbeddedResponseRepository> {
  await mkdir(dir, { recursive: true });
  const byCampaign = new Map<string, SurveyResponse[]>();
  const files = new Map<string, AppendOnlyFile>();
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(SUFFIX)).sort()) {
    const campaignId = name.slice(0, -SUFFIX.length);
    const { records, size } = await readLog(join(dir, name), isSurveyResponse, warn);
    byCampaign.set(campaignId, records);
    files.set(campaignId, openAppendOnlyFile(join(dir, name), size));
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

  return {
    async append(response) {
      await fileFor(response.campaignId).append(JSON.stringify(response));
      const list = byCampaign.get(response.campaignId) ?? [];
      list.push(response);
      byCampaign.set(response.campaignId, list);
    },
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
