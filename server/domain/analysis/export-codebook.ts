// The codebook that goes beside a data export: one row per column of the export (what it holds, its wording
// in both languages, its scale and whether it is reverse-coded), then one row per code it can hold with the
// code's meaning, missing codes included. It describes the questionnaire, never the answers.

import { localText as t, type LocalText } from '../../../shared/languages';
import { DONT_KNOW } from '../../../questionnaires/scoring-properties';
import { scaleTitle, type BarrierModel } from '../instrument/barrier-model';
import type { Question, Questionnaire } from '../instrument/questionnaire';
import { minimumAnswered } from '../instrument/scoring';
import { DONT_KNOW_CODE, type ExportColumn } from './export-columns';

export const CODEBOOK_HEADER = [
  'variable',
  'kind',
  'scale',
  'reverse_coded',
  'code',
  'label_en',
  'label_zh_cn',
] as const;

const KIND: Record<ExportColumn['kind'], string> = {
  row: 'row number',
  unit: 'reporting unit',
  agreement: 'agreement item',
  scenario: 'scenario item',
  choice: 'choice item',
  scale: 'scale score',
};

const ROW = t(
  'Row number. Rows are in random order, not the order answers arrived in.',
  '行号。各行顺序随机，与提交顺序无关。',
);
const UNIT = t(
  'Reporting unit: the department, or the reporting group it was merged into. Units the report hides have no rows.',
  '报告单元：部门，或其所并入的报告组。报告中隐藏的单元没有任何行。',
);
const EMPTY = t(
  'No answer; or an answer held back until enough people have answered alike, as in the report.',
  '未作答；或与报告一样，该回答在足够多的人作答之前暂不计入。',
);
const EMPTY_SCORE = t(
  'No score: too few of its items answered, or held back until enough people have answered alike.',
  '无得分：作答题目过少，或在足够多的人作答之前暂不计入。',
);
const DONT_KNOW_LABEL = t("Don't know (missing, never averaged)", '不知道（视为缺失，不参与平均）');
const RIGHT = t('Answered right', '回答正确');
const WRONG = t('Answered wrong', '回答错误');

/** Choice texts as the survey shows them, read from the questionnaire's SurveyJS JSON by question id. */
function choiceTexts(questionnaire: Questionnaire): Map<string, Map<string, LocalText>> {
  const texts = new Map<string, Map<string, LocalText>>();
  const asText = (value: unknown, fallback: string): LocalText => {
    if (typeof value === 'string') return t(value, value);
    if (typeof value === 'object' && value !== null) {
      const v = value as Record<string, unknown>;
      const en = typeof v.default === 'string' ? v.default : typeof v.en === 'string' ? v.en : fallback;
      return t(en, typeof v['zh-cn'] === 'string' ? v['zh-cn'] : en);
    }
    return t(fallback, fallback);
  };
  const visit = (element: unknown) => {
    if (typeof element !== 'object' || element === null) return;
    const e = element as Record<string, unknown>;
    if (Array.isArray(e.pages)) e.pages.forEach(visit);
    if (Array.isArray(e.elements)) e.elements.forEach(visit);
    if (typeof e.name !== 'string' || !Array.isArray(e.choices)) return;
    const own = new Map<string, LocalText>();
    for (const choice of e.choices) {
      const value =
        typeof choice === 'object' && choice !== null ? (choice as { value?: unknown }).value : choice;
      const text =
        typeof choice === 'object' && choice !== null ? (choice as { text?: unknown }).text : choice;
      own.set(String(value), asText(text, String(value)));
    }
    texts.set(e.name, own);
  };
  visit(questionnaire.json);
  return texts;
}

/** The scale's rule for a score, in both languages, from the questionnaire's own item count. */
function scoreRule(items: number): LocalText {
  const needed = minimumAnswered(items);
  return t(
    `0–100: the mean of its answered items after reverse-coding (6 − answer), each as 25 × (answer − 1), a scenario as 100 if right, else 0; given when at least ${needed} of its ${items} items are answered.`,
    `0–100：已作答题目的平均分（反向题先换算为 6 − 答案），每题计为 25 × (答案 − 1)，情景题答对计 100、答错计 0；${items} 题中至少答 ${needed} 题才给出得分。`,
  );
}

/** The codebook's rows, beneath CODEBOOK_HEADER. */
export function exportCodebook(
  questionnaire: Questionnaire,
  model: BarrierModel,
  columns: readonly ExportColumn[],
): string[][] {
  const texts = choiceTexts(questionnaire);
  const itemsOf = new Map<string, number>();
  for (const q of questionnaire.questions) {
    if (q.scale !== null && (q.role === 'likert' || q.role === 'knowledge')) {
      itemsOf.set(q.scale, (itemsOf.get(q.scale) ?? 0) + 1);
    }
  }
  const rows: string[][] = [];
  const variable = (c: ExportColumn, label: LocalText, scale = '', reverse = '') =>
    rows.push([c.name, KIND[c.kind], scale, reverse, '', label.en, label['zh-cn']]);
  const code = (c: ExportColumn, value: string, label: LocalText) =>
    rows.push([c.name, 'code', '', '', value, label.en, label['zh-cn']]);
  const choices = (c: ExportColumn, q: Question, values: readonly (string | number)[], numbered: boolean) =>
    values.forEach((value, i) => {
      if (value === DONT_KNOW) return;
      code(
        c,
        numbered ? String(i + 1) : String(value),
        texts.get(q.id)?.get(String(value)) ?? t(String(value), String(value)),
      );
    });
  const offersDontKnow = (q: Question) => q.accepts.kind === 'choice' && q.accepts.values.includes(DONT_KNOW);

  for (const c of columns) {
    switch (c.kind) {
      case 'row':
        variable(c, ROW);
        break;
      case 'unit':
        variable(c, UNIT);
        break;
      case 'scale':
        variable(c, scaleTitle(model, c.scale), c.scale);
        code(c, '0–100', scoreRule(itemsOf.get(c.scale) ?? 0));
        code(c, '', EMPTY_SCORE);
        break;
      default: {
        const q = c.question;
        variable(c, q.title, q.scale ?? '', q.role === 'likert' ? (q.reverse ? 'yes' : 'no') : '');
        if (c.kind === 'agreement' && q.accepts.kind === 'choice') choices(c, q, q.accepts.values, false);
        if (c.kind === 'scenario') {
          code(c, '1', RIGHT);
          code(c, '0', WRONG);
        }
        if (c.kind === 'choice') choices(c, q, c.values, true);
        if (offersDontKnow(q)) code(c, DONT_KNOW_CODE, DONT_KNOW_LABEL);
        code(c, '', EMPTY);
      }
    }
  }
  return rows;
}
