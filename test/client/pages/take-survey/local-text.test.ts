import { describe, expect, it } from 'vitest';
import { localText, statesMinutes } from '../../../../client/pages/take-survey/local-text';
import questionnaire1 from '../../../../questionnaires/readiness-okr.json';
import questionnaire2 from '../../../../questionnaires/readiness-okr-2.json';

const BOTH = {
  default: 'About {surveyMinutes} minutes, groups of {minGroupSize}',
  'zh-cn': '约 {surveyMinutes} 分钟',
};

describe('localText', () => {
  it.each([
    { value: BOTH, language: 'en', expected: 'About 12 minutes, groups of 5' },
    { value: BOTH, language: 'zh-cn', expected: '约 15 分钟' },
    // No Chinese text: SurveyJS shows the default, and so does the page.
    { value: { default: 'Only English' }, language: 'zh-cn', expected: 'Only English' },
    { value: 'Same in every language', language: 'zh-cn', expected: 'Same in every language' },
    { value: undefined, language: 'en', expected: '' },
    { value: { default: 3 }, language: 'en', expected: '' },
  ] as const)('gives $language readers "$expected"', ({ value, language, expected }) => {
    const values = { surveyMinutes: language === 'en' ? 12 : 15, minGroupSize: 5 };
    expect(localText(value, language, values)).toBe(expected);
  });

  it('leaves a placeholder it has no figure for as it is, so a gap shows rather than a wrong number', () => {
    expect(localText('At least {commentMinimum} comments', 'en', {})).toBe(
      'At least {commentMinimum} comments',
    );
  });
});

describe('statesMinutes', () => {
  it('finds the time in questionnaire 2’s description and not in questionnaire 1’s', () => {
    expect(statesMinutes(questionnaire2.description)).toBe(true);
    expect(statesMinutes(questionnaire1.description)).toBe(false);
  });

  it.each([
    { value: 'It takes {surveyMinutes} minutes', expected: true },
    { value: { default: 'Short', 'zh-cn': '约 {surveyMinutes} 分钟' }, expected: true },
    { value: { default: 'It takes {minutes} minutes' }, expected: false },
    { value: null, expected: false },
  ])('reads $value as stating the time: $expected', ({ value, expected }) => {
    expect(statesMinutes(value)).toBe(expected);
  });
});
