// The seed document's cases, end to end: each synthetic organization is scored into a full campaign report,
// and the report must reach the verdict a reader of the seed would expect, for the expected reason, with
// the recommendations the story calls for, whatever the seed of the synthetic noise.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { BARRIER_MODEL_V1 } from '../../server/domain/barrier-model';
import { buildCampaignReport, type CampaignReport } from '../../server/domain/campaign-report';
import type { Check } from '../../server/domain/checks';
import type { Questionnaire } from '../../server/domain/questionnaire';
import { buildSeedCase, DEFAULT_SEED, SEED_CASE_NAMES, type SeedCase, type SeedCaseName } from './seed-cases';

const SEEDS = [DEFAULT_SEED, DEFAULT_SEED + 1, DEFAULT_SEED + 2];

let questionnaire: Questionnaire;
beforeAll(async () => {
  questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
});

const built = new Map<string, { seedCase: SeedCase; report: CampaignReport }>();
function run(name: SeedCaseName, seed: number) {
  const key = `${name}@${seed}`;
  let result = built.get(key);
  if (!result) {
    const seedCase = buildSeedCase(name, seed, questionnaire);
    const report = buildCampaignReport({
      organization: seedCase.organization,
      campaign: seedCase.campaign,
      questionnaire,
      model: BARRIER_MODEL_V1,
      responses: seedCase.responses,
    });
    built.set(key, (result = { seedCase, report }));
  }
  return result;
}

// Every case on every seed must get the verdict a reader of the seed would expect.
const verdictIt = (_name: SeedCaseName, _seed: number) => (title: string, fn: () => void) => it(title, fn);

const finds = (c: Check) => c.status === 'fail' || c.status === 'leans-fail';

/**
 * The expected verdict from the expected gate, not provisional, and the reasons on show: the deciding
 * gate's failing checks carry the value and the threshold, among them every subject named.
 */
function expectVerdict(name: SeedCaseName, seed: number, reasonSubjects: string[]): CampaignReport {
  const { seedCase, report } = run(name, seed);
  const { decision } = report;
  expect(decision.verdict).toBe(seedCase.expected.verdict);
  expect(decision.decidingGate).toBe(seedCase.expected.decidingGate);
  expect(decision.provisional).toBe(false);
  const gate = decision.gates.find((g) => g.id === decision.decidingGate)!;
  expect(gate.rule.en.length).toBeGreaterThan(0);
  const reasons = gate.checks.filter(finds);
  expect(reasons.length).toBeGreaterThan(0);
  for (const c of reasons) {
    expect(typeof c.value).toBe('number');
    expect(typeof c.threshold).toBe('number');
  }
  expect(reasons.map((c) => c.subject)).toEqual(expect.arrayContaining(reasonSubjects));
  // Every gate before the deciding one was clearly passed: nothing earlier could have decided instead.
  for (const before of decision.gates.slice(0, decision.gates.indexOf(gate))) {
    expect([before.id, before.status]).toEqual([
      before.id,
      before.status === 'not-assessed' ? 'not-assessed' : 'pass',
    ]);
  }
  return report;
}

const ids = (report: CampaignReport) => report.recommendations.map((r) => r.id);
const recommendation = (report: CampaignReport, id: string) =>
  report.recommendations.find((r) => r.id === id);
const check = (report: CampaignReport, gateId: string, subject: string) =>
  report.decision.gates.find((g) => g.id === gateId)!.checks.find((c) => c.subject === subject)!;
const departmentId = (name: SeedCaseName, key: string) => `${name}-${key}`;

describe('seed case generator', () => {
  it('gives the same organization, campaign and answers for the same seed, and other answers for another', () => {
    for (const name of SEED_CASE_NAMES) {
      expect(buildSeedCase(name, 7, questionnaire)).toEqual(buildSeedCase(name, 7, questionnaire));
      expect(buildSeedCase(name, 7, questionnaire).responses).not.toEqual(
        buildSeedCase(name, 8, questionnaire).responses,
      );
    }
  });

  it('builds realistic organizations: 3 to 5 departments of 6 to 25 respondents, at least 60% responding', () => {
    const small: Partial<Record<SeedCaseName, string[]>> = {
      'department-too-small': [departmentId('department-too-small', 'legal')],
      'too-few-responses': ['design', 'dev', 'studio'].map((k) => departmentId('too-few-responses', k)),
    };
    for (const name of SEED_CASE_NAMES) {
      const { organization, campaign, responses } = buildSeedCase(name, DEFAULT_SEED, questionnaire);
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
      const { organization, responses } = buildSeedCase(name, DEFAULT_SEED, questionnaire);
      const known = organization.departments.map((d) => d.id);
      for (const r of responses) {
        const named = r.answers.depends_on as string[];
        expect(named.every((id) => known.includes(id) && id !== r.departmentId)).toBe(true);
      }
    }
  });
});

describe.each(SEEDS)('the seed document’s cases (noise seed %i)', (seed) => {
  describe('layoffs', () => {
    verdictIt('layoffs', seed)(
      'advises fixing hygiene first for the company surveying during layoffs',
      () => {
        const report = expectVerdict('layoffs', seed, ['hygiene.security']);
        const security = check(report, 'hygiene', 'hygiene.security');
        expect(security.status).toBe('fail');
        expect(security.value!).toBeLessThan(40);
      },
    );

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

    verdictIt(name, seed)(
      'advises a cross-department pilot when OKRs were piloted in the product department only',
      () => {
        const report = expectVerdict(name, seed, ['participation', 'silo-signals']);
        expect(check(report, 'participation-breakdown', 'participation').value!).toBeLessThan(65);
      },
    );

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

    verdictIt(name, seed)(
      'advises separating OKR from KPI when OKRs feed the appraisal and goals are rewritten monthly',
      () => {
        const report = expectVerdict(name, seed, ['okr-kpi.decoupling', 'okr-kpi.stability']);
        expect(check(report, 'okr-kpi', 'okr-kpi.decoupling').status).toBe('fail');
        expect(check(report, 'okr-kpi', 'okr-kpi.stability').status).toBe('fail');
      },
    );

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

    verdictIt(name, seed)(
      'advises a pilot with a goal-writing workshop when goals are vague and task-like',
      () => {
        const report = expectVerdict(name, seed, ['breakdown']);
        expect(report.overall!.scales['breakdown.specificity']!.estimate.mean!).toBeLessThan(50);
        expect(report.overall!.scales['breakdown.granularity']!.estimate.mean!).toBeLessThan(50);
      },
    );

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

  describe('traditional-manufacturer', () => {
    const name = 'traditional-manufacturer';

    verdictIt(name, seed)('routes the steady, procedure-driven manufacturer to KPI + projects', () => {
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

    verdictIt(name, seed)(
      'routes the mature multi-unit group with an established KPI system to a Balanced Scorecard',
      () => {
        expectVerdict(name, seed, ['multi-unit', 'established-kpi', 'fit.dynamism']);
      },
    );

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

    verdictIt(name, seed)('declares the agile organization with everything in place ready for OKR', () => {
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

  describe('department-too-small', () => {
    const name = 'department-too-small';
    const legal = departmentId(name, 'legal');
    const finance = departmentId(name, 'finance');
    const hidden = [legal, finance];

    verdictIt(name, seed)('still reaches a verdict when one department has only 3 responses', () => {
      expectVerdict(name, seed, ['breakdown']);
    });

    it('hides the 3-response department and the next-smallest, and shows the others with exact counts', () => {
      const { seedCase, report } = run(name, seed);
      expect(seedCase.responses.filter((r) => r.departmentId === legal)).toHaveLength(3);
      for (const d of report.departments) {
        if (hidden.includes(d.departmentId)) {
          expect(d).toMatchObject({ hidden: true, responses: null, responseRate: null, summary: null });
        } else {
          const n = seedCase.responses.filter((r) => r.departmentId === d.departmentId).length;
          expect(d).toMatchObject({ hidden: false, responses: n });
          expect(d.summary!.n).toBe(n);
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

    verdictIt(name, seed)('gives no verdict on 4 responses and says so', () => {
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
