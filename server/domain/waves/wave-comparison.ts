// One wave's report set beside the wave before it: which units correspond (unit-lineage.ts), which of them
// anonymity across waves lets the comparison show (wave-disclosure.ts), and what changed beyond the noise
// for the organization and each unit shown (wave-change.ts). Built from the two reports as every reader
// gets them before their restriction (a department head's copy is then cut by `forReader`), so the rules
// run on the whole picture and no reader's view can be combined with another's to undo them.

import type { CampaignReport } from '../analysis/campaign-report';
import type { GroupSummary } from '../analysis/group-summary';
import { comparedUnits, keyOf } from './compared-units';
import { traceUnits, type LineageDeclaration, type LineageGroup, type UnitLineage } from './unit-lineage';
import {
  discloseGroups,
  discloseOrganization,
  type DisclosureDecision,
  type UnitCount,
} from './wave-disclosure';
import {
  compareWaves,
  figuresOfSummary,
  type Figure,
  type UnitFigures,
  type WaveChange,
} from './wave-change';

export const ORGANIZATION = 'organization';

export interface WaveComparisonInput {
  earlier: CampaignReport;
  later: CampaignReport;
  /** Merges, splits and successors an administrator declared between the two waves. */
  declarations?: readonly LineageDeclaration[];
  /** Scales the two instrument versions measure alike; null when both waves asked the same version. */
  comparableScales: readonly string[] | null;
}

export interface ComparedGroup extends LineageGroup {
  /** The key its change rows carry ("a", or "a+b>c" for a merge). */
  key: string;
  earlierNames: string[];
  laterNames: string[];
  disclosure: DisclosureDecision;
}

export interface WaveComparison {
  earlierCampaignId: string;
  laterCampaignId: string;
  /** The larger of the two waves' minimum group sizes: what every rule here reads. */
  minGroupSize: number;
  organization: DisclosureDecision;
  groups: ComparedGroup[];
  refusedDeclarations: {
    declaration: { earlier: string[]; later: string[] };
    reason: UnitLineage['refused'][number]['reason'];
  }[];
  change: WaveChange;
}

const countsOf = (report: CampaignReport): UnitCount[] =>
  report.departments.map((d) => ({
    id: d.departmentId,
    count: d.hidden ? 0 : (d.responses ?? 0),
    shown: !d.hidden,
  }));

/**
 * Several units' figures taken together, exactly, from each unit's n, mean and SD: the pooled mean, and
 * the SD from the within-unit and between-unit sums of squares (a mean of means would weigh a unit of 5
 * like a unit of 50).
 */
export function pooledFigure(parts: readonly Figure[]): Figure {
  const usable = parts.filter((p) => p.n > 0 && p.mean !== null);
  const n = usable.reduce((sum, p) => sum + p.n, 0);
  if (n === 0) return { n: 0, mean: null, sd: null };
  const mean = usable.reduce((sum, p) => sum + p.n * p.mean!, 0) / n;
  if (n < 2 || usable.some((p) => p.n > 1 && p.sd === null)) return { n, mean, sd: null };
  const squares = usable.reduce(
    (sum, p) => sum + (p.n - 1) * (p.sd ?? 0) ** 2 + p.n * (p.mean! - mean) ** 2,
    0,
  );
  return { n, mean, sd: Math.sqrt(squares / (n - 1)) };
}

/** Several units' figures as one group's, each dimension and scale pooled exactly. */
export function pooledFigures(parts: readonly UnitFigures[]): UnitFigures {
  const pool = (pick: (u: UnitFigures) => Readonly<Partial<Record<string, Figure>>>) => {
    const ids = new Set(parts.flatMap((p) => Object.keys(pick(p))));
    return Object.fromEntries(
      [...ids].map((id) => [id, pooledFigure(parts.flatMap((p) => (pick(p)[id] ? [pick(p)[id]!] : [])))]),
    );
  };
  return {
    n: parts.reduce((sum, p) => sum + p.n, 0),
    dimensions: pool((p) => p.dimensions),
    scales: pool((p) => p.scales),
  };
}

function unitFigures(report: CampaignReport, ids: readonly string[]): UnitFigures | null {
  const summaries = ids
    .map((id) => report.departments.find((d) => d.departmentId === id)?.summary ?? null)
    .filter((s): s is GroupSummary => s !== null);
  if (summaries.length === 0) return null;
  if (summaries.length === 1) return figuresOfSummary(summaries[0]!);
  return pooledFigures(summaries.map(figuresOfSummary));
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Compares a wave's report with the one before it. */
export function compareReports(input: WaveComparisonInput): WaveComparison {
  const { earlier, later } = input;
  const minGroupSize = Math.max(earlier.minGroupSize, later.minGroupSize);
  const snapshot = (report: CampaignReport) =>
    report.departments.map((d) => ({ id: d.departmentId, name: d.name }));
  const lineage = traceUnits(snapshot(earlier), snapshot(later), input.declarations ?? []);
  const decisions = discloseGroups(lineage.groups, countsOf(earlier), countsOf(later), minGroupSize);
  // The organization's rows compare the same body of people: a pilot set beside the whole organization,
  // or two pilots of different departments, are compared on their shared units only.
  const sameBody =
    earlier.scope === later.scope &&
    (later.scope === 'organization' ||
      sameIds(
        snapshot(earlier).map((u) => u.id),
        snapshot(later).map((u) => u.id),
      ));
  const organization = sameBody
    ? discloseOrganization(earlier.responses ?? 0, later.responses ?? 0, minGroupSize)
    : ({
        shown: false,
        reason: 'different-people',
        earlierCount: earlier.responses ?? 0,
        laterCount: later.responses ?? 0,
      } satisfies DisclosureDecision);
  const units = comparedUnits(lineage.groups, decisions, (wave, ids) =>
    unitFigures(wave === 'earlier' ? earlier : later, ids),
  );
  const nameOf = (report: CampaignReport, id: string) =>
    report.departments.find((d) => d.departmentId === id)?.name ?? id;
  const orgUnit =
    organization.shown && earlier.overall && later.overall
      ? [
          {
            key: ORGANIZATION,
            earlier: figuresOfSummary(earlier.overall),
            later: figuresOfSummary(later.overall),
          },
        ]
      : [];
  const change = compareWaves({
    units: [...orgUnit, ...units],
    dimensions: later.dimensions.map((d) => ({ id: d.id, scales: d.scales.map((s) => s.id) })),
    comparableScales: input.comparableScales,
    minGroupSize,
  });
  return {
    earlierCampaignId: earlier.campaignId,
    laterCampaignId: later.campaignId,
    minGroupSize,
    organization,
    groups: lineage.groups.map((group, i) => ({
      ...group,
      key: keyOf(group),
      earlierNames: group.earlier.map((id) => nameOf(earlier, id)),
      laterNames: group.later.map((id) => nameOf(later, id)),
      disclosure: decisions[i]!,
    })),
    refusedDeclarations: lineage.refused.map((r) => ({
      declaration: { earlier: [...r.declaration.earlier], later: [...r.declaration.later] },
      reason: r.reason,
    })),
    change,
  };
}

/**
 * A department head's copy: the organization's rows, and the groups made wholly of their units in both
 * waves (a group reaching into another department is left out, figures and all).
 */
export function forReader(comparison: WaveComparison, units: 'all' | readonly string[]): WaveComparison {
  if (units === 'all') return comparison;
  const own = (ids: readonly string[]) => ids.length > 0 && ids.every((id) => units.includes(id));
  const groups = comparison.groups.filter((g) => own([...g.earlier, ...g.later]));
  const keys = new Set([ORGANIZATION, ...groups.map((g) => g.key)]);
  return {
    ...comparison,
    groups,
    refusedDeclarations: [],
    change: { ...comparison.change, rows: comparison.change.rows.filter((r) => keys.has(r.unit)) },
  };
}
