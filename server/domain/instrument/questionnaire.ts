// Parses a SurveyJS questionnaire into our own Questionnaire once, at the edge, so that scoring and answer
// validation never see raw SurveyJS JSON. Scoring metadata comes from questionnaires/scoring-properties.ts.

import { DONT_KNOW, QUESTION_ROLES, type QuestionRole } from '../../../questionnaires/scoring-properties';
import { BARRIER_MODELS, CURRENT_MODEL_VERSION, findScale, type LocalText } from './barrier-model';
import { InvalidQuestionnaireError, type ProblemCodeName, type ProblemParams } from '../errors';

/** What a question accepts as an answer, derived from its SurveyJS type. */
export type AnswerRule =
  | { kind: 'choice'; values: readonly (string | number)[] }
  | { kind: 'choices'; values: readonly (string | number)[] }
  | { kind: 'text'; maxLength: number }
  | { kind: 'number'; min: number; max: number }
  | { kind: 'boolean' }
  /**
   * Ids of the campaign's departments, known only when a response arrives, other than the respondent's
   * own; with `none`, the list may instead be just NO_DEPARTMENT (SurveyJS's "none" item).
   */
  | { kind: 'departments'; max: number; none?: true };

/** The value SurveyJS sends for a checkbox's "none" item: on the departments question, "none of them". */
export const NO_DEPARTMENT = 'none';

/**
 * Whom a question asks about: the respondent (`self`), their team, their department, the organization as
 * they see it from where they sit, or a described situation (`scenario`). Items of one scale share one
 * referent, so a department's mean is a mean of like answers (MODEL.md section 2.8).
 */
export const REFERENTS = ['self', 'team', 'department', 'organization', 'scenario'] as const;
export type Referent = (typeof REFERENTS)[number];

export interface Question {
  id: string;
  title: LocalText;
  role: QuestionRole | null;
  /** Scale id (`dimension.scale`) for scored questions. */
  scale: string | null;
  reverse: boolean;
  correctAnswer: string | number | null;
  accepts: AnswerRule;
  /** Stated by questionnaires written for model 2 on; null in earlier ones. */
  referent: Referent | null;
}

export interface Questionnaire {
  id: string;
  modelVersion: string;
  title: LocalText;
  questions: Question[];
  /**
   * The SurveyJS JSON the survey page renders: as authored, less the knowledge items' correct answers,
   * which only scoring needs (served to respondents, they would hand out the answers to the quiz).
   */
  json: Readonly<Record<string, unknown>>;
}

/** A copy of SurveyJS JSON without any `correctAnswer`, at whatever depth (panels nest questions). */
export function withoutAnswerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutAnswerKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'correctAnswer')
      .map(([key, v]) => [key, withoutAnswerKeys(v)]),
  );
}

const DEFAULT_TEXT_MAX = 2000;
const LIKERT_VALUES = [1, 2, 3, 4, 5, DONT_KNOW] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function localText(value: unknown, fallback: string): LocalText {
  if (typeof value === 'string') return { en: value, 'zh-cn': value };
  if (isObject(value)) {
    const en =
      typeof value.default === 'string' ? value.default : typeof value.en === 'string' ? value.en : fallback;
    const zh = typeof value['zh-cn'] === 'string' ? value['zh-cn'] : en;
    return { en, 'zh-cn': zh };
  }
  return { en: fallback, 'zh-cn': fallback };
}

function choiceValues(element: Json, where: string): (string | number)[] {
  const choices = element.choices;
  if (!Array.isArray(choices) || choices.length === 0)
    throw invalid(where, 'questionnaire.no-choices', 'has no choices');
  return choices.map((choice) => {
    const value = isObject(choice) ? choice.value : choice;
    if (typeof value !== 'string' && typeof value !== 'number')
      throw invalid(where, 'questionnaire.choice-without-value', 'has a choice without a value');
    return value;
  });
}

function answerRule(element: Json, where: string): AnswerRule {
  switch (element.type) {
    case 'radiogroup':
    case 'dropdown':
      return { kind: 'choice', values: choiceValues(element, where) };
    case 'checkbox':
    case 'tagbox':
      return { kind: 'choices', values: choiceValues(element, where) };
    case 'comment':
    case 'text': {
      const max =
        typeof element.maxLength === 'number' && element.maxLength > 0 ? element.maxLength : DEFAULT_TEXT_MAX;
      return { kind: 'text', maxLength: max };
    }
    case 'rating': {
      const min = typeof element.rateMin === 'number' ? element.rateMin : 1;
      const max = typeof element.rateMax === 'number' ? element.rateMax : 5;
      return { kind: 'number', min, max };
    }
    case 'boolean':
      return { kind: 'boolean' };
    default:
      throw invalid(
        where,
        'questionnaire.type-unsupported',
        `has unsupported type "${String(element.type)}"`,
        {
          type: String(element.type),
        },
      );
  }
}

/** A question the scoring could misread: `problem` reads after its name, `params` name what is wrong. */
function invalid(
  question: string,
  code: ProblemCodeName,
  problem: string,
  params: ProblemParams = {},
): InvalidQuestionnaireError {
  return new InvalidQuestionnaireError(
    `Question ${question} ${problem}.`,
    { code, params: { question, ...params } },
    [{ field: question, message: problem, code, params }],
  );
}

function collectElements(container: Json): Json[] {
  const elements = Array.isArray(container.elements) ? container.elements.filter(isObject) : [];
  return elements.flatMap((el) => (el.type === 'panel' ? collectElements(el) : [el]));
}

function parseQuestion(element: Json, modelVersion: string): Question {
  const id = element.name;
  if (typeof id !== 'string' || id === '')
    throw invalid('(unnamed)', 'questionnaire.question-unnamed', 'has no name');
  const role = element.role ?? null;
  if (role !== null && !QUESTION_ROLES.includes(role as QuestionRole))
    throw invalid(id, 'questionnaire.role-unknown', `has unknown role "${String(role)}"`, {
      role: String(role),
    });
  const scale = typeof element.scale === 'string' ? element.scale : null;
  const model = BARRIER_MODELS[modelVersion];
  if (scale !== null && model && !findScale(model, scale))
    throw invalid(id, 'questionnaire.scale-unknown', `names unknown scale "${scale}"`, { scale });
  const scored = role === 'likert' || role === 'knowledge';
  if (scored && scale === null)
    throw invalid(id, 'questionnaire.scored-without-scale', 'is scored but has no scale');
  const accepts: AnswerRule =
    role === 'depends-on'
      ? {
          kind: 'departments',
          max: typeof element.maxSelectedChoices === 'number' ? element.maxSelectedChoices : 3,
          // Only present when offered, so a questionnaire without the item keeps its scoring fingerprint.
          ...(element.showNoneItem === true ? { none: true as const } : {}),
        }
      : answerRule(element, id);
  // The reports read "none" as naming no department, so the item must send that value.
  if (role === 'depends-on' && element.noneValue !== undefined && element.noneValue !== NO_DEPARTMENT)
    throw invalid(
      id,
      'questionnaire.none-value-changed',
      `must keep the none item's value "${NO_DEPARTMENT}"`,
      {
        none: NO_DEPARTMENT,
      },
    );
  if ((role === 'likert' || role === 'outcome') && !sameValues(accepts, LIKERT_VALUES)) {
    throw invalid(
      id,
      'questionnaire.agreement-choices',
      'must offer the 1–5 agreement choices and "don\'t know"',
    );
  }
  const referent = element.referent ?? null;
  if (referent !== null && !REFERENTS.includes(referent as Referent))
    throw invalid(id, 'questionnaire.referent-unknown', `has unknown referent "${String(referent)}"`, {
      referent: String(referent),
    });
  const correct = element.correctAnswer;
  if (role === 'knowledge' && typeof correct !== 'string' && typeof correct !== 'number') {
    throw invalid(
      id,
      'questionnaire.knowledge-without-answer',
      'is a knowledge item without a correctAnswer',
    );
  }
  return {
    id,
    title: localText(element.title, id),
    role: role as QuestionRole | null,
    scale,
    reverse: element.reverse === true,
    correctAnswer: typeof correct === 'string' || typeof correct === 'number' ? correct : null,
    accepts,
    referent: referent as Referent | null,
  };
}

function sameValues(rule: AnswerRule, expected: readonly (string | number)[]): boolean {
  return (
    rule.kind === 'choice' &&
    rule.values.length === expected.length &&
    expected.every((v) => rule.values.includes(v))
  );
}

/** Reads a SurveyJS questionnaire, rejecting anything the scoring could misread. */
export function parseQuestionnaire(json: unknown): Questionnaire {
  if (!isObject(json))
    throw new InvalidQuestionnaireError('A questionnaire must be a JSON object.', {
      code: 'questionnaire.not-an-object',
      params: {},
    });
  const id = json.questionnaireId;
  const modelVersion = json.modelVersion;
  if (typeof id !== 'string' || typeof modelVersion !== 'string') {
    throw new InvalidQuestionnaireError('A questionnaire needs "questionnaireId" and "modelVersion".', {
      code: 'questionnaire.ids-missing',
      params: {},
    });
  }
  if (!BARRIER_MODELS[modelVersion]) {
    throw new InvalidQuestionnaireError(
      `Questionnaire ${id} names unknown model version "${modelVersion}".`,
      {
        code: 'questionnaire.model-unknown',
        params: { questionnaire: id, modelVersion },
      },
    );
  }
  // Stryker disable next-line ArrayDeclaration: equivalent, a page that is no object has no elements
  const pages = Array.isArray(json.pages) ? json.pages.filter(isObject) : [];
  const questions = pages
    .flatMap(collectElements)
    .filter((el) => el.type !== 'html' && el.type !== 'expression');
  const parsed = questions.map((el) => parseQuestion(el, modelVersion));
  const seen = new Set<string>();
  for (const q of parsed) {
    if (seen.has(q.id)) throw invalid(q.id, 'questionnaire.question-repeated', 'appears twice');
    seen.add(q.id);
  }
  return {
    id,
    modelVersion,
    title: localText(json.title, id),
    questions: parsed,
    json: withoutAnswerKeys(json) as Record<string, unknown>,
  };
}

/**
 * The questionnaire new campaigns are offered first: the one written for the current model version. An
 * earlier version stays loaded, unchanged, for the campaigns that used it (the scoring lock), and may still
 * be chosen on purpose to repeat a baseline wave item for item; it is then judged by the current model's
 * rules over its own scales (judgingModel in barrier-model.ts).
 */
export const isCurrentQuestionnaire = (q: Questionnaire) => q.modelVersion === CURRENT_MODEL_VERSION;
