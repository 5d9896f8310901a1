import { describe, expect, it } from 'vitest';
import type { DepartmentMeaning } from '../../../../server/domain/analysis/conflict-map';
import { summarizeGoalAudits } from '../../../../server/domain/analysis/goal-audit';
import { recommend } from '../../../../server/domain/decisions/recommend';
import { RECOMMENDATION_RULES } from '../../../../server/domain/decisions/recommendation-rules';
import { wilsonInterval } from '../../../../server/domain/statistics/intervals';
import { BARRIER_MODEL_V2 } from '../../../../server/domain/instrument/barrier-model';
import {
  recommendationContext as context,
  unreliableScale,
  type ReportScenario as Scenario,
} from '../../../fixtures/report-context';

// Thirty respondents of forty invited; every scale at 80 (fit.control 30) unless a scenario says otherwise.
const N = 30;
const idsFor = (scenario: Scenario) => recommend(context(scenario)).map((r) => r.id);
const find = (scenario: Scenario, id: string) => recommend(context(scenario)).find((r) => r.id === id)!;
const ROLLOUT = ['layered-okr-kpi', 'quarterly-calibration'];
const smart = (passing: number, of: number) => ({
  goalAudit: { overall: { ...summarizeGoalAudits([]), smart: wilsonInterval(passing, of) }, departments: {} },
});
// α .40 on psychological safety, its whole interval (.20–.55) below the .60 minimum: shown to be unreliable.
const UNRELIABLE = { reliability: [unreliableScale('culture.safety', 0.4, 0.2, 0.55)] };
// 12 of 30 at 25 (unfavourable) and 18 at 100: mean 70, 40% unfavourable; 11 of 30 with 19 at 1825/19.
const PAY_40 = Array.from({ length: N }, (_, i) => (i < 12 ? 25 : 100));
const PAY_37 = Array.from({ length: N }, (_, i) => (i < 11 ? 25 : 1825 / 19));
const CONFLICT = { a: 'ops', b: 'sales', meaningA: 'cost', meaningB: 'volume', direction: 'mutual' as const };
const SIGNAL = { kind: 'gap' as const, departmentIds: ['rnd', 'ops'], subject: 'participation', value: 0.9 };

describe('recommend: each rule fires exactly under its condition', () => {
  // Only gate scales change the verdict; otherwise it stays "ready" and the two rollout rules follow.
  it.each([
    ['hygiene.security', 40, ['secure-jobs']],
    ['hygiene.security', 50, ['secure-jobs']],
    ['hygiene.security', 51, ROLLOUT],
    ['hygiene.pay', 45, ['fair-pay']],
    ['hygiene.systems', 45, ['clear-rules']],
    ['okr-kpi.decoupling', 45, ['decouple-from-appraisal']],
    ['okr-kpi.stability', 45, ['stop-mid-cycle-rewrites']],
    ['okr-kpi.knowledge', 55, ['teach-okr-vs-kpi']],
    ['okr-kpi.knowledge', 60, ROLLOUT],
    ['culture.safety', 45, ['build-psychological-safety']],
    ['culture.commitment', 45, ['win-commitment']],
    ['culture.efficacy', 45, ['win-commitment']],
    ['culture.support', 50, ['visible-leadership', ...ROLLOUT]],
    ['culture.transparency', 60, ['open-up', ...ROLLOUT]],
    ['culture.transparency', 65, ROLLOUT],
    ['breakdown.specificity', 60, ['smart-workshop', ...ROLLOUT]],
    ['breakdown.granularity', 60, ['smart-workshop', ...ROLLOUT]],
    ['breakdown.shared-definitions', 60, ['agree-on-success', ...ROLLOUT]],
    ['breakdown.data', 60, ['invest-in-data', ...ROLLOUT]],
    // Participation is then (60 + 80)/2 = 70, so its gate still passes.
    ['participation.breadth', 60, ['include-interdependent-departments', ...ROLLOUT]],
    // At 55 a scale is above the barrier line (50) but below the knowledge line (60): no barrier advice.
    ['okr-kpi.decoupling', 55, ROLLOUT],
    ['okr-kpi.stability', 55, ROLLOUT],
    ['culture.safety', 55, ROLLOUT],
    ['culture.commitment', 55, ROLLOUT],
    ['culture.support', 55, ROLLOUT],
  ] as [string, number, string[]][])('with %s at %d, recommends exactly %j', (scale, level, ids) => {
    expect(idsFor({ levels: { [scale]: level } })).toEqual(ids);
  });

  it.each([
    { when: 'every gate passes', scenario: {}, ids: ROLLOUT },
    {
      when: '1 of 4 objectives is SMART',
      scenario: { analysis: smart(1, 4) },
      ids: ['smart-workshop', ...ROLLOUT],
    },
    { when: '2 of 4 sample objectives are SMART', scenario: { analysis: smart(2, 4) }, ids: ROLLOUT },
    { when: 'no sample objective could be audited', scenario: { analysis: smart(0, 0) }, ids: ROLLOUT },
    {
      when: 'dependent departments define "better" differently',
      scenario: { analysis: { conflictMap: { meanings: [], dependencies: [], conflicts: [CONFLICT] } } },
      ids: ['agree-on-success', ...ROLLOUT],
    },
    {
      when: 'a silo signal appears (and calls for a pilot, whose rule leads)',
      scenario: { analysis: { siloSignals: [SIGNAL] } },
      ids: ['mvp-pilot', 'include-interdependent-departments', ...ROLLOUT],
    },
    { when: 'only 3 of 40 responded', scenario: { responses: 3 }, ids: ['collect-more-responses'] },
    {
      when: 'a gate scale is unreliable',
      scenario: { analysis: UNRELIABLE },
      ids: ['collect-more-responses'],
    },
    {
      when: '40% are unfavourable on pay',
      scenario: { exact: { 'hygiene.pay': PAY_40 } },
      ids: ['fair-pay'],
    },
    { when: '36.7% are unfavourable on pay', scenario: { exact: { 'hygiene.pay': PAY_37 } }, ids: ROLLOUT },
  ] as { when: string; scenario: Scenario; ids: string[] }[])('recommends exactly $ids when $when', (row) => {
    expect(idsFor(row.scenario)).toEqual(row.ids);
  });

  it('cites job security 40 against its threshold of 50, with its interval', () => {
    const [evidence] = find({ levels: { 'hygiene.security': 40 } }, 'secure-jobs').evidence;
    expect(evidence).toMatchObject({
      value: 40,
      unit: 'score',
      threshold: 50,
      label: { en: 'Job security' },
    });
    expect(evidence!.low).toBeLessThan(40);
    expect(evidence!.high).toBeGreaterThan(40);
  });

  it('cites both commitment and confidence to change when both are low', () => {
    const levels = { 'culture.commitment': 45, 'culture.efficacy': 42 };
    expect(find({ levels }, 'win-commitment').evidence.map((e) => [e.label.en, e.value])).toEqual([
      ['Commitment to change', 45],
      ['Confidence to change', 42],
    ]);
  });

  it('cites the SMART share of sample objectives against one half', () => {
    const [evidence] = find({ analysis: smart(1, 4) }, 'smart-workshop').evidence;
    expect(evidence).toMatchObject({ value: 0.25, unit: 'share', threshold: 0.5 });
  });

  it('names the departments in conflict, and counts the conflicting pairs', () => {
    const conflictMap = { meanings: [], dependencies: [], conflicts: [CONFLICT] };
    const rec = find({ analysis: { conflictMap } }, 'agree-on-success');
    expect(rec.departmentIds).toEqual(['ops', 'sales']);
    expect(rec.evidence).toMatchObject([{ value: 1, unit: 'count' }]);
  });

  it('cites the unfavourable share on pay against the 40% limit when the mean alone is fine', () => {
    expect(find({ exact: { 'hygiene.pay': PAY_40 } }, 'fair-pay').evidence).toMatchObject([
      { value: 0.4, unit: 'share', threshold: 0.4, label: { en: 'Unfavourable on Fair pay' } },
    ]);
  });

  it.each([
    {
      when: '3 of 40 responded',
      scenario: { responses: 3 },
      evidence: [
        { value: 3, unit: 'count', threshold: 5, label: { en: 'Responses' } },
        { value: 3 / 40, unit: 'share', threshold: 0.6, label: { en: 'Response rate' } },
      ],
    },
    {
      when: '20 of 40 responded',
      scenario: { responses: 20 },
      evidence: [{ value: 0.5, unit: 'share', threshold: 0.6, label: { en: 'Response rate' } }],
    },
    {
      when: 'psychological safety has α .40',
      scenario: { analysis: UNRELIABLE },
      evidence: [{ value: 0.4, unit: 'coefficient', threshold: 0.6 }],
    },
  ] as { when: string; scenario: Scenario; evidence: object[] }[])(
    'asks for more responses citing only the failing data check when $when',
    ({ scenario, evidence }) => {
      expect(find(scenario, 'collect-more-responses').evidence).toMatchObject(evidence);
    },
  );
});

const KPI_PROJECTS: Scenario = {
  levels: { 'fit.dynamism': 30.4, 'fit.control': 74.6, 'breakdown.specificity': 82.4 },
};
const BSC: Scenario = {
  levels: { 'fit.dynamism': 50, 'breakdown.data': 72, 'hygiene.systems': 68, 'culture.efficacy': 70 },
  profile: { 'multi-unit': wilsonInterval(25, N), 'established-kpi': wilsonInterval(24, N) },
};

describe('recommend: verdict-driven plans', () => {
  it('gives a two-section KPI + projects plan whose findings carry the rounded scores', () => {
    expect(idsFor(KPI_PROJECTS)).toEqual(['kpi-projects-plan']);
    const { plan, evidence } = find(KPI_PROJECTS, 'kpi-projects-plan');
    expect(evidence.map((e) => e.label.en)).toEqual(['Dynamism of the work', 'Preference for control']);
    expect(evidence[0]!.value).toBeCloseTo(30.4, 10);
    expect(plan!.map((s) => s.heading.en)).toEqual(['KPI dashboard', 'Improvement projects']);
    // Breakdown is the mean of 82.4, 80, 80 and 80: 80.6, shown as 81.
    expect(plan![0]!.finding.en).toContain('(dynamism 30)');
    expect(plan![0]!.finding.en).toContain('(preference for control 75)');
    expect(plan![0]!.finding['zh-cn']).toContain('变化程度 30');
    expect(plan![1]!.finding.en).toContain('quality is 81');
    expect(plan![1]!.finding['zh-cn']).toContain('81');
  });

  it('gives a Balanced Scorecard plan with its four perspectives, filled from the survey', () => {
    expect(idsFor(BSC)).toEqual(['balanced-scorecard-plan']);
    const { plan } = find(BSC, 'balanced-scorecard-plan');
    expect(plan!.map((s) => s.heading.en)).toEqual([
      'Financial',
      'Customer',
      'Internal processes',
      'Learning and growth',
    ]);
    expect(plan![2]!.finding.en).toBe('Data to track results scores 72; clear systems scores 68.');
    expect(plan![3]!.finding.en).toBe('Confidence to change scores 70; transparency and autonomy 80.');
    expect(plan![1]!.finding.en).toMatch(/^—%/);
  });

  it('fills the customer share from what respondents mean by "better": customer or quality', () => {
    const meanings: DepartmentMeaning[] = [
      { departmentId: 'a', answered: 6, counts: { customer: 3, cost: 3 }, dominant: null, share: null },
      { departmentId: 'b', answered: 2, counts: { quality: 1, volume: 1 }, dominant: null, share: null },
    ];
    const scenario = { ...BSC, analysis: { conflictMap: { meanings, dependencies: [], conflicts: [] } } };
    expect(find(scenario, 'balanced-scorecard-plan').plan![1]!.finding.en).toMatch(/^50% of respondents/);
  });

  it('for pilot-first recommends an MVP pilot naming the pilot departments, then the layered design', () => {
    const pilot = { departmentIds: ['rnd', 'marketing'], basis: 'dependency' as const };
    const scenario = { analysis: { agreementShare: 0.5, pilot } };
    expect(context(scenario).decision.verdict).toBe('pilot-first');
    expect(idsFor(scenario)).toEqual(['mvp-pilot', ...ROLLOUT]);
    expect(find(scenario, 'mvp-pilot')).toMatchObject({ departmentIds: ['rnd', 'marketing'], evidence: [] });
  });
});

describe('recommend: order and texts', () => {
  const tableOrder = (ids: string[]) =>
    RECOMMENDATION_RULES.map((r) => r.id).filter((id) => ids.includes(id));

  it('lists recommendations in table order when no rule carries out the verdict (fix hygiene)', () => {
    const levels = {
      'participation.breadth': 60,
      'breakdown.data': 60,
      'culture.transparency': 60,
      'okr-kpi.decoupling': 45,
      'hygiene.security': 40,
    };
    const ids = idsFor({ levels });
    expect(ids).toEqual([
      'secure-jobs',
      'decouple-from-appraisal',
      'open-up',
      'invest-in-data',
      'include-interdependent-departments',
    ]);
    expect(ids).toEqual(tableOrder(ids));
  });

  it('lists the rule carrying out the verdict first, then the rest in table order', () => {
    const scenario = { levels: { 'culture.transparency': 60 }, analysis: { siloSignals: [SIGNAL] } };
    const ids = idsFor(scenario);
    expect(ids).toEqual(['mvp-pilot', 'open-up', 'include-interdependent-departments', ...ROLLOUT]);
    expect(ids.slice(1)).toEqual(tableOrder(ids.slice(1)));
  });

  it('gives every rule a distinct id', () => {
    const ids = RECOMMENDATION_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  const CJK = /[\u4e00-\u9fff]/;
  it.each(RECOMMENDATION_RULES.map((r) => ({ id: r.id, rule: r })))(
    'gives $id an English and Chinese title, condition and steps',
    ({ rule }) => {
      expect(rule.steps.length).toBeGreaterThan(0);
      for (const text of [rule.title, rule.condition, ...rule.steps]) {
        expect(text.en.trim()).not.toBe('');
        expect(text['zh-cn']).toMatch(CJK);
      }
    },
  );

  it.each([
    { id: 'kpi-projects-plan', scenario: KPI_PROJECTS },
    { id: 'balanced-scorecard-plan', scenario: BSC },
  ])('writes every section of the $id plan in English and Chinese', ({ id, scenario }) => {
    for (const section of find(scenario, id).plan!) {
      expect(section.actions.length).toBeGreaterThan(0);
      for (const text of [section.heading, section.finding, ...section.actions]) {
        expect(text.en.trim()).not.toBe('');
        expect(text['zh-cn']).toMatch(CJK);
      }
    }
  });
});

describe('recommend: model 2’s added constructs and HR’s facts', () => {
  const v2 = { model: BARRIER_MODEL_V2 };
  it.each([
    ['culture.trust', 50, ['keep-commitments', ...ROLLOUT]],
    ['culture.trust', 51, ROLLOUT],
    ['culture.motivation', 64, ['recognise-progress', ...ROLLOUT]],
    ['culture.motivation', 65, ROLLOUT],
    ['culture.growth', 60, ['plan-development', ...ROLLOUT]],
    ['okr-kpi.strategy', 60, ['state-long-term-direction', ...ROLLOUT]],
    ['okr-kpi.strategy', 65, ROLLOUT],
  ] as [string, number, string[]][])('with %s at %d, recommends exactly %j', (scale, level, ids) => {
    expect(idsFor({ ...v2, levels: { [scale]: level } })).toEqual(ids);
  });

  it.each([
    {
      when: '12 of 30 say they had OKR training',
      trained: wilsonInterval(12, N),
      ids: ['train-before-rollout', ...ROLLOUT],
    },
    { when: '15 of 30 say so (half)', trained: wilsonInterval(15, N), ids: ROLLOUT },
    { when: 'nobody was asked', trained: undefined, ids: ROLLOUT },
  ])('when $when, recommends exactly $ids', ({ trained, ids }) => {
    expect(idsFor({ ...v2, trainedShare: trained })).toEqual(ids);
  });

  it('cites the trained share with its interval against the halfway line', () => {
    const [evidence] = find({ ...v2, trainedShare: wilsonInterval(6, N) }, 'train-before-rollout').evidence;
    expect(evidence).toMatchObject({ value: 0.2, unit: 'share', threshold: 0.5 });
    expect(evidence!.low).toBeLessThan(0.2);
    expect(evidence!.high).toBeGreaterThan(0.2);
  });

  it.each([
    { facts: { okrExperience: 'stopped' as const }, ids: ['learn-from-last-attempt', ...ROLLOUT] },
    { facts: { okrExperience: 'some-departments' as const }, ids: ROLLOUT },
  ])('with HR stating $facts, recommends exactly $ids', ({ facts, ids }) => {
    expect(idsFor({ ...v2, facts })).toEqual(ids);
  });

  it('recommends training under "Pilot first" too, and not when the training question went unanswered', () => {
    const pilotFirst = { ...v2, analysis: { agreementShare: 0.5 }, trainedShare: wilsonInterval(6, N) };
    expect(context(pilotFirst).decision.verdict).toBe('pilot-first');
    expect(idsFor(pilotFirst)).toContain('train-before-rollout');
    expect(idsFor({ ...v2, trainedShare: wilsonInterval(0, 0) })).toEqual(ROLLOUT);
  });

  it.each([
    { id: 'learn-from-last-attempt', scenario: { ...v2, facts: { okrExperience: 'stopped' as const } } },
    { id: 'layered-okr-kpi', scenario: v2 },
    { id: 'quarterly-calibration', scenario: v2 },
  ])('gives $id, which follows from the verdict or HR’s facts, without evidence', ({ id, scenario }) => {
    expect(find(scenario, id).evidence).toEqual([]);
  });

  // Steady, procedure-bound work routes to KPI + projects; chartering comes first only where none run.
  const steady = { ...v2, levels: { 'fit.dynamism': 20, 'fit.control': 80 } };
  it.each([
    { projectPractice: 'none' as const, ids: ['kpi-projects-plan', 'charter-projects-first'] },
    { projectPractice: 'some' as const, ids: ['kpi-projects-plan'] },
    { projectPractice: null, ids: ['kpi-projects-plan'] },
  ])(
    'under "Use KPI + projects" with project practice $projectPractice, recommends $ids',
    ({ projectPractice, ids }) => {
      expect(idsFor({ ...steady, facts: { projectPractice } })).toEqual(ids);
    },
  );

  it('asks to charter projects first on HR’s word alone, citing no figure', () => {
    expect(
      find({ ...steady, facts: { projectPractice: 'none' } }, 'charter-projects-first').evidence,
    ).toEqual([]);
  });
});

describe('recommend: silo signals, and figures that are missing', () => {
  it('counts the silo signals and names each department they concern once', () => {
    const signals = [SIGNAL, { ...SIGNAL, departmentIds: ['ops', 'sales'] }];
    const rec = find({ analysis: { siloSignals: signals } }, 'include-interdependent-departments');
    expect(rec.evidence).toMatchObject([
      { value: 2, unit: 'count', threshold: null, label: { en: 'Silo signals' } },
    ]);
    expect(rec.departmentIds).toEqual(['rnd', 'ops', 'sales']);
  });

  it('names no pilot pair when a pilot comes first without an analysis to propose one', () => {
    const scenario = { levels: { 'participation.breadth': 40 } };
    expect(context(scenario)).toMatchObject({ analysis: null, decision: { verdict: 'pilot-first' } });
    expect(find(scenario, 'mvp-pilot').departmentIds).toEqual([]);
  });

  it('gives the verdict’s advice alone when there is no organization summary', () => {
    expect(recommend({ ...context({}), overall: null }).map((r) => r.id)).toEqual(ROLLOUT);
    const plan = recommend({ ...context(KPI_PROJECTS), overall: null }).find(
      (r) => r.id === 'kpi-projects-plan',
    )!;
    expect(plan.evidence).toEqual([]);
  });

  it.each([
    { what: 'was not asked', change: () => undefined },
    { what: 'nobody scored', change: () => ({ n: 0, mean: null, sd: null, low: null, high: null }) },
  ])('leaves out of a starter plan’s evidence a scale that $what', ({ change }) => {
    const ctx = context(KPI_PROJECTS);
    const scales = { ...ctx.overall!.scales };
    const estimate = change();
    if (estimate) scales['fit.control'] = { ...scales['fit.control']!, estimate };
    else delete scales['fit.control'];
    const plan = recommend({ ...ctx, overall: { ...ctx.overall!, scales } }).find(
      (r) => r.id === 'kpi-projects-plan',
    )!;
    expect(plan.evidence.map((e) => e.label.en)).toEqual(['Dynamism of the work']);
  });

  it('names no department in advice about no department', () => {
    expect(find({ levels: { 'hygiene.security': 40 } }, 'secure-jobs').departmentIds).toEqual([]);
  });

  it('cites the dynamism, data and confidence behind a Balanced Scorecard plan', () => {
    expect(find(BSC, 'balanced-scorecard-plan').evidence.map((e) => [e.label.en, e.value])).toEqual([
      ['Dynamism of the work', 50],
      ['Data to track results', 72],
      ['Confidence to change', 70],
    ]);
  });

  it('cites the scales a starter plan reads as scores', () => {
    expect(find(KPI_PROJECTS, 'kpi-projects-plan').evidence.map((e) => [e.unit, e.threshold])).toEqual([
      ['score', null],
      ['score', null],
    ]);
  });

  it('finds no concern on a scale nobody scored, or one the survey did not ask', () => {
    const ctx = context({ levels: { 'hygiene.security': 40 } });
    const unscored = { n: 0, mean: null, sd: null, low: null, high: null };
    const scales = { ...ctx.overall!.scales };
    scales['hygiene.security'] = { ...scales['hygiene.security']!, estimate: unscored };
    delete scales['hygiene.pay'];
    const ids = recommend({ ...ctx, overall: { ...ctx.overall!, scales } }).map((r) => r.id);
    expect(ids).not.toContain('secure-jobs');
    expect(ids).not.toContain('fair-pay');
  });
});
