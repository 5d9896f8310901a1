import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  CURRENT_MODEL_VERSION,
  findScale,
} from '../../../../server/domain/instrument/barrier-model';
import { InvalidQuestionnaireError } from '../../../../server/domain/errors';
import {
  isCurrentQuestionnaire,
  parseQuestionnaire,
  withoutAnswerKeys,
} from '../../../../server/domain/instrument/questionnaire';
import {
  fixtureQuestionnaireJson,
  knowledgeItem,
  LIKERT_CHOICES,
  likertItem,
} from '../../../fixtures/questionnaire';

const REAL_PATH = new URL('../../../../questionnaires/readiness-okr.json', import.meta.url);
const readReal = (): unknown => JSON.parse(readFileSync(REAL_PATH, 'utf8'));

/** Catches what parseQuestionnaire throws, so a test can look at the error's fields. */
function parseError(json: unknown): InvalidQuestionnaireError {
  try {
    parseQuestionnaire(json);
  } catch (error) {
    if (error instanceof InvalidQuestionnaireError) return error;
    throw error;
  }
  throw new Error('expected the questionnaire to be rejected');
}

/** The fixture with one more element on its first page. */
function fixtureWith(element: Record<string, unknown>) {
  const json = fixtureQuestionnaireJson();
  json.pages[0]!.elements.push(element);
  return json;
}

describe('parseQuestionnaire on the shipped readiness-okr questionnaire', () => {
  it('reads its id, model version and bilingual title', () => {
    const q = parseQuestionnaire(readReal());
    expect(q.id).toBe('readiness-okr');
    expect(q.modelVersion).toBe('1');
    expect(q.title.en).toBe('Are we ready for OKRs?');
    expect(q.title['zh-cn']).not.toBe(q.title.en);
  });

  it('gives every scored question a scale of the barrier model', () => {
    const q = parseQuestionnaire(readReal());
    const scored = q.questions.filter((x) => x.role === 'likert' || x.role === 'knowledge');
    expect(scored.length).toBeGreaterThan(50);
    for (const question of scored) expect(findScale(BARRIER_MODEL_V1, question.scale ?? '')).toBeDefined();
  });

  it('gives every knowledge scenario a correct answer it offers as a choice', () => {
    const q = parseQuestionnaire(readReal());
    const knowledge = q.questions.filter((x) => x.role === 'knowledge');
    expect(knowledge).toHaveLength(4);
    for (const item of knowledge) {
      expect(item.accepts.kind).toBe('choice');
      if (item.accepts.kind === 'choice') expect(item.accepts.values).toContain(item.correctAnswer);
    }
  });

  it('keeps reverse-coding from the questionnaire', () => {
    const q = parseQuestionnaire(readReal());
    const byId = new Map(q.questions.map((x) => [x.id, x]));
    expect(byId.get('pay_fair')?.reverse).toBe(false);
    expect(byId.get('pay_less_than_peers')?.reverse).toBe(true);
  });

  it('finds questions nested inside panels', () => {
    const json = fixtureWith({
      type: 'panel',
      name: 'group',
      elements: [likertItem('nested_item', 'hygiene.pay')],
    });
    expect(parseQuestionnaire(json).questions.map((x) => x.id)).toContain('nested_item');
  });

  it('keeps the authored JSON for the survey page to render, less the answer keys scoring alone needs', () => {
    const json = fixtureQuestionnaireJson();
    const served = parseQuestionnaire(json).json;
    expect(JSON.stringify(json)).toContain('correctAnswer');
    expect(JSON.stringify(served)).not.toContain('correctAnswer');
    expect(withoutAnswerKeys(served)).toEqual(served);
    expect(JSON.stringify(withoutAnswerKeys(json))).toBe(JSON.stringify(served));
    expect((served.pages as unknown[]).length).toBe((json.pages as unknown[]).length);
  });
});

describe('parseQuestionnaire on the fixture', () => {
  it.each([
    { id: 'pay_fair', kind: 'choice', values: [1, 2, 3, 4, 5, 'dk'] },
    { id: 'knowledge_steady_delivery', kind: 'choice', values: ['kpi', 'okr', 'project', 'dk'] },
  ])('derives the answers $id accepts from its choices', ({ id, kind, values }) => {
    const question = parseQuestionnaire(fixtureQuestionnaireJson()).questions.find((x) => x.id === id);
    expect(question?.accepts).toEqual({ kind, values });
  });

  it('limits free text to 2000 characters unless the question sets maxLength', () => {
    const q = parseQuestionnaire(fixtureWith({ type: 'text', name: 'short', maxLength: 40 }));
    expect(q.questions.find((x) => x.id === 'comment')?.accepts).toEqual({ kind: 'text', maxLength: 2000 });
    expect(q.questions.find((x) => x.id === 'short')?.accepts).toEqual({ kind: 'text', maxLength: 40 });
  });

  it.each([
    {
      offered: 'a "none" item',
      extra: { showNoneItem: true },
      accepts: { kind: 'departments', max: 3, none: true },
    },
    { offered: 'no "none" item', extra: {}, accepts: { kind: 'departments', max: 3 } },
  ])('lets the departments question take "none" when it offers $offered', ({ extra, accepts }) => {
    const json = fixtureWith({ type: 'checkbox', name: 'depends_on', role: 'depends-on', ...extra });
    expect(parseQuestionnaire(json).questions.find((x) => x.id === 'depends_on')?.accepts).toEqual(accepts);
  });

  it.each([
    { element: { type: 'dropdown', choices: ['a', 'b'] }, accepts: { kind: 'choice', values: ['a', 'b'] } },
    {
      element: { type: 'checkbox', choices: [{ value: 1 }, 2] },
      accepts: { kind: 'choices', values: [1, 2] },
    },
    { element: { type: 'tagbox', choices: ['x'] }, accepts: { kind: 'choices', values: ['x'] } },
    { element: { type: 'comment', maxLength: 0 }, accepts: { kind: 'text', maxLength: 2000 } },
    { element: { type: 'text', maxLength: -5 }, accepts: { kind: 'text', maxLength: 2000 } },
    { element: { type: 'text', maxLength: '40' }, accepts: { kind: 'text', maxLength: 2000 } },
    { element: { type: 'text', maxLength: 1 }, accepts: { kind: 'text', maxLength: 1 } },
    { element: { type: 'rating' }, accepts: { kind: 'number', min: 1, max: 5 } },
    { element: { type: 'rating', rateMin: 0, rateMax: 10 }, accepts: { kind: 'number', min: 0, max: 10 } },
    { element: { type: 'boolean' }, accepts: { kind: 'boolean' } },
    {
      element: { type: 'checkbox', role: 'depends-on', maxSelectedChoices: 2, showNoneItem: 'yes' },
      accepts: { kind: 'departments', max: 2 },
    },
  ])('derives from $element that it accepts $accepts', ({ element, accepts }) => {
    const json = fixtureWith({ name: 'extra', ...element });
    expect(parseQuestionnaire(json).questions.find((x) => x.id === 'extra')?.accepts).toEqual(accepts);
  });

  it('accepts a departments question whose "none" item keeps its value, and any other checkbox’s', () => {
    const json = fixtureWith({ type: 'checkbox', name: 'depends_on', role: 'depends-on', noneValue: 'none' });
    json.pages[0]!.elements.push({ type: 'checkbox', name: 'tools', choices: ['a'], noneValue: 'nil' });
    expect(parseQuestionnaire(json).questions.find((x) => x.id === 'depends_on')?.role).toBe('depends-on');
    expect(parseQuestionnaire(json).questions.find((x) => x.id === 'tools')?.accepts.kind).toBe('choices');
  });

  it.each([
    { title: 'Plain', expected: { en: 'Plain', 'zh-cn': 'Plain' } },
    { title: { default: 'Default', 'zh-cn': '默认' }, expected: { en: 'Default', 'zh-cn': '默认' } },
    { title: { en: 'English' }, expected: { en: 'English', 'zh-cn': 'English' } },
    { title: { 'zh-cn': '只有中文' }, expected: { en: 'extra', 'zh-cn': '只有中文' } },
    { title: { default: 7 }, expected: { en: 'extra', 'zh-cn': 'extra' } },
    { title: undefined, expected: { en: 'extra', 'zh-cn': 'extra' } },
  ])('titles a question written $title as $expected', ({ title, expected }) => {
    const json = fixtureWith({ type: 'boolean', name: 'extra', title });
    expect(parseQuestionnaire(json).questions.find((x) => x.id === 'extra')?.title).toEqual(expected);
  });

  it('keeps what a question says about whom it asks, its answer key and its direction as written', () => {
    const json = fixtureWith({
      ...knowledgeItem('numbered', 'kpi'),
      choices: [1, 2, 3],
      correctAnswer: 2,
      referent: 'scenario',
      reverse: 'true',
    });
    const question = parseQuestionnaire(json).questions.find((x) => x.id === 'numbered')!;
    expect(question).toMatchObject({
      correctAnswer: 2,
      referent: 'scenario',
      reverse: false,
      scale: 'okr-kpi.knowledge',
    });
    const plain = parseQuestionnaire(json).questions.find((x) => x.id === 'pay_fair')!;
    expect(plain).toMatchObject({ referent: null, correctAnswer: null, role: 'likert' });
    json.pages[0]!.elements.push({ type: 'boolean', name: 'free', scale: 3 });
    const free = parseQuestionnaire(json).questions.find((x) => x.id === 'free')!;
    expect(free).toMatchObject({ role: null, scale: null });
  });

  it('titles the questionnaire by its id when it has no title, and reads no pages that are not a list', () => {
    const q = parseQuestionnaire({ questionnaireId: 'bare', modelVersion: '1', pages: 'none' });
    expect(q).toMatchObject({ id: 'bare', title: { en: 'bare', 'zh-cn': 'bare' }, questions: [] });
  });

  it('reads only the objects among a page’s elements, and a panel without a list as empty', () => {
    const json = {
      questionnaireId: 'odd',
      modelVersion: '1',
      pages: [
        { elements: ['text', null, { type: 'panel', elements: 'x' }, { type: 'boolean', name: 'yes_no' }] },
        3,
        null,
      ],
    };
    expect(parseQuestionnaire(json).questions.map((x) => x.id)).toEqual(['yes_no']);
  });

  it('offers new campaigns only a questionnaire written for the current model version', () => {
    expect(isCurrentQuestionnaire(parseQuestionnaire(fixtureQuestionnaireJson()))).toBe(false);
    const current = { ...fixtureQuestionnaireJson(), modelVersion: CURRENT_MODEL_VERSION };
    expect(isCurrentQuestionnaire(parseQuestionnaire(current))).toBe(true);
  });

  it('skips html and expression elements, which take no answer', () => {
    const json = fixtureWith({ type: 'html', name: 'intro', html: '<p>Hi</p>' });
    json.pages[0]!.elements.push({ type: 'expression', name: 'total', expression: '{a} + {b}' });
    const ids = parseQuestionnaire(json).questions.map((x) => x.id);
    expect(ids).not.toContain('intro');
    expect(ids).not.toContain('total');
  });
});

describe('parseQuestionnaire rejects what scoring could misread', () => {
  it.each([
    {
      problem: 'a likert item on a scale the model does not have',
      element: likertItem('mystery', 'hygiene.parking'),
      field: 'mystery',
      message: /unknown scale "hygiene.parking"/,
      code: 'questionnaire.scale-unknown',
      params: { scale: 'hygiene.parking' },
    },
    {
      problem: 'a question with an unknown role',
      element: { ...likertItem('odd', 'hygiene.pay'), role: 'trivia' },
      field: 'odd',
      message: /unknown role "trivia"/,
      code: 'questionnaire.role-unknown',
      params: { role: 'trivia' },
    },
    {
      problem: 'two questions with the same name',
      element: likertItem('pay_fair', 'hygiene.pay'),
      field: 'pay_fair',
      message: /appears twice/,
      code: 'questionnaire.question-repeated',
    },
    {
      problem: 'a likert item offering only 1–5, without "don\'t know"',
      element: { ...likertItem('no_dk', 'hygiene.pay'), choices: LIKERT_CHOICES.slice(0, 5) },
      field: 'no_dk',
      message: /agreement choices/,
      code: 'questionnaire.agreement-choices',
    },
    {
      problem: 'a likert item on a 1–7 scale',
      element: { ...likertItem('seven', 'hygiene.pay'), choices: [1, 2, 3, 4, 5, 6, 7, 'dk'] },
      field: 'seven',
      message: /agreement choices/,
      code: 'questionnaire.agreement-choices',
    },
    {
      problem: 'a knowledge item without a correctAnswer',
      element: { ...knowledgeItem('guess', 'kpi'), correctAnswer: undefined },
      field: 'guess',
      message: /without a correctAnswer/,
      code: 'questionnaire.knowledge-without-answer',
    },
    {
      problem: 'a scored item without a scale',
      element: { ...likertItem('loose', 'hygiene.pay'), scale: undefined },
      field: 'loose',
      message: /no scale/,
      code: 'questionnaire.scored-without-scale',
    },
    {
      problem: 'a question type the server cannot validate',
      element: { type: 'matrix', name: 'grid' },
      field: 'grid',
      message: /unsupported type "matrix"/,
      code: 'questionnaire.type-unsupported',
      params: { type: 'matrix' },
    },
    {
      problem: 'a departments question whose "none" item sends another value',
      element: {
        type: 'checkbox',
        name: 'depends_on',
        role: 'depends-on',
        showNoneItem: true,
        noneValue: 'nil',
      },
      field: 'depends_on',
      message: /none item's value "none"/,
      code: 'questionnaire.none-value-changed',
      params: { none: 'none' },
    },
    {
      problem: 'a likert item offering another sixth choice instead of "don\'t know"',
      element: { ...likertItem('no_dk', 'hygiene.pay'), choices: [1, 2, 3, 4, 5, 'na'] },
      field: 'no_dk',
      message: /agreement choices/,
      code: 'questionnaire.agreement-choices',
    },
    {
      problem: 'a likert item asked as a checkbox',
      element: { ...likertItem('ticks', 'hygiene.pay'), type: 'checkbox' },
      field: 'ticks',
      message: /agreement choices/,
      code: 'questionnaire.agreement-choices',
    },
    {
      problem: 'a knowledge item without a scale',
      element: { ...knowledgeItem('loose', 'kpi'), scale: undefined },
      field: 'loose',
      message: /no scale/,
      code: 'questionnaire.scored-without-scale',
    },
    {
      problem: 'an outcome question on a 0–10 scale',
      element: { type: 'radiogroup', name: 'nps', role: 'outcome', choices: [0, 5, 10] },
      field: 'nps',
      message: /agreement choices/,
      code: 'questionnaire.agreement-choices',
    },
    {
      problem: 'a knowledge item whose answer is not a value',
      element: { ...knowledgeItem('guess', 'kpi'), correctAnswer: ['kpi'] },
      field: 'guess',
      message: /without a correctAnswer/,
      code: 'questionnaire.knowledge-without-answer',
    },
    {
      problem: 'a choice question without choices',
      element: { type: 'dropdown', name: 'empty', choices: [] },
      field: 'empty',
      message: /has no choices/,
      code: 'questionnaire.no-choices',
    },
    {
      problem: 'a checkbox whose choices are not a list',
      element: { type: 'tagbox', name: 'tags', choices: 'a,b' },
      field: 'tags',
      message: /has no choices/,
      code: 'questionnaire.no-choices',
    },
    {
      problem: 'a choice without a value',
      element: { type: 'radiogroup', name: 'hollow', choices: [{ text: 'Yes' }] },
      field: 'hollow',
      message: /choice without a value/,
      code: 'questionnaire.choice-without-value',
    },
    {
      problem: 'a question about an unknown referent',
      element: { ...likertItem('whose', 'hygiene.pay'), referent: 'neighbour' },
      field: 'whose',
      message: /unknown referent "neighbour"/,
      code: 'questionnaire.referent-unknown',
      params: { referent: 'neighbour' },
    },
    {
      problem: 'a question named by an empty string',
      element: { type: 'comment', name: '' },
      field: '(unnamed)',
      message: /has no name/,
      code: 'questionnaire.question-unnamed',
    },
    {
      problem: 'a question without a name',
      element: { type: 'comment', title: 'Nameless' },
      field: '(unnamed)',
      message: /has no name/,
      code: 'questionnaire.question-unnamed',
    },
  ])(
    'rejects $problem, naming the question and coding it $code',
    ({ element, field, message, code, params }) => {
      const error = parseError(fixtureWith(element));
      expect(error.message).toMatch(message);
      expect(error.message).toContain(`Question ${field} `);
      expect(error.errors).toEqual([
        { field, message: expect.stringMatching(message), code, params: params ?? {} },
      ]);
      expect(error.coded).toEqual({ code, params: { question: field, ...params } });
    },
  );

  it.each([
    { problem: 'a JSON array', json: [] },
    { problem: 'a document without questionnaireId', json: { modelVersion: '1', pages: [] } },
    { problem: 'a document without modelVersion', json: { questionnaireId: 'x', pages: [] } },
    { problem: 'an unknown model version', json: { questionnaireId: 'x', modelVersion: '99', pages: [] } },
  ])('rejects $problem', ({ json }) => {
    expect(() => parseQuestionnaire(json)).toThrow(InvalidQuestionnaireError);
  });

  it.each([
    { problem: 'a JSON array', json: [], code: 'questionnaire.not-an-object', params: {} },
    { problem: 'text', json: 'readiness', code: 'questionnaire.not-an-object', params: {} },
    { problem: 'a document without ids', json: { pages: [] }, code: 'questionnaire.ids-missing', params: {} },
    {
      problem: 'a document with a numeric model version',
      json: { questionnaireId: 'x', modelVersion: 1 },
      code: 'questionnaire.ids-missing',
      params: {},
    },
    {
      problem: 'a document with a numeric id',
      json: { questionnaireId: 7, modelVersion: '1' },
      code: 'questionnaire.ids-missing',
      params: {},
    },
    {
      problem: 'an unknown model version',
      json: { questionnaireId: 'x', modelVersion: '99', pages: [] },
      code: 'questionnaire.model-unknown',
      params: { questionnaire: 'x', modelVersion: '99' },
    },
  ])('codes $problem as $code', ({ json, code, params }) => {
    const error = parseError(json);
    expect(error.coded).toEqual({ code, params });
    expect(error.message).toMatch(/\w/);
  });
});
