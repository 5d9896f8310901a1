import { describe, expect, it } from 'vitest';
import { adviceFor, keyResultFields } from '../../../../client/pages/join-workshop/advice-for';
import type { CoachAdvice } from '../../../../client/api/workshop-types';

const say = (
  check: CoachAdvice['check'],
  level: CoachAdvice['level'],
  target: CoachAdvice['target'],
): CoachAdvice => ({
  check,
  level,
  target,
  message: { en: check, 'zh-cn': '检查' },
});

describe('adviceFor', () => {
  const advice = [
    say('time-bound', 'ok', 'objective'),
    say('specific', 'advice', 'objective'),
    say('measurable', 'advice', 0),
    say('outcome', 'ok', 0),
    say('measurable', 'ok', 1),
  ];
  it.each([
    ['objective', ['specific', 'time-bound']],
    [0, ['measurable', 'outcome']],
    [1, ['measurable']],
    [2, []],
  ] as const)('gives the advice about %s, what to change before what holds', (target, checks) => {
    expect(adviceFor(advice, target).map((a) => a.check)).toEqual(checks);
  });
  it('never mixes up the objective with the first key result', () => {
    expect(adviceFor([say('measurable', 'advice', 0)], 'objective')).toEqual([]);
  });
});

describe('keyResultFields', () => {
  it.each([
    [[], ['', '']],
    [['a'], ['a', '']],
    [
      ['a', 'b', 'c'],
      ['a', 'b', 'c'],
    ],
  ])('offers at least the two advised fields for %j', (given, fields) => {
    expect(keyResultFields(given)).toEqual(fields);
  });
});
