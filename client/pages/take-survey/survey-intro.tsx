import type { SurveyForRespondent } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';
import { localText, statesMinutes } from './local-text';
import { SURVEY_TEXT } from './survey-text';

/**
 * What the respondent reads once, on the first page: what the survey is for, how long it takes and that it
 * is anonymous, then what their link or code allows. A questionnaire whose description states the time
 * (questionnaire 2) says all of it in its own words; for an earlier one the page says the time and the
 * anonymity itself, so each is said exactly once.
 */
export function SurveyIntro({ survey, language }: { survey: SurveyForRespondent; language: Language }) {
  const text = SURVEY_TEXT[language];
  const description = survey.questionnaire.description;
  const about = statesMinutes(description)
    ? [
        localText(description, language, {
          surveyMinutes: survey.minutes[language],
          minGroupSize: survey.minGroupSize,
          commentMinimum: survey.commentMinimum,
        }),
      ]
    : [text.minutes(survey.minutes[language]), text.anonymity(survey.minGroupSize)];
  const link = survey.personal ? [text.personalNote] : survey.accessCode ? [text.codeNote] : [];
  // Sentences of one paragraph, spaced as the language writes them: Chinese puts no space after a full stop.
  const gap = language === 'en' ? ' ' : '';
  return <p className="survey-intro">{[...about, ...link].join(gap)}</p>;
}
