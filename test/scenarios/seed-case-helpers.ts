// Shared by the seed-case tests: the seeds, each case's report built once per seed, and its assertions.

import { expect } from 'vitest';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { BARRIER_MODEL_V1 } from '../../server/domain/instrument/barrier-model';
import { buildCampaignReport, type CampaignReport } from '../../server/domain/analysis/campaign-report';
import type { Check } from '../../server/domain/decisions/checks';
import type { Questionnaire } from '../../server/domain/instrument/questionnaire';
import { buildSeedCase, DEFAULT_SEED, type SeedCase, type SeedCaseName } from './seed-cases';

export const SEEDS = [DEFAULT_SEED, DEFAULT_SEED + 1, DEFAULT_SEED + 2];

let shipped: Questionnaire;
/** Loads the shipped readiness-okr questionnaire; each test file calls it in its `beforeAll`. */
export async function loadQuestionnaire(): Promise<void> {
  shipped = (await loadQuestionnaires()).get('readiness-okr')!;
}
/** The questionnaire loaded by `loadQuestionnaire`. */
export const questionnaire = (): Questionnaire => shipped;

const built = new Map<string, { seedCase: SeedCase; report: CampaignReport }>();
export function run(name: SeedCaseName, seed: number) {
  const key = `${name}@${seed}`;
  let result = built.get(key);
  if (!result) {
    const seedCase = buildSeedCase(name, seed, shipped);
    const report = buildCampaignReport({
      organization: seedCase.organization,
      campaign: seedCase.campaign,
      questionnaire: shipped,
      model: BARRIER_MODEL_V1,
      responses: seedCase.responses,
    });
    built.set(key, (result = { seedCase, report }));
  }
  return result;
}

const finds = (c: Check) => c.status === 'fail' || c.status === 'leans-fail';

/**
 * The expected verdict from the expected gate, not provisional, and the reasons on show: the deciding
 * gate's failing checks carry the value and the threshold, among them every subject named.
 */
export function expectVerdict(name: SeedCaseName, seed: number, reasonSubjects: string[]): CampaignReport {
  const { seedCase, report } = run(name, seed);
  const { decision } = report;
  expect(decision.verdict).toBe(seedCase.expected.verdict);
  expect(decision.decidingGate).toBe(seedCase.expected.decidingGate);
  expect(decision.provisional).toBe(false);
  const gate = decision.gates.find((g) => g.id === decision.decidingGate)!;
  expect(gate.rule.en.length).toBeGreaterThan(0);
  const reasons = gate.checks.filter(finds);
  expect(reasons.length).toBeGreaterThan(0);
  for (const c of reasons) {
    expect(typeof c.value).toBe('number');
    expect(typeof c.threshold).toBe('number');
  }
  expect(reasons.map((c) => c.subject)).toEqual(expect.arrayContaining(reasonSubjects));
  // Every gate before the deciding one was clearly passed: nothing earlier could have decided instead.
  for (const before of decision.gates.slice(0, decision.gates.indexOf(gate))) {
    expect([before.id, before.status]).toEqual([
      before.id,
      before.status === 'not-assessed' ? 'not-assessed' : 'pass',
    ]);
  }
  return report;
}

export const ids = (report: CampaignReport) => report.recommendations.map((r) => r.id);
export const recommendation = (report: CampaignReport, id: string) =>
  report.recommendations.find((r) => r.id === id);
export const check = (report: CampaignReport, gateId: string, subject: string) =>
  report.decision.gates.find((g) => g.id === gateId)!.checks.find((c) => c.subject === subject)!;
export const departmentId = (name: SeedCaseName, key: string) => `${name}-${key}`;
