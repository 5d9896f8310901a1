import { describe, expect, it } from 'vitest';
import { completionMinutes } from '../../../../server/domain/instrument/completion-time';
import { questionnaireMinutes } from '../../../../server/domain/instrument/questionnaire-minutes';
import { V2, V2_JSON } from '../../../fixtures/campaign-on-v2';
import { fixtureQuestionnaire } from '../../../fixtures/questionnaire';

describe('questionnaireMinutes', () => {
  it.each(['en', 'zh-cn'] as const)('states the %s figure as read in that language alone', (language) => {
    expect(questionnaireMinutes(V2)[language]).toBe(completionMinutes(V2_JSON, [language]));
  });

  it('states a longer time in Chinese than in English for questionnaire 2', () => {
    const minutes = questionnaireMinutes(V2);
    expect(minutes['zh-cn']).toBeGreaterThan(minutes.en);
  });

  it('works out a questionnaire once and gives the same figures after', () => {
    const questionnaire = fixtureQuestionnaire();
    expect(questionnaireMinutes(questionnaire)).toBe(questionnaireMinutes(questionnaire));
  });
});
