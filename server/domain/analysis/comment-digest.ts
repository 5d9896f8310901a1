// What respondents wrote in the free-text comment, for the report. Shown for the whole organization only,
// and only once at least the campaign's comment minimum of people wrote one: a higher bar than for figures,
// since words can be recognised. Never per department, because the organization's list minus the shown
// departments' lists would give away what a hidden department wrote. Sorted alphabetically, so the order
// says nothing about who answered when.

import type { Questionnaire } from '../instrument/questionnaire';
import type { SurveyResponse } from '../instrument/response';

export interface CommentDigest {
  minimum: number;
  /**
   * Null until enough people have commented. How many comments wait for the next batch is never said: it
   * would go up exactly when the person who just answered wrote one.
   */
  comments: string[] | null;
}

/** Enough to read; a longer list says nothing new. */
export const MAX_COMMENTS_SHOWN = 200;

/**
 * `responses` in the order they were stored. Comments are released in whole batches of `minimum`, the
 * earliest first (MODEL.md §5.2), so reading the report before and after one answer never shows a comment
 * that just arrived, tied to the person who just answered.
 */
export function digestComments(
  questionnaire: Questionnaire,
  responses: readonly SurveyResponse[],
  minimum: number,
): CommentDigest {
  const question = questionnaire.questions.find((q) => q.role === 'comment');
  if (!question) return { minimum, comments: null };
  const written = responses
    .map((r) => r.answers[question.id])
    .filter((v): v is string => typeof v === 'string')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  const released = Math.floor(written.length / minimum) * minimum;
  const comments = written.slice(0, released).sort((a, b) => a.localeCompare(b));
  return { minimum, comments: released > 0 ? comments.slice(0, MAX_COMMENTS_SHOWN) : null };
}
