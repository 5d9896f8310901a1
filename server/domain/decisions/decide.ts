// Walks the decision gates in order and returns the verdict with every gate's evidence, so the report can
// show not only what was decided but each score and rule that decided it.

import type { LocalText } from '../instrument/barrier-model';
import type { Check, CheckStatus } from './checks';
import { GATES, type DecisionInput } from './decision-rules';
import { VERDICT_TEXT, type Verdict } from './verdicts';

export interface GateResult {
  id: string;
  verdict: Verdict;
  /** The title of the verdict this gate gives when it finds a barrier. */
  title: LocalText;
  rule: LocalText;
  status: CheckStatus;
  checks: Check[];
}

export interface Decision {
  verdict: Verdict;
  title: LocalText;
  summary: LocalText;
  /** True when a confidence interval straddles a threshold on the way to the verdict: more data could change it. */
  provisional: boolean;
  /** The gate that produced the verdict; null when every gate passed. */
  decidingGate: string | null;
  gates: GateResult[];
}

const finds = (status: CheckStatus) => status === 'fail' || status === 'leans-fail';
const isUnmeasured = (gate: GateResult, required: boolean) => required && gate.status === 'not-assessed';

/** The first gate that finds a barrier decides; later gates are still reported, for the full picture. */
export function decide(input: DecisionInput): Decision {
  const gates: GateResult[] = GATES.map((gate) => ({
    id: gate.id,
    verdict: gate.verdict,
    title: VERDICT_TEXT[gate.verdict].title,
    rule: gate.rule(input.model),
    ...gate.assess(input),
  }));
  const index = gates.findIndex((g, i) => finds(g.status) || isUnmeasured(g, GATES[i]!.required));
  const deciding = gates[index];
  const before = deciding ? gates.slice(0, index) : gates;
  const provisional = deciding?.status === 'leans-fail' || before.some((g) => g.status === 'leans-pass');
  // A readiness gate nobody could be scored on leaves nothing to decide with.
  const verdict = !deciding
    ? 'ready'
    : deciding.status === 'not-assessed'
      ? 'insufficient-evidence'
      : deciding.verdict;
  return { verdict, ...VERDICT_TEXT[verdict], provisional, decidingGate: deciding?.id ?? null, gates };
}
