// Runs the recommendation rules over a report's findings: the rule that carries out the verdict first,
// then the others in table order (which is priority order).

import type { Recommendation, RecommendationContext } from './recommendation';
import { RECOMMENDATION_RULES } from './recommendation-rules';

export function recommend(ctx: RecommendationContext): Recommendation[] {
  const leading = RECOMMENDATION_RULES.filter((rule) => rule.leads === ctx.decision.verdict);
  const ordered = [...leading, ...RECOMMENDATION_RULES.filter((rule) => !leading.includes(rule))];
  return ordered.flatMap((rule) => {
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
