import { useEffect, useMemo } from 'react';
import { Model } from 'survey-core';
import 'survey-core/i18n/simplified-chinese';
import type { SurveyForRespondent } from '../../../server/http/api-types';
import { registerScoringProperties } from './register-scoring-properties';
import { loadProgress, saveProgress } from './saved-progress';
import type { Language } from '../../components/language-switch';
import { SURVEY_TEXT } from './survey-text';

/** The department question a campaign-wide link adds; it is sent apart from the answers. */
export const DEPARTMENT_FIELD = 'groundwork_department';

function withDepartmentQuestion(survey: SurveyForRespondent): Record<string, unknown> {
  const json = survey.questionnaire;
  if (!survey.departments) return json;
  const page = {
    name: 'department',
    elements: [
      {
        type: 'radiogroup',
        name: DEPARTMENT_FIELD,
        title: { default: SURVEY_TEXT.en.department, 'zh-cn': SURVEY_TEXT['zh-cn'].department },
        isRequired: true,
        choices: survey.departments.map((d) => ({ value: d.id, text: d.name })),
      },
    ],
  };
  return { ...json, pages: [page, ...((json.pages as unknown[]) ?? [])] };
}

/** A SurveyJS model for this link, restored from and saved to this device as the respondent goes. */
export function useSurveyModel(token: string, survey: SurveyForRespondent, language: Language) {
  const { model, resumed } = useMemo(() => {
    registerScoringProperties();
    const m = new Model(withDepartmentQuestion(survey));
    m.showCompletedPage = false;
    const saved = loadProgress(token);
    if (saved) {
      m.data = saved.data;
      if (saved.page > 0 && saved.page < m.visiblePages.length) m.currentPageNo = saved.page;
    }
    const save = () =>
      saveProgress(token, { data: m.data as Record<string, unknown>, page: m.currentPageNo });
    m.onValueChanged.add(save);
    m.onCurrentPageChanged.add(save);
    return { model: m, resumed: saved !== null };
  }, [token, survey]);

  useEffect(() => {
    model.locale = language === 'en' ? '' : language;
  }, [model, language]);

  return { model, resumed };
}
