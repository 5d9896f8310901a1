// Turns a difference "a minus b" into "higher minus lower", so the table always reads as a positive gap
// with the department that scores higher named first.

import type { Difference } from './report-types';

export interface OrientedDifference {
  dimension: string;
  higher: string;
  lower: string;
  diff: number;
  low: number;
  high: number;
  /** Null for a pair without any spread (see DepartmentDifference.degenerate). */
  g: number | null;
  gLow: number | null;
  gHigh: number | null;
  p: number;
  degenerate: boolean;
}

const negate = (x: number | null) => (x === null ? null : -x);

export function orientDifference(d: Difference): OrientedDifference {
  const common = { dimension: d.dimension, p: d.p, degenerate: d.degenerate };
  if (d.diff >= 0) {
    return {
      ...common,
      higher: d.a,
      lower: d.b,
      diff: d.diff,
      low: d.low,
      high: d.high,
      g: d.g,
      gLow: d.gLow,
      gHigh: d.gHigh,
    };
  }
  return {
    ...common,
    higher: d.b,
    lower: d.a,
    diff: -d.diff,
    low: -d.high,
    high: -d.low,
    g: negate(d.g),
    gLow: negate(d.gHigh),
    gHigh: negate(d.gLow),
  };
}
