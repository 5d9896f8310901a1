import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerCounts, CutCell } from '../../../../server/domain/analysis/campaign-tally';
import { emptyGoalAuditCounts } from '../../../../server/domain/analysis/goal-audit';
import type { GroupSummary, ScaleSummary } from '../../../../server/domain/analysis/group-summary';
import { discloseCut, shownGroups } from '../../../../server/domain/anonymity/cut-disclosure';
import { judgingModel } from '../../../../server/domain/instrument/barrier-model';
import type { MeanEstimate } from '../../../../server/domain/statistics/intervals';

const model = judgingModel('2', '2')!;

describe('shownGroups', () => {
  it.each([
    {
      situation: 'every group and the rest are large enough',
      total: 30,
      counts: [10, 8, 12],
      shown: [1, 1, 1],
    },
    { situation: 'the groups cover everyone', total: 15, counts: [5, 5, 5], shown: [1, 1, 1] },
    { situation: 'the rest is exactly the minimum', total: 20, counts: [7, 8], shown: [1, 1] },
    {
      situation: 'a group of one is hidden and so is the next smallest, or the rest would be that one',
      total: 20,
      counts: [12, 1, 7],
      shown: [1, 0, 0],
    },
    {
      situation:
        'four people skipped the question, so the first of the two equal groups is hidden to cover them',
      total: 24,
      counts: [10, 10],
      shown: [0, 1],
    },
    {
      situation: 'one person left over hides one group, whose people then cover them',
      total: 13,
      counts: [6, 6],
      shown: [0, 1],
    },
    {
      situation: 'hiding continues smallest first until the rest reaches the minimum',
      total: 40,
      counts: [2, 5, 6, 25],
      shown: [0, 0, 1, 1],
    },
    {
      situation: 'the first of two equally small groups is hidden',
      total: 22,
      counts: [8, 6, 6],
      shown: [1, 0, 1],
    },
    { situation: 'a group of exactly the minimum is shown', total: 10, counts: [5, 5], shown: [1, 1] },
    { situation: 'one below the minimum is not', total: 9, counts: [4, 5], shown: [0, 0] },
    {
      situation: 'an empty group is not shown, nor needs covering',
      total: 10,
      counts: [0, 10],
      shown: [0, 1],
    },
    { situation: 'nobody is behind the figure', total: 0, counts: [0, 0], shown: [0, 0] },
    { situation: 'too few are behind the figure at all', total: 3, counts: [1, 2], shown: [0, 0] },
  ])('$situation (total $total, counts $counts, minimum 5)', ({ total, counts, shown }) => {
    expect(shownGroups(total, counts, 5).map(Number)).toEqual(shown);
  });

  it('never shows a group it is not allowed to, and counts it among the rest', () => {
    expect(shownGroups(30, [10, 10, 10], 5, [true, false, true]).map(Number)).toEqual([1, 0, 1]);
    // The disallowed group (3) joins the rest, which is then too small: the smallest allowed one goes too.
    expect(shownGroups(23, [10, 3, 10], 5, [true, false, true]).map(Number)).toEqual([0, 0, 1]);
  });

  it('reads the minimum it is given', () => {
    expect(shownGroups(20, [3, 17], 3).map(Number)).toEqual([1, 1]);
    expect(shownGroups(20, [3, 17], 4).map(Number)).toEqual([0, 0]);
  });

  it('leaves, for every subset of the groups shown, a difference from the total of none or at least the minimum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 20 }),
        (minimum, counts, skipped) => {
          const total = counts.reduce((a, b) => a + b, 0) + skipped;
          // The organization's own figure rests on none or at least the minimum (the release rule).
          fc.pre(total === 0 || total >= minimum);
          const shown = shownGroups(total, counts, minimum);
          const visible = counts.filter((_, i) => shown[i]);
          for (const c of visible) expect(c).toBeGreaterThanOrEqual(minimum);
          for (let mask = 0; mask < 1 << visible.length; mask++) {
            const taken = visible.reduce((sum, c, i) => (mask & (1 << i) ? sum + c : sum), 0);
            const rest = total - taken;
            expect(rest === 0 || rest >= minimum).toBe(true);
          }
        },
      ),
    );
  });
});

const estimate = (n: number, mean = 60): MeanEstimate => ({ n, mean, sd: 10, low: mean - 5, high: mean + 5 });
const scale = (n: number, mean = 60): ScaleSummary => ({
  estimate: estimate(n, mean),
  missingRate: 0,
  favourability: {
    n,
    favourable: { successes: 1, n, p: 0.5, low: 0.3, high: 0.7 },
    neutral: { successes: 1, n, p: 0.3, low: 0.1, high: 0.5 },
    unfavourable: { successes: 1, n, p: 0.2, low: 0.1, high: 0.4 },
  },
});
const counts = (n: number): AnswerCounts => ({ favourable: n, neutral: 0, unfavourable: 0, dontKnow: 0 });

/** A group of `n` people with the given people behind each fit scale and the fit dimension, and item `q1`. */
function cell(n: number, dynamism = n, control = n, q1 = n): CutCell {
  const scales: Record<string, ScaleSummary> = {};
  if (dynamism > 0) scales['fit.dynamism'] = scale(dynamism);
  if (control > 0) scales['fit.control'] = scale(control, 40);
  const summary: GroupSummary = {
    n,
    scales,
    dimensions: n > 0 ? { fit: estimate(Math.max(dynamism, control), 50) } : {},
  };
  return {
    summary,
    totals: {
      n,
      dimensions: new Map(),
      items: new Map(),
      meanings: new Map(),
      named: new Map(),
      goals: emptyGoalAuditCounts(),
      answers: new Map([['q1', counts(q1)]]),
    },
  };
}

const organization = (n: number, dynamism = n, control = n, q1 = n) => cell(n, dynamism, control, q1);

function disclose(
  groups: (CutCell | undefined)[],
  org: CutCell,
  options: { status?: 'draft' | 'open' | 'closed'; sees?: boolean; minimum?: number; units?: CutCell[] } = {},
) {
  return discloseCut({
    model,
    status: options.status ?? 'closed',
    readerSeesOrganization: options.sees ?? true,
    minimum: options.minimum ?? 5,
    overall: org.summary,
    answers: org.totals.answers,
    groups: groups.map((c, i) => ({ value: `v${i}`, cell: c })),
    units: options.units ?? [],
  });
}

describe('discloseCut', () => {
  it.each([
    { status: 'open' as const, sees: true, reason: 'not-closed', n: 20 },
    { status: 'draft' as const, sees: true, reason: 'not-closed', n: 20 },
    { status: 'closed' as const, sees: false, reason: 'organization-withheld', n: null },
    { status: 'open' as const, sees: false, reason: 'organization-withheld', n: null },
  ])('shows no group while $reason (status $status)', ({ status, sees, reason, n }) => {
    expect(disclose([cell(10), cell(10)], organization(20), { status, sees })).toEqual({
      shown: false,
      reason,
      n,
      groups: [],
    });
  });

  it('shows every figure of groups that, with the rest, all reach the minimum', () => {
    const result = disclose([cell(10), cell(10)], organization(20));
    expect(result.shown).toBe(true);
    expect(result.n).toBe(20);
    expect(result.reason).toBeNull();
    expect(result.groups).toEqual([
      {
        value: 'v0',
        hidden: false,
        n: 10,
        summary: { scales: cell(10).summary.scales, dimensions: cell(10).summary.dimensions },
        answers: { q1: counts(10) },
      },
      {
        value: 'v1',
        hidden: false,
        n: 10,
        summary: { scales: cell(10).summary.scales, dimensions: cell(10).summary.dimensions },
        answers: { q1: counts(10) },
      },
    ]);
  });

  it('hides a group of one, and the next smallest with it, figures and all', () => {
    const result = disclose([cell(1), cell(6), cell(13)], organization(20));
    expect(result.groups.map((g) => [g.value, g.hidden, g.n])).toEqual([
      ['v0', true, null],
      ['v1', true, null],
      ['v2', false, 13],
    ]);
    expect(result.groups[0]).toEqual({ value: 'v0', hidden: true, n: null, summary: null, answers: {} });
    expect(result.groups[1]!.summary).toBeNull();
  });

  it('hides a group whose cell the tally does not hold', () => {
    const result = disclose([undefined, cell(20)], organization(20));
    expect(result.groups[0]).toMatchObject({ hidden: true, n: null, summary: null });
    expect(result.groups[1]!.hidden).toBe(false);
  });

  it('hides one scale of a group where too few are behind it, and the dimension made of it', () => {
    // 10 and 10 people; on control 10 and 3 answered, of an organization of 13 on it.
    const result = disclose([cell(10, 10, 10), cell(10, 10, 3)], organization(20, 20, 13));
    const [a, b] = result.groups;
    // Control: the 3 are hidden, and 10 shown of 13 would leave them: the 10 is hidden too.
    expect(Object.keys(a!.summary!.scales)).toEqual(['fit.dynamism']);
    expect(Object.keys(b!.summary!.scales)).toEqual(['fit.dynamism']);
    expect(a!.summary!.dimensions).toEqual({});
    expect(b!.summary!.dimensions).toEqual({});
    expect(Object.keys(a!.summary!.scales)).not.toContain('fit.control');
  });

  it('keeps a dimension whose group has no figure on one of its scales at all', () => {
    const result = disclose([cell(10, 10, 0), cell(10, 10, 10)], organization(20, 20, 10));
    expect(Object.keys(result.groups[0]!.summary!.scales)).toEqual(['fit.dynamism']);
    // Control rests on the second group alone (10 of 10): shown.
    expect(Object.keys(result.groups[1]!.summary!.scales).sort()).toEqual(['fit.control', 'fit.dynamism']);
    expect(result.groups[0]!.summary!.dimensions.fit).toEqual(estimate(10, 50));
  });

  it('hides a dimension whose own figure leaves too few, though its scales are shown', () => {
    const org = organization(20);
    org.summary.dimensions.fit = estimate(22, 50);
    const result = disclose([cell(10), cell(10)], org);
    // 22 − 20 leaves 2: the first group's dimension is hidden, which leaves 12.
    expect(result.groups.map((g) => Object.keys(g.summary!.dimensions))).toEqual([[], ['fit']]);
    expect(result.groups.every((g) => Object.keys(g.summary!.scales).length === 2)).toBe(true);
  });

  it('hides an item’s counts where the people who answered it leave too few', () => {
    const result = disclose([cell(10, 10, 10, 10), cell(10, 10, 10, 2)], organization(20, 20, 20, 12));
    expect(result.groups[0]!.answers).toEqual({});
    expect(result.groups[1]!.answers).toEqual({});
    const whole = disclose([cell(10, 10, 10, 10), cell(10, 10, 10, 2)], organization(20, 20, 20, 17));
    expect(whole.groups[0]!.answers).toEqual({ q1: counts(10) });
    expect(whole.groups[1]!.answers).toEqual({});
  });

  it('counts every class of an item’s answers, "don’t know" included', () => {
    const a = cell(10);
    (a.totals.answers as Map<string, AnswerCounts>).set('q1', {
      favourable: 1,
      neutral: 1,
      unfavourable: 1,
      dontKnow: 2,
    });
    const org = organization(20);
    (org.totals.answers as Map<string, AnswerCounts>).set('q1', {
      favourable: 10,
      neutral: 1,
      unfavourable: 1,
      dontKnow: 3,
    });
    // 5 and 10 of 15: both shown.
    expect(disclose([a, cell(10)], org).groups.map((g) => Object.keys(g.answers))).toEqual([['q1'], ['q1']]);
  });

  it('never shows a figure of a group hidden for its people count, whatever that figure’s own counts', () => {
    const small = cell(4, 9, 9, 9);
    const result = disclose([small, cell(16)], organization(20, 25, 25, 25));
    expect(result.groups[0]).toMatchObject({ hidden: true, summary: null, answers: {} });
  });

  it.each([
    { situation: 'units the size of the groups', units: [10, 10], shown: [1, 1] },
    { situation: 'units far from the groups and their rests', units: [20], shown: [1, 1] },
    {
      situation: 'a unit one person smaller than a group (a department of that level, say)',
      units: [9, 11],
      shown: [0, 0],
    },
    { situation: 'a unit four people larger than one group’s rest', units: [14, 6], shown: [0, 0] },
    { situation: 'a unit five people away', units: [15, 5], shown: [1, 1] },
    { situation: 'a unit with nothing released', units: [0, 20], shown: [1, 1] },
  ])('holds each group against the units: $situation', ({ units, shown }) => {
    const result = disclose([cell(10), cell(10)], organization(20), { units: units.map((n) => cell(n)) });
    expect(result.groups.map((g) => Number(!g.hidden))).toEqual(shown);
  });

  it('hides a group whose rest lies within the minimum of a unit, though the group itself does not', () => {
    // 5 and 15 of 20 beside a unit of 12: 15 lies 3 from it, and so does what 5 leaves (20 − 5 = 15).
    const result = disclose([cell(5), cell(15)], organization(20), { units: [cell(12)] });
    expect(result.groups.map((g) => g.hidden)).toEqual([true, true]);
  });

  it('holds a dimension against the units’ dimension figure, apart from their scales', () => {
    const unit = cell(20);
    unit.summary.dimensions.fit = estimate(11, 50);
    const result = disclose([cell(10), cell(10)], organization(20), { units: [unit, cell(0)] });
    expect(result.groups.map((g) => Object.keys(g.summary!.dimensions))).toEqual([[], []]);
    expect(result.groups.map((g) => Object.keys(g.summary!.scales).length)).toEqual([2, 2]);
  });

  it('holds each figure against the units’ same figure', () => {
    // People 10 and 10 beside units of 10 and 10; on control the first unit has 7 of its people and the
    // groups 10 and 6, 16 in all: the second group lies 1 away from the unit and is hidden on control,
    // which leaves 6 in the rest: the first group is hidden on control too.
    const units = [cell(10, 10, 7, 10), cell(10, 10, 9, 10)];
    const result = disclose([cell(10, 10, 10), cell(10, 10, 6)], organization(20, 20, 16), { units });
    expect(result.groups.map((g) => Object.keys(g.summary!.scales))).toEqual([
      ['fit.dynamism'],
      ['fit.dynamism'],
    ]);
    const items = disclose([cell(10, 10, 10, 10), cell(10, 10, 10, 10)], organization(20, 20, 20, 20), {
      units: [cell(10, 10, 10, 11), cell(10, 10, 10, 9)],
    });
    expect(items.groups.map((g) => Object.keys(g.answers))).toEqual([[], []]);
  });

  it('follows the campaign’s minimum', () => {
    expect(disclose([cell(3), cell(17)], organization(20), { minimum: 3 }).groups[0]!.hidden).toBe(false);
    expect(disclose([cell(3), cell(17)], organization(20), { minimum: 4 }).groups[0]!.hidden).toBe(true);
  });
});
