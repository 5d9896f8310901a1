import { describe, expect, it } from 'vitest';
import { formatEvidence } from '../../../../client/pages/campaign-report/format-evidence';
import type { Evidence } from '../../../../client/pages/campaign-report/report-types';

const evidence = (overrides: Partial<Evidence>): Evidence => ({
  label: { en: 'Specific goals', 'zh-cn': '目标具体' },
  value: 58.7,
  low: 53.97,
  high: 63.47,
  unit: 'score',
  threshold: 65,
  ...overrides,
});

describe('formatEvidence', () => {
  it('shows a score as a whole number with its 95% interval and threshold', () => {
    expect(formatEvidence(evidence({}))).toEqual({ value: '59', interval: '54–63', threshold: '65' });
  });

  it('shows a share as a percentage with one percent sign on its interval', () => {
    const share = evidence({ value: 0.4242, low: 0.2724, high: 0.5919, unit: 'share', threshold: 0.5 });
    expect(formatEvidence(share)).toEqual({ value: '42%', interval: '27–59%', threshold: '50%' });
  });

  it('shows a count as is, with no interval even if one is given', () => {
    const count = evidence({ value: 3, low: 1, high: 5, unit: 'count', threshold: null });
    expect(formatEvidence(count)).toEqual({ value: '3', interval: null, threshold: null });
  });

  it('shows a coefficient such as α to two decimals with a bracketed interval', () => {
    const alpha = evidence({ value: 0.4997, low: 0.31, high: 0.64, unit: 'coefficient', threshold: 0.6 });
    expect(formatEvidence(alpha)).toEqual({ value: '0.50', interval: '[0.31, 0.64]', threshold: '0.60' });
  });

  it('leaves out the interval when the server gives none', () => {
    expect(formatEvidence(evidence({ low: null, high: null })).interval).toBeNull();
  });

  it('keeps one decimal when a whole number would equal the threshold it failed', () => {
    expect(formatEvidence(evidence({ value: 64.86 })).value).toBe('64.9');
    expect(formatEvidence(evidence({ value: 0.496, unit: 'share', threshold: 0.5 })).value).toBe('49.6%');
  });

  it('rounds to a whole number when the value is exactly the threshold', () => {
    expect(formatEvidence(evidence({ value: 65 })).value).toBe('65');
  });
});
