import { describe, expect, it } from 'vitest';
import {
  allOf,
  anyOf,
  judge,
  type Check,
  type CheckStatus,
} from '../../../../server/domain/decisions/checks';

const label = { en: 'Fair pay', 'zh-cn': '薪酬公平' };

/** A check with the given status; the numbers do not matter to anyOf / allOf. */
const check = (status: CheckStatus): Check => ({
  ...judge('s', label, { value: 0, low: 0, high: 0 }, 0, 'below'),
  status,
});

describe('judge with a barrier below the threshold', () => {
  it.each([
    { situation: 'the whole interval is above', value: 70, low: 60, high: 80, status: 'pass' },
    {
      situation: 'the interval starts exactly at the threshold',
      value: 60,
      low: 50,
      high: 70,
      status: 'pass',
    },
    { situation: 'the whole interval is below', value: 35, low: 25, high: 45, status: 'fail' },
    {
      situation: 'the interval straddles it and the mean is above',
      value: 55,
      low: 45,
      high: 65,
      status: 'leans-pass',
    },
    {
      situation: 'the interval straddles it and the mean is below',
      value: 47,
      low: 40,
      high: 58,
      status: 'leans-fail',
    },
    {
      situation: 'there is no interval and the mean is above',
      value: 60,
      low: null,
      high: null,
      status: 'leans-pass',
    },
    {
      situation: 'there is no interval and the mean is below',
      value: 40,
      low: null,
      high: null,
      status: 'leans-fail',
    },
    { situation: 'nothing was measured', value: null, low: null, high: null, status: 'not-assessed' },
  ])('is $status when $situation', ({ value, low, high, status }) => {
    expect(judge('hygiene.pay', label, { value, low, high }, 50, 'below').status).toBe(status);
  });

  it('keeps what was measured alongside the status, for the report to show', () => {
    expect(judge('hygiene.pay', label, { value: 70, low: 60, high: 80 }, 50, 'below')).toMatchObject({
      subject: 'hygiene.pay',
      label,
      value: 70,
      low: 60,
      high: 80,
      threshold: 50,
      barrierWhen: 'below',
      status: 'pass',
    });
  });
});

describe('judge with a barrier at or above the threshold', () => {
  it.each([
    { situation: 'the whole interval is below', value: 0.2, low: 0.1, high: 0.3, status: 'pass' },
    {
      situation: 'the interval starts exactly at the threshold',
      value: 0.5,
      low: 0.4,
      high: 0.6,
      status: 'fail',
    },
    { situation: 'the whole interval is above', value: 0.6, low: 0.45, high: 0.75, status: 'fail' },
    {
      situation: 'the interval straddles it and the share is below',
      value: 0.35,
      low: 0.2,
      high: 0.55,
      status: 'leans-pass',
    },
    {
      situation: 'the interval straddles it and the share is at it',
      value: 0.4,
      low: 0.2,
      high: 0.6,
      status: 'leans-fail',
    },
  ])('is $status when $situation', ({ value, low, high, status }) => {
    expect(judge('hygiene.pay:unfavourable', label, { value, low, high }, 0.4, 'at-or-above').status).toBe(
      status,
    );
  });
});

describe('judge with a barrier at or below the threshold', () => {
  it.each([
    { situation: 'the whole interval is above', value: 60, low: 55, high: 65, status: 'pass' },
    { situation: 'the interval ends exactly at the threshold', value: 45, low: 40, high: 50, status: 'fail' },
    {
      situation: 'the value is exactly at it, with no interval',
      value: 50,
      low: null,
      high: null,
      status: 'leans-fail',
    },
    {
      situation: 'the value is just above it, with no interval',
      value: 51,
      low: null,
      high: null,
      status: 'leans-pass',
    },
    { situation: 'the interval straddles it', value: 52, low: 48, high: 56, status: 'leans-pass' },
  ])('is $status when $situation', ({ value, low, high, status }) => {
    expect(judge('culture.safety', label, { value, low, high }, 50, 'at-or-below').status).toBe(status);
  });
});

describe('judge with half an interval', () => {
  it.each([
    { bounds: 'no lower bound', low: null, high: 70 },
    { bounds: 'no upper bound', low: 40, high: null },
  ])('leans by the value when it has $bounds', ({ low, high }) => {
    expect(judge('hygiene.pay', label, { value: 60, low, high }, 50, 'below').status).toBe('leans-pass');
  });

  it('reads a value as a 0–100 score unless told otherwise', () => {
    expect(judge('hygiene.pay', label, { value: 60, low: 50, high: 70 }, 50, 'below').unit).toBe('score');
  });
});

describe('anyOf', () => {
  it.each([
    { statuses: ['pass', 'pass'], expected: 'pass' },
    { statuses: ['pass', 'leans-pass'], expected: 'leans-pass' },
    { statuses: ['pass', 'leans-fail'], expected: 'leans-fail' },
    { statuses: ['pass', 'fail', 'leans-pass'], expected: 'fail' },
    { statuses: ['pass', 'not-assessed'], expected: 'pass' },
    { statuses: ['not-assessed', 'not-assessed'], expected: 'not-assessed' },
    { statuses: [], expected: 'not-assessed' },
  ] as { statuses: CheckStatus[]; expected: CheckStatus }[])(
    'finds a barrier if any check does: $statuses → $expected',
    ({ statuses, expected }) => {
      expect(anyOf(statuses.map(check))).toBe(expected);
    },
  );
});

describe('allOf', () => {
  it.each([
    { statuses: ['fail', 'fail'], expected: 'fail' },
    { statuses: ['fail', 'leans-fail'], expected: 'leans-fail' },
    { statuses: ['fail', 'pass'], expected: 'pass' },
    { statuses: ['leans-fail', 'leans-pass'], expected: 'leans-pass' },
    { statuses: ['fail', 'not-assessed'], expected: 'not-assessed' },
    { statuses: [], expected: 'not-assessed' },
  ] as { statuses: CheckStatus[]; expected: CheckStatus }[])(
    'finds a barrier only if every check does: $statuses → $expected',
    ({ statuses, expected }) => {
      expect(allOf(statuses.map(check))).toBe(expected);
    },
  );
});
