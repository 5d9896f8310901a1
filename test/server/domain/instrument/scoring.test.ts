import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1, BARRIER_MODEL_V2 } from '../../../../server/domain/instrument/barrier-model';
import type { Question } from '../../../../server/domain/instrument/questionnaire';
import type { Answers } from '../../../../server/domain/instrument/validate-answers';
import { scoreableV2, V2 } from '../../../fixtures/campaign-on-v2';
import {
  minimumAnswered,
  scoreItem,
  scoreItems,
  scoreResponse,
} from '../../../../server/domain/instrument/scoring';
import { fixtureQuestionnaire, uniformAnswers } from '../../../fixtures/questionnaire';

const likert = (reverse: boolean): Question => ({
  id: 'item',
  title: { en: 'item', 'zh-cn': 'item' },
  role: 'likert',
  scale: 'hygiene.pay',
  reverse,
  correctAnswer: null,
  accepts: { kind: 'choice', values: [1, 2, 3, 4, 5, 'dk'] },
  referent: 'self',
});

const knowledge: Question = {
  ...likert(false),
  role: 'knowledge',
  scale: 'okr-kpi.knowledge',
  correctAnswer: 'kpi',
  accepts: { kind: 'choice', values: ['kpi', 'okr', 'project', 'dk'] },
};

const score = (answers: Record<string, string | number>) =>
  scoreResponse(fixtureQuestionnaire(), BARRIER_MODEL_V1, answers);
const items = (answers: Record<string, string | number>) =>
  scoreItems(fixtureQuestionnaire(), BARRIER_MODEL_V1, answers);

describe('scoreItem', () => {
  it.each([
    { answer: 1, expected: 0 },
    { answer: 2, expected: 25 },
    { answer: 3, expected: 50 },
    { answer: 4, expected: 75 },
    { answer: 5, expected: 100 },
  ])('puts agreement $answer at $expected on the 0–100 scale', ({ answer, expected }) => {
    expect(scoreItem(likert(false), answer)).toBe(expected);
  });

  it.each([
    { answer: 1, expected: 100 },
    { answer: 2, expected: 75 },
    { answer: 3, expected: 50 },
    { answer: 4, expected: 25 },
    { answer: 5, expected: 0 },
  ])('reverse-codes a negative statement as 6 − x: $answer scores $expected', ({ answer, expected }) => {
    expect(scoreItem(likert(true), answer)).toBe(expected);
  });

  it.each([
    { what: '"don\'t know"', answer: 'dk' },
    { what: 'a skipped item', answer: undefined },
  ])('treats $what on a likert item as missing, not neutral', ({ answer }) => {
    expect(scoreItem(likert(false), answer)).toBeNull();
  });

  it.each([
    { what: 'a right answer', answer: 'kpi', expected: 100 },
    { what: 'a wrong answer', answer: 'okr', expected: 0 },
    { what: '"don\'t know"', answer: 'dk', expected: null },
    { what: 'no answer', answer: undefined, expected: null },
  ])('scores $what to a knowledge scenario as $expected', ({ answer, expected }) => {
    expect(scoreItem(knowledge, answer)).toBe(expected);
  });

  it('does not score unscored roles', () => {
    expect(scoreItem({ ...likert(false), role: 'profile' }, 3)).toBeNull();
  });
});

describe('minimumAnswered', () => {
  it.each([
    { items: 1, needed: 1 },
    { items: 2, needed: 2 },
    { items: 3, needed: 2 },
    { items: 4, needed: 2 },
    { items: 5, needed: 3 },
    { items: 6, needed: 3 },
    { items: 7, needed: 4 },
  ])('needs $needed answered of a $items-item scale: max(2, ⌈k/2⌉), at most k', ({ items, needed }) => {
    expect(minimumAnswered(items)).toBe(needed);
  });
});

describe('scoreResponse', () => {
  it('scores a scale as the mean of its keyed items', () => {
    // pay_fair 5 → 100, pay_market 3 → 50, pay_less_than_peers (reverse) 2 → 75.
    const answers = { pay_fair: 5, pay_market: 3, pay_less_than_peers: 2 };
    expect(items(answers)).toMatchObject({ pay_fair: 100, pay_market: 50, pay_less_than_peers: 75 });
    expect(score(answers).scales['hygiene.pay']).toBe(75);
  });

  it('scores a scale from the answered items when enough were answered', () => {
    // Safety has 4 items, so 2 answers are enough; "don't know" and skips do not drag the mean down.
    const result = score({ safety_report_miss: 4, safety_stay_quiet: 1, safety_new_ideas: 'dk' });
    expect(result.scales['culture.safety']).toBe(87.5);
  });

  it('leaves a scale unscored when too few of its items were answered', () => {
    const result = score({ safety_report_miss: 5, safety_bad_news_early: 'dk', pay_fair: 5 });
    expect(result.scales['culture.safety']).toBeNull();
    expect(result.scales['hygiene.pay']).toBeNull();
  });

  it('counts "don\'t know" as missing, so a scale of all "don\'t know" is unscored', () => {
    const answers = { security_next_year: 'dk', security_layoff_worry: 'dk' };
    expect(items(answers).security_next_year).toBeNull();
    expect(score(answers).scales['hygiene.security']).toBeNull();
  });

  it.each([
    { answer: 'kpi', expected: 100 },
    { answer: 'project', expected: 0 },
    { answer: 'dk', expected: null },
  ])('scores the single knowledge scenario answered "$answer" as $expected', ({ answer, expected }) => {
    expect(score({ knowledge_steady_delivery: answer }).scales['okr-kpi.knowledge']).toBe(expected);
  });

  it('scores a dimension as the equal-weight mean of its scale scores, not of its items', () => {
    // pay (3 items) = 100, security (2 items) = 50, systems unscored: hygiene = (100 + 50) / 2.
    const result = score({
      pay_fair: 5,
      pay_market: 5,
      pay_less_than_peers: 1,
      security_next_year: 3,
      security_layoff_worry: 3,
    });
    expect(result.dimensions.hygiene).toBe(75);
  });

  it('gives a dimension no score when none of its scales could be scored', () => {
    expect(score({}).dimensions.culture).toBeNull();
  });

  it('leaves out dimensions the questionnaire does not ask about', () => {
    expect(score(uniformAnswers(4)).dimensions).not.toHaveProperty('fit');
  });

  it.each([
    { keyed: 1, expected: 0 },
    { keyed: 3, expected: 50 },
    { keyed: 5, expected: 100 },
  ])('scores every dimension $expected when every keyed answer is $keyed', ({ keyed, expected }) => {
    const { dimensions } = score(uniformAnswers(keyed));
    for (const id of ['hygiene', 'participation', 'culture', 'breakdown'] as const)
      expect(dimensions[id]).toBe(expected);
  });

  it('ignores unscored questions such as the comment', () => {
    expect(items({ ...uniformAnswers(4), comment: 'All good' })).not.toHaveProperty('comment');
  });
});

describe('scales only reported (model 2’s added constructs)', () => {
  it('score on their own but move no dimension figure', () => {
    const worstTrust = scoreableV2({ trust_what_told: 1, trust_keeps_word: 1, trust_hidden_reasons: 5 });
    const plain = scoreResponse(V2, BARRIER_MODEL_V2, scoreableV2() as Answers);
    const low = scoreResponse(V2, BARRIER_MODEL_V2, worstTrust as Answers);
    // All items at 4 (the reversed one then scores 25): (75 + 75 + 25) / 3.
    expect(plain.scales['culture.trust']).toBeCloseTo(175 / 3, 10);
    expect(low.scales['culture.trust']).toBe(0);
    expect(low.dimensions.culture).toBe(plain.dimensions.culture);
  });
});
