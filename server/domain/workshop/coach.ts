// The goal coach: what a coach would say about one draft objective and its key results while it is being
// written, check by check, in English and Chinese. It reads the draft with a numbered rule set of the goal
// audit (goal-rules.ts); it only advises, and never stops anyone from keeping a draft as it is.

import { GOAL_CHECKS, type GoalCheck } from '../analysis/goal-audit';
import {
  holdsLevel,
  isMeasurable,
  isTask,
  isTimeBound,
  isVague,
  type GoalRuleSet,
  type GoalRuleSetVersion,
} from '../analysis/goal-rules';
import { localText as t, type LocalText } from '../../../shared/languages';

/** The goal audit's checks, and three that only make sense while a draft is being written. */
export type CoachCheck = GoalCheck | 'key-result-count' | 'not-restated' | 'objective-not-a-number';

/** Which checks each rule set coaches: set 1 exactly what the report's audit judges, set 2 more. */
export const COACH_CHECKS: Record<GoalRuleSetVersion, readonly CoachCheck[]> = {
  '1': GOAL_CHECKS,
  '2': [...GOAL_CHECKS, 'key-result-count', 'not-restated', 'objective-not-a-number'],
};

export interface GoalDraft {
  objective: string;
  keyResults: readonly string[];
}

export interface CoachAdvice {
  check: CoachCheck;
  /** Advice is never a block: a draft with advice may be kept as it is. */
  level: 'ok' | 'advice';
  /** What the advice is about: the objective (or the draft as a whole), or the key result at this index. */
  target: 'objective' | number;
  message: LocalText;
}

/** The fewest and the most key results a focused objective has. */
export const FEWEST_KEY_RESULTS = 2;
export const MOST_KEY_RESULTS = 4;
/**
 * The most of each field the coach reads, and the most key results it reads one by one (all are counted):
 * a draft has a few hundred characters, and this bounds what any input can make the coach do.
 */
export const MAX_FIELD_LENGTH = 300;
export const MAX_COACHED_KEY_RESULTS = 8;
/** A key result sharing at least this share of its words with the objective, and no number, restates it. */
export const RESTATED_SHARE = 0.6;

type Messages = Record<'ok' | 'advice', LocalText>;

const MESSAGES: Record<Exclude<CoachCheck, 'key-result-count' | 'specific'>, Messages> = {
  measurable: {
    ok: t('Has a number to hit.', '有可衡量的数字。'),
    advice: t(
      'No number to hit: how will you know it is done? Add a figure, a percentage or a from–to.',
      '没有可衡量的数字：您怎么判断是否达成？请加上数值、百分比或“从……到……”。',
    ),
  },
  'time-bound': {
    ok: t('It says by when.', '写明了期限。'),
    advice: t(
      'Say by when: add a date or a period, such as “by the end of Q3”.',
      '请写明期限：加上日期或周期，例如“第三季度末前”。',
    ),
  },
  outcome: {
    ok: t('Describes a result, not a task.', '写的是结果，而不是任务。'),
    advice: t(
      'This is a task to do, not a result to reach: ask what doing it should change, and measure that.',
      '这是一项要做的任务，而不是要达成的结果：请想一想做完它应带来什么改变，并衡量这个改变。',
    ),
  },
  'not-business-as-usual': {
    ok: t('Aims to change something, not to hold a level.', '追求的是改变，而不是维持现状。'),
    advice: t(
      'This holds a level (“maintain”, “keep at”): that is a KPI to watch, not an OKR. Aim for a change you have not reached yet.',
      '这是在维持现有水平（如“保持”“维持”），更适合作为 KPI 持续监控，而不是 OKR。请写一个尚未达到的改变。',
    ),
  },
  'not-restated': {
    ok: t('Adds something the objective does not say.', '补充了目标本身没有说的内容。'),
    advice: t(
      'This key result mostly repeats the objective: say how you will see that it happened.',
      '这个关键结果基本在重复目标：请说明用什么来判断目标已经实现。',
    ),
  },
  'objective-not-a-number': {
    ok: t('The objective says in words where you want to be.', '目标用文字描述了想要达到的状态。'),
    advice: t(
      'The objective is itself a number, which makes it a KPI. Say in words where you want to be, and move the number into a key result.',
      '目标本身就是一个数字，这更像 KPI。请用文字描述您想达到的状态，把数字放进关键结果。',
    ),
  },
};

const SPECIFIC: Record<'objective' | 'key-result', Messages> = {
  objective: {
    ok: t('Says clearly what will change.', '清楚地说明了要改变什么。'),
    advice: t(
      'The objective is vague (“improve”, “optimise”): say what will be different, or let a key result put a number on it.',
      '目标比较笼统（如“提升”“优化”）：请说明具体会有什么不同，或用一个可衡量的关键结果把它量化。',
    ),
  },
  'key-result': {
    ok: t('Says clearly what will change.', '清楚地说明了要改变什么。'),
    advice: t(
      'This key result is vague: name what changes and by how much.',
      '这个关键结果比较笼统：请写明改变什么、改变多少。',
    ),
  },
};

const KEY_RESULT_COUNT = {
  ok: t('Two to four key results: a focused set.', '两到四个关键结果，重点清楚。'),
  tooFew: t(
    'Add key results: two to four of them show whether the objective was reached.',
    '请补充关键结果：两到四个关键结果才能说明目标是否达成。',
  ),
  tooMany: t(
    'More than four key results spreads the effort thin: keep the two to four that matter most.',
    '关键结果超过四个，精力容易分散：请保留最重要的两到四个。',
  ),
};

const STOP_WORDS = new Set(
  'a|an|the|to|of|in|on|for|and|or|by|with|from|at|as|our|we|us|is|are|be|it|its|this|that|will|all|every'.split(
    '|',
  ),
);
const isHan = (c: string): boolean => c >= '\u4e00' && c <= '\u9fff';
// Called with one character at a time, so the class needs no anchors.
const isWordCharacter = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);

/** A word without the endings that only inflect it, so "improve" and "improved" count as one. */
function stem(word: string): string {
  for (const ending of ['ing', 'ed', 'es', 's', 'e'])
    if (word.endsWith(ending) && word.length - ending.length >= 3) return word.slice(0, -ending.length);
  return word;
}

/**
 * The words of a text, for telling whether two texts say the same: Latin words (lower case, without
 * inflection or the smallest words), and each pair of neighbouring Chinese characters, since Chinese
 * writes no spaces between words. One pass over the text.
 * @example contentTokens('提升客户满意度') // {'提升', '升客', '客户', '户满', '满意', '意度'}
 */
export function contentTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  let word = '';
  let previousHan = '';
  const endWord = (): void => {
    const lower = word.toLowerCase();
    if (lower !== '' && !STOP_WORDS.has(lower)) tokens.add(stem(lower));
    word = '';
  };
  for (const c of text) {
    if (isHan(c)) {
      endWord();
      if (previousHan !== '') tokens.add(previousHan + c);
      previousHan = c;
    } else {
      previousHan = '';
      if (isWordCharacter(c)) word += c;
      else endWord();
    }
  }
  endWord();
  return tokens;
}

/** The share of the key result's words that the objective also has; 0 when it has fewer than two. */
export function restatedShare(keyResult: string, objective: string): number {
  const mine = contentTokens(keyResult);
  if (mine.size < 2) return 0;
  const theirs = contentTokens(objective);
  let shared = 0;
  for (const token of mine) if (theirs.has(token)) shared++;
  return shared / mine.size;
}

/**
 * What a coach would say about a draft, check by check: for the draft (its deadline, how many key results
 * it has) and its objective first, then for each key result in order. Blank key results are skipped but
 * keep their place in the numbering; a blank draft gets no advice.
 * @example coachDraft({ objective: 'Maintain 99.9% uptime', keyResults: [] }, GOAL_RULE_SET_2) // advice on not-business-as-usual, time-bound, key-result-count, objective-not-a-number
 */
export function coachDraft(draft: GoalDraft, rules: GoalRuleSet): CoachAdvice[] {
  const checks = new Set(COACH_CHECKS[rules.version]);
  const objective = draft.objective.slice(0, MAX_FIELD_LENGTH).trim();
  const keyResults = draft.keyResults
    .slice(0, MAX_COACHED_KEY_RESULTS)
    .map((text, index) => ({ index, text: text.slice(0, MAX_FIELD_LENGTH).trim() }))
    .filter((kr) => kr.text !== '');
  const written = draft.keyResults.filter((kr) => kr.trim() !== '').length;
  if (objective === '' && written === 0) return [];

  const advice: CoachAdvice[] = [];
  const say = (
    check: CoachCheck,
    target: CoachAdvice['target'],
    passed: boolean,
    messages: Messages,
  ): void => {
    if (checks.has(check))
      advice.push({
        check,
        level: passed ? 'ok' : 'advice',
        target,
        message: messages[passed ? 'ok' : 'advice'],
      });
  };
  const anyMeasurable = keyResults.some((kr) => isMeasurable(kr.text, rules));
  const whole = [objective, ...keyResults.map((kr) => kr.text)].join('\n');

  say('time-bound', 'objective', isTimeBound(whole, rules), MESSAGES['time-bound']);
  if (checks.has('key-result-count')) {
    const level = written < FEWEST_KEY_RESULTS ? 'tooFew' : written > MOST_KEY_RESULTS ? 'tooMany' : 'ok';
    advice.push({
      check: 'key-result-count',
      level: level === 'ok' ? 'ok' : 'advice',
      target: 'objective',
      message: KEY_RESULT_COUNT[level],
    });
  }
  if (objective !== '') {
    say(
      'not-business-as-usual',
      'objective',
      !holdsLevel(objective, rules),
      MESSAGES['not-business-as-usual'],
    );
    // A qualitative objective is what an OKR wants, as long as a key result puts a number on it.
    say('specific', 'objective', !isVague(objective, rules) || anyMeasurable, SPECIFIC.objective);
    say(
      'objective-not-a-number',
      'objective',
      !isMeasurable(objective, rules),
      MESSAGES['objective-not-a-number'],
    );
  }
  for (const { index, text } of keyResults) {
    const measurable = isMeasurable(text, rules);
    say('measurable', index, measurable, MESSAGES.measurable);
    say('outcome', index, !isTask(text, rules), MESSAGES.outcome);
    say('not-business-as-usual', index, !holdsLevel(text, rules), MESSAGES['not-business-as-usual']);
    say('specific', index, !isVague(text, rules), SPECIFIC['key-result']);
    // A key result that repeats the objective but puts a number on it says how it will be measured.
    const restated = !measurable && restatedShare(text, objective) >= RESTATED_SHARE;
    say('not-restated', index, !restated, MESSAGES['not-restated']);
  }
  return advice;
}

/**
 * The share of a draft's checks that pass, for comparing a draft now with its first version; null when
 * there was nothing to judge.
 */
export function draftScore(advice: readonly CoachAdvice[]): number | null {
  if (advice.length === 0) return null;
  return advice.filter((a) => a.level === 'ok').length / advice.length;
}
