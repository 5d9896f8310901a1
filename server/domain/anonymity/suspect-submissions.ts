// Which recent submissions through one shared link look like padding: more than `burstSize` within
// `burstWindowMs` (a script, or one person answering again and again), and answers equal or nearly equal to
// another recent one through the same link (copies of known answers). Judged only on what the server holds
// in memory: the time of a submission is never stored, and nothing stored marks a response as suspect.

import { ConflictError } from '../errors';
import type { AnswerValue, Answers } from '../instrument/validate-answers';

export interface RecentSubmission {
  /** The stored response's id. */
  id: string;
  /** Milliseconds since the epoch; held in memory only, never stored. */
  at: number;
  answers: Answers;
}

export interface SuspectRules {
  /** More than this many submissions through one link within `burstWindowMs` is a burst. */
  burstSize: number;
  burstWindowMs: number;
  /** Two answers are nearly identical when they agree on at least this share of the questions either answered. */
  similarity: number;
}

/**
 * A team answering together at a meeting can make a burst too, which is why suspects are shown to the
 * administrator to judge rather than refused. Real people rarely agree on nine questions in ten of sixty.
 */
export const SUSPECT_RULES: SuspectRules = { burstSize: 5, burstWindowMs: 2 * 60_000, similarity: 0.9 };

export interface Suspects {
  /** The largest burst: how many submissions within how many milliseconds; null when there is none. */
  burst: { count: number; spanMs: number } | null;
  /** Submissions nearly identical to another one held. */
  nearlyIdentical: number;
  /** Every suspect submission: in a burst, or nearly identical to another. */
  ids: string[];
}

/** Choices are compared as sets and text without case or surrounding space. */
function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  // Stryker disable next-line LogicalOperator: equivalent, undefined equals no answer that is given
  if (a === undefined || b === undefined) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x) => b.includes(x));
  }
  if (typeof a === 'string' && typeof b === 'string')
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a === b;
}

/**
 * The share of the questions answered in either response that both answered alike (1 for two empty ones).
 * @example answerAgreement({ a: 1, b: 2 }, { a: 1, b: 3 }) // 0.5
 */
export function answerAgreement(a: Answers, b: Answers): number {
  const questions = new Set([...Object.keys(a), ...Object.keys(b)]);
  if (questions.size === 0) return 1;
  let same = 0;
  for (const q of questions) if (sameAnswer(a[q], b[q])) same++;
  return same / questions.size;
}

export function findSuspects(
  recent: readonly RecentSubmission[],
  rules: SuspectRules = SUSPECT_RULES,
): Suspects {
  const byTime = [...recent].sort((x, y) => x.at - y.at);
  const suspect = new Set<string>();
  let burst: Suspects['burst'] = null;
  for (let right = 0, left = 0; right < byTime.length; right++) {
    while (byTime[right]!.at - byTime[left]!.at > rules.burstWindowMs) left++;
    const count = right - left + 1;
    if (count <= rules.burstSize) continue;
    for (let i = left; i <= right; i++) suspect.add(byTime[i]!.id);
    if (burst === null || count > burst.count) {
      burst = { count, spanMs: byTime[right]!.at - byTime[left]!.at };
    }
  }
  const copies = new Set<string>();
  for (let i = 0; i < byTime.length; i++) {
    for (let j = i + 1; j < byTime.length; j++) {
      if (answerAgreement(byTime[i]!.answers, byTime[j]!.answers) >= rules.similarity) {
        copies.add(byTime[i]!.id);
        copies.add(byTime[j]!.id);
      }
    }
  }
  for (const id of copies) suspect.add(id);
  return {
    burst,
    nearlyIdentical: copies.size,
    ids: byTime.filter((s) => suspect.has(s.id)).map((s) => s.id),
  };
}

/** The refusal of a decision about suspects that changed since they were shown: it must act on what was seen. */
export function suspectsChangedError(): ConflictError {
  return new ConflictError(
    'These suspect submissions have changed since they were shown: look at them again.',
    {
      code: 'suspects.changed',
      params: {},
    },
  );
}
