import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { buildCampaignReport, type CampaignReport } from '../../../../server/domain/analysis/campaign-report';
import { createCampaign, openCampaign } from '../../../../server/domain/campaigns/campaign';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import { summarizeGroup } from '../../../../server/domain/analysis/group-summary';
import { releaseResponses } from '../../../../server/domain/anonymity/release';
import type { SurveyResponse } from '../../../../server/domain/instrument/response';
import { seededRandom } from '../../../../server/demo/synthesize-responses';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';
import type { AnswerValue } from '../../../../server/domain/instrument/validate-answers';
import { makeResponse } from '../../../fixtures/make-response';
import {
  fixtureQuestionnaire,
  knowledgeItem,
  likertItem,
  uniformAnswers,
} from '../../../fixtures/questionnaire';

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

describe('releaseResponses, figure by figure (minimum group size 2)', () => {
  // Pay: three items, a score from two of them; security: two items, a score from both; two knowledge
  // scenarios, a score from both; a profile question, and one that names a scale but is not scored; the
  // departments one depends on; a comment, which no figure reads. Parsed afresh for each test, since its
  // release plan is kept per questionnaire.
  const small = () =>
    parseQuestionnaire({
      questionnaireId: 'small',
      modelVersion: '1',
      pages: [
        {
          elements: [
            likertItem('p1', 'hygiene.pay'),
            likertItem('p2', 'hygiene.pay'),
            likertItem('p3', 'hygiene.pay'),
            likertItem('s1', 'hygiene.security'),
            likertItem('s2', 'hygiene.security'),
            { type: 'radiogroup', name: 'units', role: 'profile', choices: ['one', 'many'] },
            { type: 'checkbox', name: 'depends_on', role: 'depends-on' },
            { type: 'comment', name: 'note', role: 'comment' },
            knowledgeItem('k1', 'kpi'),
            knowledgeItem('k2', 'okr'),
            {
              type: 'radiogroup',
              name: 'unscored',
              role: 'profile',
              scale: 'hygiene.pay',
              choices: ['a', 'b'],
            },
          ],
        },
      ],
    });
  let day = 0;
  const answer = (answers: Record<string, AnswerValue>, departmentId = 'a') =>
    makeResponse({ departmentId, answers, submittedOn: `2026-03-${String((day += 1)).padStart(2, '0')}` });
  const release = (stored: SurveyResponse[]) => releaseResponses(small(), stored, 2);
  const answersOf = (released: SurveyResponse[]) => released.map((r) => Object.keys(r.answers).sort());

  it('counts a person behind a scale once they have its score: two of pay’s three items', () => {
    const stored = [answer({ p1: 4, p2: 3 }), answer({ p2: 5, p3: 2 }), answer({ p1: 4 })];
    const released = release(stored);
    expect(answersOf(released.responses)).toEqual([
      ['p1', 'p2'],
      ['p2', 'p3'],
    ]);
    // The third, one answer short of a score, waits.
    expect(released.heldBack).toBe(1);
  });

  it.each([
    { what: '"don’t know"', value: 'dk' },
    { what: 'an empty list', value: [] },
  ])('counts $what as no answer', ({ value }) => {
    const released = release([answer({ p1: 4, p2: 3 }), answer({ p1: value, p2: 3, p3: value })]);
    expect(released.responses).toEqual([]);
    expect(released.heldBack).toBe(2);
    const lists = release([answer({ depends_on: ['x'] }), answer({ depends_on: value })]);
    expect(lists.responses).toEqual([]);
  });

  it('releases each unit’s own batches: one person here and one there make no batch', () => {
    const released = release([answer({ units: 'one' }, 'a'), answer({ units: 'many' }, 'b')]);
    expect(released).toEqual({ responses: [], completeCases: [], heldBack: 2, releasedOn: null });
  });

  it('releases a question of its own once two people answered it, and passes a whole response on as it is', () => {
    const stored = [
      answer({ units: 'one', depends_on: ['x'], note: 'Hello' }),
      answer({ units: 'many', depends_on: ['y'] }),
    ];
    const released = release(stored);
    expect(released.responses[0]).toBe(stored[0]);
    expect(released.responses[1]).toBe(stored[1]);
    expect(released.heldBack).toBe(0);
  });

  it.each([
    { what: 'the departments they depend on', answers: [{ depends_on: ['x'] }, { depends_on: ['y', 'z'] }] },
    {
      what: 'both knowledge scenarios',
      answers: [
        { k1: 'kpi', k2: 'okr' },
        { k1: 'okr', k2: 'kpi' },
      ],
    },
    {
      what: 'a question naming a scale it is not scored on',
      answers: [{ unscored: 'a' }, { unscored: 'b' }],
    },
  ])('releases two people who answered $what', ({ answers }) => {
    const stored = answers.map((a) => answer(a));
    const released = release(stored);
    expect(released.responses).toEqual(stored);
    expect(released.heldBack).toBe(0);
  });

  it('counts the knowledge scenarios as one scale: one scenario each gives nobody a score', () => {
    const released = release([answer({ k1: 'kpi' }), answer({ k1: 'okr' })]);
    expect(released.responses).toEqual([]);
    expect(released.heldBack).toBe(2);
  });

  it('drops a held-back answer and the comment from a response released in part', () => {
    const stored = [answer({ units: 'one', p1: 4, p2: 4, note: 'Hello' }), answer({ units: 'many' })];
    const released = release(stored);
    expect(answersOf(released.responses)).toEqual([['units'], ['units']]);
    expect(released.heldBack).toBe(1);
  });

  it('ignores an answer to a question the questionnaire does not have', () => {
    const released = release([answer({ stray: 4, units: 'one' }), answer({ stray: 4 })]);
    expect(released.responses).toEqual([]);
    expect(released.heldBack).toBe(1);
  });

  it('says when the released figures last changed: the latest day among released answers', () => {
    const stored = [answer({ units: 'one' }), answer({ units: 'many' }), answer({ units: 'one' })];
    expect(release(stored).releasedOn).toBe(stored[1]!.submittedOn);
    expect(release(stored.toReversed()).releasedOn).toBe(stored[2]!.submittedOn);
    expect(release([stored[0]!]).releasedOn).toBeNull();
  });

  describe('complete cases, for reliability', () => {
    it('releases people who answered every item of a scale, in batches of their own', () => {
      const full = [answer({ p1: 4, p2: 3, p3: 5 }), answer({ p1: 2, p2: 2, p3: 1 })];
      const partial = answer({ p1: 4, p2: 4 });
      const released = release([full[0]!, partial, full[1]!]);
      expect(released.completeCases).toEqual(full);
      expect(released.completeCases[0]).toBe(full[0]);
      // The partial answer still counts toward the pay figure, with the first full one.
      expect(released.responses.map((r) => r.id)).toEqual([full[0]!.id, partial.id]);
    });

    it('passes a complete case on whole when every scale it completed is released', () => {
      const stored = [
        answer({ p1: 4, p2: 3, p3: 5, s1: 4, s2: 4 }),
        answer({ p1: 2, p2: 2, p3: 1 }),
        answer({ s1: 1, s2: 1, p1: 3 }),
      ];
      const released = release(stored);
      // Security: complete for the first and third (a batch of two); pay: the first two. Each is whole:
      // every scale it completed is released, and the item it left incomplete adds nothing to α.
      expect(released.completeCases).toEqual(stored);
      expect(released.completeCases[2]).toBe(stored[2]);
    });

    it('leaves out of the complete cases a complete scale still waiting for its batch', () => {
      const stored = [answer({ p1: 4, p2: 3, p3: 5, s1: 1, s2: 2 }), answer({ p1: 2, p2: 2, p3: 1, s1: 3 })];
      const released = release(stored);
      // The first completed security alone, which waits: only its pay items go to α.
      expect(answersOf(released.completeCases)).toEqual([
        ['p1', 'p2', 'p3'],
        ['p1', 'p2', 'p3', 's1'],
      ]);
      expect(released.completeCases[1]).toBe(stored[1]);
    });
  });
});
