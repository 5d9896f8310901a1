import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoData } from '../../../../server/demo/demo-organization';
import { BARRIER_MODELS } from '../../../../server/domain/instrument/barrier-model';
import { buildCampaignReport, type CampaignReport } from '../../../../server/domain/analysis/campaign-report';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import type { Questionnaire } from '../../../../server/domain/instrument/questionnaire';
import { restrictReport } from '../../../../server/domain/anonymity/restrict-report';
import { loadQuestionnaires } from '../../../../server/load-questionnaires';

let questionnaire: Questionnaire;
beforeAll(async () => {
  questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
});

/**
 * The demo organization's full report, built afresh: Product & R&D, Marketing and Sales shown (with
 * differences, silo signals, a conflict and a Marketing–Sales pilot among them), Operations and Finance hidden.
 */
function demoReport(): {
  report: CampaignReport;
  organization: Organization;
  idOf: (name: string) => string;
} {
  const demo = buildDemoData(questionnaire, { newId: randomUUID, newToken: randomUUID }, '2026-03-02');
  const report = buildCampaignReport({
    ...demo,
    questionnaire,
    model: BARRIER_MODELS[questionnaire.modelVersion]!,
  });
  const idOf = (name: string) => demo.organization.departments.find((d) => d.name === name)!.id;
  return { report, organization: demo.organization, idOf };
}

const VIEWS = [
  { own: ['Sales'], why: 'shown, in a silo signal, a pilot and dependencies' },
  { own: ['Product & R&D'], why: 'shown, in a conflict and a silo signal' },
  { own: ['Marketing', 'Sales'], why: 'the pilot pair, with a difference between them' },
  { own: ['Operations'], why: 'hidden by the anonymity rules' },
  { own: ['Finance'], why: 'hidden, with too few responses' },
];

describe('restrictReport', () => {
  it('sees the demo as a report rich enough to leak: every kind of cross-department finding is present', () => {
    const { analysis } = demoReport().report;
    expect(analysis!.differences.length).toBeGreaterThan(0);
    expect(analysis!.siloSignals.length).toBeGreaterThan(0);
    expect(analysis!.conflictMap.conflicts.length).toBeGreaterThan(0);
    expect(analysis!.conflictMap.dependencies.length).toBeGreaterThan(0);
    expect(analysis!.pilot).not.toBeNull();
    expect(demoReport().report.recommendations.some((r) => r.departmentIds.length > 0)).toBe(true);
  });

  it.each(VIEWS)('keeps the organization figures and the verdict for a head of $own ($why)', ({ own }) => {
    const { report, idOf } = demoReport();
    const restricted = restrictReport(report, own.map(idOf));
    for (const key of ['campaignId', 'organizationName', 'status', 'minGroupSize', 'responses'] as const) {
      expect(restricted[key]).toEqual(report[key]);
    }
    expect(restricted.headcount).toBe(report.headcount);
    expect(restricted.responseRate).toBe(report.responseRate);
    // The rest of the demo is at least two departments: the organization's figures give none of them away.
    expect(restricted.view?.organizationShown).toBe(true);
    expect(restricted.overall).toEqual(report.overall);
    expect(restricted.decision.verdict).toEqual(report.decision.verdict);
    expect(restricted.dimensions).toEqual(report.dimensions);
    expect(restricted.analysis!.reliability).toEqual(report.analysis!.reliability);
    expect(restricted.analysis!.drivers).toEqual(report.analysis!.drivers);
    expect(restricted.analysis!.goalAudit.overall).toEqual(report.analysis!.goalAudit.overall);
    const kept = restricted.recommendations.map((r) => r.id);
    expect(kept.length + restricted.view!.withheldRecommendations).toBe(report.recommendations.length);
  });

  it.each(VIEWS)(
    'withholds every figure computed across other departments from a head of $own ($why)',
    ({ own }) => {
      const { report, idOf } = demoReport();
      const restricted = restrictReport(report, own.map(idOf));
      expect(restricted.view?.acrossDepartmentsShown).toBe(false);
      expect(restricted.analysis!.icc).toEqual({});
      expect(restricted.analysis!.agreementShare).toBeNull();
      const across = restricted.decision.gates
        .flatMap((g) => g.checks)
        .filter((c) => ['silo-signals', 'agreement-share'].includes(c.subject));
      expect(across.length).toBeGreaterThan(0);
      for (const check of across) expect(check).toMatchObject({ value: null, withheld: true });
      // Nothing the head is shown says "barrier" about a finding the head is not shown.
      for (const r of restricted.recommendations) {
        expect(r.departmentIds.every((id) => own.map(idOf).includes(id))).toBe(true);
      }
    },
  );

  it('withholds the organization figures from the head of one of two departments, which they would give away', () => {
    const { report, organization } = demoReport();
    const two = organization.departments.filter(
      (d) => !report.departments.find((r) => r.departmentId === d.id)?.hidden,
    );
    // Seen by a head of all shown departments but one, the rest of the organization is that one department.
    const allButOne = two.slice(1).map((d) => d.id);
    const restricted = restrictReport(report, allButOne);
    expect(restricted.view?.organizationShown).toBe(false);
    expect(restricted.overall).toBeNull();
    expect(restricted.analysis!.reliability).toEqual([]);
    expect(restricted.analysis!.drivers).toEqual([]);
    expect(restricted.analysis!.goalAudit.overall.audited).toBe(0);
    for (const check of restricted.decision.gates.flatMap((g) => g.checks)) {
      expect(check.value).toBeNull();
    }
    for (const r of restricted.recommendations) {
      expect(r.evidence).toEqual([]);
      expect(r.plan).toBeNull();
    }
    // Advice that fired on the organization's figures is gone, not merely emptied: its presence would say
    // which side of a line the one other department lies on. Nor is it counted.
    const cited = report.recommendations.filter((r) => r.evidence.length > 0);
    expect(cited.length).toBeGreaterThan(0);
    const shownIds = restricted.recommendations.map((r) => r.id);
    for (const r of cited) expect(shownIds).not.toContain(r.id);
    expect(shownIds).toContain('mvp-pilot');
    expect(restricted.view?.withheldRecommendations).toBe(
      report.recommendations.filter(
        (r) => r.id !== 'mvp-pilot' && !r.departmentIds.every((id) => allButOne.includes(id)),
      ).length,
    );
  });

  it.each(VIEWS)('keeps everything about $own itself ($why)', ({ own }) => {
    const { report, idOf } = demoReport();
    const ids = own.map(idOf);
    const restricted = restrictReport(report, ids);
    expect(restricted.departments).toEqual(report.departments.filter((d) => ids.includes(d.departmentId)));
    const a = report.analysis!;
    const r = restricted.analysis!;
    expect(Object.keys(r.agreement).sort()).toEqual(
      Object.keys(a.agreement)
        .filter((id) => ids.includes(id))
        .sort(),
    );
    expect(r.conflictMap.meanings).toEqual(
      a.conflictMap.meanings.filter((m) => ids.includes(m.departmentId)),
    );
    expect(r.differences).toEqual(a.differences.filter((d) => ids.includes(d.a) && ids.includes(d.b)));
    expect(Object.keys(r.goalAudit.departments).sort()).toEqual(
      Object.keys(a.goalAudit.departments)
        .filter((id) => ids.includes(id))
        .sort(),
    );
  });

  it('keeps the pilot, and the differences within the pair, for a head of both pilot departments', () => {
    const { report } = demoReport();
    const pair = [...report.analysis!.pilot!.departmentIds];
    const restricted = restrictReport(report, pair);
    expect(restricted.analysis!.pilot).toEqual(report.analysis!.pilot);
    expect(restricted.analysis!.differences.length).toBeGreaterThan(0);
    const pilotAdvice = restricted.recommendations.find((r) => r.id === 'mvp-pilot')!;
    expect(pilotAdvice.departmentIds.sort()).toEqual(pair.sort());
  });

  it.each(VIEWS)(
    'leaves no id or name of any other department anywhere in the report for a head of $own ($why)',
    ({ own }) => {
      const { report, organization, idOf } = demoReport();
      const text = JSON.stringify(restrictReport(report, own.map(idOf)));
      const others = organization.departments.filter((d) => !own.includes(d.name));
      expect(others.length).toBeGreaterThan(0);
      for (const other of others) {
        expect(text, `id of ${other.name}`).not.toContain(other.id);
        expect(text, `name of ${other.name}`).not.toContain(JSON.stringify(other.name).slice(1, -1));
      }
      // The search is only worth something if the full report does name those departments.
      const full = JSON.stringify(report);
      for (const other of others) expect(full).toContain(other.id);
    },
  );

  it.each([
    { part: 'agreement', pick: (r: CampaignReport) => Object.keys(r.analysis!.agreement) },
    { part: 'differences', pick: (r: CampaignReport) => r.analysis!.differences.flatMap((d) => [d.a, d.b]) },
    {
      part: 'silo signals',
      pick: (r: CampaignReport) => r.analysis!.siloSignals.flatMap((s) => s.departmentIds),
    },
    {
      part: 'conflict map meanings',
      pick: (r: CampaignReport) => r.analysis!.conflictMap.meanings.map((m) => m.departmentId),
    },
    {
      part: 'conflicts',
      pick: (r: CampaignReport) => r.analysis!.conflictMap.conflicts.flatMap((c) => [c.a, c.b]),
    },
    { part: 'pilot', pick: (r: CampaignReport) => r.analysis!.pilot?.departmentIds ?? [] },
    { part: 'goal audit', pick: (r: CampaignReport) => Object.keys(r.analysis!.goalAudit.departments) },
    {
      part: 'recommendations',
      pick: (r: CampaignReport) => r.recommendations.flatMap((x) => x.departmentIds),
    },
    { part: 'departments', pick: (r: CampaignReport) => r.departments.map((d) => d.departmentId) },
  ])('names only the head’s own department in $part', ({ pick }) => {
    const { report, idOf } = demoReport();
    const restricted = restrictReport(report, [idOf('Sales')]);
    expect(pick(restricted).every((id) => id === idOf('Sales'))).toBe(true);
  });

  it('names only the head’s own department in conflict map dependencies', () => {
    const { report, idOf } = demoReport();
    const restricted = restrictReport(report, [idOf('Sales')]);
    const named = restricted.analysis!.conflictMap.dependencies.flatMap((d) => [d.from, d.to]);
    expect(named.every((id) => id === idOf('Sales'))).toBe(true);
  });

  it('keeps a report without analysis (too few responses) without analysis', () => {
    const { report, idOf } = demoReport();
    const restricted = restrictReport({ ...report, analysis: null }, [idOf('Sales')]);
    expect(restricted.analysis).toBeNull();
    expect(restricted.departments.map((d) => d.name)).toEqual(['Sales']);
  });

  it('shows no department at all to a head whose departments are not in the report', () => {
    const { report } = demoReport();
    const restricted = restrictReport(report, ['not-a-department']);
    expect(restricted.departments).toEqual([]);
    expect(restricted.analysis!.agreement).toEqual({});
    expect(restricted.recommendations.every((r) => r.departmentIds.length === 0)).toBe(true);
  });
});

describe('restrictReport keeps what concerns only the reader’s own departments', () => {
  /** Names of the departments a finding concerns, joined, for tables readers can check against the demo. */
  function named(report: CampaignReport, organization: Organization) {
    const name = (id: string) => organization.departments.find((d) => d.id === id)!.name;
    const analysis = report.analysis!;
    return {
      siloSignals: analysis.siloSignals.map((s) => s.departmentIds.map(name).join(' + ')),
      dependencies: analysis.conflictMap.dependencies.map((d) => `${name(d.from)} → ${name(d.to)}`),
      conflicts: analysis.conflictMap.conflicts.map((c) => `${name(c.a)} × ${name(c.b)}`),
      pilot: analysis.pilot?.departmentIds.map(name) ?? null,
      pilotAdvice: report.recommendations.find((r) => r.id === 'mvp-pilot')?.departmentIds.map(name),
    };
  }

  // The demo: gaps between Product & R&D, Marketing, Sales and Operations; dependencies both ways between
  // neighbours; conflicts Product & R&D × Marketing and Sales × Operations; the pilot Sales + Operations.
  it.each([
    {
      own: ['Sales', 'Operations'],
      expected: {
        siloSignals: [],
        dependencies: ['Sales → Operations', 'Operations → Sales'],
        conflicts: ['Sales × Operations'],
        pilot: ['Sales', 'Operations'],
        pilotAdvice: ['Sales', 'Operations'],
      },
    },
    {
      own: ['Marketing', 'Sales'],
      expected: {
        siloSignals: ['Marketing + Sales'],
        dependencies: ['Marketing → Sales', 'Sales → Marketing'],
        conflicts: [],
        pilot: null,
        pilotAdvice: [],
      },
    },
    {
      own: ['Product & R&D', 'Marketing'],
      expected: {
        siloSignals: ['Product & R&D + Marketing'],
        dependencies: ['Product & R&D → Marketing', 'Marketing → Product & R&D'],
        conflicts: ['Product & R&D × Marketing'],
        pilot: null,
        pilotAdvice: [],
      },
    },
    {
      own: ['Sales'],
      expected: { siloSignals: [], dependencies: [], conflicts: [], pilot: null, pilotAdvice: [] },
    },
  ])('shows a head of $own the findings between their own departments only', ({ own, expected }) => {
    const { report, organization, idOf } = demoReport();
    expect(named(restrictReport(report, own.map(idOf)), organization)).toEqual(expected);
  });

  it('keeps advice naming only the reader’s departments, with their names, for a head of all shown', () => {
    const { report, idOf } = demoReport();
    const shown = ['Product & R&D', 'Marketing', 'Sales', 'Operations'].map(idOf);
    const restricted = restrictReport(report, shown);
    const naming = report.recommendations.filter((r) => r.departmentIds.length > 0);
    expect(naming.length).toBeGreaterThan(1);
    expect(restricted.recommendations).toEqual(report.recommendations);
    expect(restricted.view).toEqual({
      organizationShown: true,
      acrossDepartmentsShown: true,
      withheldRecommendations: 0,
    });
    // With every shown department the reader's own, figures across departments give nothing away.
    expect(restricted.analysis!.icc).toEqual(report.analysis!.icc);
    expect(restricted.analysis!.agreementShare).toBe(report.analysis!.agreementShare);
    expect(restricted.decision).toEqual(report.decision);
  });

  it('drops advice about other departments, and counts it, for a head of some of them', () => {
    const { report, idOf } = demoReport();
    const restricted = restrictReport(report, [idOf('Sales'), idOf('Operations')]);
    const ids = restricted.recommendations.map((r) => r.id);
    // Both name all four shown departments: the head of two may not see them.
    expect(ids).not.toContain('agree-on-success');
    expect(ids).not.toContain('include-interdependent-departments');
    expect(restricted.view!.withheldRecommendations).toBe(2);
    expect(ids).toEqual(
      report.recommendations
        .map((r) => r.id)
        .filter((id) => !['agree-on-success', 'include-interdependent-departments'].includes(id)),
    );
  });
});
