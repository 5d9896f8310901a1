// The pair's rows as the table shows them: each dimension followed by its own scales (the server lists all
// dimensions first), every figure already worded, so the component only lays them out.

import type { Pairwise, PairRow } from '../../../server/http/api-types';
import { effectSize, formatInterval, formatSigned } from './describe-waves';
import { formatCoefficient } from './format-coefficient';
import type { PairwiseText } from './pairwise-text';
import type { ReportLabels } from './report-labels';
import { WAVES_TEXT } from './waves-text';

export interface PairwiseLine {
  key: string;
  label: string;
  isScale: boolean;
  a: string;
  b: string;
  /** The difference and its interval, the effect's size and the verdict; null with `reason` instead. */
  figures: { difference: string; effect: string; verdict: string; credible: boolean } | null;
  reason: string | null;
}

const score = (x: number) => x.toFixed(1);

/** A side's score with its 95% interval, "62.4 (55.1–69.7)"; a dash where it has no figure. */
function side(s: PairRow['a'], text: PairwiseText): string {
  if (s === null) return '—';
  return s.low === null || s.high === null
    ? score(s.mean)
    : text.withInterval(score(s.mean), score(s.low), score(s.high));
}

export function toPairwiseLines(
  pair: Pick<Pairwise, 'a' | 'b' | 'comparison'>,
  dimensionOf: ReadonlyMap<string, string>,
  minGroupSize: number,
  labels: ReportLabels,
  text: PairwiseText,
): PairwiseLine[] {
  const sizes = WAVES_TEXT[labels.language].effectSize;
  const line = (row: PairRow): PairwiseLine => {
    const r = row.result;
    return {
      key: `${row.measure}:${row.id}`,
      label: row.measure === 'dimension' ? labels.dimension(row.id) : labels.scale(row.id),
      isScale: row.measure === 'scale',
      a: side(row.a, text),
      b: side(row.b, text),
      figures: r.compared
        ? {
            difference: `${formatSigned(r.diff)} ${formatInterval(r.low, r.high)}`,
            effect: text.sizeWithG(sizes[effectSize(r.g)], formatCoefficient(r.g)),
            verdict:
              r.verdict === 'within-noise'
                ? text.withinNoise
                : text.higher(r.verdict === 'a-higher' ? pair.a.name : pair.b.name),
            credible: r.verdict !== 'within-noise',
          }
        : null,
      reason: r.compared ? null : text.reasons[r.reason](minGroupSize),
    };
  };
  const rows = pair.comparison.rows;
  return rows
    .filter((r) => r.measure === 'dimension')
    .flatMap((d) => [
      line(d),
      ...rows.filter((s) => s.measure === 'scale' && dimensionOf.get(s.id) === d.id).map(line),
    ]);
}
