import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareWaves,
  figuresOfSummary,
  type ComparedUnit,
  type UnitFigures,
  type WaveChangeInput,
} from '../../../../server/domain/waves/wave-change';

const figure = (n: number, mean: number | null, sd: number | null) => ({ n, mean, sd });
/** A unit whose one dimension `d` and its one scale `d.s` carry the same figure. */
const unitOf = (n: number, mean: number | null, sd: number | null): UnitFigures => ({
  n,
  dimensions: { d: figure(n, mean, sd) },
  scales: { 'd.s': figure(n, mean, sd) },
});
const ONE_DIMENSION = [{ id: 'd', scales: ['d.s'] }];
const input = (units: ComparedUnit[], overrides: Partial<WaveChangeInput> = {}): WaveChangeInput => ({
  units,
  dimensions: ONE_DIMENSION,
  comparableScales: null,
  minGroupSize: 5,
  ...overrides,
});

describe('compareWaves', () => {
  it('reports a rise with Welch figures, Hedges g and the test used', () => {
    const change = compareWaves(
      input([{ key: 'organization', earlier: unitOf(10, 50, 10), later: unitOf(10, 60, 10) }], {
        dimensions: [{ id: 'd', scales: [] }],
      }),
    );
    expect(change.test).toBe('welch-t-two-sided-unpaired');
    expect(change.correction).toBe('holm');
    expect(change.alpha).toBe(0.05);
    expect(change.rows).toHaveLength(1);
    const row = change.rows[0]!;
    expect(row).toMatchObject({ unit: 'organization', measure: 'dimension', id: 'd' });
    if (!row.result.compared) throw new Error('expected a comparison');
    const r = row.result;
    expect([r.earlierMean, r.laterMean, r.earlierN, r.laterN, r.diff, r.df]).toEqual([
      50, 60, 10, 10, 10, 18,
    ]);
    expect(r.t).toBeCloseTo(2.236068, 5);
    expect(r.p).toBeCloseTo(0.0382496, 6);
    expect(r.adjustedP).toBeCloseTo(0.0382496, 6);
    expect(r.low).toBeCloseTo(10 - 2.100922 * 4.472136, 4);
    expect(r.high).toBeCloseTo(10 + 2.100922 * 4.472136, 4);
    expect(r.g).toBeCloseTo(0.957746, 5);
    expect(r.gLow).toBeCloseTo(0.032336, 5);
    expect(r.gHigh).toBeCloseTo(1.883157, 5);
    expect(r.verdict).toBe('rose');
  });

  it('reports a fall when the later mean is lower', () => {
    const change = compareWaves(
      input([{ key: 'organization', earlier: unitOf(10, 60, 10), later: unitOf(10, 50, 10) }], {
        dimensions: [{ id: 'd', scales: [] }],
      }),
    );
    const r = change.rows[0]!.result;
    expect(r).toMatchObject({ compared: true, diff: -10, verdict: 'fell' });
  });

  it('says a change is within the noise when its interval is wide', () => {
    const change = compareWaves(
      input([{ key: 'sales', earlier: unitOf(6, 62, 14), later: unitOf(12, 70, 8) }]),
    );
    for (const row of change.rows) {
      expect(row.result).toMatchObject({ compared: true, diff: 8, verdict: 'within-noise' });
      if (row.result.compared) expect(row.result.p).toBeCloseTo(0.237347, 5);
    }
  });

  it('corrects across every row: a change clear alone is within the noise among two alike', () => {
    const change = compareWaves(
      input([{ key: 'organization', earlier: unitOf(10, 50, 10), later: unitOf(10, 60, 10) }]),
    );
    expect(change.rows.map((r) => [r.measure, r.id])).toEqual([
      ['dimension', 'd'],
      ['scale', 'd.s'],
    ]);
    for (const row of change.rows) {
      if (!row.result.compared) throw new Error('expected a comparison');
      expect(row.result.p).toBeCloseTo(0.0382496, 6);
      expect(row.result.adjustedP).toBeCloseTo(2 * 0.0382496, 6);
      expect(row.result.verdict).toBe('within-noise');
    }
  });

  it('keeps rows in unit order, dimensions before scales, with the not-compared rows in place', () => {
    const change = compareWaves(
      input(
        [
          { key: 'a', earlier: unitOf(10, 50, 10), later: unitOf(10, 90, 10) },
          { key: 'b', earlier: null, later: unitOf(10, 50, 10) },
          { key: 'c', earlier: unitOf(10, 50, 10), later: unitOf(10, 51, 10) },
        ],
        {
          dimensions: [
            { id: 'd', scales: ['d.s'] },
            { id: 'e', scales: [] },
          ],
        },
      ),
    );
    expect(change.rows.map((r) => `${r.unit}/${r.measure}/${r.id}/${r.result.compared}`)).toEqual([
      'a/dimension/d/true',
      'a/dimension/e/false',
      'a/scale/d.s/true',
      'b/dimension/d/false',
      'b/dimension/e/false',
      'b/scale/d.s/false',
      'c/dimension/d/true',
      'c/dimension/e/false',
      'c/scale/d.s/true',
    ]);
    // The adjusted p of each compared row is its own: a's large change stays clear, c's tiny one does not.
    const verdicts = change.rows.map((r) => (r.result.compared ? r.result.verdict : r.result.reason));
    expect(verdicts).toEqual([
      'rose',
      'no-figure-earlier',
      'rose',
      'below-minimum-earlier',
      'below-minimum-earlier',
      'below-minimum-earlier',
      'within-noise',
      'no-figure-earlier',
      'within-noise',
    ]);
  });

  const good = unitOf(10, 50, 10);
  it.each<{
    case: string;
    unit: Omit<ComparedUnit, 'key'>;
    over?: Partial<WaveChangeInput>;
    reasons: string[];
  }>([
    { case: 'no earlier figures', unit: { earlier: null, later: good }, reasons: ['below-minimum-earlier'] },
    { case: 'no later figures', unit: { earlier: good, later: null }, reasons: ['below-minimum-later'] },
    {
      case: 'a unit of 4 earlier',
      unit: { earlier: unitOf(4, 50, 10), later: good },
      reasons: ['below-minimum-earlier'],
    },
    {
      case: 'a unit of 4 later',
      unit: { earlier: good, later: unitOf(4, 50, 10) },
      reasons: ['below-minimum-later'],
    },
    {
      case: 'a unit of exactly the minimum',
      unit: { earlier: unitOf(5, 50, 10), later: unitOf(5, 50, 10) },
      reasons: ['compared'],
    },
    {
      case: 'a unit of 6 under a minimum of 7',
      unit: { earlier: unitOf(6, 50, 10), later: good },
      over: { minGroupSize: 7 },
      reasons: ['below-minimum-earlier'],
    },
    {
      case: 'a figure of 4 in a unit of 10, earlier',
      unit: { earlier: { ...good, scales: { 'd.s': figure(4, 50, 10) } }, later: good },
      reasons: ['compared', 'below-minimum-earlier'],
    },
    {
      case: 'a figure of 4 in a unit of 10, later',
      unit: { earlier: good, later: { ...good, scales: { 'd.s': figure(4, 50, 10) } } },
      reasons: ['compared', 'below-minimum-later'],
    },
    {
      case: 'a scale without a mean earlier',
      unit: { earlier: { ...good, scales: { 'd.s': figure(10, null, null) } }, later: good },
      reasons: ['compared', 'no-figure-earlier'],
    },
    {
      case: 'a scale without a mean later',
      unit: { earlier: good, later: { ...good, scales: { 'd.s': figure(10, null, null) } } },
      reasons: ['compared', 'no-figure-later'],
    },
    {
      case: 'a scale without a spread earlier',
      unit: { earlier: { ...good, scales: { 'd.s': figure(10, 50, null) } }, later: good },
      reasons: ['compared', 'no-spread'],
    },
    {
      case: 'a unit of 4 earlier whose figures claim 10',
      unit: { earlier: { ...good, n: 4 }, later: good },
      reasons: ['below-minimum-earlier'],
    },
    {
      case: 'a unit of 4 later whose figures claim 10',
      unit: { earlier: good, later: { ...good, n: 4 } },
      reasons: ['below-minimum-later'],
    },
    {
      case: 'a scale missing later',
      unit: { earlier: good, later: { ...good, scales: {} } },
      reasons: ['compared', 'no-figure-later'],
    },
    {
      case: 'a scale the two versions measure differently',
      unit: { earlier: good, later: good },
      over: { comparableScales: [] },
      reasons: ['dimension-not-comparable', 'scale-not-comparable'],
    },
    {
      case: 'a scale both versions measure alike',
      unit: { earlier: good, later: good },
      over: { comparableScales: ['d.s'] },
      reasons: ['compared', 'compared'],
    },
    {
      case: 'no spread in either wave',
      unit: { earlier: unitOf(10, 50, 0), later: unitOf(10, 60, 0) },
      reasons: ['no-spread', 'no-spread'],
    },
  ])('with $case', ({ unit, over, reasons }) => {
    const change = compareWaves(input([{ key: 'u', ...unit }], over));
    expect(change.rows.map((r) => (r.result.compared ? 'compared' : r.result.reason))).toEqual(
      reasons.length === 1 ? [reasons[0], reasons[0]] : reasons,
    );
  });

  it('shows no figures on a row it does not compare', () => {
    const [row] = compareWaves(input([{ key: 'u', earlier: null, later: good }])).rows;
    expect(row!.result).toEqual({ compared: false, reason: 'below-minimum-earlier' });
  });

  it('tests a change where only one wave has spread', () => {
    // Welch's se is positive, and so is the pooled SD: (9·0 + 9·100)/18 = 50.
    const [row] = compareWaves(
      input([{ key: 'u', earlier: unitOf(10, 50, 0), later: unitOf(10, 60, 10) }], {
        dimensions: [{ id: 'd', scales: [] }],
      }),
    ).rows;
    expect(row!.result).toMatchObject({ compared: true, diff: 10 });
    if (row!.result.compared) expect(row!.result.g).toBeCloseTo((10 / Math.sqrt(50)) * (1 - 3 / 71), 6);
  });

  it('reads a report group summary into figures', () => {
    const estimate = { n: 8, mean: 55, sd: 9, low: 47, high: 63 };
    const figures = figuresOfSummary({
      n: 8,
      scales: { 'd.s': { estimate, missingRate: 0, favourability: null as never } },
      dimensions: { participation: estimate },
    });
    expect(figures).toEqual({ n: 8, scales: { 'd.s': estimate }, dimensions: { participation: estimate } });
  });

  it('never compares a unit below the minimum in either wave', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 3, max: 10 }),
        (n1, n2, min) => {
          const change = compareWaves(
            input([{ key: 'u', earlier: unitOf(n1, 50, 10), later: unitOf(n2, 70, 12) }], {
              minGroupSize: min,
            }),
          );
          for (const row of change.rows) expect(row.result.compared).toBe(n1 >= min && n2 >= min);
        },
      ),
    );
  });
});
