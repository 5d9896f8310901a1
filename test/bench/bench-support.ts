// What the benchmark's parts share: the run length and connection count, the autocannon wrapper, and a data
// directory seeded with the demo organization (its campaign open) and any number of stored responses.

import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemoData } from '../../server/demo/demo-organization';
import { seededRandom, synthesizeAnswers } from '../../server/demo/synthesize-responses';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { makeDataDir } from '../support/server-process';

export const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
export const CONNECTIONS = 50;

export interface Throughput {
  rps: number;
  p99: number;
  errors: number;
}

/** autocannon for DURATION_S over CONNECTIONS connections unless `options` says otherwise. */
export async function requestsPerSecond(options: autocannon.Options): Promise<Throughput> {
  const result = await autocannon({ connections: CONNECTIONS, duration: DURATION_S, ...options });
  const non2xx = result.non2xx + result.errors + result.timeouts;
  return { rps: result.requests.average, p99: result.latency.p99, errors: non2xx };
}

export function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

export interface SeededData {
  dataDir: string;
  campaignId: string;
  /** The campaign's first department link (a shared link). */
  token: string;
  departments: { id: string; name: string }[];
}

/** A data directory holding the demo organization with `count` synthetic responses in its log. */
export async function seededDataDir(count: number): Promise<SeededData> {
  const questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
  let n = 0;
  const ids = { newId: () => `bench-${n++}`, newToken: () => `benchtoken${n++}abcdefghijkl` };
  const demo = buildDemoData(questionnaire, ids, '2026-11-26');
  const dataDir = await makeDataDir();
  await writeFile(
    join(dataDir, 'records.json'),
    JSON.stringify({
      // A department takes no more answers than it has people: these have room for every answer the run
      // sends, so it measures answers taken, not refused.
      organizations: [
        {
          ...demo.organization,
          departments: demo.organization.departments.map((d) => ({ ...d, headcount: 10_000_000 })),
        },
      ],
      campaigns: [demo.campaign],
    }),
  );
  await mkdir(join(dataDir, 'responses'));
  const random = seededRandom(7);
  const profile = { defaultLevel: 60, levels: {} };
  const departments = demo.organization.departments;
  const lines: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const departmentId = departments[i % departments.length]!.id;
    const answers = synthesizeAnswers(questionnaire, profile, random);
    lines.push(
      JSON.stringify({
        id: `r${i}`,
        campaignId: demo.campaign.id,
        departmentId,
        language: 'en',
        submittedOn: '2026-11-26',
        answers,
      }),
    );
  }
  await writeFile(
    join(dataDir, 'responses', `${demo.campaign.id}.jsonl`),
    lines.length ? `${lines.join('\n')}\n` : '',
  );
  return {
    dataDir,
    campaignId: demo.campaign.id,
    token: demo.campaign.links[1]!.token,
    departments: departments.map((d) => ({ id: d.id, name: d.name })),
  };
}
