import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1, type DimensionId } from '../../../../server/domain/instrument/barrier-model';
import {
  driverAnalysis,
  driverAnalysisFromMoments,
  type Driver,
} from '../../../../server/domain/analysis/driver-analysis';
import { addCross, emptyCrossMoments, type CrossMoments } from '../../../../server/domain/statistics/moments';
import type { ResponseScore } from '../../../../server/domain/instrument/scoring';

// Ten respondents: outcome answers 1–5 twice over.
const OUTCOMES = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5];
// Hand-worked r = .8: against outcome deviations −2,−1,0,1,2, the pattern 2,1,4,3,5 deviates
// −1,−2,1,0,2; cross-products 2 + 2 + 0 + 0 + 4 = 8 and both sums of squares are 10, so r = 8/10.
// Repeating the five respondents twice leaves r unchanged.
const POINT_EIGHT = [2, 1, 4, 3, 5, 2, 1, 4, 3, 5].map((x) => 20 * x);

/** Respondent i's dimension scores, from each dimension's list (null or missing lists: no score). */
function scores(byDimension: Partial<Record<DimensionId, (number | null)[]>>, n = OUTCOMES.length) {
  return Array.from({ length: n }, (_, i): ResponseScore => ({
    scales: {},
    dimensions: Object.fromEntries(Object.entries(byDimension).map(([d, xs]) => [d, xs[i] ?? null])),
  }));
}

const rising = OUTCOMES.map((o) => 25 * (o - 1));
const falling = OUTCOMES.map((o) => 100 - 25 * (o - 1));

describe('driverAnalysis', () => {
  it.each([
    { relation: 'rises exactly with the outcome', values: rising, r: 1 },
    { relation: 'mostly rises with the outcome', values: POINT_EIGHT, r: 0.8 },
    { relation: 'falls as the outcome rises', values: falling, r: -1 },
  ])('gives r = $r for a dimension that $relation', ({ values, r }) => {
    const [driver] = driverAnalysis(BARRIER_MODEL_V1, scores({ culture: values }), OUTCOMES);
    expect(driver).toMatchObject({ dimension: 'culture', n: 10 });
    expect(driver!.r).toBeCloseTo(r, 12);
    expect(driver!.low).toBeLessThanOrEqual(driver!.r);
    expect(driver!.high).toBeGreaterThanOrEqual(driver!.r);
  });

  it('gives the Fisher-z interval tanh(atanh .8 ± 1.96/√7)', () => {
    const [driver] = driverAnalysis(BARRIER_MODEL_V1, scores({ hygiene: POINT_EIGHT }), OUTCOMES);
    const half = 1.959964 / Math.sqrt(7);
    expect(driver!.low).toBeCloseTo(Math.tanh(Math.atanh(0.8) - half), 5);
    expect(driver!.high).toBeCloseTo(Math.tanh(Math.atanh(0.8) + half), 5);
  });

  it('sorts drivers by r, strongest positive first', () => {
    const drivers = driverAnalysis(
      BARRIER_MODEL_V1,
      scores({ hygiene: POINT_EIGHT, culture: falling, breakdown: rising }),
      OUTCOMES,
    );
    expect(drivers.map((d) => d.dimension)).toEqual(['breakdown', 'hygiene', 'culture']);
  });

  it('never includes the routing (fit) dimension, however strongly it moves with the outcome', () => {
    const drivers = driverAnalysis(BARRIER_MODEL_V1, scores({ fit: rising, hygiene: POINT_EIGHT }), OUTCOMES);
    expect(drivers.map((d) => d.dimension)).toEqual(['hygiene']);
  });

  it.each([
    {
      situation: 'only 9 respondents have a score',
      values: [...POINT_EIGHT.slice(0, 9), null],
      outcomes: OUTCOMES,
    },
    {
      situation: '10 have a score but one skipped the outcome item',
      values: POINT_EIGHT,
      outcomes: [...OUTCOMES.slice(0, 9), null],
    },
  ])('omits a dimension with fewer than 10 usable cases: $situation', ({ values, outcomes }) => {
    expect(driverAnalysis(BARRIER_MODEL_V1, scores({ participation: values }), outcomes)).toEqual([]);
  });

  it('counts only respondents with both a score and an outcome', () => {
    // Eleven respondents; the eleventh has a score but no outcome answer.
    const values = [...POINT_EIGHT, 100];
    const [driver] = driverAnalysis(BARRIER_MODEL_V1, scores({ participation: values }, 11), [
      ...OUTCOMES,
      null,
    ]);
    expect(driver!.n).toBe(10);
    expect(driver!.r).toBeCloseTo(0.8, 12);
  });

  it("uses the model's minimum number of cases", () => {
    const model = {
      ...BARRIER_MODEL_V1,
      thresholds: { ...BARRIER_MODEL_V1.thresholds, driverMinimumCases: 11 },
    };
    expect(driverAnalysis(model, scores({ hygiene: POINT_EIGHT }), OUTCOMES)).toEqual([]);
  });

  it('omits a dimension whose scores do not vary, as r is undefined', () => {
    expect(driverAnalysis(BARRIER_MODEL_V1, scores({ hygiene: Array(10).fill(60) }), OUTCOMES)).toEqual([]);
  });
});

/** A person's dimension score is held times this in a tally (campaign-tally.ts). */
const DIMENSION_FACTOR = 50_400;

/** Per dimension, cross moments of (score × DIMENSION_FACTOR, outcome) over the people with both. */
function totalsOf(respondents: readonly ResponseScore[], outcomes: readonly (number | null)[]) {
  const totals = new Map<DimensionId, CrossMoments>();
  respondents.forEach((score, i) => {
    const outcome = outcomes[i];
    for (const [dimension, value] of Object.entries(score.dimensions) as [DimensionId, number | null][]) {
      if (typeof value !== 'number' || typeof outcome !== 'number') continue;
      if (!totals.has(dimension)) totals.set(dimension, emptyCrossMoments(2));
      addCross(totals.get(dimension)!, [Math.round(value * DIMENSION_FACTOR), outcome]);
    }
  });
  return totals;
}

function expectSameDrivers(actual: Driver[], expected: Driver[]) {
  expect(actual.map((d) => [d.dimension, d.n])).toEqual(expected.map((d) => [d.dimension, d.n]));
  expected.forEach((want, i) => {
    for (const key of ['r', 'low', 'high'] as const)
      expect(Math.abs(actual[i]![key] - want[key])).toBeLessThanOrEqual(1e-12);
  });
}

describe('driverAnalysisFromMoments', () => {
  const thirds = [
    62.5, 41.666666666666664, 87.5, 58.333333333333336, 100, 25, 70.83333333333333, 50, 75, 12.5,
  ];
  it.each([
    {
      case: 'a dimension rising exactly with the outcome',
      drivers: 1,
      byDimension: { culture: rising },
      outcomes: OUTCOMES,
    },
    { case: 'r = .8', drivers: 1, byDimension: { hygiene: POINT_EIGHT }, outcomes: OUTCOMES },
    {
      case: 'several dimensions, sorted by r',
      drivers: 4,
      byDimension: { hygiene: POINT_EIGHT, culture: falling, breakdown: rising, participation: thirds },
      outcomes: OUTCOMES,
    },
    {
      case: 'scores in sixtieths and eighths',
      drivers: 1,
      byDimension: { participation: thirds },
      outcomes: OUTCOMES,
    },
    {
      case: 'the routing dimension beside a readiness one',
      drivers: 1,
      byDimension: { fit: rising, hygiene: POINT_EIGHT },
      outcomes: OUTCOMES,
    },
    {
      case: 'nine people with a score',
      drivers: 0,
      byDimension: { culture: [...POINT_EIGHT.slice(0, 9), null] },
      outcomes: OUTCOMES,
    },
    {
      case: 'one skipped outcome of ten',
      drivers: 0,
      byDimension: { culture: POINT_EIGHT },
      outcomes: [...OUTCOMES.slice(0, 9), null],
    },
    {
      case: 'scores that never vary',
      drivers: 0,
      byDimension: { hygiene: Array(10).fill(60) },
      outcomes: OUTCOMES,
    },
    {
      case: 'outcomes that never vary',
      drivers: 0,
      byDimension: { hygiene: POINT_EIGHT },
      outcomes: Array(10).fill(3),
    },
    { case: 'nobody', drivers: 0, byDimension: {}, outcomes: [] },
  ])('gives what the list gives for $case ($drivers drivers)', ({ byDimension, outcomes, drivers }) => {
    const respondents = scores(byDimension, outcomes.length);
    const expected = driverAnalysis(BARRIER_MODEL_V1, respondents, outcomes);
    expect(expected).toHaveLength(drivers);
    expectSameDrivers(driverAnalysisFromMoments(BARRIER_MODEL_V1, totalsOf(respondents, outcomes)), expected);
  });

  it("uses the model's minimum number of cases, as the list does", () => {
    const model = {
      ...BARRIER_MODEL_V1,
      thresholds: { ...BARRIER_MODEL_V1.thresholds, driverMinimumCases: 11 },
    };
    const respondents = scores({ hygiene: POINT_EIGHT });
    expect(driverAnalysisFromMoments(model, totalsOf(respondents, OUTCOMES))).toEqual([]);
  });
});
