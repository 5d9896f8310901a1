// Questionnaire readiness-okr-2 read as a survey methodologist would (MODEL.md section 2.8): the defects
// found in version 1 must not come back with a later edit of the wording.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BARRIER_MODEL_V2 } from '../../server/domain/instrument/barrier-model';
import { completionSeconds } from '../../server/domain/instrument/completion-time';
import { auditGoal } from '../../server/domain/analysis/goal-audit';
import type { Questionnaire } from '../../server/domain/instrument/questionnaire';
import { loadQuestionnaires } from '../../server/load-questionnaires';

type Json = Record<string, unknown> & { pages: { name: string; elements: Json[] }[] };
const raw = JSON.parse(
  readFileSync(new URL('../../questionnaires/readiness-okr-2.json', import.meta.url), 'utf8'),
) as Json;
const elements = raw.pages.flatMap((p) => p.elements);
const zh = (value: unknown) => (value as Record<string, string> | undefined)?.['zh-cn'] ?? '';
const en = (value: unknown) => (value as Record<string, string> | undefined)?.default ?? '';

let v2: Questionnaire;
beforeAll(async () => {
  v2 = (await loadQuestionnaires()).get('readiness-okr-2')!;
});
const itemsOf = (scale: string) => v2.questions.filter((q) => q.scale === scale);

/** Every Chinese text a respondent can meet: titles, descriptions, choices, placeholders, pages. */
function chineseTexts(): string[] {
  const texts: string[] = [zh(raw.title), zh(raw.description), zh(raw.completedHtml)];
  for (const page of raw.pages as unknown as Json[]) texts.push(zh(page.title), zh(page.description));
  for (const el of elements) {
    for (const key of ['title', 'description', 'html', 'placeholder', 'noneText']) texts.push(zh(el[key]));
    for (const c of (el.choices as { text: unknown }[] | undefined) ?? []) texts.push(zh(c.text));
  }
  return texts.filter((t) => t !== '');
}

describe('questionnaire readiness-okr-2', () => {
  it('is written for model 2 and asks every scale of it with at least two items', () => {
    expect(v2.modelVersion).toBe(BARRIER_MODEL_V2.version);
    for (const scale of BARRIER_MODEL_V2.dimensions.flatMap((d) => d.scales)) {
      expect(itemsOf(scale.id).length, scale.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('states one referent per scale, so a department mean averages like answers', () => {
    for (const q of v2.questions) expect(q.referent, q.id).not.toBeNull();
    for (const scale of BARRIER_MODEL_V2.dimensions.flatMap((d) => d.scales)) {
      expect(new Set(itemsOf(scale.id).map((q) => q.referent)).size, scale.id).toBe(1);
    }
  });

  it('words at least one item of every agreement scale against the others, so agreeing with everything is visible', () => {
    const likertScales = new Set(v2.questions.filter((q) => q.role === 'likert').map((q) => q.scale!));
    const allOneWay = [...likertScales].filter((s) => itemsOf(s).every((q) => !q.reverse));
    // Two-item scales about things a person can simply observe (a dashboard, business updates, a career
    // path) are left positive; every scale of the routing profile, commitment and efficacy has one.
    expect(allOneWay.sort()).toEqual([
      'breakdown.data',
      'culture.growth',
      'culture.transparency',
      'okr-kpi.strategy',
    ]);
  });

  it('offers a neutral Chinese midpoint, apart from "don’t know", on every agreement item', () => {
    const expected = [
      [1, 'Strongly disagree', '非常不同意'],
      [2, 'Disagree', '不同意'],
      [3, 'Neither agree nor disagree', '既不同意也不反对'],
      [4, 'Agree', '同意'],
      [5, 'Strongly agree', '非常同意'],
      ['dk', "Don't know", '不知道'],
    ];
    const agreement = elements.filter((el) => el.role === 'likert' || el.role === 'outcome');
    expect(agreement.length).toBeGreaterThan(60);
    for (const el of agreement) {
      const labels = (el.choices as { value: unknown; text: unknown }[]).map((c) => [
        c.value,
        en(c.text),
        zh(c.text),
      ]);
      expect(labels, String(el.name)).toEqual(expected);
    }
  });

  it('addresses the respondent as 您 and names the company 公司, never 你 or 单位', () => {
    const texts = chineseTexts();
    expect(texts.length).toBeGreaterThan(150);
    expect(texts.filter((t) => /你|单位/.test(t))).toEqual([]);
  });

  it('asks respondents nothing about the organization’s structure that HR states instead', () => {
    const ids = v2.questions.map((q) => q.id);
    for (const gone of [
      'profile_business_units',
      'profile_kpi_system',
      'profile_industry',
      'profile_bonus_link',
    ])
      expect(ids).not.toContain(gone);
  });

  it('defines OKR and KPI on the first page, before any question uses the terms, and keeps them out of the title', () => {
    expect(en(raw.title)).not.toMatch(/OKR|KPI/);
    expect(zh(raw.title)).not.toMatch(/OKR|KPI/);
    const first = raw.pages[0]!.elements[0]!;
    expect(first.type).toBe('html');
    expect(en(first.html)).toMatch(/OKR.*objectives and key results.*KPI.*key performance indicator/s);
    expect(zh(first.html)).toMatch(/OKR.*目标与关键结果.*KPI.*关键绩效指标/s);
  });

  it('asks about pay and job security after every question on goals, teams and departments', () => {
    const order = v2.questions.map((q) => q.scale ?? q.role);
    const firstHygiene = order.findIndex((s) => s?.startsWith('hygiene.'));
    const lastOther = order.findLastIndex((s) =>
      /^(breakdown|participation|okr-kpi|culture\.(?!growth)|fit)/.test(s ?? ''),
    );
    expect(firstHygiene).toBeGreaterThan(lastOther);
  });

  it('gives each knowledge scenario one key from the source’s layered model and no wording that hints at it', () => {
    const knowledge = v2.questions.filter((q) => q.role === 'knowledge');
    expect(knowledge.map((q) => q.correctAnswer).sort()).toEqual(['kpi', 'kpi', 'okr', 'project']);
    // Phrases version 1 gave its answers away with (MODEL.md section 2.8, finding 3).
    const cues =
      /\b(stay|maintain|keep|nobody knows|no one knows|try|experiment|ends once|fixed list)\b|保持|维持|没人知道|尝试|做完就结束/i;
    for (const q of knowledge) {
      expect(q.title.en, q.id).not.toMatch(cues);
      expect(q.title['zh-cn'], q.id).not.toMatch(cues);
    }
  });

  it('shows a sample-objective hint that is a format, not a model answer the audit would score', () => {
    const sample = elements.find((el) => el.role === 'sample-okr')!;
    for (const hint of [en(sample.placeholder), zh(sample.placeholder)]) {
      const audit = auditGoal(hint);
      expect(audit === null || !audit.passed.measurable).toBe(true);
      expect(hint).not.toMatch(/\d/);
    }
  });

  it('lets a respondent say their department depends on no other', () => {
    const dependsOn = elements.find((el) => el.role === 'depends-on')!;
    expect(dependsOn.showNoneItem).toBe(true);
    expect(zh(dependsOn.noneText)).toContain('都不依赖');
  });

  it('takes under 12 minutes to answer in English by the reading-speed estimate (Chinese: under 15)', () => {
    expect(completionSeconds(raw, 'en') / 60).toBeLessThan(12);
    expect(completionSeconds(raw, 'zh-cn') / 60).toBeLessThan(15);
  });
});
