import { describe, expect, it } from 'vitest';
import {
  formatCoefficient,
  formatCoefficientInterval,
} from '../../../../client/pages/campaign-report/format-coefficient';

describe('formatCoefficient', () => {
  it.each([
    [0.8032, '0.80'],
    [-0.104, '−0.10'],
    [-0.001, '0.00'],
    [1, '1.00'],
  ])('shows %d as %s, with a true minus sign for negatives', (x, expected) => {
    expect(formatCoefficient(x)).toBe(expected);
  });

  it('takes the number of decimals it is given', () => {
    expect(formatCoefficient(0.048359, 3)).toBe('0.048');
    expect(formatCoefficient(11.586, 0)).toBe('12');
  });

  it('shows a dash for a missing or non-finite value', () => {
    expect(formatCoefficient(null)).toBe('—');
    expect(formatCoefficient(undefined)).toBe('—');
    expect(formatCoefficient(Number.NaN)).toBe('—');
  });
});

describe('formatCoefficientInterval', () => {
  it('brackets an interval so one crossing zero still reads clearly', () => {
    expect(formatCoefficientInterval(-0.0446, 0.4655)).toBe('[−0.04, 0.47]');
  });

  it('shows a dash when either end is missing', () => {
    expect(formatCoefficientInterval(null, 0.3)).toBe('—');
  });
});
