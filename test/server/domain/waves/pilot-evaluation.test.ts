import { describe, expect, it } from 'vitest';
import {
  evaluatePilot,
  type PilotDimension,
  type PilotEvaluationInput,
} from '../../../../server/domain/waves/pilot-evaluation';

const f = (n: number, mean: number | null, sd: number | null = 10) => ({ n, mean, sd });

/** Pilot of 15 from 50 to `pilotLater`, others of 30 from 55 to 56. */
const dimension = (pilotLater: number, id = 'participation'): PilotDimension => ({
  dimension: id,
  pilot: { earlier: f(15, 50, 10), later: f(15, pilotLater, 12) },
  others: { earlier: f(30, 55, 10), later: f(30, 56, 11) },
});

const input = (
  dimensions: PilotDimension[],
  over: Partial<PilotEvaluationInput> = {},
): PilotEvaluationInput => ({
  counts: { pilot: { earlier: 15, later: 15 }, others: { earlier: 30, later: 30 } },
  dimensions,
  minGroupSize: 5,
  chosenForLowScores: false,
  ...over,
});

describe('evaluatePilot', () => {
  it('computes the difference in differences with the four standard errors and Welch–Satterthwaite df', () => {
    const result = evaluatePilot(input([dimension(62)]));
    if (!result.evaluated) throw new Error('expected an evaluation');
    const [d] = result.dimensions;
    expect(d!.dimension).toBe('participation');
    expect(d!.pilotChange).toBe(12);
    expect(d!.othersChange).toBe(1);
    expect(d!.effect).toBe(11);
    expect(d!.se).toBeCloseTo(4.8614127, 6);
    expect(d!.df).toBeCloseTo(52.191872, 5);
    expect(d!.p).toBeCloseTo(0.0278413, 6);
    expect(d!.adjustedP).toBeCloseTo(0.0278413, 6);
    expect(d!.low).toBeCloseTo(11 - 2.0064712 * 4.8614127, 5);
    expect(d!.high).toBeCloseTo(11 + 2.0064712 * 4.8614127, 5);
    expect(result.recommendation).toBe('widen');
  });

  it.each([
    { case: 'credibly better', dims: [dimension(62)], recommendation: 'widen' },
    { case: 'credibly worse', dims: [dimension(38)], recommendation: 'stop' },
    {
      case: 'inconclusive, interval spanning zero',
      dims: [dimension(56)],
      recommendation: 'another-quarter',
    },
    {
      case: 'better on one dimension but worse on another',
      dims: [dimension(80), dimension(30, 'breakdown')],
      recommendation: 'stop',
    },
    {
      case: 'better on one, inconclusive on another',
      dims: [dimension(80), dimension(56, 'breakdown')],
      recommendation: 'widen',
    },
    {
      // Effect 9 ± 9.75: two-sided p 0.07, so the interval spans zero, but the gain's one-sided p is 0.035.
      case: 'a gain found one-sided though the two-sided interval spans zero',
      dims: [dimension(60)],
      recommendation: 'widen',
    },
    {
      case: 'two dimensions each clear one-sided alone but not after Holm',
      dims: [dimension(60), dimension(60, 'breakdown')],
      recommendation: 'another-quarter',
    },
    {
      // One-sided p 0.014 each, 0.028 after Holm.
      case: 'two dimensions each clear after Holm over the one-sided p-values',
      dims: [dimension(62), dimension(62, 'breakdown')],
      recommendation: 'widen',
    },
    {
      // A loss of 9 has two-sided p 0.07: not a credible loss, so the gain elsewhere is widened.
      case: 'better on one, worse on another only as far as a one-sided test would find',
      dims: [dimension(80), dimension(42, 'breakdown')],
      recommendation: 'widen',
    },
    {
      // A loss of 10 has two-sided p 0.045, still 0.045 after Holm (the other's p is tiny).
      case: 'better on one, credibly worse two-sided on another',
      dims: [dimension(80), dimension(41, 'breakdown')],
      recommendation: 'stop',
    },
  ])('recommends $recommendation when $case', ({ dims, recommendation }) => {
    const result = evaluatePilot(input(dims));
    expect(result).toMatchObject({ evaluated: true, recommendation });
  });

  it('applies Holm across the pilot dimensions', () => {
    const result = evaluatePilot(input([dimension(62), dimension(62, 'breakdown')]));
    if (!result.evaluated) throw new Error('expected an evaluation');
    for (const d of result.dimensions) expect(d.adjustedP).toBeCloseTo(2 * 0.0278413, 6);
  });

  const precise = (pilotLater: number, othersLater: number): PilotDimension => ({
    dimension: 'participation',
    pilot: { earlier: f(200, 60), later: f(200, pilotLater) },
    others: { earlier: f(200, 60), later: f(200, othersLater) },
  });
  const big = { pilot: { earlier: 200, later: 200 }, others: { earlier: 200, later: 200 } };
  it.each([
    { case: 'no change, precisely measured: stop', d: precise(60, 60), recommendation: 'stop' },
    // se = √(4·100/200) = 1.414, df ≈ 796: interval 2.3 ± 2.78 reaches 5.08, so a gain of 5 is not ruled
    // out, and t = 1.63 is just short of the one-sided 1.647.
    {
      case: 'a small gain not ruled out: another quarter',
      d: precise(62.3, 60),
      recommendation: 'another-quarter',
    },
    // t = 2.4 / 1.414 = 1.70: found one-sided, though the two-sided interval reaches below zero.
    { case: 'a small gain found one-sided: widen', d: precise(62.4, 60), recommendation: 'widen' },
    { case: 'a small gain ruled out: stop', d: precise(62.1, 60), recommendation: 'stop' },
  ])('$case', ({ d, recommendation }) => {
    expect(evaluatePilot(input([d], { counts: big }))).toMatchObject({ recommendation });
  });

  it('widens on a credible gain whose whole interval lies under the worthwhile gain', () => {
    // n = 800 a group: se = √(4·100/800) = 0.71, so 2 ± 1.39 is credibly above zero and wholly under 5.
    const many = { earlier: 800, later: 800 };
    const d: PilotDimension = {
      dimension: 'participation',
      pilot: { earlier: f(800, 60), later: f(800, 62) },
      others: { earlier: f(800, 60), later: f(800, 60) },
    };
    const result = evaluatePilot(input([d], { counts: { pilot: many, others: many } }));
    expect(result).toMatchObject({ recommendation: 'widen', dimensions: [{ effect: 2 }] });
    if (result.evaluated) expect(result.dimensions[0]!.high).toBeLessThan(5);
  });

  it('runs another quarter when one dimension rules out a worthwhile gain but another does not', () => {
    const second = { ...precise(62.3, 60), dimension: 'breakdown' };
    expect(evaluatePilot(input([precise(60, 60), second], { counts: big }))).toMatchObject({
      recommendation: 'another-quarter',
    });
  });

  it('is not evaluated when one of several dimensions lacks a spread', () => {
    const flat = { ...dimension(62, 'breakdown'), pilot: { earlier: f(15, 50, null), later: f(15, 60) } };
    expect(evaluatePilot(input([dimension(62), flat]))).toEqual({ evaluated: false, reason: 'no-spread' });
  });

  it('evaluates figures of two people each (the df needs n − 1 > 0)', () => {
    const two: PilotDimension = {
      dimension: 'participation',
      pilot: { earlier: f(2, 50), later: f(2, 60) },
      others: { earlier: f(2, 50), later: f(2, 50) },
    };
    const result = evaluatePilot(input([two]));
    expect(result).toMatchObject({ evaluated: true, dimensions: [{ effect: 10, df: 4 }] });
  });

  it('widens on a credible gain even when it is smaller than the worthwhile gain', () => {
    // 4 ± 2.78 lies above zero: a gain shown is widened, whatever the worthwhile line.
    expect(evaluatePilot(input([precise(64, 60)], { counts: big }))).toMatchObject({
      recommendation: 'widen',
    });
  });

  it.each([
    {
      case: 'pilot below the minimum earlier',
      counts: [4, 15, 30, 30],
      reason: 'pilot-below-minimum-earlier',
    },
    { case: 'pilot below the minimum later', counts: [15, 4, 30, 30], reason: 'pilot-below-minimum-later' },
    {
      case: 'others below the minimum earlier',
      counts: [15, 15, 4, 30],
      reason: 'others-below-minimum-earlier',
    },
    { case: 'others below the minimum later', counts: [15, 15, 30, 4], reason: 'others-below-minimum-later' },
  ])('is not evaluated with the $case', ({ counts, reason }) => {
    const [pe, pl, oe, ol] = counts as [number, number, number, number];
    const result = evaluatePilot(
      input([dimension(62)], {
        counts: { pilot: { earlier: pe, later: pl }, others: { earlier: oe, later: ol } },
      }),
    );
    expect(result).toEqual({ evaluated: false, reason });
  });

  it('is evaluated with every group at exactly the minimum', () => {
    const at = { earlier: 5, later: 5 };
    expect(evaluatePilot(input([dimension(62)], { counts: { pilot: at, others: at } })).evaluated).toBe(true);
  });

  it('is not evaluated without dimensions the pilot was meant to move', () => {
    expect(evaluatePilot(input([]))).toEqual({ evaluated: false, reason: 'no-dimensions' });
  });

  it.each([
    { case: 'a figure without a mean', change: { pilot: { earlier: f(15, null), later: f(15, 60) } } },
    { case: 'a figure without a spread', change: { pilot: { earlier: f(15, 50, null), later: f(15, 60) } } },
    { case: 'a figure of one person', change: { others: { earlier: f(1, 50), later: f(30, 60) } } },
    {
      case: 'no spread anywhere',
      change: {
        pilot: { earlier: f(15, 50, 0), later: f(15, 60, 0) },
        others: { earlier: f(30, 50, 0), later: f(30, 50, 0) },
      },
    },
  ])('is not evaluated with $case', ({ change }) => {
    expect(evaluatePilot(input([{ ...dimension(62), ...change }]))).toEqual({
      evaluated: false,
      reason: 'no-spread',
    });
  });

  it.each([
    {
      case: 'always: no random assignment and different people',
      over: {},
      dims: [{ ...dimension(62), others: { earlier: f(30, 54.99), later: f(30, 56) } }],
      caveats: ['no-random-assignment', 'different-people-answered'],
    },
    {
      case: 'a pilot starting 5 points below the others',
      over: {},
      dims: [dimension(62)],
      caveats: ['no-random-assignment', 'different-people-answered', 'regression-to-the-mean'],
    },
    {
      case: 'a pilot starting low on one of two dimensions',
      over: {},
      dims: [
        { ...dimension(62), others: { earlier: f(30, 50), later: f(30, 51) } },
        dimension(62, 'breakdown'),
      ],
      caveats: ['no-random-assignment', 'different-people-answered', 'regression-to-the-mean'],
    },
    {
      case: 'pilots chosen for low scores',
      over: { chosenForLowScores: true },
      dims: [{ ...dimension(62), others: { earlier: f(30, 50), later: f(30, 51) } }],
      caveats: ['no-random-assignment', 'different-people-answered', 'regression-to-the-mean'],
    },
    {
      case: 'a group under twice the minimum',
      over: { counts: { pilot: { earlier: 15, later: 9 }, others: { earlier: 30, later: 30 } } },
      dims: [{ ...dimension(62), others: { earlier: f(30, 50), later: f(30, 51) } }],
      caveats: ['no-random-assignment', 'different-people-answered', 'small-groups'],
    },
    {
      case: 'groups of exactly twice the minimum',
      over: { counts: { pilot: { earlier: 10, later: 10 }, others: { earlier: 10, later: 10 } } },
      dims: [{ ...dimension(62), others: { earlier: f(30, 50), later: f(30, 51) } }],
      caveats: ['no-random-assignment', 'different-people-answered'],
    },
  ])('names the caveats: $case', ({ over, dims, caveats }) => {
    const result = evaluatePilot(input(dims, over));
    expect(result).toMatchObject({ evaluated: true, caveats });
  });
});

describe('evaluatePilot with the dimensions combined', () => {
  const combined = (pilotLater: number) => ({
    pilot: { earlier: f(15, 50, 10), later: f(15, pilotLater, 12) },
    others: { earlier: f(30, 55, 10), later: f(30, 56, 11) },
  });

  it('reads the combined score alone, without correcting for the dimensions', () => {
    // Each dimension alone is clear only before Holm; the combined score, one test, is clear.
    const result = evaluatePilot(
      input([dimension(62), dimension(62, 'breakdown')], { combined: combined(62) }),
    );
    if (!result.evaluated) throw new Error('expected an evaluation');
    expect(result.combined).toMatchObject({ dimension: 'combined', effect: 11 });
    expect(result.combined!.adjustedP).toBeCloseTo(0.0278413, 6);
    expect(result.combined!.adjustedP).toBe(result.combined!.p);
    expect(result.recommendation).toBe('widen');
  });

  it.each([
    {
      case: 'the combined score is inconclusive',
      dims: [dimension(80)],
      together: 56,
      recommendation: 'another-quarter',
    },
    {
      case: 'the combined score is credibly worse',
      dims: [dimension(56)],
      together: 38,
      recommendation: 'stop',
    },
    {
      // A combined loss of 9 (two-sided p 0.07) is no credible loss, nor a gain: its interval lies under 5.
      case: 'the combined score is worse as far as a one-sided test would find',
      dims: [dimension(80)],
      together: 42,
      recommendation: 'stop',
    },
    {
      // Two-sided p 0.07: credited one-sided, with no dimension credibly worse.
      case: 'the combined score gains 9 points',
      dims: [dimension(56), dimension(56, 'breakdown')],
      together: 60,
      recommendation: 'widen',
    },
    {
      case: 'the combined score is better but a dimension credibly worse',
      dims: [dimension(62), dimension(30, 'breakdown')],
      together: 62,
      recommendation: 'stop',
    },
  ])('recommends $recommendation when $case', ({ dims, together, recommendation }) => {
    expect(evaluatePilot(input(dims, { combined: combined(together) }))).toMatchObject({ recommendation });
  });

  it('gives no combined effect when none is given', () => {
    expect(evaluatePilot(input([dimension(62)]))).toMatchObject({ combined: null });
  });

  it('is not evaluated when the combined score has no spread', () => {
    const flat = { earlier: f(15, 50, null), later: f(15, 60, null) };
    expect(evaluatePilot(input([dimension(62)], { combined: { pilot: flat, others: flat } }))).toEqual({
      evaluated: false,
      reason: 'no-spread',
    });
  });
});
