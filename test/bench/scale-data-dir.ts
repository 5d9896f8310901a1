// A data directory for the benchmark at scale: the demo organization (five departments, each with room for
// more answers than any run sends) with one open campaign on questionnaire readiness-okr-2, and `count`
// responses written straight into its log, as the survey would have stored them (an idempotency key on
// each, sample objectives and comments on some). Answers come from a pool of generated sets, so writing a
// million lines takes seconds rather than minutes; ids, keys, languages and days differ line by line.

import { randomBytes, randomUUID } from 'node:crypto';
import { mkdir, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDemoData } from '../../server/demo/demo-organization';
import { seededRandom, synthesizeAnswers } from '../../server/demo/synthesize-responses';
import type { SurveyResponse } from '../../server/domain/instrument/response';
import type { Answers } from '../../server/domain/instrument/validate-answers';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { makeDataDir } from '../support/server-process';

export const SCALE_QUESTIONNAIRE = 'readiness-okr-2';
const POOL = 4096;
const LINES_PER_WRITE = 10_000;

export interface ScaleData {
  dataDir: string;
  campaignId: string;
  /** A department link per department (shared links), in the organization's order. */
  departmentTokens: string[];
  /** The departments' ids, in the same order. */
  departmentIds: string[];
  /** The log's size in bytes. */
  logBytes: number;
}

/** Answer sets as departments of different readiness give them, with texts and dependencies on some. */
function answerPool(
  questionnaire: Parameters<typeof synthesizeAnswers>[0],
  departmentIds: string[],
): Answers[] {
  const random = seededRandom(17);
  return Array.from({ length: POOL }, (_, i) => {
    const own = i % departmentIds.length;
    const answers = synthesizeAnswers(questionnaire, { defaultLevel: 40 + own * 8, levels: {} }, random);
    answers.depends_on = departmentIds.filter((_id, j) => j !== own && random() < 0.3);
    if (random() < 0.6) {
      answers.sample_okr = `O: Improve onboarding for team ${i}. KR1: from ${20 + (i % 50)}% to ${60 + (i % 30)}% by Q${1 + (i % 4)}.`;
    }
    if (random() < 0.25) answers.comment = `Comment ${i}: planning needs more time.`;
    return answers;
  });
}

/** The demo organization (departments with room for every answer a run sends), its open campaign, and the pool. */
export async function scaleDemo() {
  const questionnaire = (await loadQuestionnaires()).get(SCALE_QUESTIONNAIRE);
  if (!questionnaire) throw new Error(`questionnaire ${SCALE_QUESTIONNAIRE} not found`);
  let n = 0;
  const ids = { newId: () => `scale-${n++}`, newToken: () => `scaletoken${n++}abcdefghijklmnop` };
  const demo = buildDemoData(questionnaire, ids, '2026-11-26');
  const departments = demo.organization.departments;
  // A department takes no more answers than it has people: room for every answer a run sends.
  const organization = {
    ...demo.organization,
    departments: departments.map((d) => ({ ...d, headcount: 10_000_000 })),
  };
  const pool = answerPool(
    questionnaire,
    departments.map((d) => d.id),
  );
  const byDepartment = new Map(demo.campaign.links.map((l) => [l.departmentId, l.token]));
  return {
    organization,
    campaign: demo.campaign,
    departmentTokens: departments.map((d) => byDepartment.get(d.id)!),
    departmentIds: departments.map((d) => d.id),
    /** The i-th stored response, as the survey would have stored it (its idempotency key apart). */
    response: (i: number): SurveyResponse => ({
      id: randomUUID(),
      campaignId: demo.campaign.id,
      departmentId: departments[(i % POOL) % departments.length]!.id,
      language: i % 3 === 0 ? 'zh-cn' : 'en',
      submittedOn: `2026-11-${String(10 + (i % 14)).padStart(2, '0')}`,
      answers: pool[i % POOL]!,
    }),
  };
}

export async function scaleDataDir(count: number): Promise<ScaleData> {
  const demo = await scaleDemo();
  const dataDir = await makeDataDir();
  await writeFile(
    join(dataDir, 'records.json'),
    JSON.stringify({ organizations: [demo.organization], campaigns: [demo.campaign] }),
  );
  await mkdir(join(dataDir, 'responses'));
  const log = await open(join(dataDir, 'responses', `${demo.campaign.id}.jsonl`), 'w');
  let logBytes = 0;
  for (let from = 0; from < count; from += LINES_PER_WRITE) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(count, from + LINES_PER_WRITE); i++) {
      lines.push(JSON.stringify({ ...demo.response(i), key: randomBytes(32).toString('base64url') }));
    }
    const text = `${lines.join('\n')}\n`;
    logBytes += Buffer.byteLength(text);
    await log.write(text);
  }
  await log.close();
  return {
    dataDir,
    campaignId: demo.campaign.id,
    departmentTokens: demo.departmentTokens,
    departmentIds: demo.departmentIds,
    logBytes,
  };
}
