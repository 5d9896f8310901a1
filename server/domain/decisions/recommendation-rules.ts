// The recommendation rules, as data, in priority order: adding a recommendation means adding a row to
// one of the two tables. Each rule is documented in questionnaires/MODEL.md.

import type { RecommendationRule } from './recommendation';
import { FOUNDATION_RULES } from './recommendation-rules-foundation';
import { GOAL_RULES } from './recommendation-rules-goals';

export const RECOMMENDATION_RULES: readonly RecommendationRule[] = [...FOUNDATION_RULES, ...GOAL_RULES];
