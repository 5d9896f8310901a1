import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1, BARRIER_MODEL_V2 } from '../../../../server/domain/instrument/barrier-model';
import { NO_FACTS } from '../../../../server/domain/campaigns/organization-facts';
import { buildCampaignReport } from '../../../../server/domain/analysis/campaign-report';
import { createCampaign, openCampaign } from '../../../../server/domain/campaigns/campaign';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import { VERDICTS } from '../../../../server/domain/decisions/verdicts';
import { makeResponse } from '../../../fixtures/make-response';
import { fixtureQuestionnaire, uniformAnswers } from '../../../fixtures/questionnaire';

function organization(headcounts: Record<string, number>): Organization {
  return {
    id: 'org-1',
    name: 'Acme',
    createdOn: '2026-03-01',
    departments: Object.entries(headcounts).map(([id, headcount]) => ({ id, name: `Dept ${id}`, headcount })),
  };
}

function campaignFor(
  org: Organization,
  minGroupSize?: number,
  departmentIds = org.departments.map((d) => d.id),
) {
  let token = 0;
  const draft = createCampaign({
    id: 'campaign-1',
    organizationId: org.id,
    name: 'Baseline',
    questionnaireId: 'fixture',
    modelVersion: '1',
    departmentIds,
    minGroupSize,
    today: '2026-03-01',
    newToken: () => `token-${++token}`,
  });
  return openCampaign(draft, '2026-03-02', Date.parse('2026-03-02'));
}

/** `count` agreeing responses from one department. */
const responsesFrom = (departmentId: string, count: number, keyed = 4) =>
  Array.from({ length: count }, () =>
    makeResponse({
      campaignId: 'campaign-1',
      departmentId,
      answers: { ...uniformAnswers(keyed), knowledge_steady_delivery: 'kpi' },
    }),
  );

function report(headcounts: Record<string, number>, counts: Record<string, number>, minGroupSize?: number) {
  const org = organization(headcounts);
  return buildCampaignReport({
    organization: org,
    campaign: campaignFor(org, minGroupSize),
    questionnaire: fixtureQuestionnaire(),
    model: BARRIER_MODEL_V1,
    responses: Object.entries(counts).flatMap(([id, n]) => responsesFrom(id, n)),
  });
}

describe('buildCampaignReport', () => {
  it('shows each large enough department with the whole batches of answers its figures use', () => {
    const result = report({ a: 10, b: 8 }, { a: 10, b: 6 });
    expect(result.departments).toEqual([
      expect.objectContaining({
        departmentId: 'a',
        name: 'Dept a',
        hidden: false,
        responses: 10,
        responseRate: 1,
      }),
      expect.objectContaining({ departmentId: 'b', hidden: false, responses: 5, responseRate: 5 / 8 }),
    ]);
    expect(result.departments[0]?.summary?.n).toBe(10);
    expect(result.departments[0]?.summary?.scales['hygiene.pay']?.estimate.mean).toBe(75);
  });

  it('hides a department below the minimum, exposing no counts or scores, and keeps its answers out of every figure', () => {
    const result = report({ a: 10, b: 10, c: 5 }, { a: 9, b: 6, c: 2 });
    const byId = new Map(result.departments.map((d) => [d.departmentId, d]));
    expect(byId.get('c')).toMatchObject({ hidden: true, responses: null, responseRate: null, summary: null });
    expect(byId.get('a')).toMatchObject({ hidden: false, responses: 5 });
    expect(byId.get('b')).toMatchObject({ hidden: false, responses: 5 });
    // The organization is exactly its shown departments: subtracting them leaves nothing to recover.
    expect(result.overall?.n).toBe(10);
  });

  it('still names and sizes hidden departments, so a reader knows they were asked', () => {
    const result = report({ a: 10, b: 10, c: 5 }, { a: 9, b: 6, c: 2 });
    expect(result.departments.find((d) => d.departmentId === 'c')).toMatchObject({
      name: 'Dept c',
      headcount: 5,
    });
  });

  it('hides a department nobody answered in without hiding another to protect it', () => {
    const result = report({ a: 10, b: 10, c: 5 }, { a: 9, b: 6 });
    expect(result.departments.map((d) => d.hidden)).toEqual([false, false, true]);
  });

  it('summarises the organization on the released answers, and says how many wait', () => {
    const result = report({ a: 10, b: 10, c: 5 }, { a: 9, b: 6, c: 2 });
    expect(result).toMatchObject({ responses: 10, headcount: 25, responseRate: 17 / 25 });
    expect(result.release).toEqual({ received: 17, heldBack: 7, releasedOn: '2026-03-02' });
  });

  it('gives no overall summary, and no verdict beyond insufficient evidence, below the minimum group size', () => {
    const result = report({ a: 3, b: 3 }, { a: 2, b: 2 });
    expect(result.overall).toBeNull();
    expect(result.decision.verdict).toBe('insufficient-evidence');
  });

  it('respects a campaign minimum group size above the default', () => {
    const result = report({ a: 10, b: 10 }, { a: 7, b: 9 }, 8);
    expect(result.minGroupSize).toBe(8);
    expect(result.departments.map((d) => d.hidden)).toEqual([true, false]);
    expect(result.departments[1]?.responses).toBe(8);
  });

  it('reaches a verdict with the evidence of every gate', () => {
    const result = report({ a: 10, b: 8 }, { a: 10, b: 5 });
    expect(VERDICTS).toContain(result.decision.verdict);
    expect(result.decision.verdict).toBe('ready');
    expect(result.decision.gates.length).toBeGreaterThan(0);
  });

  it('leaves out departments the campaign does not survey', () => {
    const org = organization({ a: 10, b: 10, excluded: 50 });
    const result = buildCampaignReport({
      organization: org,
      campaign: campaignFor(org, undefined, ['a', 'b']),
      questionnaire: fixtureQuestionnaire(),
      model: BARRIER_MODEL_V1,
      responses: [...responsesFrom('a', 6), ...responsesFrom('b', 6)],
    });
    expect(result.departments.map((d) => d.departmentId)).toEqual(['a', 'b']);
    expect(result.headcount).toBe(20);
  });

  it('labels the report with the campaign, the organization and the model it was scored with', () => {
    const result = report({ a: 10 }, { a: 6 });
    expect(result).toMatchObject({
      campaignId: 'campaign-1',
      campaignName: 'Baseline',
      organizationName: 'Acme',
      status: 'open',
      modelVersion: '1',
    });
    expect(result.dimensions.map((d) => d.id)).toContain('hygiene');
  });

  it('shows the organization from exactly the minimum group size of released answers', () => {
    expect(report({ a: 10 }, { a: 5 }).overall?.n).toBe(5);
    expect(report({ a: 10 }, { a: 4 }).overall).toBeNull();
  });

  it('gives no response rate for a department, or an organization, of no headcount', () => {
    const result = report({ a: 0, b: 0 }, { a: 6, b: 5 });
    expect(result.departments.map((d) => d.responseRate)).toEqual([null, null]);
    expect(result.responseRate).toBeNull();
  });

  it('analyses the shown departments only, and is no department head’s view', () => {
    const result = report({ a: 10, b: 10, c: 5 }, { a: 9, b: 6, c: 2 });
    expect(Object.keys(result.analysis!.agreement).sort()).toEqual(['a', 'b']);
    expect(result).toMatchObject({ departmentView: false, view: null });
  });

  it.each([
    { model: BARRIER_MODEL_V1, stated: [] },
    { model: BARRIER_MODEL_V2, stated: ['maturity'] },
  ])('reads HR’s facts only where model $model.version reads them from HR', ({ model, stated }) => {
    const org = organization({ a: 10 });
    const campaign = { ...campaignFor(org), organizationFacts: { ...NO_FACTS, maturity: 'mature' as const } };
    const result = buildCampaignReport({
      organization: org,
      campaign,
      questionnaire: fixtureQuestionnaire(),
      model,
      responses: responsesFrom('a', 6),
    });
    expect(result.statedFacts.map((f) => f.fact)).toEqual(stated);
  });

  it('carries the model version’s barrier and healthy lines, for a reader to colour scores by', () => {
    const { red, green } = BARRIER_MODEL_V1.thresholds;
    expect(report({ a: 10 }, { a: 6 }).thresholds).toEqual({ red, green });
  });
});
