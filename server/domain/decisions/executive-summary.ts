// The first screen of a report, for someone who reads nothing else: the verdict and what would move it,
// the few barriers that weigh most, the first actions, and how far to trust it all. It is built only from
// parts of the report the reader already holds, so a department head's summary, built from their restricted
// report, can never show a figure their report does not.

import type { LocalText } from '../instrument/barrier-model';
import type { Check, CheckStatus } from './checks';
import type { Decision } from './decide';
import type { Recommendation } from './recommendation';
import type { Verdict } from './verdicts';

/** How many barriers and first actions the summary names: enough to act on, few enough to remember. */
export const SUMMARY_BARRIERS = 3;
export const SUMMARY_ACTIONS = 3;

export interface ExecutiveSummary {
  verdict: Verdict;
  title: LocalText;
  /** More responses could change the verdict: an interval straddles a line on the way to it. */
  provisional: boolean;
  /**
   * What would change the verdict: the deciding gate's measures that found the barrier, each with the line
   * it would have to cross. Empty when every gate passed, or when the verdict is for want of evidence.
   */
  toChange: Check[];
  /** The barriers that weigh most, clearest first, each with its one figure; at most SUMMARY_BARRIERS. */
  barriers: Check[];
  /** The first recommendations, in the report's order of priority; at most SUMMARY_ACTIONS. */
  actions: { id: string; title: LocalText }[];
  trust: {
    /**
     * People who answered, the count the response rate is of (some may wait to enter the figures); null
     * where the reader may not see the organization's counts.
     */
    received: number | null;
    responseRate: number | null;
    headcount: number;
  };
}

/** The parts of a report the summary reads (campaign-report.ts, after any restriction). */
export interface SummaryInput {
  decision: Decision;
  recommendations: readonly Recommendation[];
  received: number | null;
  responseRate: number | null;
  headcount: number;
}

const SEVERITY: Partial<Record<CheckStatus, number>> = { fail: 0, 'leans-fail': 1 };

/**
 * A barrier worth naming on the first screen has a figure the reader may see: a withheld check has none,
 * and a fact HR stated has no number to quote (the report shows it in full).
 */
const isNamedBarrier = (check: Check) =>
  SEVERITY[check.status] !== undefined && !check.withheld && check.value !== null && check.unit !== 'fact';

export function summarize(input: SummaryInput): ExecutiveSummary {
  const { decision } = input;
  const deciding = decision.gates.find((g) => g.id === decision.decidingGate);
  // For want of evidence, what would change the verdict is more answers, which the trust line says.
  const toChange =
    deciding && decision.verdict !== 'insufficient-evidence' ? deciding.checks.filter(isNamedBarrier) : [];
  // The deciding gate's barriers first (they made the verdict), then later gates' in the order they are
  // tested; within each, a clear barrier before a likely one. A measure several gates read is named once.
  const ordered = [...(deciding ? [deciding] : []), ...decision.gates.filter((g) => g !== deciding)].flatMap(
    (g) => g.checks.filter(isNamedBarrier).sort((a, b) => SEVERITY[a.status]! - SEVERITY[b.status]!),
  );
  const seen = new Set<string>();
  const barriers = ordered.filter((c) => !seen.has(c.subject) && seen.add(c.subject));
  return {
    verdict: decision.verdict,
    title: decision.title,
    provisional: decision.provisional,
    toChange,
    barriers: barriers.slice(0, SUMMARY_BARRIERS),
    actions: input.recommendations.slice(0, SUMMARY_ACTIONS).map((r) => ({ id: r.id, title: r.title })),
    trust: { received: input.received, responseRate: input.responseRate, headcount: input.headcount },
  };
}
