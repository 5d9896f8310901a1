import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1 } from '../../../server/domain/barrier-model';
import { buildCampaignReport, type CampaignReport } from '../../../server/domain/campaign-report';
import { createCampaign, openCampaign } from '../../../server/domain/campaign';
import type { Organization } from '../../../server/domain/organization';
import { summarizeGroup } from '../../../server/domain/group-summary';
import { releaseResponses } from '../../../server/domain/release';
import type { SurveyResponse } from '../../../server/domain/response';
import { seededRandom } from '../../../server/demo/synthesize-responses';
import { makeResponse } from '../../fixtures/make-response';
import { fixtureQuestionnaire, uniformAnswers } from '../../fixtures/questionnaire';

const questionnaire = fixtureQuestionnaire();
const PAY = ['pay_fair', 'pay_market', 'pay_less_than_peers'];
const withoutPay = (answers: Record<string, number>) =>
  Object.fromEntries(Object.entries(answers).filter(([id]) => !PAY.includes(id)));
const response = (departmentId: string, keyed: number, pay = true) =>
  makeResponse({
    departmentId,
    answers: pay ? uniformAnswers(keyed) : withoutPay(uniformAnswers(keyed)),
  });

describe('releaseResponses', () => {
  it('releases each figure in whole batches of the minimum, per unit, earliest answers first', () => {
    const stored = [
      ...Array.from({ length: 7 }, () => response('a', 4)),
      ...Array.from({ length: 3 }, () => response('b', 4)),
    ];
    const released = releaseResponses(questionnaire, stored, 5);
    expect(released.responses.map((r) => r.id)).toEqual(stored.slice(0, 5).map((r) => r.id));
    expect(released.heldBack).toBe(5);
  });

  it('holds back a figure whose own answers fall short of a batch, while the others are released', () => {
    const stored = [
      ...Array.from({ length: 3 }, () => response('a', 4)),
      ...Array.from({ length: 2 }, () => response('a', 4, false)),
    ];
    const released = releaseResponses(questionnaire, stored, 5);
    expect(released.responses).toHaveLength(5);
    for (const r of released.responses) for (const id of PAY) expect(r.answers[id]).toBeUndefined();
    expect(released.responses[0]!.answers.security_next_year).toBeDefined();
  });

  it('gives the same view of the same stored responses every time: nothing is kept between reads', () => {
    const stored = Array.from({ length: 12 }, (_, i) => response(i % 2 ? 'a' : 'b', 1 + (i % 5)));
    expect(releaseResponses(questionnaire, stored, 5)).toEqual(releaseResponses(questionnaire, stored, 5));
  });
});

function organization(): Organization {
  return {
    id: 'org-1',
    name: 'Acme',
    createdOn: '2026-03-01',
    departments: ['a', 'b', 'c'].map((id) => ({ id, name: `Dept ${id}`, headcount: 20 })),
  };
}

function reportOf(responses: readonly SurveyResponse[], minGroupSize = 5): CampaignReport {
  const org = organization();
  let token = 0;
  const campaign = openCampaign(
    createCampaign({
      id: 'campaign-1',
      organizationId: org.id,
      name: 'Wave',
      questionnaireId: 'fixture',
      modelVersion: '1',
      departmentIds: ['a', 'b', 'c'],
      minGroupSize,
      today: '2026-03-01',
      newToken: () => `t${++token}`,
    }),
    '2026-03-02',
    Date.parse('2026-03-02'),
  );
  return buildCampaignReport({
    organization: org,
    campaign,
    questionnaire,
    model: BARRIER_MODEL_V1,
    responses,
  });
}

/** Every scale figure the report shows, with the number of people behind it. */
function scaleFigures(report: CampaignReport): Map<string, { n: number; mean: number | null }> {
  const figures = new Map<string, { n: number; mean: number | null }>();
  const add = (unit: string, summary: CampaignReport['overall']) => {
    for (const [scale, s] of Object.entries(summary?.scales ?? {})) {
      figures.set(`${unit}/${scale}`, { n: s.estimate.n, mean: s.estimate.mean });
    }
  };
  add('organization', report.overall);
  for (const d of report.departments) add(d.departmentId, d.summary);
  return figures;
}

describe('reading the report before and after each answer', () => {
  it('never shows a figure move by fewer people than the minimum', () => {
    const random = seededRandom(7);
    const stored: SurveyResponse[] = [];
    let before = scaleFigures(reportOf(stored));
    for (let i = 0; i < 60; i++) {
      const unit = ['a', 'b', 'c'][Math.floor(random() * 3)]!;
      stored.push(response(unit, 1 + Math.floor(random() * 5), random() > 0.3));
      const after = scaleFigures(reportOf(stored));
      for (const [figure, now] of after) {
        const was = before.get(figure) ?? { n: 0, mean: null };
        if (now.n === was.n) expect(now.mean, figure).toBe(was.mean);
        else expect(now.n - was.n, figure).toBeGreaterThanOrEqual(5);
        // No figure is ever computed from fewer people than the minimum.
        expect(now.n === 0 || now.n >= 5, figure).toBe(true);
      }
      before = after;
    }
  });

  it('leaves the pay figure alone when five new responses hold only two new pay answers', () => {
    const first = Array.from({ length: 5 }, () => response('a', 4));
    const later = [
      response('a', 1),
      response('a', 1),
      ...Array.from({ length: 3 }, () => response('a', 2, false)),
    ];
    const pay = (r: CampaignReport) => r.overall!.scales['hygiene.pay']!.estimate;
    const security = (r: CampaignReport) => r.overall!.scales['hygiene.security']!.estimate;
    const was = reportOf(first);
    const now = reportOf([...first, ...later]);
    expect(pay(now)).toEqual(pay(was));
    expect(security(now).n).toBe(10);
  });
});

describe('a dimension figure beside its scales', () => {
  it('is the mean of its scale figures, with an interval that does not give away the people’s own mean', () => {
    // Scale figures at 60, while the people's own dimension scores sit near 100: an interval clipped at
    // 100 around their own mean, then moved to the shown mean, would be lopsided by exactly how far
    // their own mean is from 100.
    const scores = [100, 100, 100, 100, 90].map((own) => ({
      scales: { 'hygiene.pay': 60, 'hygiene.security': 60, 'hygiene.systems': 60 },
      dimensions: { hygiene: own },
    }));
    const hygiene = summarizeGroup(BARRIER_MODEL_V1, scores).dimensions.hygiene!;
    expect(hygiene.mean).toBe(60);
    expect(hygiene.high! - hygiene.mean!).toBeCloseTo(hygiene.mean! - hygiene.low!, 6);
  });
});
