// Which departments should pilot OKRs together when the verdict is "pilot first": two that are ready
// enough on their own and depend on each other, so the pilot tests the cross-department links that a
// single-department pilot would leave out (the seed's marketing-and-R&D silo).

import type { Dependency } from '../analysis/conflict-map';

export interface PilotCandidate {
  departmentId: string;
  /** Mean of the department's participation and goal-breakdown scores (0–100). */
  readiness: number | null;
  /** Whether its hygiene, culture and OKR/KPI scores are all above the barrier line. */
  hasSoundBasics: boolean;
}

export interface PilotProposal {
  departmentIds: string[];
  /** `dependency`: a pair that depend on each other; `readiness`: no such pair, so the two readiest. */
  basis: 'dependency' | 'readiness';
}

export function proposePilot(
  candidates: readonly PilotCandidate[],
  dependencies: readonly Dependency[],
): PilotProposal | null {
  const eligible = candidates.filter(
    (c): c is PilotCandidate & { readiness: number } => c.hasSoundBasics && c.readiness !== null,
  );
  // A pilot in one department alone is the silo the seed warns about: propose a pair or nothing.
  if (eligible.length < 2) return null;
  const linked = (a: string, b: string) =>
    dependencies.some((d) => (d.from === a && d.to === b) || (d.from === b && d.to === a));
  let best: { ids: string[]; weakest: number; total: number } | null = null;
  eligible.forEach((a, i) => {
    for (const b of eligible.slice(i + 1)) {
      if (!linked(a.departmentId, b.departmentId)) continue;
      // The pair is as ready as its weaker member; ties go to the readier pair overall.
      const weakest = Math.min(a.readiness, b.readiness);
      const total = a.readiness + b.readiness;
      if (!best || weakest > best.weakest || (weakest === best.weakest && total > best.total)) {
        best = { ids: [a.departmentId, b.departmentId], weakest, total };
      }
    }
  });
  if (best) return { departmentIds: (best as { ids: string[] }).ids, basis: 'dependency' };
  const readiest = [...eligible].sort((x, y) => y.readiness - x.readiness).slice(0, 2);
  return { departmentIds: readiest.map((c) => c.departmentId), basis: 'readiness' };
}
