import { describe, expect, it } from 'vitest';
import type { ProfileTrait } from '../../../../server/domain/instrument/barrier-model';
import { profileShares } from '../../../../server/domain/analysis/profile-shares';
import { makeResponse } from '../../../fixtures/make-response';

const respondents = (answers: Record<string, unknown>[]) =>
  answers.map((a) => makeResponse({ answers: a as Record<string, string> }));

describe('profileShares', () => {
  it('counts "don\'t know" and missing answers out of the share', () => {
    const shares = profileShares(
      respondents([
        { profile_business_units: 'one' },
        { profile_business_units: 'two_to_four' },
        { profile_business_units: 'five_plus' },
        { profile_business_units: 'dk' },
        {},
      ]),
    );
    expect(shares['multi-unit']).toMatchObject({ successes: 2, n: 3 });
    expect(shares['multi-unit']!.p).toBeCloseTo(2 / 3, 12);
  });

  it('gives the Wilson interval of the share: 2 of 3 is .208–.939', () => {
    // z² = 3.8415; centre (2/3 + z²/6)/(1 + z²/3) = .5731; half-width
    // (z/(1 + z²/3))·√((2/3)(1/3)/3 + z²/36) = .8594 · .4252 = .3654.
    const share = profileShares(
      respondents([
        { profile_kpi_system: 'established' },
        { profile_kpi_system: 'established' },
        { profile_kpi_system: 'some' },
      ]),
    )['established-kpi']!;
    expect(share.low).toBeCloseTo(0.2077, 3);
    expect(share.high).toBeCloseTo(0.9385, 3);
  });

  it.each([
    {
      situation: 'everyone answered "don\'t know"',
      answers: [{ profile_kpi_system: 'dk' }, { profile_kpi_system: 'dk' }],
    },
    { situation: 'nobody answered', answers: [{}, { profile_business_units: 'one' }] },
    { situation: 'the answer is not a choice (a number)', answers: [{ profile_kpi_system: 3 }] },
    { situation: 'there are no responses', answers: [] },
  ])('leaves the established-KPI trait out when $situation', ({ answers }) => {
    expect(profileShares(respondents(answers))).not.toHaveProperty('established-kpi');
  });

  it.each([
    {
      trait: 'established-kpi',
      question: 'profile_kpi_system',
      answers: ['established', 'some', 'none'],
      p: 1 / 3,
    },
    { trait: 'established-kpi', question: 'profile_kpi_system', answers: ['none', 'some', 'dk'], p: 0 },
    { trait: 'multi-unit', question: 'profile_business_units', answers: ['five_plus', 'two_to_four'], p: 1 },
    { trait: 'bonus-linked', question: 'profile_bonus_link', answers: ['yes', 'partly', 'no', 'no'], p: 0.5 },
  ] as { trait: ProfileTrait; question: string; answers: string[]; p: number }[])(
    'counts $answers to $question as $p for $trait',
    ({ trait, question, answers, p }) => {
      const share = profileShares(respondents(answers.map((a) => ({ [question]: a }))))[trait]!;
      expect(share.p).toBeCloseTo(p, 12);
      expect(share.low).not.toBeNull();
      expect(share.high).not.toBeNull();
    },
  );
});
