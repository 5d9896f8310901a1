import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  averageDeviation,
  iccFromGroups,
  iccFromSummaries,
  type IccResult,
  rStarWgJ,
  rwg,
  rwgJ,
} from '../../../../server/domain/statistics/agreement';

import {
  addMoment,
  emptyMoments,
  momentsMean,
  momentsVariance,
} from '../../../../server/domain/statistics/moments';

const likert = fc.integer({ min: 1, max: 5 });

/** A group's n, mean and variance from running totals of its values held as integers times `factor`. */
function summaryOf(values: readonly number[], factor: number) {
  const m = emptyMoments();
  for (const v of values) addMoment(m, Math.round(v * factor));
  return { n: m.n, mean: momentsMean(m, factor), variance: momentsVariance(m, factor) };
}

/** Each figure equal to 1e-12 of its magnitude (absolutely, below 1), and null exactly where the other is. */
function expectSameIcc(actual: IccResult, expected: IccResult) {
  for (const key of ['icc1', 'icc2', 'msb', 'msw'] as const) {
    const value = expected[key];
    if (value === null) expect(actual[key], key).toBeNull();
    else
      expect(Math.abs(actual[key]! - value), key).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(value)));
  }
}

describe('rwg', () => {
  // σ²_EU = (A² − 1)/12: 2 for five options, 4 for seven.
  it.each([
    { values: [4, 4, 5, 5], options: 5, expected: 1 - 1 / 3 / 2 },
    { values: [3, 3, 3, 3], options: 5, expected: 1 },
    { values: [3, 4, 5], options: 7, expected: 0.75 },
    { values: [1, 5, 1, 5], options: 5, expected: 0 },
  ])('gives $expected for $values on $options options', ({ values, options, expected }) => {
    expect(rwg(values, options)).toBeCloseTo(expected, 12);
  });

  it('defaults to a five-option scale', () => {
    expect(rwg([4, 4, 5, 5])).toBeCloseTo(5 / 6, 12);
  });

  it.each([
    { case: 'no one answered', values: [], options: 5 },
    { case: 'one person answered', values: [4], options: 5 },
    { case: 'the scale has a single option', values: [1, 1], options: 1 },
  ])('is null when $case', ({ values, options }) => {
    expect(rwg(values, options)).toBeNull();
  });

  it('stays within [0, 1] and ignores the order of answers', () => {
    const withShuffle = fc
      .array(likert, { minLength: 2, maxLength: 30 })
      .chain((xs) => fc.tuple(fc.constant(xs), fc.shuffledSubarray(xs, { minLength: xs.length })));
    fc.assert(
      fc.property(withShuffle, ([xs, shuffled]) => {
        const value = rwg(xs) ?? Number.NaN;
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
        expect(rwg(shuffled)).toBeCloseTo(value, 12);
      }),
    );
  });
});

describe('rwgJ and rStarWgJ', () => {
  // Mean item variance 0.6 against σ² = 2 gives a ratio of 0.3: rwg(J) = 3·0.7/(3·0.7 + 0.3) = 0.875,
  // r*wg(J) = 0.7. A single item reduces rwg(J) to rwg: 1 − (1/3)/2.
  it.each([
    { variances: [0.5, 1, 0.3], options: 5, rwgJ: 0.875, rStar: 0.7 },
    { variances: [1 / 3], options: 5, rwgJ: 5 / 6, rStar: 5 / 6 },
    { variances: [0, 0, 0], options: 5, rwgJ: 1, rStar: 1 },
    { variances: [2, 2], options: 5, rwgJ: 0, rStar: 0 },
    { variances: [3, 3], options: 5, rwgJ: 0, rStar: 0 },
    { variances: [2, 1, 3], options: 7, rwgJ: 0.75, rStar: 0.5 },
  ])(
    'gives rwg(J) $rwgJ and r*wg(J) $rStar for variances $variances',
    ({ variances, options, ...expected }) => {
      expect(rwgJ(variances, options)).toBeCloseTo(expected.rwgJ, 12);
      expect(rStarWgJ(variances, options)).toBeCloseTo(expected.rStar, 12);
    },
  );

  it.each([
    { case: 'there are no items', variances: [] },
    { case: 'a variance is negative', variances: [0.5, -0.1] },
    { case: 'a variance is not a number', variances: [0.5, Number.NaN] },
  ])('are null when $case', ({ variances }) => {
    expect(rwgJ(variances)).toBeNull();
    expect(rStarWgJ(variances)).toBeNull();
  });

  it('never ranks Lindell’s index above rwg(J), which rises with the number of items', () => {
    const variances = fc.array(fc.double({ min: 0, max: 4, noNaN: true }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(variances, (vs) => {
        expect(rwgJ(vs) ?? Number.NaN).toBeGreaterThanOrEqual((rStarWgJ(vs) ?? Number.NaN) - 1e-12);
      }),
    );
  });
});

describe('averageDeviation', () => {
  // [1, 2, 3, 6]: mean 3, absolute deviations 2, 1, 0, 3 → 6/4.
  it.each([
    { values: [1, 2, 3, 6], expected: 1.5 },
    { values: [4], expected: 0 },
    { values: [2, 2, 2], expected: 0 },
    { values: [1, 5], expected: 2 },
    { values: [], expected: null },
  ])('gives $expected for $values', ({ values, expected }) => {
    expect(averageDeviation(values)).toBe(expected);
  });
});

describe('iccFromGroups', () => {
  // Equal sizes, worked by hand: group means 2, 5, 8 around 5 → SSB = 3·18 = 54, MSB = 27; SSW = 6 on 6 df,
  // MSW = 1; k₀ = 3 → ICC(1) = 26/29, ICC(2) = 26/27. Unequal sizes (2, 3, 4) checked with numpy:
  // MSB = 41.5, MSW = 1.5, k₀ = 26/9.
  it.each([
    {
      groups: [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ],
      msb: 27,
      msw: 1,
      icc1: 26 / 29,
      icc2: 26 / 27,
    },
    {
      groups: [
        [1, 3],
        [4, 5, 6],
        [8, 9, 10, 11],
      ],
      msb: 41.5,
      msw: 1.5,
      icc1: 0.9022556390977443,
      icc2: 0.963855421686747,
    },
  ])('gives ICC(1) $icc1 and ICC(2) $icc2 for $groups', ({ groups, ...expected }) => {
    const result = iccFromGroups(groups);
    expect(result.msb).toBeCloseTo(expected.msb, 10);
    expect(result.msw).toBeCloseTo(expected.msw, 10);
    expect(result.icc1).toBeCloseTo(expected.icc1, 10);
    expect(result.icc2).toBeCloseTo(expected.icc2, 10);
  });

  it('reports a negative ICC(1) when groups differ less than chance would make them', () => {
    // Every group mean is 3, so MSB = 0 and ICC(1) = −MSW/((k₀ − 1)·MSW) = −1; ICC(2) has no MSB to divide by.
    expect(
      iccFromGroups([
        [1, 5],
        [2, 4],
        [3, 3],
      ]),
    ).toEqual({ icc1: -1, icc2: null, msb: 0, msw: 10 / 3 });
  });

  it('ignores empty groups', () => {
    expect(iccFromGroups([[1, 2, 3], [], [4, 5, 6], [7, 8, 9]])).toEqual(
      iccFromGroups([
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ]),
    );
  });

  it.each([
    { case: 'there are no groups', groups: [], expected: { icc1: null, icc2: null, msb: null, msw: null } },
    {
      case: 'there is one group',
      groups: [[1, 2, 6]],
      expected: { icc1: null, icc2: null, msb: null, msw: 7 },
    },
    {
      case: 'every group has one member',
      groups: [[1], [3]],
      expected: { icc1: null, icc2: null, msb: 2, msw: null },
    },
    {
      case: 'nothing varies',
      groups: [
        [2, 2],
        [2, 2],
      ],
      expected: { icc1: null, icc2: null, msb: 0, msw: 0 },
    },
  ])('leaves the ICCs null when $case', ({ groups, expected }) => {
    expect(iccFromGroups(groups)).toEqual(expected);
  });

  it('does not depend on the order of groups or of members within a group', () => {
    const grouped = fc.array(fc.array(likert, { minLength: 1, maxLength: 8 }), {
      minLength: 2,
      maxLength: 6,
    });
    const withShuffle = grouped.chain((groups) =>
      fc.tuple(
        fc.constant(groups),
        fc
          .shuffledSubarray(groups, { minLength: groups.length })
          .chain((reordered) =>
            fc.tuple(...reordered.map((g) => fc.shuffledSubarray(g, { minLength: g.length }))),
          ),
      ),
    );
    fc.assert(
      fc.property(withShuffle, ([groups, shuffled]) => {
        const a = iccFromGroups(groups);
        const b = iccFromGroups(shuffled);
        for (const key of ['icc1', 'icc2', 'msb', 'msw'] as const) {
          const expected = a[key];
          if (expected === null) expect(b[key]).toBeNull();
          else expect(b[key]).toBeCloseTo(expected, 9);
        }
      }),
    );
  });
});

describe('iccFromSummaries', () => {
  it.each([
    {
      case: 'three equal groups',
      groups: [
        [1, 2, 3],
        [4, 5, 6],
        [7, 8, 9],
      ],
      factor: 1,
    },
    {
      case: 'groups of 2, 3 and 4',
      groups: [
        [1, 3],
        [4, 5, 6],
        [8, 9, 10, 11],
      ],
      factor: 1,
    },
    {
      case: 'groups that differ less than chance (negative ICC(1))',
      groups: [
        [1, 5],
        [2, 4],
        [3, 3],
      ],
      factor: 1,
    },
    { case: 'an empty group among others', groups: [[1, 2, 3], [], [4, 5, 6], [7, 8, 9]], factor: 1 },
    { case: 'no groups', groups: [], factor: 1 },
    { case: 'one group', groups: [[1, 2, 6]], factor: 1 },
    { case: 'groups of one member each', groups: [[1], [3]], factor: 1 },
    { case: 'a group of one beside larger ones', groups: [[40], [50, 60, 70], [20, 30]], factor: 1 },
    {
      case: 'nothing varying',
      groups: [
        [2, 2],
        [2, 2],
      ],
      factor: 1,
    },
    {
      case: 'constant groups at different levels (no variance within)',
      groups: [
        [60, 60, 60],
        [40, 40],
      ],
      factor: 1,
    },
    {
      case: 'dimension scores held times 50,400',
      groups: [
        [62.5, 41.666666666666664, 87.5, 58.333333333333336],
        [25, 70.83333333333333, 33.333333333333336],
        [100, 91.66666666666667, 75, 79.16666666666667, 95.83333333333333],
      ],
      factor: 50_400,
    },
    {
      case: 'large departments',
      groups: [0, 1, 2, 3].map((d) =>
        Array.from({ length: 250 + 50 * d }, (_, i) => ((i * 37 + d * 11) % 101) - d),
      ),
      factor: 1,
    },
  ])('gives what iccFromGroups gives for $case', ({ groups, factor }) => {
    expectSameIcc(iccFromSummaries(groups.map((g) => summaryOf(g, factor))), iccFromGroups(groups));
  });

  it('agrees with the list on random groups of likert answers', () => {
    const grouped = fc.array(fc.array(likert, { maxLength: 8 }), { maxLength: 6 });
    fc.assert(
      fc.property(grouped, (groups) => {
        expectSameIcc(iccFromSummaries(groups.map((g) => summaryOf(g, 1))), iccFromGroups(groups));
      }),
    );
  });
});
