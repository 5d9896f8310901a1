// What a recommendation is, and the helpers rules use to cite their evidence: a recommendation always
// names the scores that fired it, so an executive can see why it is on the list.

import type { BarrierModel, LocalText } from '../instrument/barrier-model';
import { scaleTitle, unfavourableLabel } from '../instrument/barrier-model';
import type { CampaignAnalysis } from '../analysis/campaign-analysis';
import type { Decision } from './decide';
import type { GroupSummary } from '../analysis/group-summary';
import type { OrganizationFacts } from '../campaigns/organization-facts';
import type { ProportionEstimate } from '../statistics/intervals';

export interface Evidence {
  label: LocalText;
  value: number;
  low: number | null;
  high: number | null;
  unit: 'score' | 'share' | 'count' | 'coefficient';
  /** The level the rule compares with, when there is one. */
  threshold: number | null;
}

export interface StarterPlanSection {
  heading: LocalText;
  /** What the survey found that bears on this part of the plan. */
  finding: LocalText;
  actions: LocalText[];
}

export interface Recommendation {
  id: string;
  title: LocalText;
  evidence: Evidence[];
  steps: LocalText[];
  /** Departments the recommendation names (the pilot pair, departments in conflict). */
  departmentIds: string[];
  /** For the alternatives to OKR: a first version of the other framework, filled from the survey. */
  plan: StarterPlanSection[] | null;
}

export interface RecommendationContext {
  model: BarrierModel;
  decision: Decision;
  overall: GroupSummary | null;
  analysis: CampaignAnalysis | null;
  /** Department names by id, for texts that name departments. */
  departmentNames: ReadonlyMap<string, string>;
  /** What HR stated about the organization for this campaign. */
  facts: OrganizationFacts;
  /** Share of respondents who say they have had OKR training, or null when not asked or not shown. */
  trainedShare: ProportionEstimate | null;
}

export interface RuleOutcome {
  evidence: Evidence[];
  departmentIds?: string[];
  plan?: StarterPlanSection[];
}

export interface RecommendationRule {
  id: string;
  title: LocalText;
  /** In words, the condition below: shown beside the recommendation and in MODEL.md. */
  condition: LocalText;
  when: (ctx: RecommendationContext) => RuleOutcome | null;
  steps: LocalText[];
  /** The verdict this rule carries out; under that verdict it is listed first. */
  leads?: Decision['verdict'];
}

/** Which of the model's lines a rule compares a scale with, and how. */
export type Line = 'barrier' | 'healthy' | 'knowledge';

/**
 * Evidence that a scale's organization mean is on the wrong side of one of the model's lines, or null:
 * at or below the barrier line (as the gates judge it), or below the healthy or knowledge line.
 */
export function scaleBelow(ctx: RecommendationContext, scaleId: string, line: Line): Evidence[] | null {
  const { red, green, knowledgeCorrect } = ctx.model.thresholds;
  const threshold = line === 'barrier' ? red : line === 'healthy' ? green : knowledgeCorrect;
  const estimate = ctx.overall?.scales[scaleId]?.estimate;
  if (!estimate || estimate.mean === null) return null;
  const isBelow = line === 'barrier' ? estimate.mean <= threshold : estimate.mean < threshold;
  if (!isBelow) return null;
  const label = scaleTitle(ctx.model, scaleId);
  return [{ label, value: estimate.mean, low: estimate.low, high: estimate.high, unit: 'score', threshold }];
}

/** Evidence from every listed scale on the wrong side of the line; null when none is. */
export function anyScaleBelow(
  ctx: RecommendationContext,
  scaleIds: readonly string[],
  line: Line,
): RuleOutcome | null {
  const evidence = scaleIds.flatMap((id) => scaleBelow(ctx, id, line) ?? []);
  return evidence.length ? { evidence } : null;
}

/**
 * A hygiene scale is a concern when its mean is at or below the barrier line, or when the share of
 * unfavourable respondents reaches the model's limit: the same two ways the hygiene gate fails.
 */
export function hygieneConcern(ctx: RecommendationContext, scaleId: string): RuleOutcome | null {
  const evidence = scaleBelow(ctx, scaleId, 'barrier') ?? [];
  const unfavourable = ctx.overall?.scales[scaleId]?.favourability.unfavourable;
  const limit = ctx.model.thresholds.hygieneUnfavourableShare;
  if (unfavourable?.p != null && unfavourable.p >= limit) {
    evidence.push({
      label: unfavourableLabel(ctx.model, scaleId),
      value: unfavourable.p,
      low: unfavourable.low,
      high: unfavourable.high,
      unit: 'share',
      threshold: limit,
    });
  }
  return evidence.length ? { evidence } : null;
}

export function scaleEvidence(ctx: RecommendationContext, scaleId: string): Evidence | null {
  const estimate = ctx.overall?.scales[scaleId]?.estimate;
  if (!estimate || estimate.mean === null) return null;
  return {
    label: scaleTitle(ctx.model, scaleId),
    value: estimate.mean,
    low: estimate.low,
    high: estimate.high,
    unit: 'score',
    threshold: null,
  };
}

export const isVerdict = (ctx: RecommendationContext, ...verdicts: Decision['verdict'][]) =>
  verdicts.includes(ctx.decision.verdict);
