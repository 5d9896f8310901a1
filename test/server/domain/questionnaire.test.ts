import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V1, findScale } from '../../../server/domain/barrier-model';
import { InvalidQuestionnaireError } from '../../../server/domain/errors';
import { parseQuestionnaire, withoutAnswerKeys } from '../../../server/domain/questionnaire';
import {
  fixtureQuestionnaireJson,
  knowledgeItem,
  LIKERT_CHOICES,
  likertItem,
} from '../../fixtures/questionnaire';

const REAL_PATH = new URL('../../../questionnaires/readiness-okr.json', import.meta.url);
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

  it('skips html and expression elements, which take no answer', () => {
    const json = fixtureWith({ type: 'html', name: 'intro', html: '<p>Hi</p>' });
    expect(parseQuestionnaire(json).questions.map((x) => x.id)).not.toContain('intro');
  });
});

describe('parseQuestionnaire rejects what scoring could misread', () => {
  it.each([
    {
      problem: 'a likert item on a scale the model does not have',
      element: likertItem('mystery', 'hygiene.parking'),
      field: 'mystery',
      message: /unknown scale "hygiene.parking"/,
    },
    {
      problem: 'a question with an unknown role',
      element: { ...likertItem('odd', 'hygiene.pay'), role: 'trivia' },
      field: 'odd',
      message: /unknown role "trivia"/,
    },
    {
      problem: 'two questions with the same name',
      element: likertItem('pay_fair', 'hygiene.pay'),
      field: 'pay_fair',
      message: /appears twice/,
    },
    {
      problem: 'a likert item offering only 1–5, without "don\'t know"',
      element: { ...likertItem('no_dk', 'hygiene.pay'), choices: LIKERT_CHOICES.slice(0, 5) },
      field: 'no_dk',
      message: /agreement choices/,
    },
    {
      problem: 'a likert item on a 1–7 scale',
      element: { ...likertItem('seven', 'hygiene.pay'), choices: [1, 2, 3, 4, 5, 6, 7, 'dk'] },
      field: 'seven',
      message: /agreement choices/,
    },
    {
      problem: 'a knowledge item without a correctAnswer',
      element: { ...knowledgeItem('guess', 'kpi'), correctAnswer: undefined },
      field: 'guess',
      message: /without a correctAnswer/,
    },
    {
      problem: 'a scored item without a scale',
      element: { ...likertItem('loose', 'hygiene.pay'), scale: undefined },
      field: 'loose',
      message: /no scale/,
    },
    {
      problem: 'a question type the server cannot validate',
      element: { type: 'matrix', name: 'grid' },
      field: 'grid',
      message: /unsupported type "matrix"/,
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
    },
    {
      problem: 'a question without a name',
      element: { type: 'comment', title: 'Nameless' },
      field: '(unnamed)',
      message: /has no name/,
    },
  ])('rejects $problem, naming the question', ({ element, field, message }) => {
    const error = parseError(fixtureWith(element));
    expect(error.message).toMatch(message);
    expect(error.errors).toEqual([expect.objectContaining({ field })]);
  });

  it.each([
    { problem: 'a JSON array', json: [] },
    { problem: 'a document without questionnaireId', json: { modelVersion: '1', pages: [] } },
    { problem: 'a document without modelVersion', json: { questionnaireId: 'x', pages: [] } },
    { problem: 'an unknown model version', json: { questionnaireId: 'x', modelVersion: '99', pages: [] } },
  ])('rejects $problem', ({ json }) => {
    expect(() => parseQuestionnaire(json)).toThrow(InvalidQuestionnaireError);
  });
});
