import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';
import { ConflictError } from '../../../../server/domain/errors';
import {
  exclusionWouldRevealError,
  isExclusionSafe,
} from '../../../../server/domain/anonymity/safe-exclusion';
import { makeDraft, makeOrganization } from '../../../fixtures/make-campaign';
import { makeResponse } from '../../../fixtures/make-response';
import { respondentAnswers } from '../../../fixtures/answers';

const questionnaire = parseQuestionnaire(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../../questionnaires/readiness-okr.json'), 'utf8'),
  ),
);
const organization = makeOrganization({ sales: 40, ops: 40 });
const campaign = { ...makeDraft(), minGroupSize: 5, commentMinimum: 3 };

/** `count` responses to a department, numbered from `from`, each with answers of its own. */
const answers = (department: string, count: number, from: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: count }, (_, i) =>
    makeResponse({
      id: `${department}-${from + i}`,
      campaignId: campaign.id,
      departmentId: department,
      answers: { ...respondentAnswers(from + i), ...extra } as never,
    }),
  );

const safe = (responses: ReturnType<typeof answers>, excluded: string[]) =>
  isExclusionSafe({ organization, campaign, questionnaire, responses, excluded: new Set(excluded) });

describe('isExclusionSafe', () => {
  it.each([
    { what: 'answers still held back after a released batch', excluded: ['sales-6', 'sales-7'], safe: true },
    {
      what: 'an answer of the released batch: a held-back one would take its place',
      excluded: ['sales-1'],
      safe: false,
    },
    {
      what: 'a whole released batch: the figures shown would change',
      excluded: ['sales-1', 'sales-2', 'sales-3', 'sales-4', 'sales-5'],
      safe: false,
    },
    { what: 'nothing', excluded: [], safe: true },
    { what: 'a response that is not stored', excluded: ['nobody'], safe: true },
  ])('is $safe for $what', ({ excluded, safe: expected }) => {
    expect(safe(answers('sales', 7, 1), excluded)).toBe(expected);
  });

  it('judges each department on its own: held-back answers elsewhere may go', () => {
    const responses = [...answers('sales', 5, 1), ...answers('ops', 3, 1)];
    expect(safe(responses, ['ops-1', 'ops-2', 'ops-3'])).toBe(true);
    expect(safe(responses, ['sales-5'])).toBe(false);
  });

  it('refuses an exclusion that would show another comment in place of one already shown', () => {
    // Four comments, of which the first three are shown; the ops figures themselves are all held back.
    const four = [
      ...answers('sales', 5, 1),
      ...['A', 'B', 'C', 'D'].map((comment, i) => answers('ops', 1, i + 1, { comment })[0]!),
    ];
    expect(safe(four, ['ops-4'])).toBe(true);
    expect(safe(four, ['ops-1'])).toBe(false);
  });

  it('refuses to take back a comment the report already shows', () => {
    const held = [...answers('sales', 5, 1), ...answers('ops', 2, 1, { comment: 'Fine' })];
    expect(safe(held, ['ops-1'])).toBe(true);
    const shown = [...answers('sales', 5, 1), ...answers('ops', 3, 1, { comment: 'Fine' })];
    expect(safe(shown, ['ops-1'])).toBe(false);
  });
});

describe('exclusionWouldRevealError', () => {
  it('refuses as a conflict coded suspects.released, explained for programs in English', () => {
    const error = exclusionWouldRevealError();
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.coded).toEqual({ code: 'suspects.released', params: {} });
    expect(error.message).toMatch(/holds back/);
  });
});
