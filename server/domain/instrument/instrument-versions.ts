// Which scales two versions of the readiness questionnaire measure alike, so that waves asked with different
// versions are compared only where the comparison means something (MODEL.md section 2.8, "Mapping").
//
// Each item of the later version names the item of the earlier one it keeps the meaning and direction of,
// or none. A scale is comparable across the two versions when it keeps its id and its referent, and at
// least half of each version's items have a counterpart in the other.

import type { Questionnaire } from './questionnaire';

interface InstrumentStep {
  from: string;
  to: string;
  /** Item of `to` → the item of `from` with the same meaning and direction. */
  counterparts: Readonly<Record<string, string>>;
  /** Scales whose referent changed (for example from "my work" to "my department's work"). */
  referentChanged: readonly string[];
}

export const INSTRUMENT_STEPS: readonly InstrumentStep[] = [
  {
    from: 'readiness-okr',
    to: 'readiness-okr-2',
    counterparts: {
      pay_fair: 'pay_fair',
      pay_market: 'pay_market',
      pay_below_peers: 'pay_less_than_peers',
      security_next_year: 'security_next_year',
      security_worry: 'security_layoff_worry',
      silos_easy_help: 'silos_easy_help',
      silos_targets_clash: 'silos_targets_clash',
      silos_blame: 'silos_blame',
      support_goals_in_decisions: 'support_used_in_decisions',
      support_initiatives_dropped: 'support_fades',
      safety_report_miss: 'safety_report_miss',
      safety_new_ideas: 'safety_new_ideas',
      safety_stay_quiet: 'safety_stay_quiet',
      transparency_other_goals: 'transparency_other_goals',
      transparency_business_updates: 'transparency_business_updates',
      decoupling_rating_hurt: 'decoupling_rating_hurt',
      decoupling_safe_targets: 'decoupling_safe_targets',
      decoupling_stretch_valued: 'decoupling_stretch_valued',
      stability_bad_month_rewrite: 'stability_bad_month_rewrite',
      stability_hold: 'stability_hold_quarter',
      specificity_number: 'specificity_number_deadline',
      specificity_deadline: 'specificity_number_deadline',
      specificity_vague: 'specificity_too_general',
      granularity_results: 'granularity_results',
      granularity_todo_list: 'granularity_todo_list',
      shared_definitions_agree_measure: 'shared_definitions_agree_measure',
      shared_definitions_better_differs: 'shared_definitions_better_differs',
      data_no_manual: 'data_no_manual',
      data_one_place: 'data_shared_view',
      efficacy_solve_problems: 'efficacy_solve_problems',
      dynamism_new_work: 'dynamism_new_work',
      dynamism_plans_outdated: 'dynamism_plans_outdated',
    },
    // Version 1 asked about the respondent's own work; version 2 about the department and the company.
    referentChanged: ['fit.dynamism', 'fit.control'],
  },
];

interface ScaleItems {
  /** Item ids per scale, in each version. */
  from: Readonly<Record<string, readonly string[]>>;
  to: Readonly<Record<string, readonly string[]>>;
}

/**
 * The scales a wave asked with `step.from` and one asked with `step.to` may be compared on, by the rule at
 * the top of this file. Knowledge scenarios are compared only when every scenario is the same item: a
 * share of right answers depends on which situations were asked.
 */
export function comparableScales(step: InstrumentStep, items: ScaleItems): string[] {
  const kept = new Set(Object.values(step.counterparts));
  return Object.keys(items.to)
    .filter((scale) => items.from[scale] !== undefined && !step.referentChanged.includes(scale))
    .filter((scale) => {
      const before = items.from[scale]!;
      const after = items.to[scale]!;
      // Stryker disable next-line StringLiteral: equivalent, no item is named like the stand-in for none
      const afterKept = after.filter((id) => before.includes(step.counterparts[id] ?? '')).length;
      const beforeKept = before.filter(
        (id) => kept.has(id) && after.some((a) => step.counterparts[a] === id),
      );
      if (scale === 'okr-kpi.knowledge')
        return afterKept === after.length && beforeKept.length === before.length;
      return 2 * afterKept >= after.length && 2 * beforeKept.length >= before.length;
    })
    .sort();
}

/** Item ids per scale of a questionnaire: what `comparableScales` weighs. */
function scaleItems(questionnaire: Questionnaire): Record<string, string[]> {
  const items: Record<string, string[]> = {};
  for (const q of questionnaire.questions) if (q.scale) (items[q.scale] ??= []).push(q.id);
  return items;
}

/** Null when both waves asked the same questionnaire; the scales both measure alike otherwise. */
export function scalesAlike(earlier: Questionnaire, later: Questionnaire): string[] | null {
  if (earlier.id === later.id) return null;
  const step = INSTRUMENT_STEPS.find(
    (s) => (s.from === earlier.id && s.to === later.id) || (s.from === later.id && s.to === earlier.id),
  );
  if (!step) return [];
  const [from, to] = step.from === earlier.id ? [earlier, later] : [later, earlier];
  return comparableScales(step, { from: scaleItems(from), to: scaleItems(to) });
}
