import { describe, expect, it } from 'vitest';
import {
  formatCheckResult,
  formatInterval,
  formatThreshold,
  type Check,
} from '../../../../client/pages/campaign-report/format-check';
import { REPORT_TEXT } from '../../../../client/pages/campaign-report/report-text';

const check = (over: Partial<Check>): Check => ({
  subject: 'fit.dynamism',
  label: { en: 'Dynamism of the work', 'zh-cn': '工作变化程度' },
  value: 52.4,
  low: 47.9,
  high: 56.8,
  threshold: 60,
  barrierWhen: 'below',
  unit: 'score',
  status: 'fail',
  ...over,
});

const TWO_TO_FOUR = { en: '2 to 4', 'zh-cn': '2 到 4 个' };
const fact = (value: 0 | 1 | null, answer?: typeof TWO_TO_FOUR): Check =>
  check({
    subject: 'multi-unit',
    value,
    low: value,
    high: value,
    threshold: 1,
    barrierWhen: 'at-or-above',
    unit: 'fact',
    status: value === null ? 'not-assessed' : value === 1 ? 'fail' : 'pass',
    ...(answer ? { answer } : {}),
  });

describe('formatting a gate check', () => {
  it.each([
    {
      what: 'a fact HR stated, in English',
      c: fact(1, TWO_TO_FOUR),
      language: 'en',
      value: '2 to 4 (stated by HR)',
    },
    {
      what: 'a fact HR stated, in Chinese',
      c: fact(1, TWO_TO_FOUR),
      language: 'zh-cn',
      value: '2 到 4 个（HR 填写）',
    },
    { what: 'a fact HR did not state', c: fact(null), language: 'en', value: 'Not stated by HR' },
    { what: 'a fact HR did not state, in Chinese', c: fact(null), language: 'zh-cn', value: 'HR 未说明' },
    { what: 'a score', c: check({}), language: 'en', value: '52' },
    { what: 'a share', c: check({ unit: 'share', value: 0.412 }), language: 'en', value: '41%' },
  ] as const)('shows $what as “$value”', ({ c, language, value }) => {
    expect(formatCheckResult(c, language, REPORT_TEXT[language])).toBe(value);
  });

  it.each([
    { what: 'a stated fact', c: fact(0, TWO_TO_FOUR), interval: '—', threshold: '—' },
    { what: 'an unstated fact', c: fact(null), interval: '—', threshold: '—' },
    { what: 'a score', c: check({}), interval: '48–57', threshold: '≥ 60' },
  ])('gives $what the interval “$interval” and the threshold “$threshold”', ({ c, interval, threshold }) => {
    expect(formatInterval(c)).toBe(interval);
    expect(formatThreshold(c)).toBe(threshold);
  });
});
