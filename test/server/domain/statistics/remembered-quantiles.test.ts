import { describe, expect, it } from 'vitest';
import {
  fisherFQuantile,
  normalQuantile,
  studentTQuantile,
} from '../../../../server/domain/statistics/distributions';
import {
  rememberedFisherFQuantile,
  rememberedNormalQuantile,
  rememberedStudentTQuantile,
} from '../../../../server/domain/statistics/remembered-quantiles';

describe('remembered quantiles', () => {
  it.each([
    [0.975, 4],
    [0.975, 4.5],
    [0.025, 30],
    [0.5, 10],
    [1.5, 10],
  ])('give the t quantile of %s at %s df, asked once or again', (p, df) => {
    expect(rememberedStudentTQuantile(p, df)).toBe(studentTQuantile(p, df));
    expect(rememberedStudentTQuantile(p, df)).toBe(studentTQuantile(p, df));
  });

  it('tell apart arguments that only differ in one place', () => {
    expect(rememberedStudentTQuantile(0.975, 5)).not.toBe(rememberedStudentTQuantile(0.975, 6));
    expect(rememberedFisherFQuantile(0.975, 4, 12)).not.toBe(rememberedFisherFQuantile(0.975, 12, 4));
    expect(rememberedFisherFQuantile(0.975, 4, 12)).toBe(fisherFQuantile(0.975, 4, 12));
    expect(rememberedNormalQuantile(0.9)).toBe(normalQuantile(0.9));
    expect(rememberedNormalQuantile(0)).toBeNull();
    // Written side by side, these two would read alike: 0.975 12 4 and 0.9751 2 4.
    expect(rememberedFisherFQuantile(0.975, 12, 4)).toBe(fisherFQuantile(0.975, 12, 4));
    expect(rememberedFisherFQuantile(0.9751, 2, 4)).toBe(fisherFQuantile(0.9751, 2, 4));
  });

  it('stay right after more distinct questions than they keep', () => {
    for (let df = 1; df <= 5000; df++) rememberedStudentTQuantile(0.975, df);
    expect(rememberedStudentTQuantile(0.975, 3)).toBe(studentTQuantile(0.975, 3));
    expect(rememberedStudentTQuantile(0.975, 4999)).toBe(studentTQuantile(0.975, 4999));
  });
});
