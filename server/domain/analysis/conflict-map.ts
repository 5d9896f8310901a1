// Where departments that depend on each other mean different things by "doing better" (the seed's case:
// operations counts cost, sales counts deals). Dependencies come from respondents naming the departments
// their team relies on; only departments shown in the report take part.

import { NO_DEPARTMENT } from '../instrument/questionnaire';
import type { SurveyResponse } from '../instrument/response';

export interface DepartmentMeaning {
  departmentId: string;
  /** Respondents who said what "better" means; counts per meaning. */
  answered: number;
  counts: Record<string, number>;
  /** The most common meaning and its share; null when nobody answered or two meanings tie for first. */
  dominant: string | null;
  share: number | null;
}

export interface Dependency {
  from: string;
  to: string;
  /** Share of `from`'s respondents who named `to`. */
  share: number;
}

export interface Conflict {
  a: string;
  b: string;
  meaningA: string;
  meaningB: string;
  /** Whether a depends on b, b on a, or both. */
  direction: 'a-on-b' | 'b-on-a' | 'mutual';
}

export interface ConflictMap {
  meanings: DepartmentMeaning[];
  dependencies: Dependency[];
  conflicts: Conflict[];
}

export const SUCCESS_MEANING_QUESTION = 'success_meaning';
export const DEPENDS_ON_QUESTION = 'depends_on';

/**
 * The departments a response says its department depends on: none for "none" (or no answer). The "none"
 * answer still counts its respondent among their department's, as someone who named nobody.
 */
export function namedDepartments(response: SurveyResponse): string[] {
  const named = response.answers[DEPENDS_ON_QUESTION];
  return Array.isArray(named) ? named.map(String).filter((id) => id !== NO_DEPARTMENT) : [];
}

function meaningOf(departmentId: string, responses: readonly SurveyResponse[]): DepartmentMeaning {
  const counts: Record<string, number> = {};
  let answered = 0;
  for (const r of responses) {
    const value = r.answers[SUCCESS_MEANING_QUESTION];
    if (typeof value !== 'string') continue;
    counts[value] = (counts[value] ?? 0) + 1;
    answered += 1;
  }
  const ranked = Object.entries(counts).sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  const isTie = first !== undefined && second !== undefined && first[1] === second[1];
  return {
    departmentId,
    answered,
    counts,
    dominant: first && !isTie ? first[0] : null,
    share: first && !isTie ? first[1] / answered : null,
  };
}

export function buildConflictMap(
  shownDepartmentIds: readonly string[],
  responses: readonly SurveyResponse[],
  dependencyShare: number,
): ConflictMap {
  const byDepartment = new Map(
    shownDepartmentIds.map((id) => [id, responses.filter((r) => r.departmentId === id)]),
  );
  const meanings = shownDepartmentIds.map((id) => meaningOf(id, byDepartment.get(id)!));
  const dependencies: Dependency[] = [];
  for (const from of shownDepartmentIds) {
    const own = byDepartment.get(from)!;
    if (own.length === 0) continue;
    for (const to of shownDepartmentIds) {
      if (to === from) continue;
      const naming = own.filter((r) => namedDepartments(r).includes(to)).length;
      if (naming / own.length >= dependencyShare) dependencies.push({ from, to, share: naming / own.length });
    }
  }
  const dominant = new Map(meanings.map((m) => [m.departmentId, m.dominant]));
  const depends = (x: string, y: string) => dependencies.some((d) => d.from === x && d.to === y);
  const conflicts: Conflict[] = [];
  shownDepartmentIds.forEach((a, i) => {
    for (const b of shownDepartmentIds.slice(i + 1)) {
      const meaningA = dominant.get(a);
      const meaningB = dominant.get(b);
      if (!meaningA || !meaningB || meaningA === meaningB) continue;
      const ab = depends(a, b);
      const ba = depends(b, a);
      if (!ab && !ba) continue;
      conflicts.push({ a, b, meaningA, meaningB, direction: ab && ba ? 'mutual' : ab ? 'a-on-b' : 'b-on-a' });
    }
  });
  return { meanings, dependencies, conflicts };
}
