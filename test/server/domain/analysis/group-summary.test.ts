import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1, type BarrierModel } from '../../../../server/domain/instrument/barrier-model';
import { summarizeGroup } from '../../../../server/domain/analysis/group-summary';
import type { ResponseScore } from '../../../../server/domain/instrument/scoring';
import { favourability } from '../../../../server/domain/statistics/favourability';
import { meanConfidenceInterval } from '../../../../server/domain/statistics/intervals';

const label = { en: '', 'zh-cn': '' };

/** Two dimensions: hygiene of two scales, culture of one deciding scale and one only reported. */
const MODEL: BarrierModel = {
  ...BARRIER_MODEL_V1,
  dimensions: [
    {
      id: 'hygiene',
      title: label,
      role: 'readiness',
      scales: [
        { id: 'hygiene.pay', title: label },
        { id: 'hygiene.security', title: label },
      ],
    },
    {
      id: 'culture',
      title: label,
      role: 'readiness',
      scales: [
        { id: 'culture.safety', title: label },
        { id: 'culture.trust', title: label, reportedOnly: true },
      ],
    },
  ],
};

const response = (
  scales: Record<string, number | null>,
  dimensions: ResponseScore['dimensions'] = {},
): ResponseScore => ({ scales, dimensions });

/** The 95% t interval of the people's own scores, moved to sit around `mean`, within 0–100. */
function around(mean: number, personal: number[]) {
  const spread = meanConfidenceInterval(personal);
  const half = spread.high! - spread.mean!;
  return { low: Math.max(0, mean - half), high: Math.min(100, mean + half) };
}

describe('summarizeGroup', () => {
  const group = [
    response({ 'hygiene.pay': 40, 'hygiene.security': 70 }, { hygiene: 55 }),
    response({ 'hygiene.pay': 60, 'hygiene.security': null }, { hygiene: 60 }),
    response({ 'hygiene.pay': 80, 'hygiene.security': 90 }, { hygiene: 85 }),
    response({ 'hygiene.pay': null, 'hygiene.security': 50 }, { hygiene: 50 }),
  ];

  it('gives each scale the mean and 95% interval of the scores it has, within 0–100', () => {
    const pay = summarizeGroup(MODEL, group).scales['hygiene.pay']!;
    expect(pay.estimate).toMatchObject({ n: 3, mean: 60, sd: 20 });
    // 60 ± t(.975, 2)·20/√3 = 60 ± 49.7: clipped at 100 above.
    expect(pay.estimate.low).toBeCloseTo(60 - (4.302652729911275 * 20) / Math.sqrt(3), 8);
    expect(pay.estimate.high).toBe(100);
  });

  it('gives the share of the group without a score on a scale, and its favourability', () => {
    const summary = summarizeGroup(MODEL, group);
    expect(summary.n).toBe(4);
    expect(summary.scales['hygiene.pay']!.missingRate).toBe(0.25);
    expect(summary.scales['hygiene.security']!.missingRate).toBe(0.25);
    expect(summary.scales['hygiene.pay']!.favourability).toEqual(favourability([40, 60, 80]));
  });

  it('leaves out a scale nobody was asked, and keeps one everybody skipped', () => {
    const summary = summarizeGroup(MODEL, [
      response({ 'hygiene.pay': null }, { hygiene: null }),
      response({ 'hygiene.pay': null }, { hygiene: null }),
    ]);
    expect(Object.keys(summary.scales)).toEqual(['hygiene.pay']);
    expect(summary.scales['hygiene.pay']).toMatchObject({ estimate: { n: 0, mean: null }, missingRate: 1 });
  });

  it('makes a dimension’s figure the plain mean of its scale means, its n the most behind any scale', () => {
    const hygiene = summarizeGroup(MODEL, group).dimensions.hygiene!;
    // Scale means 60 (3 people) and 70 (3 people): the figure is 65, not the people's own mean of 62.5.
    expect(hygiene).toMatchObject({ n: 3, mean: 65 });
    expect(hygiene.sd).toBeCloseTo(meanConfidenceInterval([55, 60, 85, 50]).sd!, 8);
    const { low, high } = around(65, [55, 60, 85, 50]);
    expect(hygiene.low).toBeCloseTo(low, 8);
    expect(hygiene.high).toBeCloseTo(high, 8);
  });

  it('takes as a dimension’s n the most people behind any of its scales', () => {
    const dimension = summarizeGroup(MODEL, [
      response({ 'hygiene.pay': 40, 'hygiene.security': null }, { hygiene: 40 }),
      response({ 'hygiene.pay': 50, 'hygiene.security': 60 }, { hygiene: 55 }),
      response({ 'hygiene.pay': 60, 'hygiene.security': 80 }, { hygiene: 70 }),
    ]).dimensions.hygiene!;
    expect(dimension).toMatchObject({ n: 3, mean: 60 });
  });

  it('clips a dimension’s interval at 0 and 100', () => {
    const high = summarizeGroup(MODEL, [
      response({ 'hygiene.pay': 100, 'hygiene.security': 100 }, { hygiene: 100 }),
      response({ 'hygiene.pay': 100, 'hygiene.security': 60 }, { hygiene: 80 }),
    ]).dimensions.hygiene!;
    expect(high).toMatchObject({ mean: 90, high: 100 });
    expect(high.low).toBeCloseTo(around(90, [100, 80]).low, 8);
    const low = summarizeGroup(MODEL, [
      response({ 'hygiene.pay': 0, 'hygiene.security': 0 }, { hygiene: 0 }),
      response({ 'hygiene.pay': 0, 'hygiene.security': 40 }, { hygiene: 20 }),
    ]).dimensions.hygiene!;
    expect(low).toMatchObject({ mean: 10, low: 0 });
    expect(low.high).toBeCloseTo(around(10, [0, 20]).high, 8);
  });

  it('builds a dimension only from the scales that were scored and decide', () => {
    const summary = summarizeGroup(MODEL, [
      response(
        { 'hygiene.pay': 40, 'hygiene.security': null, 'culture.trust': 90 },
        { hygiene: 40, culture: null },
      ),
      response(
        { 'hygiene.pay': 60, 'hygiene.security': null, 'culture.trust': 70 },
        { hygiene: 60, culture: null },
      ),
    ]);
    expect(summary.dimensions.hygiene).toMatchObject({ n: 2, mean: 50 });
    // Only the reported trust scale has scores: culture has no figure, whatever trust says.
    expect(summary.dimensions.culture).toEqual({ n: 0, mean: null, sd: null, low: null, high: null });
  });

  it('gives one person’s dimension a figure without an interval', () => {
    const one = summarizeGroup(MODEL, [response({ 'hygiene.pay': 70 }, { hygiene: 70 })]).dimensions.hygiene;
    expect(one).toEqual({ n: 1, mean: 70, sd: null, low: null, high: null });
  });

  it('leaves out a dimension no one was scored on, and has nothing for an empty group', () => {
    expect(summarizeGroup(MODEL, group).dimensions.culture).toBeUndefined();
    expect(summarizeGroup(MODEL, [])).toEqual({ n: 0, scales: {}, dimensions: {} });
  });
});
