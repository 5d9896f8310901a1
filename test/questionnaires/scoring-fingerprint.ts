// The part of a questionnaire that decides scores: question names, roles, scales, reverse-coding, accepted
// values and correct answers. Wording may change freely; this may not, for a questionnaire id in use.

import { createHash } from 'node:crypto';
import type { Questionnaire } from '../../server/domain/instrument/questionnaire';

export function scoringFingerprint(questionnaire: Questionnaire): string {
  const structure = questionnaire.questions.map((q) => [
    q.id,
    q.role,
    q.scale,
    q.reverse,
    q.correctAnswer,
    q.accepts,
  ]);
  return createHash('sha256')
    .update(JSON.stringify([questionnaire.modelVersion, structure]))
    .digest('hex');
}
