import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1, type DimensionId } from '../../../server/domain/barrier-model';
import type { DepartmentDifference } from '../../../server/domain/department-differences';
import type { GroupSummary } from '../../../server/domain/group-summary';
import { findSiloSignals, type AnalysedDepartment } from '../../../server/domain/silo-signals';
import { favourability } from '../../../server/domain/statistics/favourability';
import { meanConfidenceInterval } from '../../../server/domain/statistics/intervals';

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
  };
}

// Of ten respondents: 3 favourable (≥ 75), 4 neutral, 3 unfavourable (≤ 25): 30% on each side.
const POLARISED = [0, 10, 25, 50, 50, 50, 50, 75, 90, 100];
// 4 favourable, 4 neutral, 2 unfavourable: only 20% unfavourable.
const LEANING = [0, 25, 50, 50, 50, 50, 75, 80, 90, 100];
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
    { situation: 'only 20% are on either side', scales: { 'breakdown.data': MIDDLING } },
    { situation: 'a hygiene scale is polarised', scales: { 'hygiene.pay': POLARISED } },
    { situation: 'a culture scale is polarised', scales: { 'culture.safety': POLARISED } },
  ] as { situation: string; scales: Record<string, number[]> }[])(
    'signals no polarisation when $situation',
    ({ scales }) => {
      expect(signals([department('ops', { scales })])).toEqual([]);
    },
  );

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
