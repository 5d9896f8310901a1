// Checks a respondent's answers against the questionnaire before anything is stored: every key must be a
// question of it, and every value one that question can take. All problems are reported at once.

import { NO_DEPARTMENT, type Question, type Questionnaire } from './questionnaire';
import { InvalidAnswerError, type FieldError, type ProblemCodeName, type ProblemParams } from '../errors';

export type AnswerValue = string | number | boolean | (string | number)[];
export type Answers = Record<string, AnswerValue>;

/** Enough to fix a form; a hostile payload with thousands of bad keys gets no longer an answer. */
const MAX_REPORTED_ERRORS = 50;

/** Who is answering, as far as their answers depend on it: the departments they may name. */
export interface Respondent {
  /** The campaign's departments. */
  departmentIds: readonly string[];
  /** The department the response is filed under; one does not depend on one's own. */
  departmentId: string | null;
}

// Stryker disable next-line ArrayDeclaration: equivalent, a stand-in id names no department of any campaign
const NOBODY: Respondent = { departmentIds: [], departmentId: null };

/** What is wrong with one answer: an English phrase that reads after the question's name, and its code. */
type AnswerProblem = Pick<FieldError, 'message' | 'code' | 'params'>;

const wrong = (code: ProblemCodeName, message: string, params?: ProblemParams): AnswerProblem => ({
  message,
  code,
  ...(params ? { params } : {}),
});

function problemWith(question: Question, value: unknown, respondent: Respondent): AnswerProblem | null {
  const rule = question.accepts;
  switch (rule.kind) {
    case 'departments':
      if (!Array.isArray(value) || value.length > rule.max)
        return wrong('answer.departments-too-many', `must be a list of at most ${rule.max} departments`, {
          max: rule.max,
        });
      if (new Set(value).size !== value.length)
        return wrong('answer.department-repeated', 'must not repeat a department');
      if (rule.none && value.includes(NO_DEPARTMENT))
        return value.length === 1
          ? null
          : wrong(
              'answer.none-with-departments',
              `must not name departments together with "${NO_DEPARTMENT}"`,
              { none: NO_DEPARTMENT },
            );
      if (respondent.departmentId !== null && value.includes(respondent.departmentId))
        return wrong('answer.own-department', "must not name the respondent's own department");
      return value.every((v) => typeof v === 'string' && respondent.departmentIds.includes(v))
        ? null
        : wrong('answer.department-unknown', 'must list departments of this campaign');
    case 'choice': {
      if ((typeof value === 'string' || typeof value === 'number') && rule.values.includes(value))
        return null;
      const choices = rule.values.map((v) => JSON.stringify(v)).join(', ');
      return wrong('answer.not-a-choice', `must be one of ${choices}`, { choices });
    }
    case 'choices':
      if (!Array.isArray(value) || value.length > rule.values.length)
        return wrong('answer.choices-invalid', 'must be a list of the offered choices');
      if (new Set(value).size !== value.length)
        return wrong('answer.choice-repeated', 'must not repeat a choice');
      return value.every((v) => (typeof v === 'string' || typeof v === 'number') && rule.values.includes(v))
        ? null
        : wrong('answer.choices-invalid', 'must be a list of the offered choices');
    case 'text':
      if (typeof value !== 'string') return wrong('answer.not-text', 'must be text');
      return value.length > rule.maxLength
        ? wrong('answer.too-long', `must be at most ${rule.maxLength} characters`, { max: rule.maxLength })
        : null;
    case 'number':
      return typeof value === 'number' && Number.isInteger(value) && value >= rule.min && value <= rule.max
        ? null
        : wrong('answer.number-out-of-range', `must be a whole number from ${rule.min} to ${rule.max}`, {
            min: rule.min,
            max: rule.max,
          });
    case 'boolean':
      return typeof value === 'boolean' ? null : wrong('answer.not-boolean', 'must be true or false');
  }
}

// A questionnaire never changes once loaded, and every submission looks its questions up by name.
const indexes = new WeakMap<Questionnaire, Map<string, Question>>();

function questionsById(questionnaire: Questionnaire): Map<string, Question> {
  let byId = indexes.get(questionnaire);
  if (!byId) {
    byId = new Map(questionnaire.questions.map((q) => [q.id, q]));
    indexes.set(questionnaire, byId);
  }
  return byId;
}

/**
 * Returns the answers as a plain record of known questions, or throws InvalidAnswerError naming each bad
 * field. Blank text is dropped: an empty comment is no comment.
 */
export function validateAnswers(
  questionnaire: Questionnaire,
  answers: unknown,
  respondent: Respondent = NOBODY,
): Answers {
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) {
    const code = 'answer.not-an-object';
    throw new InvalidAnswerError(
      'Answers must be an object keyed by question name.',
      { code: 'response.answers-invalid', params: {} },
      [{ field: 'answers', message: 'must be an object', code }],
    );
  }
  const byId = questionsById(questionnaire);
  const errors: FieldError[] = [];
  const valid: Answers = {};
  for (const [key, value] of Object.entries(answers)) {
    if (errors.length >= MAX_REPORTED_ERRORS) break;
    const question = byId.get(key);
    if (!question) {
      errors.push({
        field: `answers.${key}`,
        message: 'is not a question of this survey',
        code: 'answer.unknown-question',
      });
      continue;
    }
    const problem = problemWith(question, value, respondent);
    if (problem) errors.push({ field: `answers.${key}`, ...problem });
    else if (!(typeof value === 'string' && value.trim() === '')) valid[key] = value as AnswerValue;
  }
  if (errors.length > 0) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    throw new InvalidAnswerError(
      `Answer ${first.field} ${first.message}${more}.`,
      { code: 'response.answers-invalid', params: {} },
      errors,
    );
  }
  return valid;
}
