import { describe, expect, it } from 'vitest';
import { completionMinutes } from '../../../../server/domain/instrument/completion-time';
import { questionnaireMinutes } from '../../../../server/domain/instrument/questionnaire-minutes';
import { V2, V2_JSON } from '../../../fixtures/campaign-on-v2';
import { fixtureQuestionnaire } from '../../../fixtures/questionnaire';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';

const loadShipped = (file: string) =>
  parseQuestionnaire(
    JSON.parse(readFileSync(join(import.meta.dirname, '../../../../questionnaires', file), 'utf8')),
  );

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

  // What the invitation and the survey's introduction promise: a respondent who finds that a "few minutes"
  // are a quarter of an hour stops half-way. Every question takes reading and choosing; eight seconds each
  // is faster than anyone reads a statement and its five-point scale.
  it.each([
    ['readiness-okr.json', 68],
    ['readiness-okr-2.json', 73],
  ])(
    'never states less than eight seconds a question for %s (%i questions), in either language',
    (file, count) => {
      const questionnaire = loadShipped(file);
      expect(questionnaire.questions).toHaveLength(count);
      for (const minutes of Object.values(questionnaireMinutes(questionnaire)))
        expect(minutes * 60).toBeGreaterThanOrEqual(count * 8);
    },
  );
});
