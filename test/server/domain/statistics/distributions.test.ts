import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  chiSquareUpperTail,
  normalCdf,
  normalQuantile,
  regularizedIncompleteBeta,
  studentTCdf,
  studentTQuantile,
} from '../../../../server/domain/statistics/distributions';

describe('regularizedIncompleteBeta', () => {
  // Closed forms: I_x(1,1) = x, I_x(a,1) = xᵃ, I_x(1,b) = 1 − (1−x)ᵇ, I_½(a,a) = ½,
  // I_x(½,½) = (2/π)·asin(√x). The remaining rows are scipy.special.betainc values.
  it.each([
    { x: 0.37, a: 1, b: 1, expected: 0.37 },
    { x: 0.6, a: 3, b: 1, expected: 0.6 ** 3 },
    { x: 0.25, a: 1, b: 4, expected: 1 - 0.75 ** 4 },
    { x: 0.5, a: 7.5, b: 7.5, expected: 0.5 },
    { x: 0.2, a: 0.5, b: 0.5, expected: (2 / Math.PI) * Math.asin(Math.sqrt(0.2)) },
    { x: 0.3, a: 2.5, b: 7.1, expected: 0.6490225790210132 },
    { x: 0.45, a: 30, b: 40, expected: 0.6447480085585666 },
    { x: 0, a: 2, b: 3, expected: 0 },
    { x: 1, a: 2, b: 3, expected: 1 },
  ])('gives I_$x($a, $b) = $expected', ({ x, a, b, expected }) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeCloseTo(expected, 10);
  });

  it.each([
    { x: 0.5, a: 0, b: 1 },
    { x: 0.5, a: 1, b: -2 },
    { x: Number.NaN, a: 1, b: 1 },
  ])('is null for the invalid input x=$x a=$a b=$b', ({ x, a, b }) => {
    expect(regularizedIncompleteBeta(x, a, b)).toBeNull();
  });
});

describe('studentTCdf', () => {
  // df = 1 is Cauchy, 0.5 + atan(t)/π; df = 2 is 0.5 + t/(2√(2 + t²)); the rest are scipy.stats.t.cdf.
  it.each([
    { t: 1.3, df: 1, expected: 0.5 + Math.atan(1.3) / Math.PI },
    { t: -2.2, df: 2, expected: 0.5 - 2.2 / (2 * Math.sqrt(2 + 2.2 ** 2)) },
    { t: 2, df: 3, expected: 0.9303370157205785 },
    { t: -1, df: 7.5, expected: 0.17423801281537565 },
    { t: 0.7, df: 1e4, expected: 0.7580282059099417 },
    { t: 2.776445, df: 4, expected: 0.975 },
    { t: 0, df: 3.3, expected: 0.5 },
    { t: Infinity, df: 5, expected: 1 },
    { t: -Infinity, df: 5, expected: 0 },
  ])('gives P(T ≤ $t | df = $df) = $expected', ({ t, df, expected }) => {
    expect(studentTCdf(t, df)).toBeCloseTo(expected, 7);
  });

  it.each([
    { t: 1, df: 0 },
    { t: 1, df: -3 },
    { t: Number.NaN, df: 4 },
  ])('is null for t=$t df=$df', ({ t, df }) => {
    expect(studentTCdf(t, df)).toBeNull();
  });
});

describe('studentTQuantile', () => {
  // Standard t tables; the non-integer rows (as Welch's df produces) are scipy.stats.t.ppf values.
  it.each([
    { p: 0.975, df: 4, expected: 2.776445 },
    { p: 0.975, df: 9, expected: 2.262157 },
    { p: 0.975, df: 29, expected: 2.04523 },
    { p: 0.975, df: 1, expected: 12.706205 },
    { p: 0.975, df: 2, expected: 4.302653 },
    { p: 0.95, df: 12.3, expected: 1.778673 },
    { p: 0.975, df: 5.5, expected: 2.501859 },
    { p: 0.025, df: 4, expected: -2.776445 },
    { p: 0.5, df: 7, expected: 0 },
    { p: 0.975, df: Infinity, expected: 1.959964 },
  ])('gives t($p, $df) = $expected to six decimals', ({ p, df, expected }) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 6);
  });

  it.each([
    { p: 0, df: 4 },
    { p: 1, df: 4 },
    { p: 0.9, df: 0 },
    { p: Number.NaN, df: 4 },
  ])('is null for p=$p df=$df', ({ p, df }) => {
    expect(studentTQuantile(p, df)).toBeNull();
  });

  it('inverts the CDF for any probability and positive df', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.5, max: 500, noNaN: true }),
        (p, df) => {
          const t = studentTQuantile(p, df);
          expect(t).not.toBeNull();
          expect(studentTCdf(t ?? 0, df)).toBeCloseTo(p, 9);
        },
      ),
    );
  });
});

describe('normalCdf and normalQuantile', () => {
  // scipy.stats.norm.cdf values.
  it.each([
    { z: 0, expected: 0.5 },
    { z: -3, expected: 0.0013498980316300933 },
    { z: -1.5, expected: 0.06680720126885807 },
    { z: 0.25, expected: 0.5987063256829237 },
    { z: 1.959964, expected: 0.975 },
    { z: -Infinity, expected: 0 },
  ])('gives Φ($z) = $expected', ({ z, expected }) => {
    expect(normalCdf(z)).toBeCloseTo(expected, 8);
  });

  it('keeps relative precision far into the lower tail', () => {
    // Φ(−10) = 7.619853024160527e−24 (scipy).
    expect((normalCdf(-10) ?? 0) / 7.619853024160527e-24).toBeCloseTo(1, 10);
  });

  it.each([
    { p: 0.5, expected: 0 },
    { p: 0.975, expected: 1.959964 },
    { p: 0.995, expected: 2.575829 },
    { p: 0.9, expected: 1.281552 },
    { p: 0.05, expected: -1.644854 },
    { p: 0.001, expected: -3.090232 },
  ])('gives Φ⁻¹($p) = $expected', ({ p, expected }) => {
    expect(normalQuantile(p)).toBeCloseTo(expected, 6);
  });

  it.each([0, 1, -0.2, 1.5, Number.NaN])('has no quantile for p = %s', (p) => {
    expect(normalQuantile(p)).toBeNull();
  });

  it('is null at a NaN argument to the CDF', () => {
    expect(normalCdf(Number.NaN)).toBeNull();
  });

  it('inverts the CDF across the unit interval', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expect(normalCdf(normalQuantile(p) ?? 0)).toBeCloseTo(p, 12);
      }),
    );
  });
});

describe('chiSquareUpperTail', () => {
  // χ² table: the 95th percentiles of 1 and 10 degrees of freedom, and the 99.9th of 11.
  it.each([
    { x: 3.841459, df: 1, p: 0.05 },
    { x: 18.307038, df: 10, p: 0.05 },
    { x: 31.264134, df: 11, p: 0.001 },
  ])('gives P(χ²_$df ≥ $x) = $p', ({ x, df, p }) => {
    expect(chiSquareUpperTail(x, df)).toBeCloseTo(p, 6);
  });

  it('is 1 at and below 0, and null for no degrees of freedom or NaN', () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
    expect(chiSquareUpperTail(-1, 3)).toBe(1);
    expect(chiSquareUpperTail(2, 0)).toBeNull();
    expect(chiSquareUpperTail(Number.NaN, 3)).toBeNull();
  });
});
