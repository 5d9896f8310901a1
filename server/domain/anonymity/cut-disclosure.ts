// What a report grouped by a demographic cut (tenure, level, location) may show (MODEL.md §5, "Cuts"). A
// cut's groups partition the organization's released answers, but unlike units they are not released in
// batches of their own: one unit's batch of five may bring one executive. So a cut is shown only once the
// campaign is closed (its figures final: no two reads differ), only to readers who see the organization, and
// figure by figure only where neither a group nor what the shown groups leave of the organization holds
// fewer people than the minimum (complementary hiding, as the tracking page hides counts, disclosure.ts),
// and where neither a group nor its rest differs from a unit's figure by fewer than the minimum.

import { decidingScales, type BarrierModel, type DimensionId } from '../instrument/barrier-model';
import type { AnswerCounts, CutCell } from '../analysis/campaign-tally';
import type { GroupSummary, ScaleSummary } from '../analysis/group-summary';
import type { CampaignStatus } from '../campaigns/campaign';
import type { MeanEstimate } from '../statistics/intervals';

/**
 * Which groups of one figure may be shown: a group with at least `minimum` people behind the figure, and
 * only while the people not shown (the organization's `total` less the groups shown: those in hidden
 * groups, and those who did not answer the cut's question) number none or at least `minimum`. While they
 * number 1 to minimum − 1, the smallest group still shown is hidden too (the first of equals), and again.
 * `allowed` (all by default) names the groups that may be shown at all.
 *
 * @example shownGroups(20, [12, 1, 6], 5) // [true, false, false]: 1 left over, so 6 is hidden too
 */
export function shownGroups(
  total: number,
  counts: readonly number[],
  minimum: number,
  allowed: readonly boolean[] = counts.map(() => true),
): boolean[] {
  const shown = counts.map((c, i) => allowed[i] === true && c >= minimum);
  for (;;) {
    const rest = total - counts.reduce((sum, c, i) => (shown[i] ? sum + c : sum), 0);
    if (rest === 0 || rest >= minimum) return shown;
    let smallest = -1;
    counts.forEach((c, i) => {
      if (shown[i] && (smallest < 0 || c < counts[smallest]!)) smallest = i;
    });
    if (smallest < 0) return shown;
    shown[smallest] = false;
  }
}

/** Why a cut shows no group at all. */
export type CutWithheld = 'not-closed' | 'organization-withheld';

/** One group of a cut as shown: the figures that passed the rule, and nothing of those that did not. */
export interface CutGroupShown<V> {
  value: V;
  /** No figure of it is shown: too few people, or hidden so that a smaller group is not exposed. */
  hidden: boolean;
  n: number | null;
  summary: {
    scales: Record<string, ScaleSummary>;
    dimensions: Partial<Record<DimensionId, MeanEstimate>>;
  } | null;
  /** Per scored item, the answer counts by class of the group, where they passed. */
  answers: Record<string, AnswerCounts>;
}

export type CutDisclosure<V> =
  | { shown: false; reason: CutWithheld; n: number | null; groups: [] }
  | { shown: true; reason: null; n: number; groups: CutGroupShown<V>[] };

export interface CutInput<V> {
  model: BarrierModel;
  status: CampaignStatus;
  /** Whether the reader's report shows the whole organization (not a department head's own units). */
  readerSeesOrganization: boolean;
  minimum: number;
  /** The organization's figures and per-item counts: the totals every group's figure is held against. */
  overall: GroupSummary;
  answers: ReadonlyMap<string, AnswerCounts>;
  /** The cut's groups in the order of its values: each value as the caller names it, and its cell. */
  groups: readonly { value: V; cell: CutCell | undefined }[];
  /**
   * The other groupings a reader can set beside this cut, whose figures each group is held against: the
   * reporting units as the report shows them (a unit with nothing released has n = 0), since a department
   * made of one level, less that level's group, is people; and the groups of the campaign's other cuts
   * that reach the minimum (a reader can read those too: all of one tenure band being executives, the
   * executives less that band would be the rest of them). A group below the minimum is never shown, so
   * it is left out by the caller.
   */
  units: readonly CutCell[];
}

/**
 * Whether a group of `count` people behind a figure may be shown beside the others' figures of it: neither
 * the group nor the rest of the organization without it may differ from a unit by 1 to minimum − 1 people.
 * Were a unit wholly inside the group (an executives' department) or inside its rest, the difference of
 * the two figures would be those few people. The cut does not know who is in which unit, so it assumes the
 * worst of every pair.
 */
function clearOfOthers(count: number, total: number, units: readonly number[], minimum: number): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) >= 1 && Math.abs(a - b) < minimum;
  // A unit with nothing released (0) needs no case of its own: a group within m − 1 of 0 is below the
  // minimum, and so is a rest within m − 1 of 0, which the remainder rule covers.
  return !units.some((u) => near(count, u) || near(total - count, u));
}

const countOf = (c: AnswerCounts | undefined) =>
  c ? c.favourable + c.neutral + c.unfavourable + c.dontKnow : 0;

/** The cut's groups as a reader may see them: every figure through `shownGroups` on its own. */
export function discloseCut<V>(input: CutInput<V>): CutDisclosure<V> {
  const { overall, minimum, groups } = input;
  if (!input.readerSeesOrganization)
    return { shown: false, reason: 'organization-withheld', n: null, groups: [] };
  // An open campaign's figures move as batches arrive, and its closing time may be moved later: two reads
  // of a cut could differ by one person. Closed is the status, never a passed closing time.
  if (input.status !== 'closed') return { shown: false, reason: 'not-closed', n: overall.n, groups: [] };
  /** One figure's groups: each clear of the others' same figure, then the remainder rule over them all. */
  const figure = (
    total: number,
    count: (g: CutCell) => number,
    unit: (u: CutCell) => number,
    allowed: readonly boolean[] = groups.map(() => true),
  ) => {
    const counts = groups.map((g) => (g.cell ? count(g.cell) : 0));
    const units = input.units.map(unit);
    const clear = counts.map((c, i) => allowed[i] === true && clearOfOthers(c, total, units, minimum));
    return shownGroups(total, counts, minimum, clear);
  };
  const people = figure(
    overall.n,
    (c) => c.summary.n,
    (u) => u.summary.n,
  );
  const scales = new Map(
    Object.entries(overall.scales).map(([id, s]) => [
      id,
      figure(
        s.estimate.n,
        (c) => c.summary.scales[id]?.estimate.n ?? 0,
        (u) => u.summary.scales[id]?.estimate.n ?? 0,
        people,
      ),
    ]),
  );
  const dimensions = new Map(
    (Object.entries(overall.dimensions) as [DimensionId, MeanEstimate][]).map(([id, e]) => [
      id,
      figure(
        e.n,
        (c) => c.summary.dimensions[id]?.n ?? 0,
        (u) => u.summary.dimensions[id]?.n ?? 0,
        people,
      ),
    ]),
  );
  const items = new Map(
    [...input.answers].map(([id, counts]) => [
      id,
      figure(
        countOf(counts),
        (c) => countOf(c.totals.answers.get(id)),
        (u) => countOf(u.totals.answers.get(id)),
        people,
      ),
    ]),
  );
  const decidingOf = new Map(input.model.dimensions.map((d) => [d.id, decidingScales(d).map((s) => s.id)]));
  return {
    shown: true,
    reason: null,
    n: overall.n,
    groups: groups.map(({ value, cell }, i): CutGroupShown<V> => {
      if (!people[i] || !cell) return { value, hidden: true, n: null, summary: null, answers: {} };
      const shownScales: Record<string, ScaleSummary> = {};
      for (const [id, shown] of scales) {
        const s = cell.summary.scales[id];
        if (shown[i] && s) shownScales[id] = s;
      }
      const shownDimensions: Partial<Record<DimensionId, MeanEstimate>> = {};
      for (const [id, shown] of dimensions) {
        const e = cell.summary.dimensions[id];
        // A dimension's mean is the mean of its scales' means: beside all but one of them it would give
        // the one hidden away, so it is shown only with every scale it is made of that the group has.
        const whole = (decidingOf.get(id) ?? []).every(
          (s) => cell.summary.scales[s] === undefined || s in shownScales,
        );
        if (shown[i] && e && whole) shownDimensions[id] = e;
      }
      const answers: Record<string, AnswerCounts> = {};
      for (const [id, shown] of items) {
        const counts = cell.totals.answers.get(id);
        if (shown[i] && counts) answers[id] = counts;
      }
      return {
        value,
        hidden: false,
        n: cell.summary.n,
        summary: { scales: shownScales, dimensions: shownDimensions },
        answers,
      };
    }),
  };
}
