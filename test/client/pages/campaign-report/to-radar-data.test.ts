import { describe, expect, it } from 'vitest';
import { buildCampaignReport } from '../../../../server/domain/analysis/campaign-report';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { createCampaign } from '../../../../server/domain/campaigns/campaign';
import { toRadarData } from '../../../../client/pages/campaign-report/to-radar-data';
import { fixtureQuestionnaire, uniformAnswers } from '../../../fixtures/questionnaire';
import { makeResponse } from '../../../fixtures/make-response';

function reportWith(counts: Record<string, number>) {
  const departments = Object.keys(counts).map((name) => ({ id: name.toLowerCase(), name, headcount: 10 }));
  const organization = { id: 'org', name: 'Org', departments, createdOn: '2026-11-26' };
  let n = 0;
  const campaign = createCampaign({
    id: 'c1',
    organizationId: 'org',
    name: 'Wave 1',
    questionnaireId: 'fixture',
    modelVersion: '1',
    departmentIds: departments.map((d) => d.id),
    today: '2026-11-26',
    newToken: () => `token${n++}`,
  });
  const responses = departments.flatMap((d, i) =>
    Array.from({ length: counts[d.name]! }, () =>
      makeResponse({ campaignId: 'c1', departmentId: d.id, answers: uniformAnswers(i % 2 === 0 ? 4 : 2) }),
    ),
  );
  return buildCampaignReport({
    organization,
    campaign,
    questionnaire: fixtureQuestionnaire(),
    model: BARRIER_MODEL_V1,
    responses,
  });
}

describe('toRadarData', () => {
  it('has one axis per readiness dimension the questionnaire measures, never the routing-only fit profile', () => {
    const data = toRadarData(reportWith({ Sales: 6, Ops: 6 }), 'en', 'Whole organization');
    expect(data.labels).toEqual(
      BARRIER_MODEL_V1.dimensions.filter((d) => d.role === 'readiness').map((d) => d.title.en),
    );
    expect(data.labels).not.toContain('Fit profile');
  });

  it('draws the whole organization first, then each department shown', () => {
    const data = toRadarData(reportWith({ Sales: 6, Ops: 6 }), 'en', 'Whole organization');
    expect(data.series.map((s) => s.label)).toEqual(['Whole organization', 'Sales', 'Ops']);
    // Sales answered 4 (75 on every scale), Ops 2 (25): the organization sits between them.
    expect(data.series[1]!.data[0]).toBe(75);
    expect(data.series[2]!.data[0]).toBe(25);
    expect(data.series[0]!.data[0]).toBe(50);
  });

  it('never draws a department hidden by the minimum group size', () => {
    const data = toRadarData(reportWith({ Sales: 6, Ops: 6, Legal: 2 }), 'en', 'All');
    expect(data.series.map((s) => s.label)).not.toContain('Legal');
  });

  it("labels the axes in the reader's language", () => {
    const data = toRadarData(reportWith({ Sales: 6 }), 'zh-cn', '组织整体');
    expect(data.labels[0]).toBe(BARRIER_MODEL_V1.dimensions[0]!.title['zh-cn']);
    expect(data.series[0]!.label).toBe('组织整体');
  });
});
