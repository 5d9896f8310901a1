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
  return namedIn(response.answers[DEPENDS_ON_QUESTION]);
}

/** The departments an answer to the depends-on question names, each once, "none" left out. */
export function namedIn(answer: unknown): string[] {
  return Array.isArray(answer) ? [...new Set(answer.map(String))].filter((id) => id !== NO_DEPARTMENT) : [];
}

/**
 * What the conflict map reads of one department, counted as answers arrive: its respondents (whether or not
 * they answered either question), how many gave each meaning of success, and how many named each department.
 */
export interface DepartmentCounts {
  departmentId: string;
  respondents: number;
  meanings: ReadonlyMap<string, number>;
  named: ReadonlyMap<string, number>;
}

/** Counts one respondent's answers into their department's counts (the list path counts with this too). */
export function countConflictAnswers(
  into: { respondents: number; meanings: Map<string, number>; named: Map<string, number> },
  answers: SurveyResponse['answers'],
): void {
  into.respondents += 1;
  const meaning = answers[SUCCESS_MEANING_QUESTION];
  if (typeof meaning === 'string') into.meanings.set(meaning, (into.meanings.get(meaning) ?? 0) + 1);
  for (const id of namedIn(answers[DEPENDS_ON_QUESTION])) into.named.set(id, (into.named.get(id) ?? 0) + 1);
}

function meaningOf(counted: DepartmentCounts): DepartmentMeaning {
  const counts = Object.fromEntries(counted.meanings);
  const answered = [...counted.meanings.values()].reduce((sum, count) => sum + count, 0);
  const ranked = Object.entries(counts).sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  const isTie = first !== undefined && second !== undefined && first[1] === second[1];
  return {
    departmentId: counted.departmentId,
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
    shownDepartmentIds.map((departmentId) => [
      departmentId,
      { departmentId, respondents: 0, meanings: new Map<string, number>(), named: new Map<string, number>() },
    ]),
  );
  for (const r of responses) {
    const counts = byDepartment.get(r.departmentId);
    if (counts) countConflictAnswers(counts, r.answers);
  }
  return buildConflictMapFromCounts([...byDepartment.values()], dependencyShare);
}

/**
 * The same map from each shown department's counts, in the order the departments are shown: every figure in
 * it is a count or a share of counts. Departments named but not shown are read nowhere.
 */
export function buildConflictMapFromCounts(
  shown: readonly DepartmentCounts[],
  dependencyShare: number,
): ConflictMap {
  const shownDepartmentIds = shown.map((d) => d.departmentId);
  const meanings = shown.map(meaningOf);
  const dependencies: Dependency[] = [];
  for (const from of shown) {
    if (from.respondents === 0) continue;
    for (const to of shownDepartmentIds) {
      if (to === from.departmentId) continue;
      const share = (from.named.get(to) ?? 0) / from.respondents;
      if (share >= dependencyShare) dependencies.push({ from: from.departmentId, to, share });
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
