// The charts' geometry, as numbers: axes spread clockwise from the top, scores on their axes and held to
// the scale, missing scores left out of a polygon, labels opening away from the chart.

import { describe, expect, it } from 'vitest';
import {
  axisAngle,
  barX,
  labelBox,
  radarPoint,
  radarPolygon,
} from '../../../server/board-pdf/chart-geometry';

const C = { x: 100, y: 200 };
const close = (p: { x: number; y: number }) => ({
  x: Math.round(p.x * 1000) / 1000,
  y: Math.round(p.y * 1000) / 1000,
});

describe('axisAngle', () => {
  it.each([
    [0, 4, -Math.PI / 2],
    [1, 4, 0],
    [2, 4, Math.PI / 2],
    [3, 4, Math.PI],
    [1, 5, -Math.PI / 2 + (2 * Math.PI) / 5],
  ])('axis %i of %i points at %f', (i, n, angle) => {
    expect(axisAngle(i, n)).toBeCloseTo(angle, 10);
  });
});

describe('radarPoint', () => {
  it.each([
    // [axis, of, score, point]: up, right, down, left on four axes; the centre at 0; held at 0 and 100.
    [0, 4, 100, { x: 100, y: 150 }],
    [1, 4, 100, { x: 150, y: 200 }],
    [2, 4, 50, { x: 100, y: 225 }],
    [3, 4, 20, { x: 90, y: 200 }],
    [1, 4, 0, { x: 100, y: 200 }],
    [1, 4, 130, { x: 150, y: 200 }],
    [1, 4, -20, { x: 100, y: 200 }],
  ])('axis %i of %i at %f', (i, n, score, point) => {
    expect(close(radarPoint(C, 50, i, n, score))).toEqual(point);
  });
});

describe('radarPolygon', () => {
  it('has a point per scored axis, in axis order, leaving a missing score out rather than at 0', () => {
    expect(radarPolygon(C, 50, [100, null, 50, 20]).map(close)).toEqual([
      { x: 100, y: 150 },
      { x: 100, y: 225 },
      { x: 90, y: 200 },
    ]);
    expect(radarPolygon(C, 50, [null, null])).toEqual([]);
  });
});

describe('labelBox', () => {
  // Radius 50 and a gap of 10: an axis ends its label 60 from the centre.
  it.each([
    ['top: centred, ending at the gap', 0, 4, { x: 70, y: 128, width: 60, align: 'center' }],
    ['right: opening rightwards', 1, 4, { x: 160, y: 194, width: 60, align: 'left' }],
    ['bottom: centred, starting at the gap', 2, 4, { x: 70, y: 260, width: 60, align: 'center' }],
    ['left: opening leftwards', 3, 4, { x: -20, y: 194, width: 60, align: 'right' }],
  ] as const)('%s', (_, i, n, box) => {
    const got = labelBox(C, 50, i, n, 60, 12, 10);
    expect({ ...close(got), width: got.width, align: got.align }).toEqual(box);
  });

  it('sets a lower side label below the axis end and an upper one above it, away from their neighbours', () => {
    // Five axes: axis 1 points up and right (sin < 0), axis 2 down and right (sin > 0).
    const upper = labelBox(C, 50, 1, 5, 60, 20, 10);
    const lower = labelBox(C, 50, 2, 5, 60, 20, 10);
    const end = (i: number) => C.y + 60 * Math.sin(axisAngle(i, 5));
    expect(upper.align).toBe('left');
    expect(lower.align).toBe('left');
    expect(upper.y).toBeCloseTo(end(1) - 10 + 10 * Math.sin(axisAngle(1, 5)), 6);
    expect(lower.y).toBeCloseTo(end(2) - 10 + 10 * Math.sin(axisAngle(2, 5)), 6);
    expect(upper.y + 20).toBeLessThan(end(1) + 10);
    expect(lower.y).toBeGreaterThan(end(2) - 10);
  });

  it('centres a label only for an axis within a quarter of the radius of vertical', () => {
    // 12 axes: axis 1 is 30° off vertical (sideways share 0.5), so it opens sideways.
    expect(labelBox(C, 50, 1, 12, 60, 12, 10).align).toBe('left');
    expect(labelBox(C, 50, 11, 12, 60, 12, 10).align).toBe('right');
    // 40 axes: axis 1 is 9° off vertical (share 0.16): centred.
    expect(labelBox(C, 50, 1, 40, 60, 12, 10).align).toBe('center');
  });
});

describe('barX', () => {
  it.each([
    [0, 40],
    [50, 140],
    [100, 240],
    [120, 240],
    [-5, 40],
  ])('a score of %f sits at %f', (score, x) => {
    expect(barX(40, 200, score)).toBe(x);
  });
});
