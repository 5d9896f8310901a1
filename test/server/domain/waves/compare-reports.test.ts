// Two waves' real reports (built from answers by the report's own code) compared, and a pilot evaluated from
// them: what each group becomes, which may be shown, the figures a merge is given, and a reader's cut.

import { describe, expect, it } from 'vitest';
import { buildCampaignReport, type CampaignReport } from '../../../../server/domain/analysis/campaign-report';
import { createCampaign, openCampaign } from '../../../../server/domain/campaigns/campaign';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { evaluatePilotFromReports } from '../../../../server/domain/waves/pilot-from-reports';
import { compareReports, forReader, ORGANIZATION } from '../../../../server/domain/waves/wave-comparison';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';
import { respondentAnswers } from '../../../fixtures/answers';
import { makeResponse } from '../../../fixtures/make-response';

const questionnaire = parseQuestionnaire(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../../questionnaires/readiness-okr.json'), 'utf8'),
  ),
);

type Units = Record<string, { name?: string; count: number; lift?: number }>;

/** A wave's report: each unit's people answering as respondent i does, raised by its lift. */
function wave(id: string, units: Units, minGroupSize = 5, seed = 0): CampaignReport {
  const organization: Organization = {
    id: 'org',
    name: 'Acme',
    createdOn: '2026-01-01',
    departments: Object.entries(units).map(([unit, u]) => ({
      id: unit,
      name: u.name ?? unit,
      headcount: 50,
    })),
  };
  const campaign = openCampaign(
    createCampaign({
      id,
      organizationId: 'org',
      name: id,
      questionnaireId: 'readiness-okr',
      modelVersion: '1',
      departmentIds: Object.keys(units),
      minGroupSize,
      today: '2026-01-01',
      newToken: () => 't',
    }),
    '2026-01-02',
    Date.parse('2026-01-02'),
  );
  const reversed = new Set(questionnaire.questions.filter((q) => q.reverse).map((q) => q.id));
  let i = seed;
  const responses = Object.entries(units).flatMap(([unit, u]) =>
    Array.from({ length: u.count }, () => {
      const answers = Object.fromEntries(
        // A lift is towards the favourable end: down for the items worded the other way round.
        Object.entries(respondentAnswers(i++)).map(([k, v]) => [
          k,
          typeof v !== 'number'
            ? v
            : reversed.has(k)
              ? Math.max(1, v - (u.lift ?? 0))
              : Math.min(5, v + (u.lift ?? 0)),
        ]),
      );
      return makeResponse({ campaignId: id, departmentId: unit, answers });
    }),
  );
  return buildCampaignReport({ organization, campaign, questionnaire, model: BARRIER_MODEL_V1, responses });
}

const summaryOf = (report: CampaignReport, unit: string) =>
  report.departments.find((d) => d.departmentId === unit)!.summary!;

describe('comparing two waves’ reports', () => {
  const earlier = wave('q1', { a: { count: 10 }, b: { count: 10 }, c: { count: 10 } });

  it('compares each unit that is the same in both waves, and the organization', () => {
    const later = wave('q2', { a: { count: 10, lift: 2 }, b: { count: 10 }, c: { count: 10 } }, 5, 500);
    const comparison = compareReports({ earlier, later, comparableScales: null });
    expect(comparison).toMatchObject({ earlierCampaignId: 'q1', laterCampaignId: 'q2', minGroupSize: 5 });
    expect(comparison.organization).toEqual({
      shown: true,
      reason: 'shown',
      earlierCount: 30,
      laterCount: 30,
    });
    expect(comparison.groups.map((g) => [g.key, g.change, g.disclosure.shown])).toEqual([
      ['a', 'same', true],
      ['b', 'same', true],
      ['c', 'same', true],
    ]);
    const units = new Set(comparison.change.rows.map((r) => r.unit));
    expect([...units]).toEqual([ORGANIZATION, 'a', 'b', 'c']);
    const row = comparison.change.rows.find((r) => r.unit === 'a' && r.measure === 'dimension')!;
    const dimension = row.id as keyof ReturnType<typeof summaryOf>['dimensions'];
    expect(row.result).toMatchObject({
      compared: true,
      earlierMean: summaryOf(earlier, 'a').dimensions[dimension]!.mean,
      laterMean: summaryOf(later, 'a').dimensions[dimension]!.mean,
      verdict: 'rose',
    });
    const organizationRow = comparison.change.rows.find((r) => r.unit === ORGANIZATION && r.id === row.id)!;
    expect(organizationRow.result).toMatchObject({
      earlierMean: earlier.overall!.dimensions[dimension]!.mean,
    });
  });

  it('compares a declared merge as one group, its figures pooled from its units', () => {
    const later = wave('q2', { ab: { name: 'a and b', count: 20 }, c: { count: 10 } }, 5, 500);
    const comparison = compareReports({
      earlier,
      later,
      declarations: [{ earlier: ['a', 'b'], later: ['ab'] }],
      comparableScales: null,
    });
    const merged = comparison.groups.find((g) => g.key === 'a+b>ab')!;
    expect(merged).toMatchObject({ change: 'merged', earlierNames: ['a', 'b'], laterNames: ['a and b'] });
    expect(merged.disclosure).toMatchObject({ shown: true, earlierCount: 20, laterCount: 20 });
    const row = comparison.change.rows.find((r) => r.unit === 'a+b>ab' && r.measure === 'dimension')!;
    const dimension = row.id as 'hygiene';
    const pooled =
      (summaryOf(earlier, 'a').dimensions[dimension]!.mean! *
        summaryOf(earlier, 'a').dimensions[dimension]!.n +
        summaryOf(earlier, 'b').dimensions[dimension]!.mean! *
          summaryOf(earlier, 'b').dimensions[dimension]!.n) /
      (summaryOf(earlier, 'a').dimensions[dimension]!.n + summaryOf(earlier, 'b').dimensions[dimension]!.n);
    expect(row.result.compared && row.result.earlierMean).toBeCloseTo(pooled, 6);
  });

  it.each<[string, Units, string, string]>([
    [
      'a unit renamed is compared as itself',
      { a: { name: 'Alpha', count: 10 }, b: { count: 10 }, c: { count: 10 } },
      'a',
      'shown',
    ],
    [
      'a unit below the minimum now is not shown',
      { a: { count: 3 }, b: { count: 10 }, c: { count: 10 } },
      'a',
      'below-minimum-later',
    ],
    ['a unit gone is not compared', { b: { count: 10 }, c: { count: 10 } }, 'a', 'not-compared'],
  ])('%s', (_, units, key, reason) => {
    const comparison = compareReports({ earlier, later: wave('q2', units, 5, 500), comparableScales: null });
    const group = comparison.groups.find((g) => g.key === key || g.earlier.includes(key))!;
    expect(group.disclosure.reason).toBe(reason);
    expect(comparison.change.rows.some((r) => r.unit === group.key)).toBe(reason === 'shown');
  });

  it.each<[string, Units]>([
    ['a count moved by many', { a: { count: 21 }, b: { count: 21 }, c: { count: 21 } }],
    ['a count moved by a few', { a: { count: 14 }, b: { count: 14 }, c: { count: 7 } }],
  ])('shows the organization’s rows whenever it is shown in both waves: %s', (_, units) => {
    const later = wave('q2', units, 7, 500);
    const comparison = compareReports({ earlier, later, comparableScales: null });
    expect(comparison.organization).toEqual({
      shown: true,
      reason: 'shown',
      earlierCount: 30,
      laterCount: later.responses,
    });
    expect(comparison.change.rows.some((r) => r.unit === ORGANIZATION)).toBe(true);
  });

  it('leaves the organization’s rows out when the waves asked different people: a pilot after the whole organization', () => {
    const later = {
      ...wave('q2', { a: { count: 10, lift: 2 }, b: { count: 10 } }, 5, 500),
      scope: 'departments' as const,
    };
    const comparison = compareReports({ earlier, later, comparableScales: null });
    expect(comparison.organization).toEqual({
      shown: false,
      reason: 'different-people',
      earlierCount: 30,
      laterCount: 20,
    });
    expect(new Set(comparison.change.rows.map((r) => r.unit))).toEqual(new Set(['a', 'b']));
    expect(comparison.groups.find((g) => g.earlier[0] === 'c')).toMatchObject({ change: 'removed' });
  });

  it.each<[string, Units, Units, string]>([
    [
      'two pilots of the same departments compare their totals',
      { a: { count: 10 }, b: { count: 10 } },
      { a: { count: 10 }, b: { count: 10 } },
      'shown',
    ],
    [
      'two pilots of different departments do not',
      { a: { count: 10 }, b: { count: 10 } },
      { a: { count: 10 }, c: { count: 10 } },
      'different-people',
    ],
  ])('%s', (_, before, after, reason) => {
    const pilot = (id: string, units: Units, seed: number) => ({
      ...wave(id, units, 5, seed),
      scope: 'departments' as const,
    });
    const comparison = compareReports({
      earlier: pilot('p1', before, 0),
      later: pilot('p2', after, 500),
      comparableScales: null,
    });
    expect(comparison.organization.reason).toBe(reason);
    expect(comparison.change.rows.some((r) => r.unit === ORGANIZATION)).toBe(reason === 'shown');
  });

  it('says which declarations it could not apply, and why', () => {
    const later = wave('q2', { ab: { count: 20 }, c: { count: 10 } }, 5, 500);
    const comparison = compareReports({
      earlier,
      later,
      declarations: [{ earlier: ['x'], later: ['c'] }],
      comparableScales: null,
    });
    expect(comparison.refusedDeclarations).toEqual([
      { declaration: { earlier: ['x'], later: ['c'] }, reason: 'unknown-unit' },
    ]);
    expect(comparison.groups.find((g) => g.later.includes('c'))).toMatchObject({
      change: 'same',
      key: 'c',
      laterNames: ['c'],
    });
  });

  it('gives a department head the organization’s rows and groups wholly theirs, and no declarations', () => {
    const later = wave('q2', { ab: { count: 20 }, c: { count: 10 } }, 5, 500);
    const whole = compareReports({
      earlier,
      later,
      declarations: [
        { earlier: ['a', 'b'], later: ['ab'] },
        { earlier: ['x'], later: ['c'] },
      ],
      comparableScales: null,
    });
    expect(whole.refusedDeclarations).toHaveLength(1);
    expect(forReader(whole, 'all')).toBe(whole);
    const head = forReader(whole, ['c']);
    expect(head.groups.map((g) => g.key)).toEqual(['c']);
    expect(new Set(head.change.rows.map((r) => r.unit))).toEqual(new Set([ORGANIZATION, 'c']));
    expect(head.refusedDeclarations).toEqual([]);
    // A head of one of the merged units sees no part of the merge.
    expect(forReader(whole, ['a']).groups).toEqual([]);
  });
});

describe('evaluating a pilot from the reports', () => {
  const earlier = wave('q1', { a: { count: 10 }, b: { count: 10 }, c: { count: 10 } });

  it('gives nothing without pilot departments', () => {
    expect(evaluatePilotFromReports(earlier, earlier, [])).toBeNull();
  });

  it('credits a pilot that rose while the others did not, on the readiness dimensions', () => {
    const later = wave(
      'q2',
      { a: { name: 'A', count: 10, lift: 2 }, b: { count: 10 }, c: { count: 10 } },
      5,
      500,
    );
    const view = evaluatePilotFromReports(earlier, later, ['a'])!;
    expect(view.departments).toEqual(['a']);
    const readiness = later.dimensions.filter((d) => d.role === 'readiness').map((d) => d.id);
    expect(view.dimensions.every((d) => readiness.includes(d as never))).toBe(true);
    expect(view.evaluation).toMatchObject({ evaluated: true, recommendation: 'widen' });
    if (!view.evaluation?.evaluated) throw new Error('not evaluated');
    for (const d of view.evaluation.dimensions) expect(d.pilotChange).toBeGreaterThan(d.othersChange);
  });

  it.each<[string, Units, number, Record<string, unknown>]>([
    [
      'says the pilot is below the minimum when it is',
      { a: { count: 0 }, b: { count: 10 }, c: { count: 10 } },
      5,
      { evaluation: { evaluated: false, reason: 'pilot-below-minimum-later' } },
    ],
  ])('%s', (_, units, minGroupSize, expected) => {
    expect(evaluatePilotFromReports(earlier, wave('q2', units, minGroupSize, 500), ['a'])).toMatchObject(
      expected,
    );
  });
});
