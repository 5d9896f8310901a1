import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODEBOOK_HEADER, exportCodebook } from '../../../../server/domain/analysis/export-codebook';
import { exportColumns } from '../../../../server/domain/analysis/export-columns';
import { BARRIER_MODEL_V2 } from '../../../../server/domain/instrument/barrier-model';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';

function codebook() {
  const q = parseQuestionnaire(
    JSON.parse(
      readFileSync(join(import.meta.dirname, '../../../../questionnaires/readiness-okr-2.json'), 'utf8'),
    ),
  );
  const rows = exportCodebook(q, BARRIER_MODEL_V2, exportColumns(q, BARRIER_MODEL_V2));
  const at = (name: (typeof CODEBOOK_HEADER)[number]) => CODEBOOK_HEADER.indexOf(name);
  const field = (row: string[], name: (typeof CODEBOOK_HEADER)[number]) => row[at(name)];
  const variable = (id: string) =>
    rows.find((r) => field(r, 'variable') === id && field(r, 'kind') !== 'code');
  const codes = (id: string) =>
    rows
      .filter((r) => field(r, 'variable') === id && field(r, 'kind') === 'code')
      .map((r) => [field(r, 'code'), field(r, 'label_en')]);
  return { rows, field, variable, codes };
}

describe('exportCodebook', () => {
  it('describes every column of the export, each once, in the export’s order', () => {
    const { rows, field } = codebook();
    const q = parseQuestionnaire(
      JSON.parse(
        readFileSync(join(import.meta.dirname, '../../../../questionnaires/readiness-okr-2.json'), 'utf8'),
      ),
    );
    const described = rows.filter((r) => field(r, 'kind') !== 'code').map((r) => field(r, 'variable'));
    expect(described).toEqual(exportColumns(q, BARRIER_MODEL_V2).map((c) => c.name));
    for (const row of rows) expect(row).toHaveLength(CODEBOOK_HEADER.length);
  });

  it('gives an item its wording in both languages, its scale and whether it is reverse-coded', () => {
    const { variable, field } = codebook();
    const vague = variable('specificity_vague')!;
    expect(field(vague, 'label_en')).toMatch(/^My team's goals are worded so loosely/);
    expect(field(vague, 'label_zh_cn')).toMatch(/[\u4e00-\u9fff]/);
    expect(field(vague, 'scale')).toBe('breakdown.specificity');
    expect(field(vague, 'reverse_coded')).toBe('yes');
    expect(field(variable('specificity_number')!, 'reverse_coded')).toBe('no');
  });

  it('gives each agreement code its meaning, and the missing codes theirs', () => {
    const { codes } = codebook();
    expect(codes('specificity_number')).toEqual([
      ['1', 'Strongly disagree'],
      ['2', 'Disagree'],
      ['3', 'Neither agree nor disagree'],
      ['4', 'Agree'],
      ['5', 'Strongly agree'],
      ['9', expect.stringMatching(/^Don't know/)],
      ['', expect.stringMatching(/^No answer; or an answer held back/)],
    ]);
  });

  it('codes a scenario as right or wrong without saying which answer is right', () => {
    const { rows, codes } = codebook();
    expect(codes('knowledge_service_level').map(([code]) => code)).toEqual(['1', '0', '9', '']);
    const text = JSON.stringify(rows.filter((r) => r[0] === 'knowledge_service_level'));
    expect(text).not.toContain('A KPI (key performance indicator)');
  });

  it('numbers named choices in the order the survey offers them', () => {
    const { codes } = codebook();
    expect(codes('success_meaning').slice(0, 3)).toEqual([
      ['1', 'Lower costs'],
      ['2', 'More sold or produced'],
      ['3', 'Better quality, fewer mistakes'],
    ]);
  });

  it('says how a scale score is made and when it is missing', () => {
    const { variable, field, codes } = codebook();
    const score = variable('score_breakdown_specificity')!;
    expect(field(score, 'kind')).toBe('scale score');
    expect(field(score, 'scale')).toBe('breakdown.specificity');
    expect(codes('score_breakdown_specificity')).toEqual([
      ['0–100', expect.stringContaining('at least 2 of its 3 items')],
      ['', expect.stringMatching(/^No score/)],
    ]);
  });
});
