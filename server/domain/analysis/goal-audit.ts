// Goal audit: judges one free-text objective and its key results against SMART (Doran 1981: specific,
// measurable, time-bound) and two OKR anti-patterns: key results that are tasks rather than outcomes, and
// the "business-as-usual OKR" that only keeps a level steady. What it looks for in the text, in English and
// Simplified Chinese, is in goal-audit-patterns.ts; which of those patterns a campaign is judged by is its
// model version's rule set (goal-rules.ts).

import { ITEM_BREAK, KR_MARKER, OBJECTIVE_MARKER, SENTENCE_END, trimItem } from './goal-audit-patterns';
import {
  GOAL_RULE_SET_1,
  holdsLevel,
  isMeasurable,
  isTask,
  isTimeBound,
  isVague,
  type GoalRuleSet,
} from './goal-rules';
import { wilsonInterval, type ProportionEstimate } from '../statistics/intervals';

export const GOAL_CHECKS = [
  'measurable',
  'time-bound',
  'outcome',
  'not-business-as-usual',
  'specific',
] as const;
export type GoalCheck = (typeof GOAL_CHECKS)[number];

/** How the report names each check, in plain words. */
export const GOAL_CHECK_TEXT: Record<GoalCheck, { en: string; 'zh-cn': string }> = {
  measurable: { en: 'Has a number to hit', 'zh-cn': '有可衡量的数字' },
  'time-bound': { en: 'Has a deadline or a period', 'zh-cn': '有截止时间或周期' },
  outcome: { en: 'Describes a result, not a task', 'zh-cn': '写的是结果，不是任务' },
  'not-business-as-usual': {
    en: 'Aims to change something, not to hold a level',
    'zh-cn': '追求改变，而非维持现状',
  },
  specific: { en: 'Says exactly what will change', 'zh-cn': '说清楚要改变什么' },
};

export interface GoalAudit {
  /** The answer, trimmed and cut to MAX_AUDITED_LENGTH. */
  text: string;
  /** Key results found; 0 when the answer is a single statement. */
  keyResults: number;
  passed: Record<GoalCheck, boolean>;
  /** Every check passed. */
  isSmart: boolean;
}

export interface GoalAuditSummary {
  /** Answers long enough to judge. */
  audited: number;
  smart: ProportionEstimate;
  /** Share of audited answers failing each check. */
  failing: Record<GoalCheck, ProportionEstimate>;
}

/** Below this weight there is nothing to judge; a Chinese character carries about as much as two letters. */
const MIN_WEIGHT = 8;

/**
 * The most of an answer the audit reads; the rest is not judged. The sample-objective question accepts
 * 1,000 characters (readiness-okr.json) and a text answer 2,000 unless its questionnaire says otherwise, but
 * those limits are checked when an answer is submitted: this one also holds for an answer stored before a
 * limit was lowered, so no answer can make the report build do more than this much work. An objective with
 * its key results fits in a few hundred characters.
 */
export const MAX_AUDITED_LENGTH = 2_000;

function weight(s: string): number {
  return (s.match(/[a-z0-9]/gi)?.length ?? 0) + 2 * (s.match(/[\u4e00-\u9fff]/g)?.length ?? 0);
}

function items(s: string): string[] {
  return s
    .replace(ITEM_BREAK, '\n')
    .split('\n')
    .map(trimItem)
    .filter((item) => weight(item) >= 2);
}

/** The first `length` characters, without half of a character that needs two UTF-16 units. */
function cut(s: string, length: number): string {
  if (s.length <= length) return s;
  const last = s.charCodeAt(length - 1);
  return s.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

/** Objective and key results; without KR markers, the first line or item is the objective. */
function splitGoal(text: string): { objective: string; keyResults: string[] } {
  const body = text.replace(OBJECTIVE_MARKER, '');
  // Stryker disable next-line ArrayDeclaration: equivalent, markers are read only once a marker was found
  const markers = body.match(KR_MARKER) ?? [];
  const at = body.search(KR_MARKER);
  if (at === -1) {
    // Stryker disable next-line StringLiteral: equivalent, first is read only when other items follow it
    const [first = '', ...rest] = items(body);
    return rest.length > 0
      ? { objective: first, keyResults: rest }
      : { objective: trimItem(body), keyResults: [] };
  }
  let krPart = body.slice(at).replace(KR_MARKER, '\n');
  // Under one unnumbered "Key results:" header, sentences are the only thing separating the results.
  if (markers.length === 1 && !/\d/.test(markers[0] ?? '')) krPart = krPart.replace(SENTENCE_END, '\n');
  return { objective: trimItem(body.slice(0, at)), keyResults: items(krPart) };
}

/**
 * SMART and OKR-pattern checks on one written objective with its key results, or null when the answer is
 * blank or too short to judge. Each check reads the key results, or the whole answer when none are marked.
 * `rules` is the rule set of the campaign's model version (goal-rules.ts); every version today uses set 1.
 * @example auditGoal('目标：提升用户体验。关键结果：完成需求文档；优化页面。') // keyResults 2, every check but not-business-as-usual fails
 */
export function auditGoal(text: string, rules: GoalRuleSet = GOAL_RULE_SET_1): GoalAudit | null {
  const trimmed = cut(text.trim(), MAX_AUDITED_LENGTH).trimEnd();
  if (weight(trimmed) < MIN_WEIGHT) return null;
  const { objective, keyResults } = splitGoal(trimmed);
  const units = keyResults.length > 0 ? keyResults : [objective || trimmed];
  const tasks = units.filter((unit) => isTask(unit, rules)).length;
  const measurable = (unit: string): boolean => isMeasurable(unit, rules);
  const vague = (unit: string): boolean => isVague(unit, rules);
  const passed: Record<GoalCheck, boolean> = {
    measurable: units.every(measurable),
    'time-bound': isTimeBound(trimmed, rules),
    // At least half of the key results being tasks makes the set a to-do list.
    outcome: tasks * 2 < units.length,
    'not-business-as-usual': !holdsLevel(trimmed, rules),
    // A qualitative objective is fine when a key result puts a number on it.
    specific: !keyResults.some(vague) && !(vague(objective || trimmed) && !keyResults.some(measurable)),
  };
  return {
    text: trimmed,
    keyResults: keyResults.length,
    passed,
    isSmart: GOAL_CHECKS.every((c) => passed[c]),
  };
}

/** How many answers were judged, the share that is SMART, and the share failing each check (Wilson 95%). */
export function summarizeGoalAudits(texts: readonly string[]): GoalAuditSummary {
  const counts = emptyGoalAuditCounts();
  for (const text of texts) countGoalAudit(counts, auditGoal(text));
  return summarizeGoalAuditCounts(counts);
}

/**
 * The audit of many answers, counted: each text is judged once, when it arrives, and only these counts are
 * kept, so a summary never reads the texts again.
 */
export interface GoalAuditCounts {
  audited: number;
  smart: number;
  failing: Record<GoalCheck, number>;
}

export const emptyGoalAuditCounts = (): GoalAuditCounts => ({
  audited: 0,
  smart: 0,
  failing: Object.fromEntries(GOAL_CHECKS.map((c) => [c, 0])) as Record<GoalCheck, number>,
});

/** Counts one answer's audit; an answer too short to judge (null) counts nowhere. */
export function countGoalAudit(into: GoalAuditCounts, audit: GoalAudit | null): void {
  if (audit === null) return;
  into.audited += 1;
  if (audit.isSmart) into.smart += 1;
  for (const check of GOAL_CHECKS) if (!audit.passed[check]) into.failing[check] += 1;
}

/** Adds the counts of another group of answers (a department's into the organization's). */
export function mergeGoalAuditCounts(into: GoalAuditCounts, from: GoalAuditCounts): void {
  into.audited += from.audited;
  into.smart += from.smart;
  for (const check of GOAL_CHECKS) into.failing[check] += from.failing[check];
}

/** The summary `summarizeGoalAudits` gives for the same answers, from their counts alone. */
export function summarizeGoalAuditCounts(counts: GoalAuditCounts): GoalAuditSummary {
  const failing = Object.fromEntries(
    GOAL_CHECKS.map((c) => [c, wilsonInterval(counts.failing[c], counts.audited)]),
  ) as Record<GoalCheck, ProportionEstimate>;
  return { audited: counts.audited, smart: wilsonInterval(counts.smart, counts.audited), failing };
}
