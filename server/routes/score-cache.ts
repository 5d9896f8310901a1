// Stored responses never change, and a campaign never changes questionnaire or model: score each response
// once per process instead of on every report. Keyed by the response object, so it empties itself when
// storage lets a response go.

import type { BarrierModel } from '../domain/instrument/barrier-model';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import type { SurveyResponse } from '../domain/instrument/response';
import { scoreItems, scoreResponse, type ResponseScore } from '../domain/instrument/scoring';

export function createScoreCache() {
  type Scored = { score: ResponseScore; items: Record<string, number | null> };
  const cache = new WeakMap<SurveyResponse, Scored>();
  return (questionnaire: Questionnaire, model: BarrierModel) => (response: SurveyResponse) => {
    let scored = cache.get(response);
    if (!scored) {
      scored = {
        score: scoreResponse(questionnaire, model, response.answers),
        items: scoreItems(questionnaire, model, response.answers),
      };
      cache.set(response, scored);
    }
    return scored;
  };
}
