// The seed document's cases asked with questionnaire 2 through the public API, as a customer would: HR
// creates the organization and a campaign stating its facts, staff answer through their department links,
// and the executive reads the report. Each must reach the verdict a reader of the seed expects.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign } from '../../server/domain/campaigns/campaign';
import type { Organization } from '../../server/domain/campaigns/organization';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { startTestApp, type TestApp } from '../fixtures/test-app';
import { buildSeedCase, DEFAULT_SEED, SEED_CASE_NAMES, type SeedCase } from './seed-cases';

let t: TestApp;
beforeAll(async () => {
  // Hundreds of answers from one test client: the per-address submission limit would stop them.
  t = await startTestApp(undefined, { submissionLimit: null });
});
afterAll(() => t.close());

/** Sets the case up through the API and submits every response; returns the report as the owner reads it. */
async function runThroughApi(seedCase: SeedCase) {
  const org = await t.call('POST', '/api/organizations', {
    name: seedCase.organization.name,
    departments: seedCase.organization.departments.map((d) => ({ name: d.name, headcount: d.headcount })),
  });
  expect(org.status, JSON.stringify(org.body)).toBe(201);
  const organization = org.body as Organization;
  // The generator names departments by case; the server gives its own ids, matched by name.
  const realId = new Map(
    seedCase.organization.departments.map((d) => [
      d.id,
      organization.departments.find((r) => r.name === d.name)!.id,
    ]),
  );
  const created = await t.call('POST', `/api/organizations/${organization.id}/campaigns`, {
    name: 'OKR readiness baseline',
    questionnaireId: 'readiness-okr-2',
    organizationFacts: Object.fromEntries(
      Object.entries(seedCase.campaign.organizationFacts).filter(([, v]) => v !== null),
    ),
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const opened = await t.call('POST', `/api/campaigns/${(created.body as Campaign).id}/open`);
  expect(opened.status).toBe(200);
  const campaign = opened.body as Campaign;
  const tokenOf = (departmentId: string) =>
    campaign.links.find((l) => l.departmentId === departmentId)!.token;
  for (const response of seedCase.responses) {
    const answers = { ...response.answers };
    if (Array.isArray(answers.depends_on))
      answers.depends_on = answers.depends_on.map((id) => realId.get(String(id))!);
    const reply = await t.call(
      'POST',
      `/api/survey/${tokenOf(realId.get(response.departmentId)!)}/responses`,
      { answers, language: response.language },
    );
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  }
  const report = await t.call('GET', `/api/campaigns/${campaign.id}/report`);
  expect(report.status).toBe(200);
  return report.body;
}

describe('seed cases on questionnaire 2, through the public API', async () => {
  const v2 = (await loadQuestionnaires()).get('readiness-okr-2')!;
  it.each(SEED_CASE_NAMES)('%s reaches the expected verdict', async (name) => {
    const seedCase = buildSeedCase(name, DEFAULT_SEED, v2);
    const report = await runThroughApi(seedCase);
    expect(report.modelVersion).toBe('2');
    expect(report.decision.verdict).toBe(seedCase.expected.verdict);
    expect(report.decision.decidingGate).toBe(seedCase.expected.decidingGate);
    expect(report.decision.provisional).toBe(false);
  });

  it('routes the mature multi-unit firm by what HR stated, shown beside each check', async () => {
    const seedCase = buildSeedCase('mature-multi-unit', DEFAULT_SEED, v2);
    const report = await runThroughApi(seedCase);
    const gate = report.decision.gates.find((g: { id: string }) => g.id === 'fit-balanced-scorecard');
    const facts = gate.checks.filter((c: { unit: string }) => c.unit === 'fact');
    expect(facts.map((c: { subject: string }) => c.subject)).toEqual([
      'multi-unit',
      'established-kpi',
      'mature',
    ]);
    expect(facts.map((c: { answer: { en: string } }) => c.answer.en)).toEqual([
      '2 to 4',
      'An established KPI system across the organization',
      'Mature: an established business',
    ]);
  });
});
