// The seed-case generator itself, and the cases on anonymity (a small department) and too few answers.

import { beforeAll, describe, expect, it } from 'vitest';
import { buildSeedCase, DEFAULT_SEED, SEED_CASE_NAMES, type SeedCaseName } from './seed-cases';
import {
  SEEDS,
  loadQuestionnaire,
  questionnaire,
  run,
  expectVerdict,
  ids,
  check,
  departmentId,
} from './seed-case-helpers';

beforeAll(loadQuestionnaire);

describe('seed case generator', () => {
  it('gives the same organization, campaign and answers for the same seed, and other answers for another', () => {
    for (const name of SEED_CASE_NAMES) {
      expect(buildSeedCase(name, 7, questionnaire())).toEqual(buildSeedCase(name, 7, questionnaire()));
      expect(buildSeedCase(name, 7, questionnaire()).responses).not.toEqual(
        buildSeedCase(name, 8, questionnaire()).responses,
      );
    }
  });

  it('builds realistic organizations: 3 to 5 departments of 6 to 25 respondents, at least 60% responding', () => {
    const small: Partial<Record<SeedCaseName, string[]>> = {
      'department-too-small': [departmentId('department-too-small', 'legal')],
      'too-few-responses': ['design', 'dev', 'studio'].map((k) => departmentId('too-few-responses', k)),
    };
    for (const name of SEED_CASE_NAMES) {
      const { organization, campaign, responses } = buildSeedCase(name, DEFAULT_SEED, questionnaire());
      expect(organization.departments.length).toBeGreaterThanOrEqual(3);
      expect(organization.departments.length).toBeLessThanOrEqual(5);
      expect(campaign.status).toBe('open');
      expect(campaign.departmentIds).toEqual(organization.departments.map((d) => d.id));
      for (const d of organization.departments) {
        const n = responses.filter((r) => r.departmentId === d.id).length;
        if (small[name]?.includes(d.id)) continue;
        expect(n, `${name}/${d.name}`).toBeGreaterThanOrEqual(6);
        expect(n, `${name}/${d.name}`).toBeLessThanOrEqual(25);
        expect(n / d.headcount, `${name}/${d.name}`).toBeGreaterThanOrEqual(0.6);
      }
      const headcount = organization.departments.reduce((sum, d) => sum + d.headcount, 0);
      expect(responses.length / headcount, name).toBeGreaterThanOrEqual(0.6);
    }
  });

  it("maps every respondent's depends_on answer to departments of the organization, never their own", () => {
    for (const name of SEED_CASE_NAMES) {
      const { organization, responses } = buildSeedCase(name, DEFAULT_SEED, questionnaire());
      const known = organization.departments.map((d) => d.id);
      for (const r of responses) {
        const named = r.answers.depends_on as string[];
        expect(named.every((id) => known.includes(id) && id !== r.departmentId)).toBe(true);
      }
    }
  });
});

describe.each(SEEDS)('the seed document’s cases (noise seed %i)', (seed) => {
  describe('department-too-small', () => {
    const name = 'department-too-small';
    const legal = departmentId(name, 'legal');
    // Legal's answers wait outside every figure, so no other department need be hidden to protect it.
    const hidden = [legal];

    it('still reaches a verdict when one department has only 3 responses', () => {
      expectVerdict(name, seed, ['breakdown']);
    });

    it('hides the 3-response department and shows the others with the whole batches their figures use', () => {
      const { seedCase, report } = run(name, seed);
      expect(seedCase.responses.filter((r) => r.departmentId === legal)).toHaveLength(3);
      for (const d of report.departments) {
        if (hidden.includes(d.departmentId)) {
          expect(d).toMatchObject({ hidden: true, responses: null, responseRate: null, summary: null });
        } else {
          const received = seedCase.responses.filter((r) => r.departmentId === d.departmentId).length;
          expect(d.hidden).toBe(false);
          expect(d.responses).toBeGreaterThanOrEqual(report.minGroupSize);
          expect(d.responses).toBeLessThanOrEqual(received);
          expect(d.summary!.n).toBe(d.responses);
        }
      }
    });

    it('exposes no count or summary of the hidden departments anywhere in the analysis', () => {
      const { report } = run(name, seed);
      const analysis = report.analysis!;
      for (const id of hidden) {
        expect(Object.keys(analysis.agreement)).not.toContain(id);
        expect(Object.keys(analysis.goalAudit.departments)).not.toContain(id);
        expect(analysis.conflictMap.meanings.map((m) => m.departmentId)).not.toContain(id);
        expect(analysis.conflictMap.dependencies.flatMap((d) => [d.from, d.to])).not.toContain(id);
        expect(analysis.differences.flatMap((d) => [d.a, d.b])).not.toContain(id);
        expect(analysis.siloSignals.flatMap((s) => s.departmentIds)).not.toContain(id);
        expect(analysis.pilot?.departmentIds ?? []).not.toContain(id);
        expect(report.recommendations.flatMap((r) => r.departmentIds)).not.toContain(id);
      }
    });
  });

  describe('too-few-responses', () => {
    const name = 'too-few-responses';

    it('gives no verdict on 4 responses and says so', () => {
      const report = expectVerdict(name, seed, ['responses']);
      expect(check(report, 'data-sufficiency', 'responses')).toMatchObject({ value: 4, threshold: 5 });
      expect(check(report, 'data-sufficiency', 'response-rate').status).toBe('pass');
    });

    it('shows no scores at all and only asks for more responses', () => {
      const { report } = run(name, seed);
      expect(report.overall).toBeNull();
      expect(report.analysis).toBeNull();
      expect(report.departments.every((d) => d.hidden && d.responses === null && d.summary === null)).toBe(
        true,
      );
      expect(ids(report)).toEqual(['collect-more-responses']);
    });
  });
});
