import { describe, expect, it } from 'vitest';
import { InvalidAnswerError, type FieldError } from '../../../../server/domain/errors';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAnswers, type Respondent } from '../../../../server/domain/instrument/validate-answers';
import { V2 } from '../../../fixtures/campaign-on-v2';
import { fixtureQuestionnaire, fixtureQuestionnaireJson } from '../../../fixtures/questionnaire';

/** A field error as a client reads it: where, and its code (the English message is for logs). */
const codeOf = ({ field, code }: FieldError) => ({ field, code });

/**
 * Catches the InvalidAnswerError validateAnswers throws, so a test can read its fields; every refusal is
 * coded as a whole and explains each field in English, in words that read after the field's name.
 */
function rejection(
  answers: unknown,
  questionnaire = fixtureQuestionnaire(),
  respondent?: Respondent,
): InvalidAnswerError {
  try {
    validateAnswers(questionnaire, answers, respondent);
  } catch (error) {
    if (!(error instanceof InvalidAnswerError)) throw error;
    expect(error.coded).toEqual({ code: 'response.answers-invalid', params: {} });
    for (const { message } of error.errors) expect(message).toMatch(/^[a-z]+ /);
    return error;
  }
  throw new Error('expected the answers to be rejected');
}

/** The fixture plus one question of every other kind the server validates. */
function questionnaireWithEveryKind() {
  const json = fixtureQuestionnaireJson();
  json.pages[1]!.elements.push(
    { type: 'checkbox', name: 'channels', choices: ['email', 'chat', 'meetings'] },
    { type: 'checkbox', name: 'levels', choices: [1, 2, 3] },
    { type: 'rating', name: 'effort', rateMin: 0, rateMax: 10 },
    { type: 'boolean', name: 'manager' },
    { type: 'text', name: 'team', maxLength: 10 },
  );
  return parseQuestionnaire(json);
}

describe('validateAnswers accepts', () => {
  it('a complete, valid set of answers and returns them unchanged', () => {
    const answers = {
      pay_fair: 4,
      safety_stay_quiet: 'dk',
      knowledge_steady_delivery: 'okr',
      comment: 'Fine',
    };
    expect(validateAnswers(fixtureQuestionnaire(), answers)).toEqual(answers);
  });

  it('an empty set of answers, since every question is optional', () => {
    expect(validateAnswers(fixtureQuestionnaire(), {})).toEqual({});
  });

  it.each([
    { what: 'an empty comment', value: '' },
    { what: 'a comment of spaces and newlines', value: '  \n\t ' },
  ])('$what, dropping it: an empty comment is no comment', ({ value }) => {
    expect(validateAnswers(fixtureQuestionnaire(), { pay_fair: 3, comment: value })).toEqual({ pay_fair: 3 });
  });

  it('text exactly at its length limit', () => {
    const comment = 'x'.repeat(2000);
    expect(validateAnswers(fixtureQuestionnaire(), { comment })).toEqual({ comment });
  });

  it.each([
    { id: 'channels', value: ['chat', 'email'] },
    { id: 'channels', value: ['meetings', 'email', 'chat'] },
    { id: 'channels', value: [] },
    { id: 'levels', value: [3, 1] },
    { id: 'effort', value: 0 },
    { id: 'effort', value: 10 },
    { id: 'manager', value: false },
    { id: 'manager', value: true },
    { id: 'team', value: 'Platform' },
    { id: 'team', value: 'x'.repeat(10) },
  ])('$value for the $id question', ({ id, value }) => {
    expect(validateAnswers(questionnaireWithEveryKind(), { [id]: value })).toEqual({ [id]: value });
  });
});

describe('validateAnswers rejects', () => {
  it('a question id the survey does not have, naming answers.<id>', () => {
    const error = rejection({ pay_fair: 4, pay_bonus: 5 });
    expect(error.coded).toEqual({ code: 'response.answers-invalid', params: {} });
    expect(error.errors.map(codeOf)).toEqual([
      { field: 'answers.pay_bonus', code: 'answer.unknown-question' },
    ]);
    expect(error.message).toContain('answers.pay_bonus');
  });

  it.each([
    { what: 'a likert answer above 5', id: 'pay_fair', value: 6, code: 'answer.not-a-choice' },
    { what: 'a likert answer of 0', id: 'pay_fair', value: 0, code: 'answer.not-a-choice' },
    { what: 'a likert answer between two choices', id: 'pay_fair', value: 3.5, code: 'answer.not-a-choice' },
    { what: 'a likert answer sent as text', id: 'pay_fair', value: '4', code: 'answer.not-a-choice' },
    { what: 'a likert answer sent as a list', id: 'pay_fair', value: [4], code: 'answer.not-a-choice' },
    { what: 'a likert answer of null', id: 'pay_fair', value: null, code: 'answer.not-a-choice' },
    {
      what: 'a knowledge answer that is not a choice',
      id: 'knowledge_steady_delivery',
      value: 'okrs',
      code: 'answer.not-a-choice',
    },
    { what: 'a comment that is not text', id: 'comment', value: 42, code: 'answer.not-text' },
    {
      what: 'a comment longer than 2000 characters',
      id: 'comment',
      value: 'x'.repeat(2001),
      code: 'answer.too-long',
    },
  ])('$what, naming the field and coding it $code', ({ id, value, code }) => {
    expect(rejection({ [id]: value }).errors.map(codeOf)).toEqual([{ field: `answers.${id}`, code }]);
  });

  it.each([
    {
      what: 'a checkbox answer that repeats a choice',
      id: 'channels',
      value: ['chat', 'chat'],
      code: 'answer.choice-repeated',
    },
    {
      what: 'a checkbox answer with an unknown choice',
      id: 'channels',
      value: ['fax'],
      code: 'answer.choices-invalid',
    },
    {
      what: 'a checkbox answer mixing offered and unknown choices',
      id: 'channels',
      value: ['chat', 'fax'],
      code: 'answer.choices-invalid',
    },
    {
      what: 'a checkbox answer listing more than the offered choices',
      id: 'channels',
      value: ['email', 'chat', 'meetings', 'email'],
      code: 'answer.choices-invalid',
    },
    {
      what: 'a checkbox answer that is one letter rather than a list',
      id: 'channels',
      value: 'x',
      code: 'answer.choices-invalid',
    },
    {
      what: 'a checkbox answer holding something other than a choice',
      id: 'channels',
      value: [{ value: 'chat' }],
      code: 'answer.choices-invalid',
    },
    {
      what: 'a checkbox answer that is not a list',
      id: 'channels',
      value: 'chat',
      code: 'answer.choices-invalid',
    },
    { what: 'a rating outside its range', id: 'effort', value: 11, code: 'answer.number-out-of-range' },
    { what: 'a rating that is not whole', id: 'effort', value: 2.5, code: 'answer.number-out-of-range' },
    { what: 'a rating below its range', id: 'effort', value: -1, code: 'answer.number-out-of-range' },
    { what: 'a rating sent as text', id: 'effort', value: '5', code: 'answer.number-out-of-range' },
    { what: 'a line of text that is not text', id: 'team', value: ['x'], code: 'answer.not-text' },
    { what: 'a yes/no answer sent as text', id: 'manager', value: 'yes', code: 'answer.not-boolean' },
    {
      what: "text over the question's maxLength",
      id: 'team',
      value: 'x'.repeat(11),
      code: 'answer.too-long',
    },
  ])('$what, naming the field and coding it $code', ({ id, value, code }) => {
    expect(rejection({ [id]: value }, questionnaireWithEveryKind()).errors.map(codeOf)).toEqual([
      { field: `answers.${id}`, code },
    ]);
  });

  it.each([
    { id: 'effort', value: 11, params: { min: 0, max: 10 } },
    { id: 'team', value: 'x'.repeat(11), params: { max: 10 } },
    {
      id: 'knowledge_steady_delivery',
      value: 'okrs',
      params: { choices: '"kpi", "okr", "project", "dk"' },
    },
  ])('gives the bounds of $id with its code, for the client to word them', ({ id, value, params }) => {
    expect(rejection({ [id]: value }, questionnaireWithEveryKind()).errors[0]!.params).toEqual(params);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'the prototype key "%s" as an unknown question',
    (key) => {
      const answers = JSON.parse(`{"${key}": 5}`) as unknown;
      expect(rejection(answers).errors.map(codeOf)).toEqual([
        { field: `answers.${key}`, code: 'answer.unknown-question' },
      ]);
    },
  );

  it.each([
    { what: 'null', answers: null },
    { what: 'a list', answers: [4, 5] },
    { what: 'a string', answers: 'pay_fair=4' },
  ])('answers that are $what rather than an object', ({ answers }) => {
    expect(rejection(answers).errors.map(codeOf)).toEqual([
      { field: 'answers', code: 'answer.not-an-object' },
    ]);
  });

  it('reports every bad field at once, with a count in the message', () => {
    const error = rejection({ pay_fair: 9, nope: 1, comment: 3 });
    expect(error.errors.map((e) => e.field)).toEqual(['answers.pay_fair', 'answers.nope', 'answers.comment']);
    expect(error.message).toMatch(/\(and 2 more\)/);
  });

  it('names a single problem in its message without counting more', () => {
    const error = rejection({ pay_bonus: 5 });
    expect(error.message).toBe(`Answer answers.pay_bonus ${error.errors[0]!.message}.`);
    expect(error.coded).toEqual({ code: 'response.answers-invalid', params: {} });
  });

  it('stops listing problems after 50, however many bad keys a payload carries', () => {
    const answers = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`bogus_${i}`, 1]));
    expect(rejection(answers).errors).toHaveLength(50);
  });
});

describe('validateAnswers on the departments a respondent depends on', () => {
  // Questionnaire 2 offers "none"; questionnaire 1 does not.
  const V1 = parseQuestionnaire(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../questionnaires/readiness-okr.json'), 'utf8'),
    ),
  );
  const inSales: Respondent = { departmentIds: ['sales', 'ops', 'hr', 'it'], departmentId: 'sales' };

  it.each([
    { what: '"none" alone', value: ['none'] },
    { what: 'one other department', value: ['ops'] },
    { what: 'three other departments', value: ['ops', 'hr', 'it'] },
    { what: 'an empty list', value: [] },
  ])('accepts $what', ({ value }) => {
    expect(validateAnswers(V2, { depends_on: value }, inSales)).toEqual({ depends_on: value });
  });

  it.each([
    {
      what: '"none" together with a department',
      value: ['none', 'ops'],
      code: 'answer.none-with-departments',
    },
    {
      what: 'a department together with "none"',
      value: ['hr', 'none'],
      code: 'answer.none-with-departments',
    },
    { what: '"none" twice', value: ['none', 'none'], code: 'answer.department-repeated' },
    {
      what: "the respondent's own department",
      value: ['sales'],
      code: 'answer.own-department',
    },
    {
      what: "the respondent's own department among others",
      value: ['ops', 'sales'],
      code: 'answer.own-department',
    },
    {
      what: 'a department outside the campaign',
      value: ['legal'],
      code: 'answer.department-unknown',
    },
    {
      what: 'four departments',
      value: ['ops', 'hr', 'it', 'none'],
      code: 'answer.departments-too-many',
    },
  ])('refuses $what, naming the field and coding it $code', ({ value, code }) => {
    expect(rejection({ depends_on: value }, V2, inSales).errors.map(codeOf)).toEqual([
      { field: 'answers.depends_on', code },
    ]);
  });

  it.each([
    { what: 'a list', value: 'ops', code: 'answer.departments-too-many' },
    { what: 'names', value: ['ops', 7], code: 'answer.department-unknown' },
  ])('refuses departments that are not $what', ({ value, code }) => {
    expect(rejection({ depends_on: value }, V2, inSales).errors.map(codeOf)).toEqual([
      { field: 'answers.depends_on', code },
    ]);
  });

  it('gives the most departments one may name, and the word for none, with their codes', () => {
    const tooMany = rejection({ depends_on: ['ops', 'hr', 'it', 'none'] }, V2, inSales).errors[0]!;
    expect(tooMany.params).toEqual({ max: 3 });
    const mixed = rejection({ depends_on: ['none', 'ops'] }, V2, inSales).errors[0]!;
    expect(mixed.params).toEqual({ none: 'none' });
  });

  it('accepts any of the campaign’s departments from a respondent filed under none', () => {
    const unfiled: Respondent = { departmentIds: ['sales', 'ops'], departmentId: null };
    expect(validateAnswers(V2, { depends_on: ['sales', 'ops'] }, unfiled)).toEqual({
      depends_on: ['sales', 'ops'],
    });
  });

  it('refuses any department when nobody says which departments the campaign has', () => {
    expect(rejection({ depends_on: ['ops'] }, V2).errors.map(codeOf)).toEqual([
      { field: 'answers.depends_on', code: 'answer.department-unknown' },
    ]);
  });

  it('refuses "none" where the questionnaire offers no such item', () => {
    expect(rejection({ depends_on: ['none'] }, V1, inSales).errors.map(codeOf)).toEqual([
      { field: 'answers.depends_on', code: 'answer.department-unknown' },
    ]);
  });

  it("refuses the respondent's own department on questionnaire 1 as well", () => {
    expect(rejection({ depends_on: ['sales'] }, V1, inSales).errors.map(codeOf)).toEqual([
      { field: 'answers.depends_on', code: 'answer.own-department' },
    ]);
  });
});
