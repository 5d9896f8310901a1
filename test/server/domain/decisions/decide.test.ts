import { NO_FACTS } from '../../../../server/domain/campaigns/organization-facts';
import { describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  BARRIER_MODEL_V2,
  type BarrierModel,
  type DimensionId,
} from '../../../../server/domain/instrument/barrier-model';
import { decide } from '../../../../server/domain/decisions/decide';
import type { DecisionInput } from '../../../../server/domain/decisions/decision-rules';
import {
  summarizeGroup,
  type GroupSummary,
  type ScaleSummary,
} from '../../../../server/domain/analysis/group-summary';
import type { ScaleReliability } from '../../../../server/domain/analysis/scale-reliability';
import { scoreResponse } from '../../../../server/domain/instrument/scoring';
import { favourability } from '../../../../server/domain/statistics/favourability';
import { wilsonInterval } from '../../../../server/domain/statistics/intervals';
import { fixtureQuestionnaire, uniformAnswers } from '../../../fixtures/questionnaire';

/** A mean with its confidence interval, as [mean, low, high]. */
type Interval = [number, number, number];
const N = 30;

const estimate = ([mean, low, high]: Interval) => ({ n: N, mean, sd: 10, low, high });

/** A scale whose respondents are spread like its mean: mostly favourable above 75, unfavourable below 25. */
function scaleSummary(interval: Interval, unfavourableCount = 0): ScaleSummary {
  const scores = Array.from({ length: N }, (_, i) => (i < unfavourableCount ? 0 : interval[0]));
  return { estimate: estimate(interval), missingRate: 0, favourability: favourability(scores) };
}

const EXCELLENT: Interval = [85, 80, 90];

const EXCELLENT_SCALES: Record<string, Interval> = {
  'hygiene.pay': EXCELLENT,
  'hygiene.security': EXCELLENT,
  'hygiene.systems': EXCELLENT,
  'okr-kpi.knowledge': EXCELLENT,
  'okr-kpi.decoupling': EXCELLENT,
  'okr-kpi.stability': EXCELLENT,
  'culture.safety': EXCELLENT,
  'culture.commitment': EXCELLENT,
  'culture.efficacy': EXCELLENT,
  // Dynamic work, little appetite for control: neither routing gate applies.
  'fit.dynamism': [80, 75, 85],
  'fit.control': [30, 25, 35],
};

interface Scenario {
  scales?: Record<string, Interval>;
  /** Respondents (of 30) with an unfavourable score, per scale. */
  unfavourable?: Record<string, number>;
  dimensions?: Partial<Record<DimensionId, Interval>>;
  /** Respondents (of 30) describing the organization this way. */
  multiUnit?: number;
  establishedKpi?: number;
  responses?: number;
  minGroupSize?: number;
  headcount?: number;
}

/** An organization that is excellent on every gate, except where the scenario says otherwise. */
function input(scenario: Scenario = {}): DecisionInput {
  const scales = { ...EXCELLENT_SCALES, ...scenario.scales };
  const dimensions = { participation: EXCELLENT, breakdown: EXCELLENT, ...scenario.dimensions };
  const overall: GroupSummary = {
    n: N,
    scales: Object.fromEntries(
      Object.entries(scales).map(([id, interval]) => [
        id,
        scaleSummary(interval, scenario.unfavourable?.[id]),
      ]),
    ),
    dimensions: Object.fromEntries(
      Object.entries(dimensions).map(([id, interval]) => [id, estimate(interval)]),
    ),
  };
  return {
    model: BARRIER_MODEL_V1,
    responses: scenario.responses ?? N,
    headcount: scenario.headcount ?? 40,
    minGroupSize: scenario.minGroupSize ?? 5,
    overall,
    profile: {
      'multi-unit': wilsonInterval(scenario.multiUnit ?? 3, N),
      'established-kpi': wilsonInterval(scenario.establishedKpi ?? 3, N),
    },
    facts: NO_FACTS,
  };
}

const FAILING: Interval = [30, 22, 38];

describe('decide', () => {
  it('says ready, for certain, when every gate passes clearly', () => {
    const decision = decide(input());
    expect(decision).toMatchObject({ verdict: 'ready', provisional: false, decidingGate: null });
  });

  it('reports every gate in order, including those after the deciding one', () => {
    const decision = decide(input({ scales: { 'hygiene.pay': FAILING } }));
    expect(decision.gates.map((g) => g.id)).toEqual([
      'data-sufficiency',
      'fit-kpi-projects',
      'fit-balanced-scorecard',
      'hygiene',
      'okr-kpi',
      'culture',
      'participation-breakdown',
    ]);
    expect(decision.gates.find((g) => g.id === 'culture')?.status).toBe('pass');
  });

  it.each([
    {
      barrier: 'poor pay, with everything else excellent',
      scenario: { scales: { 'hygiene.pay': FAILING } },
      verdict: 'fix-hygiene',
    },
    {
      barrier: 'job security',
      scenario: { scales: { 'hygiene.security': FAILING } },
      verdict: 'fix-hygiene',
    },
    {
      barrier: '40% or more unfavourable on pay, though the mean is fine',
      scenario: { scales: { 'hygiene.pay': [70, 62, 78] as Interval }, unfavourable: { 'hygiene.pay': 20 } },
      verdict: 'fix-hygiene',
    },
    {
      barrier: 'few knowing OKR from KPI',
      scenario: { scales: { 'okr-kpi.knowledge': [40, 30, 50] as Interval } },
      verdict: 'clarify-okr-kpi',
    },
    {
      barrier: 'OKRs tied to appraisal',
      scenario: { scales: { 'okr-kpi.decoupling': FAILING } },
      verdict: 'clarify-okr-kpi',
    },
    {
      barrier: 'low psychological safety',
      scenario: { scales: { 'culture.safety': FAILING } },
      verdict: 'strengthen-culture',
    },
    {
      barrier: 'low confidence to change',
      scenario: { scales: { 'culture.efficacy': FAILING } },
      verdict: 'strengthen-culture',
    },
    {
      barrier: 'narrow participation',
      scenario: { dimensions: { participation: [55, 48, 62] as Interval } },
      verdict: 'pilot-first',
    },
    {
      barrier: 'poor goal breakdown',
      scenario: { dimensions: { breakdown: [50, 42, 58] as Interval } },
      verdict: 'pilot-first',
    },
  ] as { barrier: string; scenario: Scenario; verdict: string }[])(
    'gives $verdict for $barrier',
    ({ scenario, verdict }) => {
      expect(decide(input(scenario)).verdict).toBe(verdict);
    },
  );

  it.each([
    {
      failing: 'hygiene, OKR/KPI, culture and participation',
      scenario: {
        scales: { 'hygiene.systems': FAILING, 'okr-kpi.stability': FAILING, 'culture.safety': FAILING },
        dimensions: { participation: FAILING },
      },
      verdict: 'fix-hygiene',
    },
    {
      failing: 'OKR/KPI and culture',
      scenario: { scales: { 'okr-kpi.stability': FAILING, 'culture.commitment': FAILING } },
      verdict: 'clarify-okr-kpi',
    },
    {
      failing: 'culture and breakdown',
      scenario: { scales: { 'culture.safety': FAILING }, dimensions: { breakdown: FAILING } },
      verdict: 'strengthen-culture',
    },
  ] as { failing: string; scenario: Scenario; verdict: string }[])(
    'lets the earliest failing gate decide, however strong the rest: $failing → $verdict',
    ({ scenario, verdict }) => {
      expect(decide(input(scenario)).verdict).toBe(verdict);
    },
  );

  it('marks a verdict provisional when the deciding interval straddles the threshold', () => {
    const decision = decide(input({ scales: { 'hygiene.pay': [47, 40, 54] } }));
    expect(decision).toMatchObject({ verdict: 'fix-hygiene', provisional: true, decidingGate: 'hygiene' });
  });

  it('marks a verdict provisional when an earlier gate only leans towards passing', () => {
    const decision = decide(input({ scales: { 'hygiene.pay': [55, 45, 65], 'culture.safety': FAILING } }));
    expect(decision).toMatchObject({ verdict: 'strengthen-culture', provisional: true });
  });

  it('marks "ready" provisional when a gate passes only on its point estimate', () => {
    expect(decide(input({ dimensions: { breakdown: [70, 60, 80] } }))).toMatchObject({
      verdict: 'ready',
      provisional: true,
    });
  });

  it('is not provisional when a later gate straddles but an earlier one clearly fails', () => {
    const decision = decide(input({ scales: { 'hygiene.pay': FAILING, 'culture.safety': [50, 40, 60] } }));
    expect(decision).toMatchObject({ verdict: 'fix-hygiene', provisional: false });
  });

  it.each([
    { situation: 'fewer than 5 responses', responses: 4, headcount: 5 },
    { situation: 'a response rate below 60%', responses: 11, headcount: 20 },
  ])('gives insufficient-evidence for $situation, whatever the scores', ({ responses, headcount }) => {
    const decision = decide(input({ responses, headcount, scales: { 'hygiene.pay': FAILING } }));
    expect(decision).toMatchObject({ verdict: 'insufficient-evidence', decidingGate: 'data-sufficiency' });
  });

  it('asks for the campaign’s own minimum of responses where it is above the model’s, and names it', () => {
    const decision = decide(input({ responses: 6, headcount: 8, minGroupSize: 7 }));
    expect(decision).toMatchObject({ verdict: 'insufficient-evidence', decidingGate: 'data-sufficiency' });
    const check = decision.gates[0]!.checks.find((c) => c.subject === 'responses')!;
    expect(check).toMatchObject({ value: 6, threshold: 7 });
    expect(decide(input({ responses: 7, headcount: 8, minGroupSize: 7 })).verdict).toBe('ready');
  });

  it('accepts exactly 5 responses at exactly a 60% response rate', () => {
    expect(decide(input({ responses: 6, headcount: 10 })).verdict).toBe('ready');
    expect(decide(input({ responses: 5, headcount: 8 })).verdict).toBe('ready');
  });

  it('gives insufficient-evidence when a readiness gate could not be measured at all', () => {
    const decision = decide({ ...input(), overall: null });
    expect(decision).toMatchObject({ verdict: 'insufficient-evidence', decidingGate: 'hygiene' });
  });

  it('routes steady, procedure-driven work to KPI + projects, before looking at hygiene', () => {
    const scales = {
      'fit.dynamism': [30, 24, 36] as Interval,
      'fit.control': [75, 68, 82] as Interval,
      'hygiene.pay': FAILING,
    };
    expect(decide(input({ scales })).verdict).toBe('kpi-projects');
  });

  it('does not route to KPI + projects when steady work comes without a preference for control', () => {
    const scales = { 'fit.dynamism': [30, 24, 36] as Interval, 'fit.control': [40, 34, 46] as Interval };
    expect(decide(input({ scales })).verdict).toBe('ready');
  });

  it('routes a multi-unit organization with established KPIs and moderate dynamism to a Balanced Scorecard', () => {
    const scenario = {
      multiUnit: 25,
      establishedKpi: 24,
      scales: { 'fit.dynamism': [50, 44, 56] as Interval },
    };
    expect(decide(input(scenario)).verdict).toBe('balanced-scorecard');
  });

  it.each([
    {
      missing: 'several business units',
      scenario: { multiUnit: 3, establishedKpi: 24, scales: { 'fit.dynamism': [50, 44, 56] as Interval } },
    },
    {
      missing: 'an established KPI system',
      scenario: { multiUnit: 25, establishedKpi: 3, scales: { 'fit.dynamism': [50, 44, 56] as Interval } },
    },
    { missing: 'moderate dynamism', scenario: { multiUnit: 25, establishedKpi: 24 } },
  ] as { missing: string; scenario: Scenario }[])(
    'does not route to a Balanced Scorecard without $missing',
    ({ scenario }) => {
      expect(decide(input(scenario)).verdict).toBe('ready');
    },
  );

  it('can still say ready when the routing questions were not asked', () => {
    const { overall, ...rest } = input();
    const withoutFit = { ...overall!, scales: { ...overall!.scales } };
    delete withoutFit.scales['fit.dynamism'];
    delete withoutFit.scales['fit.control'];
    expect(decide({ ...rest, overall: withoutFit, profile: {} }).verdict).toBe('ready');
  });
});

describe('decide on summaries built from scored responses', () => {
  const summarize = (answers: Record<string, string | number>[]) =>
    summarizeGroup(
      BARRIER_MODEL_V1,
      answers.map((a) => scoreResponse(fixtureQuestionnaire(), BARRIER_MODEL_V1, a)),
    );

  /** The verdict on eight of ten people answering, by model 1 with no organization facts. */
  const verdictOfEight = (overall: GroupSummary) =>
    decide({
      model: BARRIER_MODEL_V1,
      responses: 8,
      headcount: 10,
      minGroupSize: 5,
      overall,
      profile: {},
      facts: NO_FACTS,
    }).verdict;

  it('says ready for a group agreeing throughout and knowing OKR from KPI', () => {
    const overall = summarize(
      Array.from({ length: 8 }, () => ({ ...uniformAnswers(4), knowledge_steady_delivery: 'kpi' })),
    );
    expect(verdictOfEight(overall)).toBe('ready');
  });

  it('says fix hygiene when that same group is unhappy with its pay', () => {
    const unhappy = {
      ...uniformAnswers(4),
      knowledge_steady_delivery: 'kpi',
      pay_fair: 1,
      pay_market: 2,
      pay_less_than_peers: 5,
    };
    const overall = summarize(Array.from({ length: 8 }, () => unhappy));
    expect(verdictOfEight(overall)).toBe('fix-hygiene');
  });
});

// ——— What reliability evidence the verdict needs (issue 10, finding 8) ————————————————————————————————

describe('decide with a gate scale whose α is low', () => {
  /** Reliability of one gate scale from 48 complete cases, as the analysis reports it. */
  const reliabilityOf = (alpha: number, low: number, high: number): ScaleReliability => ({
    scaleId: 'hygiene.pay',
    k: 3,
    n: 48,
    alpha,
    low,
    high,
    status: 'unreliable',
    weakItems: [],
  });
  const withAlpha = (model: BarrierModel, reliability: ScaleReliability, scenario: Scenario = {}) =>
    decide({
      ...input(scenario),
      model,
      analysis: { reliability: [reliability], agreementShare: 1, siloSignals: [] },
    });
  // People who agree differ little, so α is low though every mean is precise: this one is 0.10, its
  // Feldt interval −0.44 to 0.43 wholly below 0.60.
  const consensus = reliabilityOf(0.1, -0.44, 0.43);

  it.each([
    { organization: 'clearly ready', scenario: {}, verdict: 'ready' },
    {
      organization: 'clearly failing on pay',
      scenario: { scales: { 'hygiene.pay': FAILING } },
      verdict: 'fix-hygiene',
    },
  ] as { organization: string; scenario: Scenario; verdict: string }[])(
    'refuses a $organization organization on model 1 but gives model 2’s verdict, $verdict, from the means',
    ({ scenario, verdict }) => {
      expect(withAlpha(BARRIER_MODEL_V1, consensus, scenario)).toMatchObject({
        verdict: 'insufficient-evidence',
        decidingGate: 'data-sufficiency',
      });
      expect(withAlpha(BARRIER_MODEL_V2, consensus, scenario)).toMatchObject({ verdict, provisional: false });
    },
  );

  it('leaves α out of model 2’s data-sufficiency gate, and says so in its rule', () => {
    const gate = withAlpha(BARRIER_MODEL_V2, consensus).gates[0]!;
    expect(gate.checks.map((c) => c.subject)).toEqual(['responses', 'response-rate']);
    expect(gate.rule.en).toContain('does not withhold the verdict');
    const old = withAlpha(BARRIER_MODEL_V1, consensus).gates[0]!;
    expect(old.checks.map((c) => c.subject)).toEqual(['responses', 'response-rate', 'reliability']);
    expect(old.rule.en).toContain('no gate scale shown to be unreliable');
  });

  it('still refuses a verdict on model 2 for too few responses or too low a response rate', () => {
    expect(withAlpha(BARRIER_MODEL_V2, consensus, { responses: 4 }).verdict).toBe('insufficient-evidence');
    expect(withAlpha(BARRIER_MODEL_V2, consensus, { headcount: 100 }).verdict).toBe('insufficient-evidence');
  });

  it('names each model’s own silo rule in the pilot gate’s rule', () => {
    const pilot = (model: BarrierModel) =>
      withAlpha(model, reliabilityOf(0.8, 0.7, 0.88)).gates.find((g) => g.id === 'participation-breakdown')!;
    expect(pilot(BARRIER_MODEL_V1).rule.en).toContain('when any silo signal appears');
    expect(pilot(BARRIER_MODEL_V2).rule.en).toContain('at least 10 points apart');
    expect(pilot(BARRIER_MODEL_V2).rule.en).toContain('at most a 5% chance of any false signal');
  });
});

describe('decide on evidence the other tests leave out', () => {
  it('is not provisional when a gate after the deciding one only leans towards passing', () => {
    const decision = decide(input({ scales: { 'hygiene.pay': FAILING, 'culture.safety': [55, 45, 65] } }));
    expect(decision.gates.find((g) => g.id === 'culture')!.status).toBe('leans-pass');
    expect(decision).toMatchObject({ verdict: 'fix-hygiene', provisional: false });
  });

  /** The overall summary without the given scales and dimensions: questions nobody answered. */
  function without(scales: string[], dimensions: DimensionId[] = []): DecisionInput {
    const full = input();
    const overall = {
      ...full.overall!,
      scales: Object.fromEntries(Object.entries(full.overall!.scales).filter(([id]) => !scales.includes(id))),
      dimensions: Object.fromEntries(
        Object.entries(full.overall!.dimensions).filter(([id]) => !dimensions.includes(id as DimensionId)),
      ),
    };
    return { ...full, overall, analysis: null };
  }

  it.each([
    {
      gate: 'hygiene',
      unmeasured: without(['hygiene.pay', 'hygiene.security', 'hygiene.systems']),
    },
    {
      gate: 'okr-kpi',
      unmeasured: without(['okr-kpi.knowledge', 'okr-kpi.decoupling', 'okr-kpi.stability']),
    },
    {
      gate: 'culture',
      unmeasured: without(['culture.safety', 'culture.commitment', 'culture.efficacy']),
    },
    { gate: 'participation-breakdown', unmeasured: without([], ['participation', 'breakdown']) },
  ])('refuses "ready" when the $gate gate alone could not be measured', ({ gate, unmeasured }) => {
    const decision = decide(unmeasured);
    expect(decision.gates.find((g) => g.id === gate)!.status).toBe('not-assessed');
    expect(decision).toMatchObject({ verdict: 'insufficient-evidence', decidingGate: gate });
  });

  it('judges a campaign with no headcount on its responses alone, with no response rate', () => {
    const decision = decide(input({ headcount: 0 }));
    const rate = decision.gates[0]!.checks.find((c) => c.subject === 'response-rate')!;
    expect(rate).toMatchObject({ value: null, status: 'not-assessed' });
    expect(decision.verdict).toBe('ready');
    expect(decide(input({ headcount: 0, responses: 4 })).verdict).toBe('insufficient-evidence');
  });
});

describe('decide on the reliability of the gate scales (model 1)', () => {
  const reliability = (scaleId: string, alpha: number | null, low: number | null, high: number | null) => ({
    scaleId,
    k: 3,
    n: 48,
    alpha,
    low,
    high,
    status: 'unreliable' as const,
    weakItems: [],
  });
  const withReliability = (rows: ScaleReliability[]) =>
    decide({ ...input(), analysis: { reliability: rows, agreementShare: 1, siloSignals: [] } });
  const reliabilityCheck = (rows: ScaleReliability[]) =>
    withReliability(rows).gates[0]!.checks.find((c) => c.subject === 'reliability')!;

  it.each([
    { scale: 'participation.voice', why: 'a scale no gate judges' },
    { scale: 'fit.dynamism', why: 'a routing scale' },
  ])('gives its verdict when only $scale, $why, is shown to be unreliable', ({ scale }) => {
    const decision = withReliability([reliability(scale, 0.1, -0.44, 0.43)]);
    expect(decision.verdict).toBe('ready');
    expect(decision.gates[0]!.checks.find((c) => c.subject === 'reliability')!.status).toBe('not-assessed');
  });

  it.each([{ gate: 'hygiene.pay' }, { gate: 'okr-kpi.decoupling' }, { gate: 'culture.efficacy' }])(
    'withholds the verdict when the gate scale $gate is shown to be unreliable',
    ({ gate }) => {
      expect(withReliability([reliability(gate, 0.1, -0.44, 0.43)])).toMatchObject({
        verdict: 'insufficient-evidence',
        decidingGate: 'data-sufficiency',
      });
    },
  );

  it('shows the gate scale whose interval reaches least high, whatever the order they come in', () => {
    const rows = [
      reliability('hygiene.pay', 0.75, 0.65, 0.85),
      reliability('culture.safety', 0.5, 0.3, 0.62),
      reliability('okr-kpi.stability', 0.45, 0.2, 0.7),
    ];
    for (const order of [rows, rows.toReversed()]) {
      expect(reliabilityCheck(order)).toMatchObject({ value: 0.5, low: 0.3, high: 0.62 });
    }
  });

  it('passes a merely questionable scale without making the verdict provisional', () => {
    // Its interval straddles 0.60: possibly unreliable, not shown to be; the report flags it elsewhere.
    const rows = [reliability('hygiene.pay', 0.55, 0.35, 0.72)];
    expect(reliabilityCheck(rows).status).toBe('pass');
    expect(withReliability(rows)).toMatchObject({ verdict: 'ready', provisional: false });
  });

  it('leaves out scales whose α or interval could not be computed', () => {
    const rows = [
      reliability('hygiene.pay', null, null, null),
      reliability('culture.safety', 0.2, null, null),
      reliability('hygiene.security', 0.85, 0.78, 0.9),
    ];
    expect(reliabilityCheck(rows)).toMatchObject({ value: 0.85, status: 'pass' });
  });
});

describe('the checks each gate shows', () => {
  it('lists every check with its subject, unit and the side a barrier lies on (model 1)', () => {
    const checks = (id: string) =>
      decide({ ...input(), analysis: { reliability: [], agreementShare: 1, siloSignals: [] } })
        .gates.find((g) => g.id === id)!
        .checks.map((c) => `${c.subject} ${c.unit} ${c.barrierWhen}`);
    expect(checks('data-sufficiency')).toEqual([
      'responses count below',
      'response-rate share below',
      'reliability coefficient below',
    ]);
    expect(checks('fit-kpi-projects')).toEqual(['fit.dynamism score below', 'fit.control score at-or-above']);
    expect(checks('fit-balanced-scorecard')).toEqual([
      'multi-unit share at-or-above',
      'established-kpi share at-or-above',
      'fit.dynamism score below',
    ]);
    expect(checks('hygiene')).toEqual(
      ['hygiene.pay', 'hygiene.security', 'hygiene.systems'].flatMap((s) => [
        `${s} score at-or-below`,
        `${s}:unfavourable share at-or-above`,
      ]),
    );
    expect(checks('okr-kpi')).toEqual([
      'okr-kpi.knowledge score below',
      'okr-kpi.decoupling score at-or-below',
      'okr-kpi.stability score at-or-below',
    ]);
    expect(checks('culture')).toEqual([
      'culture.safety score at-or-below',
      'culture.commitment score at-or-below',
      'culture.efficacy score at-or-below',
    ]);
    expect(checks('participation-breakdown')).toEqual([
      'participation score below',
      'breakdown score below',
      'silo-signals count at-or-above',
      'agreement-share share below',
    ]);
  });

  it('labels the dimension checks with their dimension and cites the unfavourable share with its interval', () => {
    const decision = decide(input({ unfavourable: { 'hygiene.pay': 6 } }));
    const labels = decision.gates.find((g) => g.id === 'participation-breakdown')!.checks.slice(0, 2);
    expect(labels.map((c) => c.label.en)).toEqual(['Participation', 'Goal breakdown quality']);
    const share = decision.gates.find((g) => g.id === 'hygiene')!.checks[1]!;
    expect(share).toMatchObject({ subject: 'hygiene.pay:unfavourable', value: 0.2, threshold: 0.4 });
    expect(share.low).toBeCloseTo(wilsonInterval(6, N).low!, 10);
    expect(share.high).toBeCloseTo(wilsonInterval(6, N).high!, 10);
  });

  it.each([
    { model: BARRIER_MODEL_V1, says: 'most respondents describe several business units' },
    { model: BARRIER_MODEL_V2, says: 'HR states that the organization is mature' },
  ])(
    'says in the Balanced Scorecard rule of model $model.version where the facts come from',
    ({ model, says }) => {
      expect(
        decide({ ...input(), model }).gates.find((g) => g.id === 'fit-balanced-scorecard')!.rule.en,
      ).toContain(says);
    },
  );
});
