// The seed cases routed to an alternative (KPI + projects, Balanced Scorecard), and the one ready for OKR.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  SEEDS,
  loadQuestionnaire,
  run,
  expectVerdict,
  ids,
  recommendation,
  check,
} from './seed-case-helpers';

beforeAll(loadQuestionnaire);

describe.each(SEEDS)('the seed document’s cases (noise seed %i)', (seed) => {
  describe('traditional-manufacturer', () => {
    const name = 'traditional-manufacturer';

    it('routes the steady, procedure-driven manufacturer to KPI + projects', () => {
      const report = expectVerdict(name, seed, ['fit.dynamism', 'fit.control']);
      expect(check(report, 'fit-kpi-projects', 'fit.dynamism').value!).toBeLessThan(40);
      expect(check(report, 'fit-kpi-projects', 'fit.control').value!).toBeGreaterThanOrEqual(60);
    });

    it('gives a KPI + projects plan with a KPI dashboard and improvement projects, and no OKR rollout', () => {
      const { report } = run(name, seed);
      const plan = recommendation(report, 'kpi-projects-plan')!.plan!;
      expect(plan.map((s) => s.heading.en)).toEqual(['KPI dashboard', 'Improvement projects']);
      expect(plan.every((s) => s.actions.length > 0 && s.finding.en.length > 0)).toBe(true);
      expect(ids(report)).not.toContain('mvp-pilot');
      expect(ids(report)).not.toContain('layered-okr-kpi');
    });
  });

  describe('mature-multi-unit', () => {
    const name = 'mature-multi-unit';

    it('routes the mature multi-unit group with an established KPI system to a Balanced Scorecard', () => {
      expectVerdict(name, seed, ['multi-unit', 'established-kpi', 'fit.dynamism']);
    });

    it('gives a Balanced Scorecard plan with its four perspectives', () => {
      const { report } = run(name, seed);
      const plan = recommendation(report, 'balanced-scorecard-plan')!.plan!;
      expect(plan.map((s) => s.heading.en)).toEqual([
        'Financial',
        'Customer',
        'Internal processes',
        'Learning and growth',
      ]);
      expect(ids(report)).not.toContain('mvp-pilot');
    });
  });

  describe('agile-ready', () => {
    const name = 'agile-ready';

    it('declares the agile organization with everything in place ready for OKR', () => {
      const { report } = run(name, seed);
      expect(report.decision.verdict).toBe('ready');
      expect(report.decision.decidingGate).toBeNull();
      expect(report.decision.provisional).toBe(false);
      // The reasons for "ready": every gate clearly passed, each check with its value and threshold.
      for (const gate of report.decision.gates) {
        expect([gate.id, gate.status]).toEqual([gate.id, 'pass']);
        for (const c of gate.checks) expect(typeof c.value).toBe('number');
      }
    });

    it('finds departments that agree within and share one meaning of success, with no silo signals', () => {
      const { report } = run(name, seed);
      expect(report.analysis!.agreementShare!).toBeGreaterThanOrEqual(2 / 3);
      expect(report.analysis!.conflictMap.conflicts).toEqual([]);
      expect(new Set(report.analysis!.conflictMap.meanings.map((m) => m.dominant))).toEqual(
        new Set(['customer']),
      );
    });

    it('recommends layering OKRs over KPIs with quarterly calibration, and no remedial steps', () => {
      const { report } = run(name, seed);
      expect(ids(report)).toEqual(expect.arrayContaining(['layered-okr-kpi', 'quarterly-calibration']));
      for (const remedial of ['mvp-pilot', 'agree-on-success', 'secure-jobs', 'decouple-from-appraisal']) {
        expect(ids(report)).not.toContain(remedial);
      }
    });
  });
});
