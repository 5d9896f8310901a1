// Where the charts' marks go, as numbers only, so the geometry is tested without drawing: the radar's axes,
// the polygon of one series, where each axis label sits and which way it is aligned so that it grows away
// from the chart instead of across it, and the bar chart's rows. Coordinates are PDF points, y downwards.

export interface Point {
  x: number;
  y: number;
}

/** The angle of axis `i` of `n`: the first straight up, the others clockwise, evenly spread. */
export function axisAngle(i: number, n: number): number {
  return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

/** A 0–100 score's point on its axis; scores outside the scale are held at its ends. */
export function radarPoint(center: Point, radius: number, i: number, n: number, score: number): Point {
  const share = Math.min(Math.max(score, 0), 100) / 100;
  const angle = axisAngle(i, n);
  return { x: center.x + radius * share * Math.cos(angle), y: center.y + radius * share * Math.sin(angle) };
}

/**
 * One series' polygon: a point per scored axis, in axis order. An axis without a score is left out rather
 * than drawn at 0, which would read as the worst score.
 */
export function radarPolygon(center: Point, radius: number, scores: readonly (number | null)[]): Point[] {
  return scores.flatMap((score, i) =>
    score === null ? [] : [radarPoint(center, radius, i, scores.length, score)],
  );
}

export interface LabelBox {
  /** Left edge of the box the label is written in. */
  x: number;
  /** Top of the box. */
  y: number;
  width: number;
  align: 'left' | 'center' | 'right';
}

/** Below this share of the radius sideways, a label sits above or below its axis, centred on it. */
const CENTRED = 0.25;

/**
 * Where axis `i`'s label is written: just beyond the axis end, in a box `width` wide that opens away from
 * the chart (to the right of an axis pointing right, to the left of one pointing left, centred above or
 * below a vertical one), so no label covers the chart or its neighbours. `height` is the label's height as
 * wrapped in that width: a label under the chart starts at the gap, one above it ends there.
 */
export function labelBox(
  center: Point,
  radius: number,
  i: number,
  n: number,
  width: number,
  height: number,
  gap: number,
): LabelBox {
  const angle = axisAngle(i, n);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const end = { x: center.x + (radius + gap) * cos, y: center.y + (radius + gap) * sin };
  if (Math.abs(cos) < CENTRED) {
    return { x: end.x - width / 2, y: sin < 0 ? end.y - height : end.y, width, align: 'center' };
  }
  // Sideways labels are centred on the axis end's height, nudged away from a nearby top or bottom label.
  const y = end.y - height / 2 + (sin * height) / 2;
  return cos > 0 ? { x: end.x, y, width, align: 'left' } : { x: end.x - width, y, width, align: 'right' };
}

/** The x of a 0–100 score on a bar chart whose scale runs from `left`, `width` wide. */
export function barX(left: number, width: number, score: number): number {
  return left + (Math.min(Math.max(score, 0), 100) / 100) * width;
}
