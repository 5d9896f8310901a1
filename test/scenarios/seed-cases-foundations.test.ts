// The seed cases stopped by a foundation barrier: hygiene, participation, OKR/KPI confusion, vague goals.

import { beforeAll, describe, expect, it } from 'vitest';
import {
  SEEDS,
  loadQuestionnaire,
  run,
  expectVerdict,
  ids,
  recommendation,
  check,
  departmentId,
} from './seed-case-helpers';

beforeAll(loadQuestionnaire);

describe.each(SEEDS)('the seed document’s cases (noise seed %i)', (seed) => {
  describe('layoffs', () => {
    it('advises fixing hygiene first for the company surveying during layoffs', () => {
      const report = expectVerdict('layoffs', seed, ['hygiene.security']);
      const security = check(report, 'hygiene', 'hygiene.security');
      expect(security.status).toBe('fail');
      expect(security.value!).toBeLessThan(40);
    });

    it('blames job security alone: pay and clear systems pass, culture is not the barrier', () => {
      const { report } = run('layoffs', seed);
      expect(check(report, 'hygiene', 'hygiene.pay').status).toBe('pass');
      expect(check(report, 'hygiene', 'hygiene.systems').status).toBe('pass');
      expect(report.decision.gates.find((g) => g.id === 'culture')!.status).toBe('pass');
    });

    it('puts addressing job security first, and does not ask to fix pay or rules or to start a pilot', () => {
      const { report } = run('layoffs', seed);
      expect(ids(report)[0]).toBe('secure-jobs');
      expect(ids(report)).not.toContain('fair-pay');
      expect(ids(report)).not.toContain('clear-rules');
      expect(ids(report)).not.toContain('mvp-pilot');
    });
  });

  describe('product-only-pilot', () => {
    const name = 'product-only-pilot';
    const rnd = departmentId(name, 'rnd');
    const marketing = departmentId(name, 'marketing');

    it('advises a cross-department pilot when OKRs were piloted in the product department only', () => {
      const report = expectVerdict(name, seed, ['participation', 'silo-signals']);
      expect(check(report, 'participation-breakdown', 'participation').value!).toBeLessThan(65);
    });

    it('finds silo signals and marketing and R&D depending on each other while defining "better" differently', () => {
      const { report } = run(name, seed);
      expect(report.analysis!.siloSignals.length).toBeGreaterThan(0);
      const conflict = report.analysis!.conflictMap.conflicts.find(
        (c) => [c.a, c.b].includes(rnd) && [c.a, c.b].includes(marketing),
      );
      expect(conflict).toMatchObject({ direction: 'mutual' });
      expect([conflict!.meaningA, conflict!.meaningB].sort()).toEqual(['innovation', 'volume']);
    });

    it('asks to bring the interdependent departments in, agree on success, and pilot with a linked pair', () => {
      const { report } = run(name, seed);
      expect(ids(report)).toEqual(
        expect.arrayContaining(['include-interdependent-departments', 'agree-on-success', 'mvp-pilot']),
      );
      expect(recommendation(report, 'agree-on-success')!.departmentIds).toEqual(
        expect.arrayContaining([rnd, marketing]),
      );
      expect(report.analysis!.pilot).toMatchObject({ basis: 'dependency' });
      expect(recommendation(report, 'mvp-pilot')!.departmentIds).toHaveLength(2);
    });
  });

  describe('okr-as-appraisal', () => {
    const name = 'okr-as-appraisal';

    it('advises separating OKR from KPI when OKRs feed the appraisal and goals are rewritten monthly', () => {
      const report = expectVerdict(name, seed, ['okr-kpi.decoupling', 'okr-kpi.stability']);
      expect(check(report, 'okr-kpi', 'okr-kpi.decoupling').status).toBe('fail');
      expect(check(report, 'okr-kpi', 'okr-kpi.stability').status).toBe('fail');
    });

    it('asks to keep OKRs out of ratings and to stop mid-cycle rewrites, not for a pilot', () => {
      const { seedCase, report } = run(name, seed);
      const bonusYes = seedCase.responses.filter((r) => r.answers.profile_bonus_link === 'yes').length;
      expect(bonusYes / seedCase.responses.length).toBeGreaterThan(0.5);
      expect(ids(report)).toEqual(
        expect.arrayContaining(['decouple-from-appraisal', 'stop-mid-cycle-rewrites']),
      );
      expect(ids(report)).not.toContain('mvp-pilot');
    });
  });

  describe('vague-task-goals', () => {
    const name = 'vague-task-goals';

    it('advises a pilot with a goal-writing workshop when goals are vague and task-like', () => {
      const report = expectVerdict(name, seed, ['breakdown']);
      expect(report.overall!.scales['breakdown.specificity']!.estimate.mean!).toBeLessThan(50);
      expect(report.overall!.scales['breakdown.granularity']!.estimate.mean!).toBeLessThan(50);
    });

    it('fires the SMART workshop on low specificity and a low SMART share of the sample objectives', () => {
      const { seedCase, report } = run(name, seed);
      expect(seedCase.responses.some((r) => /[\u4e00-\u9fff]/.test(String(r.answers.sample_okr ?? '')))).toBe(
        true,
      );
      const audit = report.analysis!.goalAudit.overall;
      expect(audit.audited).toBeGreaterThanOrEqual(20);
      expect(audit.smart.p!).toBeLessThan(0.25);
      const workshop = recommendation(report, 'smart-workshop')!;
      expect(workshop).toBeDefined();
      expect(workshop.evidence.some((e) => e.unit === 'share' && e.threshold === 0.5 && e.value < 0.25)).toBe(
        true,
      );
      expect(ids(report)).toContain('mvp-pilot');
    });
  });
});
