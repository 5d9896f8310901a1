import { useLayoutEffect, useMemo } from 'react';
import { Model, settings } from 'survey-core';
import 'survey-core/i18n/simplified-chinese';
import type { SurveyForRespondent } from '../../../server/http/api-types';
import { registerScoringProperties } from './register-scoring-properties';
import { loadProgress, saveProgress } from './saved-progress';
import type { Language } from '../../components/language-switch';
import { SURVEY_TEXT } from './survey-text';

/** The department question a campaign-wide link adds; it is sent apart from the answers. */
export const DEPARTMENT_FIELD = 'groundwork_department';

type Element = Record<string, unknown>;

/**
 * Fills the "which departments do you depend on" choices with the campaign's departments other than the
 * respondent's own (the server refuses it). On a campaign-wide link the own department is the one chosen
 * on the first page, so it is hidden by condition; SurveyJS also drops it from the answer if it was ticked
 * before the respondent went back and changed department.
 */
function withDepartmentChoices(pages: { elements?: Element[] }[], survey: SurveyForRespondent) {
  const choices = survey.departments
    .filter((d) => d.name !== survey.department)
    .map((d) => ({ value: d.id, text: d.name }));
  const notOwn = survey.department === null ? { choicesVisibleIf: `{item} != {${DEPARTMENT_FIELD}}` } : {};
  return pages.map((page) => ({
    ...page,
    elements: page.elements?.map((el) => (el.role === 'depends-on' ? { ...el, choices, ...notOwn } : el)),
  }));
}

function withDepartmentQuestion(survey: SurveyForRespondent): Record<string, unknown> {
  const json = survey.questionnaire;
  const pages = withDepartmentChoices((json.pages as { elements?: Element[] }[]) ?? [], survey);
  if (survey.department !== null) return { ...json, pages };
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
  return { ...json, pages: [page, ...pages] };
}

// Each page's title is a heading under the page's <h1> (SurveyJS draws titles as plain divs), so a screen
// reader can list the survey's topics and jump to the page's questions. A setting of SurveyJS as a whole,
// made once when the page's code loads.
settings.titleTags.page = 'h2';

/**
 * A SurveyJS model for this survey, restored from and saved to this device as the respondent goes, under
 * `progressKey`: the link's token, or for a personal invitation a key shared by all the links it was sent.
 */
export function useSurveyModel(progressKey: string, survey: SurveyForRespondent, language: Language) {
  const { model, resumed } = useMemo(() => {
    registerScoringProperties();
    const m = new Model(withDepartmentQuestion(survey));
    m.showCompletedPage = false;
    // The page shows the title, the introduction and "Page 3 of 11" itself (survey-intro.tsx,
    // survey-progress.tsx): SurveyJS's header took most of a phone's first screen, repeated its text on
    // every page, and its step buttons show only the few steps that fit a phone.
    m.showTitle = false;
    m.showProgressBar = false;
    // The questionnaire's texts promise this campaign's thresholds: they read {minGroupSize} and
    // {commentMinimum}, filled in here.
    m.setVariable('minGroupSize', survey.minGroupSize);
    m.setVariable('commentMinimum', survey.commentMinimum);
    const saved = loadProgress(progressKey);
    if (saved) {
      m.data = saved.data;
      if (saved.page > 0 && saved.page < m.visiblePages.length) m.currentPageNo = saved.page;
    }
    const save = () =>
      saveProgress(progressKey, { data: m.data as Record<string, unknown>, page: m.currentPageNo });
    m.onValueChanged.add(save);
    m.onCurrentPageChanged.add(save);
    return { model: m, resumed: saved !== null };
  }, [progressKey, survey]);

  // Before the browser paints, so the survey never shows another language, or its time unfilled, first.
  // SurveyJS's model is a mutable object outside React: setting its locale is how it is told.
  /* eslint-disable react/immutability */
  useLayoutEffect(() => {
    model.locale = language === 'en' ? '' : language;
    // The questionnaire's introduction reads {surveyMinutes}: reading takes longer in some languages.
    model.setVariable('surveyMinutes', survey.minutes[language]);
  }, [model, language, survey]);
  /* eslint-enable react/immutability */

  return { model, resumed };
}
