import { describe, expect, it } from 'vitest';
import {
  comparePair,
  pairFigures,
  PAIRWISE_ALPHA,
  type PairUnitFigures,
  type PairwiseInput,
} from '../../../../server/domain/analysis/pairwise-comparison';
import type { MeanEstimate } from '../../../../server/domain/statistics/intervals';

/** An estimate as a report holds it; the interval is the report's own and passed through untouched. */
const est = (n: number, mean: number | null, sd: number | null, low = -1, high = -2): MeanEstimate => ({
  n,
  mean,
  sd,
  low: mean === null ? null : low,
  high: mean === null ? null : high,
});
/** A unit whose one dimension `d` and its one scale `d.s` carry the same figure. */
const unit = (e: MeanEstimate): PairUnitFigures => ({ dimensions: { d: e }, scales: { 'd.s': e } });
const ONE = [{ id: 'd', scales: [] as string[] }];
const input = (a: PairUnitFigures, b: PairUnitFigures, overrides: Partial<PairwiseInput> = {}) => ({
  a,
  b,
  dimensions: ONE,
  minGroupSize: 5,
  ...overrides,
});
const only = (a: MeanEstimate, b: MeanEstimate, minGroupSize = 5) => {
  const rows = comparePair(input(unit(a), unit(b), { minGroupSize })).rows;
  expect(rows).toHaveLength(1);
  return rows[0]!;
};
const compared = (row: ReturnType<typeof only>) => {
  if (!row.result.compared) throw new Error(`not compared: ${row.result.reason}`);
  return row.result;
};

// Every expected figure below is worked out by hand from the formulas:
//   se = √(sa²/na + sb²/nb), t = (Ma − Mb)/se, df = se⁴ / Σ (s²/n)²/(n − 1),
//   g = (Ma − Mb)/s_pooled · (1 − 3/(4N − 9)), interval diff ± t₀.₉₇₅,df · se.
describe('comparePair', () => {
  it('names its test, its correction and its level', () => {
    const result = comparePair(input(unit(est(10, 50, 10)), unit(est(10, 50, 10))));
    expect(result.test).toBe('welch-t-two-sided-unpaired');
    expect(result.correction).toBe('holm');
    expect(result.alpha).toBe(0.05);
    expect(PAIRWISE_ALPHA).toBe(0.05);
  });

  it.each([
    {
      name: 'equal groups: no difference, nothing credible',
      a: est(10, 50, 10),
      b: est(10, 50, 10),
      // se = √20 = 4.4721, t = 0, df = 18, p = 1, g = 0.
      want: { diff: 0, t: 0, df: 18, p: 1, g: 0, verdict: 'within-noise' },
    },
    {
      name: 'a clear difference: a credibly higher, a large effect',
      a: est(30, 70, 10),
      b: est(30, 50, 10),
      // se = √(100/30·2) = 2.5820, t = 7.7460, df = 58, g = 2 · (1 − 3/231) = 1.974026.
      want: { diff: 20, t: 7.745967, df: 58, p: 1.634e-10, g: 1.974026, verdict: 'a-higher' },
    },
    {
      name: 'b credibly higher: the difference is negative and named for b',
      a: est(12, 40, 12),
      b: est(8, 55, 6),
      // se = √(144/12 + 36/8) = √16.5 = 4.0620, t = −3.6927, df = 272.25 / (144/11 + 20.25/7) = 17.0329.
      want: { diff: -15, t: -3.692745, df: 17.032907, p: 0.0018011, g: -1.422465, verdict: 'b-higher' },
    },
    {
      name: 'tiny groups: a 10-point gap is within the noise with three people a side',
      a: est(3, 60, 10),
      b: est(3, 50, 10),
      min: 3,
      // se = √(200/3) = 8.1650, t = 1.2247, df = 4, p = 0.2879, g = 1 · (1 − 3/15) = 0.8.
      want: { diff: 10, t: 1.224745, df: 4, p: 0.2878641, g: 0.8, verdict: 'within-noise' },
    },
    {
      name: 'identical means with different spreads: no difference, and the df shrinks',
      a: est(10, 50, 5),
      b: est(10, 50, 20),
      // va = 2.5, vb = 40: df = 42.5² / ((2.5² + 40²)/9) = 10.12062.
      want: { diff: 0, t: 0, df: 10.120623, p: 1, g: 0, verdict: 'within-noise' },
    },
  ])('$name', ({ a, b, min, want }) => {
    const row = only(a, b, min ?? 5);
    const r = compared(row);
    expect(r.diff).toBeCloseTo(want.diff, 6);
    expect(r.t).toBeCloseTo(want.t, 5);
    expect(r.df).toBeCloseTo(want.df, 5);
    expect(r.p).toBeCloseTo(want.p, 6);
    expect(r.adjustedP).toBeCloseTo(want.p, 6);
    expect(r.g).toBeCloseTo(want.g, 5);
    expect(r.verdict).toBe(want.verdict);
    expect(r.low).toBeLessThanOrEqual(r.diff);
    expect(r.high).toBeGreaterThanOrEqual(r.diff);
    expect(r.gLow).toBeLessThanOrEqual(r.g);
    expect(r.gHigh).toBeGreaterThanOrEqual(r.g);
  });

  it('gives the 95% Welch interval of the difference and of g', () => {
    const r = compared(only(est(10, 60, 10), est(10, 50, 10)));
    // t₀.₉₇₅,₁₈ = 2.100922, se = 4.472136; g's se = √(20/100 + 0.957746²/40) = 0.4719.
    expect(r.low).toBeCloseTo(10 - 2.100922 * 4.472136, 4);
    expect(r.high).toBeCloseTo(10 + 2.100922 * 4.472136, 4);
    expect(r.g).toBeCloseTo(0.957746, 5);
    expect(r.gLow).toBeCloseTo(0.957746 - 1.959964 * Math.sqrt(0.2 + 0.957746 ** 2 / 40), 4);
    expect(r.gHigh).toBeCloseTo(0.957746 + 1.959964 * Math.sqrt(0.2 + 0.957746 ** 2 / 40), 4);
    expect(r.p).toBeCloseTo(0.0382496, 6);
    // Alone, p = 0.038 is below 5%: credible.
    expect(r.verdict).toBe('a-higher');
  });

  it("shows each side's score and interval as its report has them", () => {
    const row = only(est(10, 60, 10, 53.2, 66.8), est(12, 50, 10, 43.6, 56.4));
    expect(row.a).toEqual({ n: 10, mean: 60, low: 53.2, high: 66.8 });
    expect(row.b).toEqual({ n: 12, mean: 50, low: 43.6, high: 56.4 });
  });

  it('adjusts p by Holm across every row of the pair, in the order the rows came', () => {
    // Raw p: dimension 0.0382, scale s1 0.0152, scale s2 0.0382. Holm: the smallest × 3 = 0.0455, the next
    // × 2 = 0.0765, the last × 1 = 0.0382 but never below the one before it: 0.0765.
    const a: PairUnitFigures = {
      dimensions: { d: est(10, 60, 10) },
      scales: { 'd.s1': est(10, 62, 10), 'd.s2': est(10, 60, 10) },
    };
    const b: PairUnitFigures = {
      dimensions: { d: est(10, 50, 10) },
      scales: { 'd.s1': est(10, 50, 10), 'd.s2': est(10, 50, 10) },
    };
    const rows = comparePair(input(a, b, { dimensions: [{ id: 'd', scales: ['d.s1', 'd.s2'] }] })).rows;
    expect(rows.map((r) => [r.measure, r.id])).toEqual([
      ['dimension', 'd'],
      ['scale', 'd.s1'],
      ['scale', 'd.s2'],
    ]);
    const results = rows.map(compared);
    expect(results.map((r) => r.p)).toEqual([
      expect.closeTo(0.0382496, 6),
      expect.closeTo(0.0151808, 6),
      expect.closeTo(0.0382496, 6),
    ]);
    expect(results.map((r) => r.adjustedP)).toEqual([
      expect.closeTo(2 * 0.0382496, 6),
      expect.closeTo(3 * 0.0151808, 6),
      expect.closeTo(2 * 0.0382496, 6),
    ]);
    // The two rows at p = 0.038 were credible alone and are not among three.
    expect(results.map((r) => r.verdict)).toEqual(['within-noise', 'a-higher', 'within-noise']);
  });

  it('leaves rows it cannot compare out of Holm’s count', () => {
    const a: PairUnitFigures = {
      dimensions: { d: est(10, 60, 10) },
      scales: { 'd.s1': est(10, 50, 0), 'd.s2': est(10, 60, 10) },
    };
    const b: PairUnitFigures = {
      dimensions: { d: est(10, 50, 10) },
      scales: { 'd.s1': est(10, 40, 0), 'd.s2': est(10, null, null) },
    };
    const rows = comparePair(input(a, b, { dimensions: [{ id: 'd', scales: ['d.s1', 'd.s2'] }] })).rows;
    expect(rows.map((r) => (r.result.compared ? r.result.verdict : r.result.reason))).toEqual([
      'a-higher',
      'no-spread',
      'no-figure',
    ]);
    // One row tested: its p is not multiplied.
    expect(compared(rows[0]!).adjustedP).toBeCloseTo(0.0382496, 6);
    expect(rows[1]!.a).toEqual({ n: 10, mean: 50, low: -1, high: -2 });
    expect(rows[2]!.a).toEqual({ n: 10, mean: 60, low: -1, high: -2 });
    expect(rows[2]!.b).toBeNull();
  });

  it.each([
    { name: 'a has no figure on the row', a: undefined, b: est(10, 50, 10), side: 'a' },
    { name: 'b has no figure on the row', a: est(10, 50, 10), b: undefined, side: 'b' },
    { name: 'a figure with nobody behind it', a: est(0, null, null), b: est(10, 50, 10), side: 'a' },
  ])('says there is nothing to compare when $name', ({ a, b, side }) => {
    const figures = (e: MeanEstimate | undefined): PairUnitFigures => ({
      dimensions: e ? { d: e } : {},
      scales: {},
    });
    const [row] = comparePair(input(figures(a), figures(b))).rows;
    expect(row!.result).toEqual({ compared: false, reason: 'no-figure' });
    expect(row![side as 'a' | 'b']).toBeNull();
    expect(row![side === 'a' ? 'b' : 'a']).not.toBeNull();
  });

  it.each([
    { name: 'a side below the minimum', a: est(4, 60, 10), b: est(10, 50, 10), min: 5 },
    { name: 'b side below the minimum', a: est(10, 60, 10), b: est(4, 50, 10), min: 5 },
    { name: 'both just below a larger minimum', a: est(7, 60, 10), b: est(7, 50, 10), min: 8 },
  ])('compares nothing, and shows neither figure, with $name', ({ a, b, min }) => {
    const row = only(a, b, min);
    expect(row.result).toEqual({ compared: false, reason: 'too-few' });
    expect(row.a).toBeNull();
    expect(row.b).toBeNull();
  });

  it('tests nothing where a side’s spread is not given, rather than take it for none', () => {
    expect(only(est(10, 60, null), est(10, 50, 10)).result).toEqual({ compared: false, reason: 'no-spread' });
    expect(only(est(10, 60, 10), est(10, 50, null)).result).toEqual({ compared: false, reason: 'no-spread' });
  });

  it('compares figures of exactly the minimum', () => {
    expect(compared(only(est(5, 60, 10), est(5, 50, 10), 5)).diff).toBe(10);
  });

  it('takes each dimension before any scale, in the order given', () => {
    const figures: PairUnitFigures = {
      dimensions: { x: est(10, 50, 10), y: est(10, 50, 10) },
      scales: { 'x.1': est(10, 50, 10), 'y.1': est(10, 50, 10), 'y.2': est(10, 50, 10) },
    };
    const rows = comparePair(
      input(figures, figures, {
        dimensions: [
          { id: 'y', scales: ['y.2', 'y.1'] },
          { id: 'x', scales: ['x.1'] },
        ],
      }),
    ).rows;
    expect(rows.map((r) => `${r.measure}:${r.id}`)).toEqual([
      'dimension:y',
      'dimension:x',
      'scale:y.2',
      'scale:y.1',
      'scale:x.1',
    ]);
  });

  it('reads a dimension row from the dimensions and a scale row from the scales', () => {
    const a: PairUnitFigures = { dimensions: { d: est(10, 70, 10) }, scales: { d: est(10, 10, 10) } };
    const b: PairUnitFigures = { dimensions: { d: est(10, 50, 10) }, scales: { d: est(10, 10, 10) } };
    const rows = comparePair(input(a, b, { dimensions: [{ id: 'd', scales: ['d'] }] })).rows;
    expect(rows.map((r) => compared(r).diff)).toEqual([20, 0]);
  });
});

describe('pairFigures', () => {
  it("takes each scale's estimate and the dimensions as the summary holds them", () => {
    const fav = { successes: 0, n: 0, p: null, low: null, high: null };
    const summary = {
      dimensions: { culture: est(10, 61, 9) },
      scales: {
        'culture.trust': {
          estimate: est(10, 60, 10),
          missingRate: 0,
          favourability: { n: 0, favourable: fav, neutral: fav, unfavourable: fav },
        },
      },
    };
    expect(pairFigures(summary)).toEqual({
      dimensions: { culture: est(10, 61, 9) },
      scales: { 'culture.trust': est(10, 60, 10) },
    });
  });
});
