// Stored responses never change, and a campaign never changes questionnaire or model: score each response
// once per process instead of on every report. Keyed by the response object, so it empties itself when
// storage lets a response go.

import type { BarrierModel } from '../domain/barrier-model';
import type { Questionnaire } from '../domain/questionnaire';
import type { SurveyResponse } from '../domain/response';
import { scoreResponse, type ResponseScore } from '../domain/scoring';

export function createScoreCache() {
  const cache = new WeakMap<SurveyResponse, ResponseScore>();
  return (questionnaire: Questionnaire, model: BarrierModel) => (response: SurveyResponse) => {
    let score = cache.get(response);
    if (!score) {
      score = scoreResponse(questionnaire, model, response.answers);
      cache.set(response, score);
    }
    return score;
  };
}
