// A campaign among its waves through the API: the verdict history, the trend, what changed beyond the noise
// since the wave before, and the anonymity rules across waves applied to what a reader gets.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuestionnaire } from '../../../server/domain/instrument/questionnaire';
import { answersAt, respondentAnswers } from '../../fixtures/answers';
import { setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

/** Respondent `i`'s answers, every agreement item raised by `lift` points (at most 5). */
const answers = (i: number, lift = 0) =>
  Object.fromEntries(
    Object.entries(respondentAnswers(i)).map(([k, v]) => [
      k,
      typeof v === 'number' ? Math.min(5, v + lift) : v,
    ]),
  );

async function answer(token: string, from: number, count: number, lift: number) {
  for (let i = from; i < from + count; i++) {
    const reply = await t.call('POST', `/api/survey/${token}/responses`, { answers: answers(i, lift) });
    expect(reply.status).toBe(201);
  }
}

type Row = { unit: string; measure: string; id: string; result: { compared: boolean; verdict?: string } };

async function twoWaves(
  second: Record<string, number>,
  lift: number | Record<string, number>,
  secondMinimum?: number,
  before?: (first: Awaited<ReturnType<typeof setUpCampaign>>) => Promise<void>,
) {
  const setup = await setUpCampaign(t, { Sales: 40, Operations: 40, Legal: 40 });
  for (const name of ['Sales', 'Operations', 'Legal']) await answer(setup.tokenOf(name), 0, 15, 0);
  expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`)).status).toBe(200);
  await before?.(setup);
  const made = await t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' });
  const next = made.body.campaign;
  if (secondMinimum !== undefined) {
    const changed = await t.call('PATCH', `/api/campaigns/${next.id}`, { minGroupSize: secondMinimum });
    expect(changed.status).toBe(200);
  }
  expect((await t.call('POST', `/api/campaigns/${next.id}/open`)).status).toBe(200);
  const opened = (await t.call('GET', `/api/campaigns/${next.id}`)).body.campaign;
  for (const [name, count] of Object.entries(second)) {
    const token = opened.links.find(
      (l: { departmentId: string }) => l.departmentId === setup.departmentId(name),
    ).token;
    await answer(token, 1000, count, typeof lift === 'number' ? lift : (lift[name] ?? 0));
  }
  const waves = await t.call('GET', `/api/campaigns/${next.id}/waves`);
  expect(waves.status).toBe(200);
  const reports = {
    earlier: (await t.call('GET', `/api/campaigns/${setup.campaign.id}/report`)).body,
    later: (await t.call('GET', `/api/campaigns/${next.id}/report`)).body,
  };
  return { setup, next, waves: waves.body, reports };
}

describe('GET /api/campaigns/:id/waves', () => {
  it('shows the history, the trend and what rose beyond the noise since the wave before', async () => {
    const { setup, next, waves } = await twoWaves({ Sales: 15, Operations: 15, Legal: 15 }, 2);
    expect(waves.history.map((h: { campaignId: string }) => h.campaignId)).toEqual([
      setup.campaign.id,
      next.id,
    ]);
    expect(waves.trend.waves).toHaveLength(2);
    const [before, after] = waves.trend.waves;
    expect(after.scores.participation).toBeGreaterThan(before.scores.participation);

    const comparison = waves.comparison;
    expect(comparison.previous).toEqual({ campaignId: setup.campaign.id, name: 'Baseline' });
    expect(comparison.organization).toMatchObject({ shown: true, earlierCount: 45, laterCount: 45 });
    expect(comparison.change).toMatchObject({ test: 'welch-t-two-sided-unpaired', correction: 'holm' });
    const organization = comparison.change.rows.filter(
      (r: Row) => r.unit === 'organization' && r.measure === 'dimension',
    );
    expect(organization.length).toBeGreaterThan(0);
    expect(organization.some((r: Row) => r.result.verdict === 'rose')).toBe(true);
    expect(organization.every((r: Row) => r.result.verdict !== 'fell')).toBe(true);
    // Each department is the same unit in both waves and shown.
    expect(
      comparison.groups.map((g: { change: string; disclosure: { shown: boolean } }) => [
        g.change,
        g.disclosure.shown,
      ]),
    ).toEqual([
      ['same', true],
      ['same', true],
      ['same', true],
    ]);
  });

  it('compares units whose released counts moved by a few, each figure being one both reports show', async () => {
    // Minimums of 5, then 7: a unit of 15 becomes one of 14 or 28.
    const { waves, reports } = await twoWaves({ Sales: 14, Operations: 28, Legal: 14 }, 0, 7);
    expect(waves.comparison.minGroupSize).toBe(7);
    for (const group of waves.comparison.groups) {
      const [name] = group.laterNames;
      const count = (report: { departments: { name: string; responses: number | null }[] }) =>
        report.departments.find((d) => d.name === name)!.responses;
      expect(group.disclosure).toEqual({
        shown: true,
        reason: 'shown',
        earlierCount: count(reports.earlier),
        laterCount: count(reports.later),
      });
      // Each row's two means are the two reports' own.
      const row = waves.comparison.change.rows.find(
        (r: Row) => r.unit === group.key && r.measure === 'dimension',
      );
      const meanOf = (report: typeof reports.earlier) =>
        report.departments.find((d: { name: string }) => d.name === name).summary.dimensions[row.id].mean;
      expect(row.result).toMatchObject({
        earlierMean: meanOf(reports.earlier),
        laterMean: meanOf(reports.later),
      });
    }
  });

  it('evaluates the pilot the plan carried out: the pilot rose, the others did not', async () => {
    const { waves, next, setup } = await twoWaves(
      { Sales: 15, Operations: 15, Legal: 15 },
      { Sales: 2 },
      undefined,
      async (first) => {
        const added = await t.call('POST', `/api/organizations/${first.organization.id}/action-plan`, {
          campaignId: first.campaign.id,
          recommendationId: 'mvp-pilot',
          title: 'Pilot OKRs in Sales for a quarter',
          departmentIds: [first.departmentId('Sales')],
        });
        expect(added.status).toBe(201);
      },
    );
    expect(waves.pilot).toMatchObject({ departments: ['Sales'] });
    expect(waves.pilot.evaluation).toMatchObject({ evaluated: true, recommendation: 'widen' });
    expect(waves.pilot.evaluation.caveats).toContain('no-random-assignment');
    for (const d of waves.pilot.evaluation.dimensions) {
      expect(d.effect).toBeCloseTo(d.pilotChange - d.othersChange, 6);
      expect(d.low).toBeLessThan(d.effect);
      expect(d.high).toBeGreaterThan(d.effect);
    }
    // The pilot's dimensions combined, from the people's own scores: every person answered every
    // dimension, so the change of their means is the mean of the dimensions' changes, and its effect lies
    // within the dimensions' range.
    const { combined, dimensions } = waves.pilot.evaluation as {
      combined: { dimension: string; effect: number; low: number; high: number; p: number } | null;
      dimensions: { effect: number }[];
    };
    expect(combined).toMatchObject({ dimension: 'combined' });
    const effects = dimensions.map((d) => d.effect);
    expect(effects.length).toBeGreaterThan(1);
    expect(combined!.effect).toBeCloseTo(effects.reduce((sum, e) => sum + e, 0) / effects.length, 6);
    expect(combined!.effect).toBeGreaterThanOrEqual(Math.min(...effects) - 1e-9);
    expect(combined!.effect).toBeLessThanOrEqual(Math.max(...effects) + 1e-9);
    expect(combined!.low).toBeGreaterThan(0);

    // A new batch of five in Sales enters the figures, and the combined score with them.
    const opened = (await t.call('GET', `/api/campaigns/${next.id}`)).body.campaign;
    const sales = opened.links.find(
      (l: { departmentId: string }) => l.departmentId === setup.departmentId('Sales'),
    ).token;
    await answer(sales, 2000, 5, 0);
    const again = (await t.call('GET', `/api/campaigns/${next.id}/waves`)).body.pilot.evaluation;
    const moved = again.dimensions.map((d: { effect: number }) => d.effect);
    expect(moved).not.toEqual(effects);
    expect(again.combined.effect).toBeCloseTo(
      moved.reduce((sum: number, e: number) => sum + e, 0) / moved.length,
      6,
    );
  });

  it('compares a wave asked with questionnaire 2 with one asked with questionnaire 1 only where both measure alike', async () => {
    const setup = await setUpCampaign(t, { Sales: 40, Operations: 40 }, { questionnaireId: 'readiness-okr' });
    for (const name of ['Sales', 'Operations']) await answer(setup.tokenOf(name), 0, 15, 0);
    await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`);
    const made = await t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, {
      name: 'On version 2',
      questionnaireId: 'readiness-okr-2',
    });
    expect(made.body.campaign.questionnaireId).toBe('readiness-okr-2');
    await t.call('POST', `/api/campaigns/${made.body.campaign.id}/open`);
    const v2 = parseQuestionnaire(
      JSON.parse(
        readFileSync(join(import.meta.dirname, '../../../questionnaires/readiness-okr-2.json'), 'utf8'),
      ),
    );
    const links = made.body.campaign.links.filter(
      (l: { departmentId: string | null }) => l.departmentId !== null,
    );
    for (const link of links) {
      for (let i = 0; i < 15; i++) {
        const sent = await t.call('POST', `/api/survey/${link.token}/responses`, {
          answers: answersAt(3 + (i % 2), v2),
        });
        expect(sent.status).toBe(201);
      }
    }
    const waves = (await t.call('GET', `/api/campaigns/${made.body.campaign.id}/waves`)).body;
    const rows = waves.comparison.change.rows.filter((r: Row) => r.unit === 'organization');
    const fit = rows.find((r: Row) => r.measure === 'scale' && r.id === 'fit.dynamism');
    expect(fit.result).toEqual({ compared: false, reason: 'scale-not-comparable' });
  });

  it('gives the first wave no comparison', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 });
    const waves = (await t.call('GET', `/api/campaigns/${campaign.id}/waves`)).body;
    expect(waves.comparison).toBeNull();
    expect(waves.pilot).toBeNull();
    expect(waves.history).toHaveLength(1);
  });
});
