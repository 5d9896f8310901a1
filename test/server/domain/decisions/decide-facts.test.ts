// The Balanced Scorecard route under model 2, which reads what HR stated about the organization instead of
// asking respondents: an organization ready on every other gate, with moderate dynamism unless told otherwise.

import { describe, expect, it } from 'vitest';
import {
  BARRIER_MODEL_V1,
  BARRIER_MODEL_V2,
  type BarrierModel,
} from '../../../../server/domain/instrument/barrier-model';
import { decide } from '../../../../server/domain/decisions/decide';
import type { DecisionInput } from '../../../../server/domain/decisions/decision-rules';
import { summarizeGroup } from '../../../../server/domain/analysis/group-summary';
import {
  NO_FACTS,
  ORGANIZATION_FACTS,
  type OrganizationFacts,
} from '../../../../server/domain/campaigns/organization-facts';
import type { ResponseScore } from '../../../../server/domain/instrument/scoring';
import { wilsonInterval } from '../../../../server/domain/statistics/intervals';

const N = 30;
/** Mature, several units with their own P&L, an established KPI system: every trait the route asks for. */
const SCORECARD_FACTS: Partial<OrganizationFacts> = {
  businessUnits: 'five-plus',
  kpiSystem: 'established',
  maturity: 'mature',
};

/**
 * Thirty respondents scoring every scale 80 ± 5 (so every interval lies clearly on one side of its
 * threshold), except a low preference for control (30) and the given dynamism, which at 50 is moderate:
 * below the Balanced Scorecard's 60 and above KPI + projects' 40.
 */
function input(
  facts: Partial<OrganizationFacts>,
  options: { dynamism?: number; model?: BarrierModel } = {},
): DecisionInput {
  const model = options.model ?? BARRIER_MODEL_V2;
  const levels: Record<string, number> = Object.fromEntries(
    model.dimensions.flatMap((d) => d.scales.map((s) => [s.id, 80])),
  );
  levels['fit.control'] = 30;
  levels['fit.dynamism'] = options.dynamism ?? 50;
  const scores = Array.from({ length: N }, (_, i): ResponseScore => {
    const scales = Object.fromEntries(Object.entries(levels).map(([id, m]) => [id, i % 2 ? m + 5 : m - 5]));
    const dimensions = Object.fromEntries(
      model.dimensions.map((d) => [
        d.id,
        d.scales.reduce((sum, s) => sum + scales[s.id]!, 0) / d.scales.length,
      ]),
    );
    return { scales, dimensions };
  });
  return {
    model,
    responses: N,
    headcount: 40,
    minGroupSize: 5,
    overall: summarizeGroup(model, scores),
    // Few respondents describe several units or a KPI system: only model 1 would read this.
    profile: { 'multi-unit': wilsonInterval(3, N), 'established-kpi': wilsonInterval(3, N) },
    facts: { ...NO_FACTS, ...facts },
  };
}

const scorecardGate = (facts: Partial<OrganizationFacts>, options?: Parameters<typeof input>[1]) =>
  decide(input(facts, options)).gates.find((g) => g.id === 'fit-balanced-scorecard')!;

describe('the Balanced Scorecard route under model 2', () => {
  it('routes a mature organization with several units and an established KPI system, at moderate dynamism', () => {
    const decision = decide(input(SCORECARD_FACTS));
    expect(decision).toMatchObject({
      verdict: 'balanced-scorecard',
      decidingGate: 'fit-balanced-scorecard',
      provisional: false,
    });
    expect(scorecardGate(SCORECARD_FACTS).checks.map((c) => [c.subject, c.status])).toEqual([
      ['multi-unit', 'fail'],
      ['established-kpi', 'fail'],
      ['mature', 'fail'],
      ['fit.dynamism', 'fail'],
    ]);
  });

  it.each([
    { fact: 'a single business unit', facts: { businessUnits: 'one' } },
    { fact: 'KPIs in some departments only', facts: { kpiSystem: 'some' } },
    { fact: 'no KPIs to speak of', facts: { kpiSystem: 'none' } },
    { fact: 'a young organization', facts: { maturity: 'young' } },
    { fact: 'a fast-growing organization', facts: { maturity: 'growing' } },
  ] as { fact: string; facts: Partial<OrganizationFacts> }[])(
    'passes the gate, and says ready, when HR states $fact',
    ({ facts }) => {
      const gate = scorecardGate({ ...SCORECARD_FACTS, ...facts });
      expect(gate.status).toBe('pass');
      expect(decide(input({ ...SCORECARD_FACTS, ...facts })).verdict).toBe('ready');
    },
  );

  it.each(['businessUnits', 'kpiSystem', 'maturity'] as const)(
    'leaves the gate unassessed, and goes on to the readiness gates, when HR did not state %s',
    (key) => {
      const facts = { ...SCORECARD_FACTS, [key]: null };
      const gate = scorecardGate(facts);
      expect(gate.status).toBe('not-assessed');
      expect(gate.checks.filter((c) => c.status === 'not-assessed')).toHaveLength(1);
      // A routing gate may go unmeasured: the verdict comes from the gates after it.
      expect(decide(input(facts)).verdict).toBe('ready');
    },
  );

  it('leaves every fact check unassessed, with no answer, when HR stated nothing', () => {
    const gate = scorecardGate({});
    expect(gate.status).toBe('not-assessed');
    for (const check of gate.checks.filter((c) => c.unit === 'fact')) {
      expect(check).toMatchObject({ value: null, status: 'not-assessed' });
      expect(check.answer).toBeUndefined();
    }
  });

  it('passes the gate when the work is too dynamic, whatever HR states', () => {
    expect(scorecardGate(SCORECARD_FACTS, { dynamism: 80 }).status).toBe('pass');
    expect(decide(input(SCORECARD_FACTS, { dynamism: 80 })).verdict).toBe('ready');
  });

  it.each([
    { facts: SCORECARD_FACTS, values: [1, 1, 1] },
    { facts: { businessUnits: 'two-to-four', kpiSystem: 'some', maturity: 'growing' }, values: [1, 0, 0] },
    { facts: { businessUnits: 'one' }, values: [0, null, null] },
  ] as { facts: Partial<OrganizationFacts>; values: (number | null)[] }[])(
    'carries HR’s answer in words beside each fact check, valued $values',
    ({ facts, values }) => {
      const checks = scorecardGate(facts).checks.filter((c) => c.unit === 'fact');
      expect(checks.map((c) => c.value)).toEqual(values);
      expect(checks.map((c) => c.subject)).toEqual(['multi-unit', 'established-kpi', 'mature']);
      const keys = ['businessUnits', 'kpiSystem', 'maturity'] as const;
      checks.forEach((check, i) => {
        const given = ({ ...NO_FACTS, ...facts } as OrganizationFacts)[keys[i]!];
        const answers: Record<string, unknown> = ORGANIZATION_FACTS[keys[i]!].answers;
        expect(check.answer).toEqual(given === null ? undefined : answers[given]);
      });
    },
  );

  it('reads a fact as 1 when the organization has the trait and 0 when not, known exactly', () => {
    const checks = scorecardGate({ businessUnits: 'two-to-four', kpiSystem: 'some' }).checks;
    expect(checks.slice(0, 3).map((c) => [c.value, c.low, c.high, c.threshold, c.barrierWhen])).toEqual([
      [1, 1, 1, 1, 'at-or-above'],
      [0, 0, 0, 1, 'at-or-above'],
      [null, null, null, 1, 'at-or-above'],
    ]);
    expect(checks[0]!.answer).toEqual({ en: '2 to 4', 'zh-cn': '2 到 4 个' });
  });

  it('ignores HR’s facts under model 1, which asks respondents instead', () => {
    const gate = scorecardGate(SCORECARD_FACTS, { model: BARRIER_MODEL_V1 });
    expect(gate.checks.map((c) => c.subject)).toEqual(['multi-unit', 'established-kpi', 'fit.dynamism']);
    expect(gate.checks.every((c) => c.unit !== 'fact')).toBe(true);
    expect(gate.status).toBe('pass');
  });
});
