import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  exportCells,
  exportColumns,
  scaleColumnName,
  showsAnswers,
} from '../../../../server/domain/analysis/export-columns';
import { BARRIER_MODEL_V2 } from '../../../../server/domain/instrument/barrier-model';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';
import { scoreResponse } from '../../../../server/domain/instrument/scoring';
import type { Answers } from '../../../../server/domain/instrument/validate-answers';

const questionnaire = () =>
  parseQuestionnaire(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../questionnaires/readiness-okr-2.json'), 'utf8'),
    ),
  );

describe('exportColumns', () => {
  it('starts with the row number and the unit, then the opinion items, then every scale score', () => {
    const q = questionnaire();
    const names = exportColumns(q, BARRIER_MODEL_V2).map((c) => c.name);
    expect(names.slice(0, 3)).toEqual(['row', 'unit', 'specificity_number']);
    expect(names).toContain('knowledge_service_level');
    expect(names).toContain('outcome_compared_now');
    expect(names).toContain('success_meaning');
    const scales = new Set(q.questions.flatMap((x) => (x.scale && x.role === 'likert' ? [x.scale] : [])));
    for (const scale of scales) expect(names).toContain(scaleColumnName(scale));
    expect(names.at(-1)).toMatch(/^score_/);
  });

  it.each([
    ['profile questions, which beside a unit would pick a person out', 'profile_manages_people'],
    ['profile questions, which beside a unit would pick a person out', 'profile_okr_training'],
    ['the departments one depends on', 'depends_on'],
    ['the sample objective, a free text', 'sample_okr'],
    ['the comment, a free text', 'comment'],
  ])('leaves out %s (%s)', (_, id) => {
    expect(exportColumns(questionnaire(), BARRIER_MODEL_V2).map((c) => c.name)).not.toContain(id);
  });

  it('names scale columns so R, SPSS and Stata accept them', () => {
    expect(scaleColumnName('okr-kpi.knowledge')).toBe('score_okr_kpi_knowledge');
    expect(scaleColumnName('breakdown.shared-definitions')).toBe('score_breakdown_shared_definitions');
  });
});

describe('exportCells', () => {
  const q = questionnaire();
  const columns = exportColumns(q, BARRIER_MODEL_V2);
  const cellOf = (answers: Answers, name: string) => {
    const score = scoreResponse(q, BARRIER_MODEL_V2, answers);
    const cells = exportCells(columns, {
      number: 7,
      unit: 'Sales',
      answer: (id) => answers[id],
      scale: (scale) => score.scales[scale] ?? null,
    });
    return cells[columns.findIndex((c) => c.name === name)];
  };

  it.each([
    ['an agreement answer as given', { specificity_number: 4 }, 'specificity_number', '4'],
    ['a reverse-coded item as given, not flipped', { specificity_vague: 2 }, 'specificity_vague', '2'],
    ['"don\'t know" as 9', { specificity_number: 'dk' }, 'specificity_number', '9'],
    ['no answer as an empty cell', {}, 'specificity_number', ''],
    ['a scenario answered right as 1', { knowledge_service_level: 'kpi' }, 'knowledge_service_level', '1'],
    ['a scenario answered wrong as 0', { knowledge_service_level: 'okr' }, 'knowledge_service_level', '0'],
    ['a scenario not known as 9', { knowledge_service_level: 'dk' }, 'knowledge_service_level', '9'],
    ['the outcome question as given', { outcome_compared_now: 5 }, 'outcome_compared_now', '5'],
    ['a named choice by its place', { success_meaning: 'quality' }, 'success_meaning', '3'],
    ['the row number', {}, 'row', '7'],
    ['the unit', {}, 'unit', 'Sales'],
  ] as [string, Answers, string, string][])('writes %s', (_, answers, name, cell) => {
    expect(cellOf(answers, name)).toBe(cell);
  });

  it.each([
    // Reverse-coded: 6 − 2 = 4, scored 75; with 4 (75) and 5 (100): a mean of 83.3333.
    [{ specificity_number: 4, specificity_deadline: 5, specificity_vague: 2 }, '83.3333'],
    [{ specificity_number: 4, specificity_deadline: 4 }, '75'],
    // One item of three is below the scale's minimum: no score.
    [{ specificity_number: 4 }, ''],
  ] as [Answers, string][])('scores a scale from the answers given: %j → "%s"', (answers, cell) => {
    expect(cellOf(answers, 'score_breakdown_specificity')).toBe(cell);
  });

  it('tells a row with some answer from one with none', () => {
    const of = (answers: Answers) => ({ answer: (id: string) => answers[id] });
    expect(showsAnswers(columns, of({ specificity_number: 4 }))).toBe(true);
    expect(showsAnswers(columns, of({ profile_manages_people: 'yes' }))).toBe(false);
    expect(showsAnswers(columns, of({}))).toBe(false);
  });
});
