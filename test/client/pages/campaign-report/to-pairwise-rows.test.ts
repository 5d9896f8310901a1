import { describe, expect, it } from 'vitest';
import type { Pairwise, PairRow } from '../../../../server/http/api-types';
import { PAIRWISE_TEXT } from '../../../../client/pages/campaign-report/pairwise-text';
import type { ReportLabels } from '../../../../client/pages/campaign-report/report-labels';
import { toPairwiseLines } from '../../../../client/pages/campaign-report/to-pairwise-rows';

const labels = (language: 'en' | 'zh-cn'): ReportLabels => ({
  language,
  department: (id) => id,
  dimension: (id) => `D:${id}`,
  scale: (id) => `S:${id}`,
});
const side = (mean: number, low: number | null = mean - 5, high: number | null = mean + 5) => ({
  n: 8,
  mean,
  low,
  high,
});
const compared = (diff: number, g: number, verdict: 'a-higher' | 'b-higher' | 'within-noise') => ({
  compared: true as const,
  diff,
  low: diff - 4,
  high: diff + 4,
  t: 2,
  df: 14,
  p: 0.01,
  adjustedP: 0.03,
  g,
  gLow: g - 0.5,
  gHigh: g + 0.5,
  verdict,
});
const row = (
  measure: 'dimension' | 'scale',
  id: string,
  result: PairRow['result'],
  a = side(60),
  b = side(50),
) => ({ measure, id, a, b, result }) as PairRow;

const PAIR: Pick<Pairwise, 'a' | 'b' | 'comparison'> = {
  a: { departmentId: 'sales', name: 'Sales', responses: 8 },
  b: { departmentId: 'ops', name: 'Ops', responses: 9 },
  comparison: {
    test: 'welch-t-two-sided-unpaired',
    correction: 'holm',
    alpha: 0.05,
    rows: [
      row('dimension', 'x', compared(10.04, 0.91, 'a-higher')),
      row('dimension', 'y', compared(-0.3, -0.05, 'within-noise')),
      row('scale', 'y.1', compared(-12, -0.6, 'b-higher')),
      row('scale', 'x.1', { compared: false, reason: 'too-few' }, null as never, null as never),
      row('scale', 'x.2', { compared: false, reason: 'no-spread' }, side(50, null, null)),
    ],
  },
};
const DIMENSION_OF = new Map([
  ['x.1', 'x'],
  ['x.2', 'x'],
  ['y.1', 'y'],
]);

describe('toPairwiseLines', () => {
  it('puts each dimension’s scales right under it, in the order the server gave them', () => {
    const lines = toPairwiseLines(PAIR, DIMENSION_OF, 5, labels('en'), PAIRWISE_TEXT.en);
    expect(lines.map((l) => [l.key, l.label, l.isScale])).toEqual([
      ['dimension:x', 'D:x', false],
      ['scale:x.1', 'S:x.1', true],
      ['scale:x.2', 'S:x.2', true],
      ['dimension:y', 'D:y', false],
      ['scale:y.1', 'S:y.1', true],
    ]);
  });

  it('words each compared row: scores with intervals, the signed gap with its interval, its size and verdict', () => {
    const [x, , , y, y1] = toPairwiseLines(PAIR, DIMENSION_OF, 5, labels('en'), PAIRWISE_TEXT.en);
    expect(x).toMatchObject({ a: '60.0 (55.0–65.0)', b: '50.0 (45.0–55.0)', reason: null });
    expect(x!.figures).toEqual({
      difference: '+10.0 [+6.0, +14.0]',
      effect: 'large (g 0.91)',
      verdict: 'Sales higher',
      credible: true,
    });
    expect(y!.figures).toEqual({
      difference: '−0.3 [−4.3, +3.7]',
      effect: 'negligible (g −0.05)',
      verdict: 'within the noise',
      credible: false,
    });
    expect(y1!.figures).toMatchObject({ effect: 'medium (g −0.60)', verdict: 'Ops higher', credible: true });
  });

  it('says why a row is not compared, with no figures', () => {
    const [, x1, x2] = toPairwiseLines(PAIR, DIMENSION_OF, 7, labels('en'), PAIRWISE_TEXT.en);
    expect(x1).toMatchObject({ a: '—', b: '—', figures: null, reason: 'fewer than 7 people behind a score' });
    expect(x2).toMatchObject({
      a: '50.0',
      figures: null,
      reason: 'everyone answered alike: no test is possible',
    });
  });

  it('speaks Chinese', () => {
    const [x, x1] = toPairwiseLines(PAIR, DIMENSION_OF, 5, labels('zh-cn'), PAIRWISE_TEXT['zh-cn']);
    expect(x!.figures).toMatchObject({ effect: '大（g 0.91）', verdict: 'Sales较高' });
    expect(x!.a).toBe('60.0（55.0–65.0）');
    expect(x1!.reason).toBe('某个得分背后少于 5 人');
  });
});
