import { describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  BARRIER_MODEL_V2,
  type BarrierModel,
  type DimensionId,
} from '../../../../server/domain/instrument/barrier-model';
import {
  compareDepartments,
  type DepartmentDifference,
} from '../../../../server/domain/analysis/department-differences';
import type { GroupSummary } from '../../../../server/domain/analysis/group-summary';
import {
  findSiloSignals,
  siloRule,
  type AnalysedDepartment,
} from '../../../../server/domain/analysis/silo-signals';
import { favourability } from '../../../../server/domain/statistics/favourability';
import { meanConfidenceInterval } from '../../../../server/domain/statistics/intervals';

/** A department's summary with the given respondents' 0–100 scores per scale. */
function summary(scales: Record<string, number[]>): GroupSummary {
  return {
    n: 10,
    scales: Object.fromEntries(
      Object.entries(scales).map(([id, scores]) => [
        id,
        { estimate: meanConfidenceInterval(scores), missingRate: 0, favourability: favourability(scores) },
      ]),
    ),
    dimensions: {},
  };
}

const agreement = (rwgJ: number) => ({ items: 2, rwgJ, rStarWgJ: rwgJ });

function department(
  departmentId: string,
  options: { rwg?: Partial<Record<DimensionId, number>>; scales?: Record<string, number[]> } = {},
): AnalysedDepartment {
  return {
    departmentId,
    summary: summary(options.scales ?? {}),
    agreement: Object.fromEntries(Object.entries(options.rwg ?? {}).map(([d, r]) => [d, agreement(r)])),
  };
}

function difference(dimension: DimensionId, flagged: boolean, g = 1.2): DepartmentDifference {
  return {
    dimension,
    a: 'sales',
    b: 'ops',
    diff: 20,
    low: 10,
    high: 30,
    g,
    gLow: 0.4,
    gHigh: 2,
    p: 0.01,
    flagged,
    degenerate: false,
  };
}

// Of ten respondents: 3 favourable (≥ 75), 4 neutral, 3 unfavourable (≤ 25): 30% on each side.
const POLARISED = [0, 10, 25, 50, 50, 50, 50, 75, 90, 100];
// 4 favourable, 4 neutral, 2 unfavourable: only 20% unfavourable.
const LEANING = [0, 25, 50, 50, 50, 50, 75, 80, 90, 100];
// 2 favourable, 4 neutral, 4 unfavourable: 40% unfavourable but only 20% favourable.
const SOURING = [0, 0, 10, 25, 50, 50, 50, 50, 75, 100];
// 2 favourable, 6 neutral, 2 unfavourable.
const MIDDLING = [0, 25, 50, 50, 50, 50, 50, 50, 75, 100];

const signals = (departments: AnalysedDepartment[], differences: DepartmentDifference[] = []) =>
  findSiloSignals(BARRIER_MODEL_V1, departments, differences);

describe('findSiloSignals', () => {
  it.each([
    { dimension: 'participation', rwg: 0.4 },
    { dimension: 'breakdown', rwg: 0.1 },
    { dimension: 'participation', rwg: 0 },
  ] as { dimension: DimensionId; rwg: number }[])(
    'signals low agreement on $dimension when rwg(j) is $rwg, below .50',
    ({ dimension, rwg }) => {
      expect(signals([department('sales', { rwg: { [dimension]: rwg } })])).toEqual([
        { kind: 'low-agreement', departmentIds: ['sales'], subject: dimension, value: rwg },
      ]);
    },
  );

  it.each([
    { situation: 'rwg(j) is exactly .50 on participation', rwg: { participation: 0.5 } },
    { situation: 'rwg(j) is high on both silo dimensions', rwg: { participation: 0.9, breakdown: 0.8 } },
    { situation: 'agreement is low only on hygiene', rwg: { hygiene: 0.1 } },
    { situation: 'agreement is low only on culture and OKR/KPI', rwg: { culture: 0.2, 'okr-kpi': 0.2 } },
    { situation: 'agreement could not be computed', rwg: {} },
  ] as { situation: string; rwg: Partial<Record<DimensionId, number>> }[])(
    'signals nothing when $situation',
    ({ rwg }) => {
      expect(signals([department('sales', { rwg })])).toEqual([]);
    },
  );

  it.each(['participation.silos', 'participation.breadth', 'breakdown.shared-definitions'])(
    'signals a polarised %s when 30% are favourable and 30% unfavourable',
    (scaleId) => {
      expect(signals([department('ops', { scales: { [scaleId]: POLARISED } })])).toEqual([
        { kind: 'polarised', departmentIds: ['ops'], subject: scaleId, value: 0.3 },
      ]);
    },
  );

  it.each([
    { situation: 'only 20% are unfavourable', scales: { 'participation.silos': LEANING } },
    { situation: 'only 20% are favourable', scales: { 'participation.silos': SOURING } },
    { situation: 'only 20% are on either side', scales: { 'breakdown.data': MIDDLING } },
    { situation: 'a hygiene scale is polarised', scales: { 'hygiene.pay': POLARISED } },
    { situation: 'a culture scale is polarised', scales: { 'culture.safety': POLARISED } },
  ] as { situation: string; scales: Record<string, number[]> }[])(
    'signals no polarisation when $situation',
    ({ scales }) => {
      expect(signals([department('ops', { scales })])).toEqual([]);
    },
  );

  it('signals nothing where a department’s agreement could not be computed', () => {
    const unknown = {
      ...department('sales'),
      agreement: { participation: { items: 2, rwgJ: null, rStarWgJ: null } },
    };
    expect(signals([unknown])).toEqual([]);
  });

  it('cites the smaller camp of a polarised scale', () => {
    // Of ten: 4 favourable (≥ 75), 3 unfavourable (≤ 25).
    const scores = [0, 10, 25, 50, 50, 50, 75, 80, 90, 100];
    expect(signals([department('ops', { scales: { 'participation.silos': scores } })])).toEqual([
      { kind: 'polarised', departmentIds: ['ops'], subject: 'participation.silos', value: 0.3 },
    ]);
  });

  it.each(['participation', 'breakdown'] as DimensionId[])(
    'signals a flagged gap on %s, naming both departments and citing g',
    (dimension) => {
      expect(signals([], [difference(dimension, true, -0.9)])).toEqual([
        { kind: 'gap', departmentIds: ['sales', 'ops'], subject: dimension, value: -0.9 },
      ]);
    },
  );

  it.each([
    { situation: 'a flagged gap on hygiene', diff: difference('hygiene', true) },
    { situation: 'a flagged gap on culture', diff: difference('culture', true) },
    { situation: 'an unflagged gap on participation', diff: difference('participation', false) },
  ])('signals nothing for $situation', ({ diff }) => {
    expect(signals([], [diff])).toEqual([]);
  });

  it('reports each department’s signals in turn, then the gaps', () => {
    const found = signals(
      [
        department('sales', { rwg: { participation: 0.3 }, scales: { 'participation.silos': POLARISED } }),
        department('ops', { rwg: { breakdown: 0.2 } }),
      ],
      [difference('breakdown', true)],
    );
    expect(found.map((s) => [s.kind, s.departmentIds.join('+'), s.subject])).toEqual([
      ['low-agreement', 'sales', 'participation'],
      ['polarised', 'sales', 'participation.silos'],
      ['low-agreement', 'ops', 'breakdown'],
      ['gap', 'sales+ops', 'breakdown'],
    ]);
  });
});

// ——— Model 2: every source tested, error controlled over all of them (issue 10, finding 7) ——————————

/** `count` scores alternating between `mean − spread` and `mean + spread` (SD just above `spread`). */
const around = (mean: number, count: number, spread = 8) =>
  Array.from({ length: count }, (_, i) => (i % 2 ? mean + spread : mean - spread));

/** rwg(j) over J items for a mean item variance s̄² = ratio·2, and the r*wg(j) = 1 − ratio beside it. */
function agreementFor(ratio: number, items = 2) {
  const rwgJ = ratio >= 1 ? 0 : (items * (1 - ratio)) / (items * (1 - ratio) + ratio);
  return { items, rwgJ, rStarWgJ: Math.max(0, 1 - ratio) };
}

interface Unit {
  id: string;
  /** Respondents' dimension scores, per silo dimension. */
  dimensions?: Partial<Record<DimensionId, number[]>>;
  scales?: Record<string, number[]>;
  /** Mean item variance as a share of random answering's, per dimension, and how many answered. */
  spread?: { dimension: DimensionId; ratio: number; n: number };
}

function unit({ id, dimensions = {}, scales = {}, spread }: Unit): AnalysedDepartment {
  const base = summary(scales);
  const estimates = Object.fromEntries(
    Object.entries(dimensions).map(([d, scores]) => [d, meanConfidenceInterval(scores)]),
  );
  if (spread) estimates[spread.dimension] = { n: spread.n, mean: 50, sd: 30, low: 45, high: 55 };
  return {
    departmentId: id,
    summary: { ...base, dimensions: estimates },
    agreement: spread ? { [spread.dimension]: agreementFor(spread.ratio) } : {},
  };
}

/** The department differences the analysis computes for these units, as it does in a report. */
const differencesOf = (units: Unit[]) =>
  (['participation', 'breakdown'] as DimensionId[]).flatMap((dimension) =>
    compareDepartments(
      dimension,
      units
        .filter((u) => u.dimensions?.[dimension])
        .map((u) => ({ departmentId: u.id, scores: u.dimensions![dimension]! })),
      { minGroupSize: 5, gapEffectSize: 0.5 },
    ),
  );

const kindsUnder = (model: BarrierModel, units: Unit[]) =>
  findSiloSignals(model, units.map(unit), differencesOf(units)).map(
    (s) => `${s.kind} ${s.departmentIds.join('+')} ${s.subject}`,
  );

// Of twelve: 4 favourable, 4 neutral, 4 unfavourable, a third on each side.
const SPLIT_OF_12 = [0, 10, 20, 25, 50, 50, 50, 50, 75, 80, 90, 100];
// Of two hundred: 90 favourable, 20 neutral, 90 unfavourable.
const SPLIT_OF_200 = [...Array(90).fill(10), ...Array(20).fill(50), ...Array(90).fill(90)];
const SIX_SILO_SCALES = [
  'participation.breadth',
  'participation.silos',
  'breakdown.specificity',
  'breakdown.granularity',
  'breakdown.shared-definitions',
  'breakdown.data',
];
/** Six silo scales answered by `count` people, none of them split. */
const unpolarised = (count: number) => Object.fromEntries(SIX_SILO_SCALES.map((s) => [s, around(80, count)]));

describe('findSiloSignals under model 2 (every source tested, family-wise error control)', () => {
  it.each([
    {
      situation: 'two departments of 12 are 12 points apart: clear against 0, not shown to reach 10 points',
      units: [
        { id: 'sales', dimensions: { participation: around(80, 12) } },
        { id: 'ops', dimensions: { participation: around(68, 12) } },
      ],
      model1: ['gap sales+ops participation'],
      model2: [],
    },
    {
      situation: 'a third of 12 people favourable and a third unfavourable: a split not shown at 12',
      units: [{ id: 'ops', scales: { 'participation.silos': SPLIT_OF_12 } }],
      model1: ['polarised ops participation.silos'],
      model2: [],
    },
    {
      situation: 'rwg(j) of 0.4 in a department of 12: not shown below 0.5',
      units: [{ id: 'ops', spread: { dimension: 'breakdown', ratio: 0.75, n: 12 } }],
      model1: ['low-agreement ops breakdown'],
      model2: [],
    },
    {
      situation: 'two departments of 12 are 30 points apart',
      units: [
        { id: 'sales', dimensions: { breakdown: around(80, 12) } },
        { id: 'ops', dimensions: { breakdown: around(50, 12) } },
      ],
      model1: ['gap sales+ops breakdown'],
      model2: ['gap sales+ops breakdown'],
    },
    {
      situation: 'a department of 200 split 45% favourable and 45% unfavourable',
      units: [{ id: 'ops', scales: { 'breakdown.data': SPLIT_OF_200 } }],
      model1: ['polarised ops breakdown.data'],
      model2: ['polarised ops breakdown.data'],
    },
    {
      situation: '400 people answering as spread as at random (rwg(j) = 0)',
      units: [{ id: 'ops', spread: { dimension: 'participation', ratio: 1, n: 400 } }],
      model1: ['low-agreement ops participation'],
      model2: ['low-agreement ops participation'],
    },
  ] as { situation: string; units: Unit[]; model1: string[]; model2: string[] }[])(
    'when $situation, model 1 signals $model1 and model 2 $model2',
    ({ units, model1, model2 }) => {
      expect(kindsUnder(BARRIER_MODEL_V1, units)).toEqual(model1);
      expect(kindsUnder(BARRIER_MODEL_V2, units)).toEqual(model2);
    },
  );

  // 80 against 62, twelve each, SD 8.4: the Welch SE is 3.4, so (18 − 10)/3.4 = 2.4 and p ≈ 0.013 alone.
  const apart = [
    { id: 'sales', dimensions: { participation: around(80, 12) } },
    { id: 'ops', dimensions: { participation: around(62, 12) } },
  ];

  it('counts an 18-point gap between two departments tested alone', () => {
    const [signal] = findSiloSignals(BARRIER_MODEL_V2, apart.map(unit), differencesOf(apart));
    expect(signal).toMatchObject({ kind: 'gap', departmentIds: ['sales', 'ops'], subject: 'participation' });
    expect(signal!.p).toBeGreaterThan(0.005);
    expect(signal!.p).toBeLessThan(0.05);
  });

  it.each([
    {
      situation: 'four more departments in between make fifteen pairs to test',
      units: [
        ...apart,
        ...['a', 'b', 'c', 'd'].map((id) => ({ id, dimensions: { participation: around(71, 12) } })),
      ],
    },
    {
      // With 40 answers a scale could show a split (at best p ≈ .003), so its test joins the family.
      situation: 'the two departments’ six silo scales, answered by 40 each, are tested for a split as well',
      units: apart.map((u) => ({ ...u, scales: unpolarised(40) })),
    },
  ] as { situation: string; units: Unit[] }[])(
    'does not count the same gap when $situation: the error is controlled over every test together',
    ({ units }) => {
      expect(kindsUnder(BARRIER_MODEL_V2, units)).toEqual([]);
      expect(kindsUnder(BARRIER_MODEL_V1, units)).toContain('gap sales+ops participation');
    },
  );

  it('leaves out of the family a test that could not show its signal whatever the answers', () => {
    // With 12 answers even a half-and-half split gives p ≈ .065 against a third: such a test can never
    // raise a signal, so it takes no share of the error and the gap still counts.
    const units = apart.map((u) => ({ ...u, scales: unpolarised(12) }));
    expect(kindsUnder(BARRIER_MODEL_V2, units)).toEqual(['gap sales+ops participation']);
  });

  it('gives each model-2 signal the Holm-adjusted p that showed it, and model-1 signals none', () => {
    const units: Unit[] = [
      { id: 'sales', dimensions: { breakdown: around(85, 12) } },
      { id: 'ops', dimensions: { breakdown: around(45, 12) } },
    ];
    const [v2] = findSiloSignals(BARRIER_MODEL_V2, units.map(unit), differencesOf(units));
    const [v1] = findSiloSignals(BARRIER_MODEL_V1, units.map(unit), differencesOf(units));
    expect(v2!.p).toBeLessThan(0.001);
    expect(v1).not.toHaveProperty('p');
    expect(v2!.value).toBe(v1!.value);
  });
});

describe('findSiloSignals under model 2, test by test', () => {
  const underModel2 = (units: Unit[], differences = differencesOf(units)) =>
    findSiloSignals(BARRIER_MODEL_V2, units.map(unit), differences);

  // Two items, cut-off .50: σ₀² = 2·2·.5/(2·.5 + .5) = 4/3. With ν = n − 1 the statistic is ν·s̄²/σ₀²,
  // and its χ² upper tail (scipy.stats.chi2.sf) is the p of a single test, which Holm leaves as it is.
  it.each([
    { n: 40, ratio: 1, p: 0.0231326, value: 0 },
    { n: 200, ratio: 0.9, p: null, value: 2 / 11 },
  ])('tests low agreement among $n answering at $ratio of random spread', ({ n, ratio, p, value }) => {
    const [signal] = underModel2([{ id: 'ops', spread: { dimension: 'participation', ratio, n } }]);
    expect(signal).toMatchObject({ kind: 'low-agreement', departmentIds: ['ops'], subject: 'participation' });
    expect(signal!.value).toBeCloseTo(value, 10);
    if (p !== null) expect(signal!.p).toBeCloseTo(p, 6);
    else expect(signal!.p).toBeLessThan(0.001);
  });

  it('does not show low agreement among 40 at .9 of random spread (p = .071)', () => {
    expect(underModel2([{ id: 'ops', spread: { dimension: 'participation', ratio: 0.9, n: 40 } }])).toEqual(
      [],
    );
  });

  it.each([
    { what: 'no r*wg(j)', agreement: { items: 2, rwgJ: 0, rStarWgJ: null } },
    { what: 'no items', agreement: { items: 0, rwgJ: 0, rStarWgJ: 0 } },
  ])('tests no agreement with $what, however many answered', ({ agreement }) => {
    const ops = unit({ id: 'ops', spread: { dimension: 'participation', ratio: 1, n: 400 } });
    expect(
      findSiloSignals(BARRIER_MODEL_V2, [{ ...ops, agreement: { participation: agreement } }], []),
    ).toEqual([]);
  });

  it('shows a split of 200 into 50% favourable and 40% unfavourable, citing the smaller camp', () => {
    const scores = [...Array(100).fill(90), ...Array(20).fill(50), ...Array(80).fill(10)];
    const [signal] = underModel2([{ id: 'ops', scales: { 'participation.silos': scores } }]);
    expect(signal).toMatchObject({ kind: 'polarised', subject: 'participation.silos', value: 0.4 });
    expect(kindsUnder(BARRIER_MODEL_V1, [{ id: 'ops', scales: { 'participation.silos': scores } }])).toEqual([
      'polarised ops participation.silos',
    ]);
  });

  it.each<{ what: string; scales: Record<string, number[]> }>([
    { what: 'a split on a scale that is no silo scale', scales: { 'hygiene.pay': SPLIT_OF_200 } },
    { what: 'a silo scale nobody scored', scales: { 'participation.silos': [] } },
  ])('tests no polarisation for $what', ({ scales }) => {
    expect(underModel2([{ id: 'ops', scales }])).toEqual([]);
  });

  const farApart: Unit[] = [
    { id: 'sales', dimensions: { participation: around(85, 12) } },
    { id: 'ops', dimensions: { participation: around(45, 12) } },
  ];

  it.each([
    {
      what: 'on a dimension silos are not judged on',
      change: (d: DepartmentDifference) => ({ ...d, dimension: 'hygiene' as DimensionId }),
    },
    { what: 'without an effect size', change: (d: DepartmentDifference) => ({ ...d, g: null }) },
    { what: 'with a department not analysed', change: (d: DepartmentDifference) => ({ ...d, b: 'finance' }) },
  ])('tests no gap $what', ({ change }) => {
    expect(underModel2(farApart)).toHaveLength(1);
    expect(underModel2(farApart, differencesOf(farApart).map(change))).toEqual([]);
  });

  it.each([
    { what: 'no spread', estimate: { n: 1, mean: 45, sd: null, low: null, high: null } },
    { what: 'no mean', estimate: { n: 0, mean: null, sd: 10, low: null, high: null } },
  ])('tests no gap with a department whose figure has $what, nor counts it in the family', ({ estimate }) => {
    // Low agreement among 30 answering at random: p = .041 alone, not shown if a second test joined it.
    const hr = unit({ id: 'hr', spread: { dimension: 'breakdown', ratio: 1, n: 30 } });
    const [sales, ops] = farApart.map(unit);
    const flat = { ...ops!, summary: { ...ops!.summary, dimensions: { participation: estimate } } };
    const found = findSiloSignals(BARRIER_MODEL_V2, [sales!, flat, hr], differencesOf(farApart));
    expect(found.map((s) => `${s.kind} ${s.departmentIds.join('+')}`)).toEqual(['low-agreement hr']);
    expect(found[0]!.p).toBeCloseTo(0.040906, 5);
  });

  it('says in its rule how far apart departments must be and how much false alarm it allows', () => {
    const { clause } = siloRule({ kind: 'family-wise', familyError: 0.1, gapMinimum: 12 });
    expect(clause.en).toContain('at least 12 points apart');
    expect(clause.en).toContain('at most a 10% chance');
    expect(clause['zh-cn']).toContain('12 分');
    expect(clause['zh-cn']).toContain('10%');
  });
});
