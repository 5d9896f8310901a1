// The rules that judge a written objective, as numbered rule sets: rule set 1 is the report's goal audit,
// which every model version in use is pinned to, so a campaign's audit never changes once released; rule
// set 2 is the goal coach's, rule set 1's own patterns with more words added, never a second copy of them.

import {
  ACTIVITY,
  hasChineseQuantity,
  NOT_QUANTITY,
  NUMBER,
  OUTPUT,
  STEADY,
  SUBJECT,
  startsWithVerb,
  TIME,
  VAGUE,
  verbNearStartZh,
} from './goal-audit-patterns';

export type GoalRuleSetVersion = '1' | '2';

/** What a rule set looks for in a text; each pattern reads a text in time linear in its length. */
export interface GoalRuleSet {
  version: GoalRuleSetVersion;
  time: RegExp;
  number: RegExp;
  notQuantity: RegExp;
  steady: RegExp;
  vague: RegExp;
  activity: readonly RegExp[];
  output: readonly RegExp[];
  subject: RegExp;
}

/** The goal audit's rules exactly as the report has always used them. */
export const GOAL_RULE_SET_1: GoalRuleSet = {
  version: '1',
  time: TIME,
  number: NUMBER,
  notQuantity: NOT_QUANTITY,
  steady: STEADY,
  vague: VAGUE,
  activity: ACTIVITY,
  output: OUTPUT,
  subject: SUBJECT,
};

/**
 * A pattern that finds all that `base` finds and the alternatives added: the same source with more
 * branches, so a word added here can never drop one the base knows.
 */
export const extendPattern = (base: RegExp, added: readonly string[]): RegExp =>
  new RegExp([base.source, ...added].join('|'), base.flags);

// Each addition is a list of words between word boundaries, or Chinese characters, so it adds no repeat
// that could read a run twice (goal-audit-patterns.ts explains the rules that keep patterns linear).
const STEADY_2 = [
  // "Hold churn at 2%": what is held comes between, so the gap is bounded, as "ensure … uptime" is.
  String.raw`\bhold(?:s|ing)?\b[^.;。；\n]{0,40}?\b(?:at|above|below|under)\s(?:\d|the same|current|last)`,
  String.raw`\bno\s+(?:lower|worse)\s+than\b|\b(?:as usual|same as last (?:year|quarter|month))\b`,
  String.raw`\bcontinue\s+to\s+(?:meet|hit|deliver|run)\b`,
  // 不少于 is left out: "不少于50家" is usually a target to reach, while 不低于 sets a floor to stay above.
  '不低于|不高于|稳住|守稳|巩固|延续|照常',
];
const VAGUE_2 = [
  String.raw`\b(?:more|robust|seamless|efficient(?:ly)?|effective(?:ly)?|engaging|modern(?:i[sz]e)?|best|great)\b`,
  // A comparative with no number says which way, not how far.
  String.raw`\b(?:smoother|easier|faster|simpler|quicker|clearer|cheaper|stronger|happier|smarter)\b`,
  '更加|积极|全面|努力|高效|深入|有效|尽力|争取|大力',
];
const TIME_2 = [
  String.raw`\bby\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  '(?:周|星期)[一二三四五六日天](?:前|之前)|春节前|国庆前|年前|上旬|中旬|下旬',
];
const ACTIVITY_VERBS_2 = [
  'run|meet|visit|call|research|investigate|analy[sz]e|design|test|define|discuss|brainstorm|coordinate|study|learn|survey|interview',
];
const ACTIVITY_VERBS_ZH_2 = ['调研|研究|分析|设计|讨论|沟通|协调|拜访|学习|测试|走访|访谈|宣传'];
const OUTPUT_VERBS_2 = ['rebuild|redesign|integrate|automate|refactor|rewrite|upgrade|install'];
const OUTPUT_VERBS_ZH_2 = ['改版|重构|引入|接入|上架|升级|改造|开通'];

/** The goal coach's rules: rule set 1's patterns, each extended, and task verbs added to its lists. */
export const GOAL_RULE_SET_2: GoalRuleSet = {
  version: '2',
  time: extendPattern(TIME, TIME_2),
  number: NUMBER,
  notQuantity: NOT_QUANTITY,
  steady: extendPattern(STEADY, STEADY_2),
  vague: extendPattern(VAGUE, VAGUE_2),
  activity: [...ACTIVITY, startsWithVerb(ACTIVITY_VERBS_2), verbNearStartZh(ACTIVITY_VERBS_ZH_2)],
  output: [...OUTPUT, startsWithVerb(OUTPUT_VERBS_2), verbNearStartZh(OUTPUT_VERBS_ZH_2)],
  subject: SUBJECT,
};

export const GOAL_RULE_SETS: Record<GoalRuleSetVersion, GoalRuleSet> = {
  '1': GOAL_RULE_SET_1,
  '2': GOAL_RULE_SET_2,
};

/**
 * The rule set each model version's goal audit uses, fixed for good once a campaign on that version can
 * exist: a model version added later names the rule set it wants, and these entries never change.
 */
export const GOAL_RULE_SET_OF_MODEL: Readonly<Record<string, GoalRuleSetVersion>> = { '1': '1', '2': '1' };

/** The rule set a new workshop coaches with: the newest. */
export const COACH_RULE_SET_VERSION: GoalRuleSetVersion = '2';

/** The goal audit's rules for a campaign of `modelVersion`, or undefined for a version the model lacks. */
export function goalRulesForModel(modelVersion: string): GoalRuleSet | undefined {
  const version = GOAL_RULE_SET_OF_MODEL[modelVersion];
  // Stryker disable next-line ConditionalExpression: equivalent, no rule set is filed under undefined
  return version === undefined ? undefined : GOAL_RULE_SETS[version];
}

const matches = (re: RegExp, s: string): boolean => s.search(re) !== -1;

/** Whether the text names a number to hit; dates and names with a digit in them are no quantity. */
export function isMeasurable(s: string, rules: GoalRuleSet): boolean {
  // What these remove ends at a word boundary, or in Chinese, where the number patterns skip spaces.
  // Stryker disable next-line StringLiteral: equivalent but for made-up text such as 'eleven季度th'
  const rest = s.replace(rules.time, ' ').replace(rules.notQuantity, ' ');
  return matches(rules.number, rest) || hasChineseQuantity(rest);
}

/** Whether one key result is work to do: an activity, or an output whose effect it does not measure. */
export function isTask(unit: string, rules: GoalRuleSet): boolean {
  const clause = unit.replace(rules.subject, '');
  const hits = (res: readonly RegExp[]): boolean => res.some((re) => re.test(unit) || re.test(clause));
  return hits(rules.activity) || (hits(rules.output) && !isMeasurable(unit, rules));
}

/** Whether the text uses words such as "improve" or 提升 without a number saying how much. */
export const isVague = (s: string, rules: GoalRuleSet): boolean =>
  matches(rules.vague, s) && !isMeasurable(s, rules);

/** Whether the text names a deadline or a period. */
export const isTimeBound = (s: string, rules: GoalRuleSet): boolean => matches(rules.time, s);

/** Whether the text speaks of holding a level rather than changing it. */
export const holdsLevel = (s: string, rules: GoalRuleSet): boolean => matches(rules.steady, s);
