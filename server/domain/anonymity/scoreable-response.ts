// Which responses are taken at all: one that cannot be scored on at least half of the questionnaire's
// scales is refused (MODEL.md §3.4). A blank or all-"don't know" response would otherwise count as a person
// towards every minimum while adding nothing to the figures, so that one real answer and four empty ones
// made a group of five whose every figure was that one person's.

import type { BarrierModel } from '../instrument/barrier-model';
import { InvalidAnswerError } from '../errors';
import type { Questionnaire } from '../instrument/questionnaire';
import { scoreResponse } from '../instrument/scoring';
import type { Answers } from '../instrument/validate-answers';

/** Scales a response must have a score on: half of those the questionnaire measures, rounded up. */
export function scalesNeeded(scaleCount: number): number {
  return Math.ceil(scaleCount / 2);
}

/** Throws InvalidAnswerError (code `response.not-scoreable`) naming the scales still without a score. */
export function assertScoreable(questionnaire: Questionnaire, model: BarrierModel, answers: Answers): void {
  const scales = scoreResponse(questionnaire, model, answers).scales;
  const ids = Object.keys(scales);
  const scored = ids.filter((id) => scales[id] !== null).length;
  const needed = scalesNeeded(ids.length);
  if (scored >= needed) return;
  const missing = ids.filter((id) => scales[id] === null);
  throw new InvalidAnswerError(
    `Too few answers to count: the answers give a score on ${scored} of the ${ids.length} topics, and at least ${needed} are needed ("don't know" does not count). Nothing was stored.`,
    { code: 'response.not-scoreable', params: { scored, needed, total: ids.length } },
    missing.map((id) => ({
      field: `scale:${id}`,
      message: 'has too few answers for a score',
      code: 'response.scale-unanswered',
      params: { scale: id },
    })),
  );
}
