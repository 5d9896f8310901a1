// The custom SurveyJS properties that carry scoring metadata in questionnaire JSON. Declared once here:
// the client registers them with survey-core's Serializer, the server's parser reads the same names.

export interface ScoringProperty {
  /** SurveyJS class the property is added to. */
  className: 'question' | 'survey';
  name: string;
  type: 'string' | 'boolean';
  choices?: readonly string[];
}

/** Value of the "don't know" choice: scored as missing, never as neutral. */
export const DONT_KNOW = 'dk';

/**
 * How a question counts: a 1–5 agreement item, a scenario with one right answer, or unscored. A
 * `depends-on` checkbox gets the campaign's departments as choices from the app: it maps which
 * departments rely on which, for the conflict map and the pilot proposal.
 */
export const QUESTION_ROLES = [
  'likert',
  'knowledge',
  'outcome',
  'success-meaning',
  'sample-okr',
  'profile',
  'comment',
  'depends-on',
] as const;
export type QuestionRole = (typeof QUESTION_ROLES)[number];

export const SCORING_PROPERTIES: readonly ScoringProperty[] = [
  { className: 'survey', name: 'questionnaireId', type: 'string' },
  { className: 'survey', name: 'modelVersion', type: 'string' },
  { className: 'question', name: 'role', type: 'string', choices: QUESTION_ROLES },
  { className: 'question', name: 'scale', type: 'string' },
  { className: 'question', name: 'reverse', type: 'boolean' },
];
