// Runs the recommendation rules over a report's findings, in table order (which is priority order).

import type { Recommendation, RecommendationContext } from './recommendation';
import { RECOMMENDATION_RULES } from './recommendation-rules';

export function recommend(ctx: RecommendationContext): Recommendation[] {
  return RECOMMENDATION_RULES.flatMap((rule) => {
    const outcome = rule.when(ctx);
    if (!outcome) return [];
    return [
      {
        id: rule.id,
        title: rule.title,
        evidence: outcome.evidence,
        steps: rule.steps,
        departmentIds: outcome.departmentIds ?? [],
        plan: outcome.plan ?? null,
      },
    ];
  });
}
