import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  chiSquareUpperTail,
  fisherFCdf,
  fisherFQuantile,
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

/** Within `digits` significant digits of `expected`: tail probabilities are judged relative to their size. */
const expectRelative = (actual: number | null, expected: number, digits = 9) => {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(Math.abs(expected) * 10 ** -digits);
};

// Reference values from scipy.stats and scipy.special (checked against mpmath where they reach far tails).
describe('the distributions against reference values', () => {
  it.each([
    { x: 1, d1: 5, d2: 10, p: 0.5348805734621996 },
    { x: 2.5, d1: 3, d2: 7, p: 0.8564905437210608 },
    { x: 0.2, d1: 10, d2: 20, p: 0.006161513123423425 },
    { x: 30, d1: 1, d2: 1, p: 0.8850358820489669 },
    { x: 0.001, d1: 2, d2: 50, p: 0.000999480187147596 },
  ])('gives P(F($d1, $d2) ≤ $x) = $p', ({ x, d1, d2, p }) => {
    expectRelative(fisherFCdf(x, d1, d2), p);
  });

  it.each([
    { x: 0, d1: 5, d2: 10, p: 0 },
    { x: -1, d1: 5, d2: 10, p: 0 },
    { x: 1, d1: 0, d2: 10, p: null },
    { x: 1, d1: 5, d2: -1, p: null },
    { x: 0, d1: 0, d2: 10, p: null },
    { x: 0, d1: 5, d2: 0, p: null },
    { x: -1, d1: 0, d2: 0, p: null },
  ])('gives P(F($d1, $d2) ≤ $x) as $p at the edges', ({ x, d1, d2, p }) => {
    expect(fisherFCdf(x, d1, d2)).toBe(p);
  });

  it.each([
    { p: 0.975, d1: 10, d2: 20, x: 2.7736713751990734 },
    { p: 0.025, d1: 10, d2: 20, x: 0.2925222379839599 },
    { p: 0.5, d1: 1, d2: 1, x: 1 },
    { p: 0.99, d1: 2, d2: 3, x: 30.816520350478235 },
    { p: 0.999, d1: 1, d2: 1, x: 405284.0679028482 },
    { p: 0.001, d1: 4, d2: 4, x: 0.018714035440577825 },
  ])('gives the F($d1, $d2) quantile at $p as $x', ({ p, d1, d2, x }) => {
    expectRelative(fisherFQuantile(p, d1, d2), x, 8);
  });

  it.each([
    { p: 0, d1: 2, d2: 3 },
    { p: 1, d1: 2, d2: 3 },
    { p: 0.5, d1: 0, d2: 3 },
    { p: 0.5, d1: 2, d2: 0 },
  ])('has no F quantile at $p with $d1 and $d2 degrees of freedom', ({ p, d1, d2 }) => {
    expect(fisherFQuantile(p, d1, d2)).toBeNull();
  });

  it.each([
    { x: 0.1, a: 2, b: 3, i: 0.0523 },
    { x: 0.9, a: 2, b: 3, i: 0.9963 },
    { x: 0.3, a: 0.5, b: 0.5, i: 0.36901011956554536 },
    { x: 0.999, a: 50, b: 2, i: 0.9987659096068829 },
    { x: 0.5, a: 200, b: 200, i: 0.5 },
    { x: 0.01, a: 0.1, b: 10, i: 0.8244896709066988 },
    // Far above the mean of the beta, where only I_x(a, b) = 1 − I_(1−x)(b, a) converges.
    { x: 0.9, a: 50, b: 50, i: 1 },
    { x: 0.55, a: 2000, b: 2000, i: 0.9999999998851599 },
    { x: 0.99, a: 2, b: 300, i: 1 },
    { x: -0.5, a: 2, b: 3, i: 0 },
    { x: 1.5, a: 2, b: 3, i: 1 },
  ])('gives I_$x($a, $b) = $i', ({ x, a, b, i }) => {
    if (i === 0) expect(regularizedIncompleteBeta(x, a, b)).toBe(0);
    else expectRelative(regularizedIncompleteBeta(x, a, b), i);
  });

  it('has no incomplete beta for infinite or zero shape parameters', () => {
    expect(regularizedIncompleteBeta(0.5, Infinity, 2)).toBeNull();
    expect(regularizedIncompleteBeta(0.5, 2, 0)).toBeNull();
    expect(regularizedIncompleteBeta(0.5, 0, 2)).toBeNull();
  });

  it('puts the median of the normal and of every t distribution exactly at 0', () => {
    expect(normalQuantile(0.5)).toBe(0);
    for (const df of [0.5, 3, 30]) expect(studentTQuantile(0.5, df)).toBe(0);
  });

  it.each([
    { x: 0.5, df: 3, q: 0.9188914116546758 },
    { x: 2, df: 1, q: 0.15729920705028105 },
    { x: 10, df: 4, q: 0.04042768199451279 },
    { x: 50, df: 30, q: 0.01240206071890054 },
    { x: 200, df: 150, q: 0.003973185970821635 },
    { x: 0.01, df: 0.5, q: 0.7069191052789804 },
    // Far below the mean, where only the series converges.
    { x: 1, df: 30, q: 1 },
    { x: 5, df: 50, q: 1 },
    { x: 100, df: 300, q: 1 },
  ])('gives P(χ²($df) ≥ $x) = $q', ({ x, df, q }) => {
    expectRelative(chiSquareUpperTail(x, df), q);
  });

  it.each([
    { z: -10, p: 7.619853024160525e-24 },
    { z: -37, p: 5.725571222524577e-300 },
    { z: 8, p: 0.9999999999999993 },
    { z: -1.5, p: 0.06680720126885807 },
    { z: 0.3, p: 0.6179114221889527 },
  ])('gives Φ($z) = $p', ({ z, p }) => {
    expectRelative(normalCdf(z), p);
  });

  it.each([
    { z: Infinity, p: 1 },
    { z: -Infinity, p: 0 },
  ])('gives Φ($z) = $p', ({ z, p }) => {
    expect(normalCdf(z)).toBe(p);
  });

  it.each([
    { p: 1e-10, z: -6.361340902404056 },
    { p: 0.999, z: 3.090232306167813 },
    { p: 1e-300, z: -37.0470962993612 },
    { p: 0.3, z: -0.5244005127080409 },
    { p: 0.7, z: 0.5244005127080407 },
  ])('gives Φ⁻¹($p) = $z', ({ p, z }) => {
    expectRelative(normalQuantile(p), z);
  });

  it.each([
    { t: 1.5, df: 0.1, p: 0.5996630080990912 },
    { t: -2, df: 2.5, p: 0.07869574787898295 },
    { t: 0.5, df: 1, p: 0.6475836176504333 },
    { t: -40, df: 3, p: 1.7190340394579253e-5 },
    { t: 3, df: 1000, p: 0.9986166454778809 },
    { t: -1.5, df: Infinity, p: 0.06680720126885807 },
  ])('gives P(T($df) ≤ $t) = $p', ({ t, df, p }) => {
    expectRelative(studentTCdf(t, df), p);
  });

  it.each([
    { t: Infinity, p: 1 },
    { t: -Infinity, p: 0 },
  ])('gives P(T(3) ≤ $t) = $p', ({ t, p }) => {
    expect(studentTCdf(t, 3)).toBe(p);
  });

  it.each([
    { p: 0.999, df: 1, t: 318.30883898555015 },
    { p: 0.01, df: 2.5, t: -5.353111173030874 },
    { p: 0.9, df: 0.5, t: 10.27032441023451 },
    { p: 1e-6, df: 3, t: -103.29946778041935 },
    { p: 0.75, df: 30, t: 0.6827556933212927 },
    { p: 0.999, df: Infinity, t: 3.090232306167813 },
  ])('gives the t($df) quantile at $p as $t', ({ p, df, t }) => {
    expectRelative(studentTQuantile(p, df), t, 8);
  });

  it('has no t quantile where it would overflow a double', () => {
    expect(studentTQuantile(1e-300, 0.01)).toBeNull();
  });
});
