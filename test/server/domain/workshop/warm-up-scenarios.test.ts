import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  scoreWarmUp,
  WARM_UP_CLASSES,
  WARM_UP_SCENARIOS,
  type WarmUpAnswer,
} from '../../../../server/domain/workshop/warm-up-scenarios';

const QUESTIONNAIRES = join(import.meta.dirname, '..', '..', '..', '..', 'questionnaires');

/** The titles of a questionnaire's knowledge items, in English and Chinese. */
function knowledgeTitles(file: string): { en: string; zh: string }[] {
  const found: { en: string; zh: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.role === 'knowledge') {
        const title = record.title as { default: string; 'zh-cn': string };
        found.push({ en: title.default, zh: title['zh-cn'] });
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(JSON.parse(readFileSync(join(QUESTIONNAIRES, file), 'utf8')));
  return found;
}

/** Every run of `size` words in a text, words in lower case. */
function wordRuns(text: string, size: number): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9’']+/g) ?? [];
  const runs = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) runs.add(words.slice(i, i + size).join(' '));
  return runs;
}

/** Every run of `size` Chinese characters, read with everything that is not one left out. */
function hanRuns(text: string, size: number): Set<string> {
  const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).join('');
  const runs = new Set<string>();
  for (let i = 0; i + size <= han.length; i++) runs.add(han.slice(i, i + size));
  return runs;
}

const shared = (a: Set<string>, b: Set<string>): string[] => [...a].filter((run) => b.has(run));

const KNOWLEDGE = [...knowledgeTitles('readiness-okr.json'), ...knowledgeTitles('readiness-okr-2.json')];

const ANSWER_KEY = {
  'payroll-on-time': 'kpi',
  'office-move': 'project',
  'japan-foothold': 'okr',
  'supplier-invoices': 'kpi',
  'trade-fair': 'project',
  'clinic-waiting': 'okr',
  'factory-safety': 'kpi',
  'accounting-upgrade': 'project',
  'engagement-rebound': 'okr',
  'shelf-stock': 'kpi',
  'app-adoption': 'okr',
  'staff-handbook': 'project',
  'late-projects': 'okr',
};

describe('the warm-up scenarios', () => {
  it('finds the knowledge items of both questionnaires to compare against', () => {
    expect(KNOWLEDGE).toHaveLength(8);
  });

  it('has at least twelve, and at least three of each class', () => {
    expect(WARM_UP_SCENARIOS.length).toBeGreaterThanOrEqual(12);
    for (const kind of WARM_UP_CLASSES)
      expect(WARM_UP_SCENARIOS.filter((s) => s.answer === kind).length, kind).toBeGreaterThanOrEqual(3);
  });

  // The answer key: a session's share right is only comparable with another's on the same key.
  it('keeps its answer key', () => {
    expect(Object.fromEntries(WARM_UP_SCENARIOS.map((s) => [s.id, s.answer]))).toEqual(ANSWER_KEY);
    expect(WARM_UP_SCENARIOS.map((s) => s.id)).toEqual(Object.keys(ANSWER_KEY));
  });

  it('gives each a different id', () => {
    expect(new Set(WARM_UP_SCENARIOS.map((s) => s.id)).size).toBe(WARM_UP_SCENARIOS.length);
  });

  it.each(WARM_UP_SCENARIOS)('words $id in English and in Chinese, with one or two sentences of why', (s) => {
    for (const text of [s.situation, s.explanation]) {
      expect(text.en).toMatch(/^[A-Z].*[.!?]$/);
      expect(text['zh-cn']).toMatch(/^\p{Script=Han}.*。$/u);
      expect(text['zh-cn']).not.toMatch(/[,;:!?()]/);
    }
    expect(s.explanation.en.split(/[.!?](?:\s|$)/).filter(Boolean).length).toBeLessThanOrEqual(2);
    expect(s.explanation['zh-cn'].split(/[。！？]/).filter(Boolean).length).toBeLessThanOrEqual(2);
  });

  // Teaching the survey's own scenarios would raise the next wave's knowledge scores without anyone
  // having learnt to tell OKR from KPI, so no wording of theirs may come back here.
  it.each(WARM_UP_SCENARIOS)(
    'shares no run of 6 words or 8 Chinese characters with a knowledge item: $id',
    (s) => {
      for (const item of KNOWLEDGE) {
        for (const text of [s.situation, s.explanation]) {
          expect(shared(wordRuns(text.en, 6), wordRuns(item.en, 6))).toEqual([]);
          expect(shared(hanRuns(text['zh-cn'], 8), hanRuns(item.zh, 8))).toEqual([]);
        }
      }
    },
  );

  it('would catch wording taken from a knowledge item', () => {
    const item = KNOWLEDGE[0]!;
    const copied = `Look: ${item.en.split(' ').slice(2, 8).join(' ')}`;
    expect(shared(wordRuns(copied, 6), wordRuns(item.en, 6))).toHaveLength(1);
    const copiedZh = `请看：${[...item.zh]
      .filter((c) => /\p{Script=Han}/u.test(c))
      .slice(0, 8)
      .join('')}`;
    expect(shared(hanRuns(copiedZh, 8), hanRuns(item.zh, 8))).toHaveLength(1);
  });
});

const answer = (scenario: string, choice: WarmUpAnswer['answer']): WarmUpAnswer => ({
  scenario,
  answer: choice,
});

describe('scoreWarmUp', () => {
  it('gives every scenario in order with nothing answered yet', () => {
    const score = scoreWarmUp([]);
    expect(score).toMatchObject({ answered: 0, right: 0, shareRight: null });
    expect(score.scenarios.map((s) => s.scenario)).toEqual(WARM_UP_SCENARIOS.map((s) => s.id));
    expect(score.scenarios[0]).toEqual({
      scenario: 'payroll-on-time',
      answer: 'kpi',
      counts: { okr: 0, kpi: 0, project: 0 },
      answered: 0,
      shareRight: null,
    });
  });

  it.each([
    { case: 'one right answer', answers: [answer('office-move', 'project')], right: 1, share: 1 },
    { case: 'one wrong answer', answers: [answer('office-move', 'okr')], right: 0, share: 0 },
    {
      case: 'three answers, two right',
      answers: [
        answer('payroll-on-time', 'kpi'),
        answer('payroll-on-time', 'okr'),
        answer('japan-foothold', 'okr'),
      ],
      right: 2,
      share: 2 / 3,
    },
  ])('gives the share right for $case', ({ answers, right, share }) => {
    const score = scoreWarmUp(answers);
    expect(score.answered).toBe(answers.length);
    expect(score.right).toBe(right);
    expect(score.shareRight).toBe(share);
  });

  it("gives each scenario's distribution of answers and its share right", () => {
    const score = scoreWarmUp([
      answer('clinic-waiting', 'okr'),
      answer('clinic-waiting', 'kpi'),
      answer('clinic-waiting', 'kpi'),
      answer('clinic-waiting', 'project'),
      answer('staff-handbook', 'project'),
    ]);
    const clinic = score.scenarios.find((s) => s.scenario === 'clinic-waiting');
    expect(clinic).toEqual({
      scenario: 'clinic-waiting',
      answer: 'okr',
      counts: { okr: 1, kpi: 2, project: 1 },
      answered: 4,
      shareRight: 1 / 4,
    });
    expect(score.scenarios.find((s) => s.scenario === 'staff-handbook')?.shareRight).toBe(1);
    expect(score.scenarios.find((s) => s.scenario === 'office-move')?.shareRight).toBeNull();
    expect(score.shareRight).toBe(2 / 5);
  });

  it('counts nowhere an answer to an unknown scenario or naming no class', () => {
    const score = scoreWarmUp([
      answer('no-such-scenario', 'okr'),
      answer('constructor', 'okr'),
      { scenario: 'office-move', answer: 'maybe' as never },
      answer('office-move', 'project'),
    ]);
    expect(score).toMatchObject({ answered: 1, right: 1, shareRight: 1 });
    expect(score.scenarios.map((s) => s.answered).reduce((a, b) => a + b)).toBe(1);
  });

  it('does not carry counts from one scoring into the next', () => {
    scoreWarmUp([answer('office-move', 'project')]);
    expect(scoreWarmUp([]).scenarios.every((s) => s.answered === 0)).toBe(true);
  });
});
