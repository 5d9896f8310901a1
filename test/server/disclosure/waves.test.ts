// The wave attacks (issue 16, "Anonymity across waves"): someone reading two waves' reports and the waves
// reply, as an administrator or as a department head, tries to learn what no single report shows: one
// joiner's answers from a department that grew by one, a part of a split department below the minimum, a
// department not theirs, and the parts of a merged group. Every attack acts only through the HTTP API.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../fixtures/test-app';
import { dimensions, member, numbers, person, same, trueScores, type Answers } from './disclosure-support';
import {
  firstWave,
  groupOf,
  nextWave,
  readWaveReport,
  readWaves,
  reshape,
  rowsOf,
  type ChangeRow,
  type Group,
  type Wave,
} from './wave-support';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const people = (from: number, count: number) => Array.from({ length: count }, (_, i) => person(from + i));

type Compared = ChangeRow & { result: { compared: true } };
const comparedRows = (waves: any): Compared[] =>
  waves.comparison.change.rows.filter((r: ChangeRow) => r.result.compared);

/** A person's true score on a row's dimension or scale, or null when they have none. */
function scoreOn(answers: Answers, row: ChangeRow): number | null {
  const s = trueScores(answers);
  const value =
    row.measure === 'dimension' ? s.dimensions[row.id as keyof typeof s.dimensions] : s.scales[row.id];
  return typeof value === 'number' ? value : null;
}

/** The mean of the people's true scores on a row's dimension or scale, and how many have one. */
function recount(list: readonly Answers[], row: ChangeRow): { n: number; mean: number } {
  const scores = list.map((a) => scoreOn(a, row)).filter((v): v is number => v !== null);
  return { n: scores.length, mean: scores.reduce((s, v) => s + v, 0) / scores.length };
}

/**
 * Every mean and n a comparison row shows is one the wave's own report already shows to the same reader:
 * the waves reply adds the change's test, never a figure of its own.
 */
function expectOnlyReportedFigures(waves: any, earlier: any, later: any) {
  const has = (report: any, value: number) => [...numbers(report).values()].some((v) => same(v, value));
  for (const row of comparedRows(waves)) {
    const r = row.result as unknown as { earlierMean: number; laterMean: number };
    expect(has(earlier, r.earlierMean), `${row.unit} ${row.id} earlier`).toBe(true);
    expect(has(later, r.laterMean), `${row.unit} ${row.id} later`).toBe(true);
  }
}

/** Whether any n·mean difference of a row of the reply (later minus earlier) is the person's score. */
function differencesGive(waves: any, answers: Answers): string[] {
  return comparedRows(waves).flatMap((row) => {
    const r = row.result as unknown as {
      earlierMean: number;
      laterMean: number;
      earlierN: number;
      laterN: number;
    };
    const score = scoreOn(answers, row);
    const difference = r.laterN * r.laterMean - r.earlierN * r.earlierMean;
    return score !== null && same(difference, score) ? [`${row.unit} ${row.id}`] : [];
  });
}

describe('the wave attacks', () => {
  // Released counts move by whole batches within a wave: a minimum of 5 and then 8 lets Sales be 15 people
  // and then the same 15 answering alike plus one joiner (16, two batches of 8).
  // The reply's figures are all figures the two reports show (expectOnlyReportedFigures), so a joiner is no
  // more recoverable from it than from the two reports side by side, which it can only be if everyone else
  // answered both waves alike (the limit MODEL.md states).
  it('one person added between waves: the department is compared, and the reply adds no figure beyond the two reports', async () => {
    const sales = people(0, 15);
    const joiner = person(999, { level: 90 });
    const { setup, wave: first } = await firstWave(t, { Sales: sales, Ops: people(100, 10) }, 5);
    const second = await nextWave(t, setup, { Sales: [...sales, joiner], Ops: people(200, 24) }, 8);

    const waves = await readWaves(t, second);
    expect(waves.comparison.minGroupSize).toBe(8);
    // What the administrator sees: Sales named, not compared, and why; Ops and the organization compared.
    const salesGroup = groupOf(waves, 'Sales');
    expect(salesGroup).toMatchObject({
      change: 'same',
      compared: true,
      disclosure: { shown: true, reason: 'shown', earlierCount: 15, laterCount: 16 },
    });
    expect(rowsOf(waves, salesGroup.key).length).toBeGreaterThan(0);
    expect(groupOf(waves, 'Ops').disclosure).toMatchObject({ shown: true, earlierCount: 10, laterCount: 24 });
    expect(waves.comparison.organization).toMatchObject({ shown: true, earlierCount: 25, laterCount: 40 });
    expect(rowsOf(waves, 'organization').length).toBeGreaterThan(0);

    // Nothing the reply shows is beyond the two reports; the joiner's score comes out of the two reports
    // alike, as these ones were made for it (everyone else answering exactly as before).
    const [earlier, later] = [await readWaveReport(t, first), await readWaveReport(t, second)];
    expectOnlyReportedFigures(waves, earlier, later);
    expect(differencesGive(waves, joiner).length).toBeGreaterThan(0);

    // The head of Sales: their department named and not compared. Ops is the only other department, so the
    // organization less Sales would be Ops: their reports withhold the organization's figures, and so does
    // the reply (no organization row, no score in the trend, no pilot's "others").
    const head = await member(t, setup, 'department-head', ['Sales']);
    const theirs = await readWaves(t, second, head.cookie);
    expect(theirs.comparison.groups.map((g: Group) => [g.key, g.disclosure.reason])).toEqual([
      [salesGroup.key, 'shown'],
    ]);
    expect(theirs.comparison.organization).toMatchObject({ shown: false, reason: 'not-in-this-view' });
    expect(new Set(theirs.comparison.change.rows.map((r: { unit: string }) => r.unit))).toEqual(
      new Set([salesGroup.key]),
    );
    for (const wave of theirs.trend.waves)
      expect(Object.values(wave.scores).every((v) => v === null)).toBe(true);
    expect(theirs.pilot).toBeNull();
    const [headEarlier, headLater] = [
      await readWaveReport(t, first, head.cookie),
      await readWaveReport(t, second, head.cookie),
    ];
    expect([headEarlier.view.organizationShown, headLater.view.organizationShown]).toEqual([false, false]);
    expect(JSON.stringify(theirs)).not.toContain(groupOf(waves, 'Ops').key);
    // What they would subtract their own figures from, the organization's means, is nowhere in the reply.
    const shownToHead = [...numbers(theirs).values()];
    // A mean the head's own reports show too (their department's, equal by chance) gives nothing away.
    const theirOwn = [...numbers(headEarlier).values(), ...numbers(headLater).values()];
    for (const report of [earlier, later]) {
      for (const d of dimensions) {
        const mean = report.overall.dimensions[d.id]?.mean;
        if (typeof mean === 'number' && !theirOwn.some((v) => same(v, mean)))
          expect(
            shownToHead.some((v) => same(v, mean)),
            d.id,
          ).toBe(false);
      }
    }
    expectOnlyReportedFigures(theirs, headEarlier, headLater);
  });

  // A minimum of 7 and then 5: Sales Ops, a part split off Sales, is shown by its own wave (5 people) but is
  // below the larger minimum the comparison reads.
  it('a department split into a shown part and a part below the minimum: declared, the combined figure is withheld; undeclared, the part keeping the id is compared as itself and the new part never', async () => {
    const { setup, wave: first } = await firstWave(t, { Sales: people(0, 21), Ops: people(100, 14) }, 7);
    await reshape(t, setup, [
      { name: 'Sales', from: 'Sales' },
      { name: 'Sales Ops' },
      { name: 'Ops', from: 'Ops' },
    ]);
    const salesOps = people(300, 5);
    const stayed = people(0, 15);
    const second = await nextWave(
      t,
      setup,
      { Sales: stayed, 'Sales Ops': salesOps, Ops: people(200, 25) },
      5,
    );
    const [earlier, later] = [await readWaveReport(t, first), await readWaveReport(t, second)];

    // Undeclared: Sales is the same unit by its id, 21 people then 15, both shown by their reports; Sales Ops
    // is new and never compared.
    const undeclared = await readWaves(t, second);
    expect(groupOf(undeclared, 'Sales')).toMatchObject({
      change: 'same',
      earlierNames: ['Sales'],
      laterNames: ['Sales'],
      disclosure: { shown: true, reason: 'shown', earlierCount: 21, laterCount: 15 },
    });
    expect(rowsOf(undeclared, groupOf(undeclared, 'Sales').key).length).toBeGreaterThan(0);
    expect(groupOf(undeclared, 'Sales Ops')).toMatchObject({
      change: 'added',
      reason: 'new-id',
      compared: false,
    });
    expect(rowsOf(undeclared, groupOf(undeclared, 'Sales Ops').key)).toEqual([]);
    expectOnlyReportedFigures(undeclared, earlier, later);

    // Declared as a split: compared only as Sales then against Sales and Sales Ops together, which holds a
    // part of 5 below the minimum of 7: not shown, and said why.
    const [salesId, salesOpsId] = [second.idOf('Sales'), second.idOf('Sales Ops')];
    const declared = await t.call('PUT', `/api/campaigns/${second.campaignId}/lineage`, {
      declarations: [{ earlier: [salesId], later: [salesId, salesOpsId] }],
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(200);
    const waves = await readWaves(t, second);
    const split = groupOf(waves, 'Sales Ops');
    expect(split).toMatchObject({
      change: 'split',
      reason: 'declared-split',
      laterNames: ['Sales', 'Sales Ops'],
      disclosure: { shown: false, reason: 'hidden-part-later', earlierCount: 21, laterCount: 20 },
    });
    expect(rowsOf(waves, split.key)).toEqual([]);
    expect(waves.comparison.groups.filter((g: Group) => g.laterNames.includes('Sales'))).toHaveLength(1);
    // Neither the combined figure nor Sales Ops' own (what combined minus Sales would give) is anywhere in
    // the reply.
    const shown = [...numbers(waves).values()];
    for (const d of dimensions) {
      const row = {
        unit: '',
        measure: 'dimension',
        id: d.id,
        result: { compared: false, reason: '' },
      } as const;
      for (const hidden of [recount([...stayed, ...salesOps], row), recount(salesOps, row)]) {
        if (hidden.n === 0) continue;
        expect(
          shown.some((v) => same(v, hidden.mean)),
          d.id,
        ).toBe(false);
      }
    }
    expectOnlyReportedFigures(waves, earlier, later);
  });

  it("a department head's waves reply holds nothing of a department not theirs, in either wave", async () => {
    const { setup, wave: first } = await firstWave(t, {
      Sales: people(0, 10),
      Ops: people(100, 5),
      Legal: people(200, 5),
    });
    await reshape(t, setup, [
      { name: 'Sales', from: 'Sales' },
      { name: 'Back office' },
      { name: 'Research' },
    ]);
    const second = await nextWave(t, setup, {
      Sales: people(300, 10),
      'Back office': people(400, 10),
      Research: people(500, 5),
    });
    const others = {
      ids: [first.idOf('Ops'), first.idOf('Legal'), second.idOf('Back office'), second.idOf('Research')],
      names: ['Ops', 'Legal', 'Back office', 'Research'],
    };
    const declared = await t.call('PUT', `/api/campaigns/${second.campaignId}/lineage`, {
      declarations: [{ earlier: [others.ids[0], others.ids[1]], later: [others.ids[2]] }],
    });
    expect(declared.status).toBe(200);
    // The administrator's reply compares the merged group; the head's must not hold it.
    expect(groupOf(await readWaves(t, second), 'Back office').disclosure.shown).toBe(true);

    const head = await member(t, setup, 'department-head', ['Sales']);
    for (const wave of [first, second] as Wave[]) {
      const theirs = await readWaves(t, wave, head.cookie);
      const text = JSON.stringify(theirs);
      for (const id of others.ids) expect(text, id).not.toContain(id);
      for (const name of others.names) expect(text, name).not.toContain(`"${name}"`);
      if (theirs.comparison) {
        expect(theirs.comparison.groups.map((g: Group) => g.laterNames)).toEqual([['Sales']]);
        expect(theirs.comparison.refusedDeclarations).toEqual([]);
        const units = new Set(theirs.comparison.change.rows.map((r: ChangeRow) => r.unit));
        expect(units).toEqual(new Set(['organization', setup.departmentId('Sales')]));
      }
    }
  });

  it('a merged group is compared only as a whole, with the pooled figures of its departments', async () => {
    const ops = people(100, 5);
    const legal = people(200, 5);
    const backOffice = people(400, 10);
    const { setup, wave: first } = await firstWave(t, { Sales: people(0, 10), Ops: ops, Legal: legal });
    await reshape(t, setup, [{ name: 'Sales', from: 'Sales' }, { name: 'Back office' }]);
    const second = await nextWave(t, setup, { Sales: people(300, 10), 'Back office': backOffice });
    const merged = [first.idOf('Ops'), first.idOf('Legal')];
    const declared = await t.call('PUT', `/api/campaigns/${second.campaignId}/lineage`, {
      declarations: [{ earlier: merged, later: [second.idOf('Back office')] }],
    });
    expect(declared.status).toBe(200);

    const waves = await readWaves(t, second);
    const group = groupOf(waves, 'Back office');
    expect(group).toMatchObject({
      change: 'merged',
      earlierNames: ['Ops', 'Legal'],
      disclosure: { shown: true, earlierCount: 10, laterCount: 10 },
    });
    // Ops and Legal are in no other group and have no rows of their own.
    const naming = waves.comparison.groups.filter((g: Group) => g.earlier.some((id) => merged.includes(id)));
    expect(naming).toEqual([group]);
    const units = new Set(waves.comparison.change.rows.map((r: ChangeRow) => r.unit));
    expect(units).toEqual(new Set(['organization', setup.departmentId('Sales'), group.key]));

    // The group's figures are those of the ten people of Ops and Legal together, recounted from the answers.
    const rows = comparedRows(waves).filter((r) => r.unit === group.key);
    expect(rows.filter((r) => r.measure === 'dimension').length).toBeGreaterThan(0);
    for (const row of rows) {
      const r = row.result as unknown as {
        earlierMean: number;
        laterMean: number;
        earlierN: number;
        laterN: number;
      };
      const [before, after] = [recount([...ops, ...legal], row), recount(backOffice, row)];
      expect(r.earlierN, row.id).toBe(before.n);
      expect(r.earlierMean, row.id).toBeCloseTo(before.mean, 6);
      expect(r.laterN, row.id).toBe(after.n);
      expect(r.laterMean, row.id).toBeCloseTo(after.mean, 6);
    }
  });
});
