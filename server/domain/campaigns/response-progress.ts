// How a campaign is going, for the people running it: invited, started and answered per reported group and
// overall, against the target response rate. Figures of groups below the minimum are withheld (shown as
// "fewer than N") by the same rule the report uses, so the tracking page never reveals what the report hides.
// Answers are split by the way they came: a personal link is invited, opened and answered, while an access
// code or a shared link leaves no trace before its answer arrives, so its answers are counted apart and never
// set beside an "opened" they could seem to exceed.

import { hiddenGroups } from '../anonymity/disclosure';
import type { Department } from './organization';
import type { SurveyInvitation } from './survey-invitation';

export interface DepartmentProgress {
  departmentId: string;
  name: string;
  /** People in the group: the staff list's count when one was imported, else the organization's headcount. */
  headcount: number;
  /** Personal invitations for the group (0 when the campaign uses shared links only). */
  invited: number;
  /**
   * Why the counts are withheld: the group has fewer responses than the minimum, or it has enough but is
   * hidden to protect a smaller one (its count would give the smaller one's away by subtraction).
   */
  withheld: 'too-few' | 'protects-another' | null;
  /** Null when withheld. */
  started: number | null;
  /** Of the responses, those through personal links; null when withheld. */
  answeredByLink: number | null;
  /**
   * The rest: through access codes or shared links (and of anyone taken off the list after answering, whose
   * link no longer counts as theirs); null when withheld.
   */
  answeredOtherwise: number | null;
  responses: number | null;
  responseRate: number | null;
}

export interface ResponseProgress {
  minGroupSize: number;
  targetResponseRate: number;
  headcount: number;
  invited: number;
  /** Personal links opened; shared links leave no trace of who opened them. */
  started: number;
  /** Responses through personal links, and through access codes or shared links. */
  answeredByLink: number;
  answeredOtherwise: number;
  /** The whole campaign's count is always shown: it reveals nothing about any one group. */
  responses: number;
  responseRate: number | null;
  /** Responses still needed to reach the target; 0 once reached. */
  toTarget: number;
  departments: DepartmentProgress[];
}

export interface ProgressInput {
  units: readonly Department[];
  unitOf: ReadonlyMap<string, string>;
  responsesByUnit: ReadonlyMap<string, number>;
  invitations: readonly Pick<SurveyInvitation, 'departmentId' | 'started' | 'answered'>[];
  minGroupSize: number;
  targetResponseRate: number;
}

export function buildResponseProgress(input: ProgressInput): ResponseProgress {
  const { units, unitOf, responsesByUnit, invitations, minGroupSize, targetResponseRate } = input;
  const invited = new Map<string, number>();
  const started = new Map<string, number>();
  const byLink = new Map<string, number>();
  const bump = (m: Map<string, number>, unit: string) => m.set(unit, (m.get(unit) ?? 0) + 1);
  for (const i of invitations) {
    const unit = unitOf.get(i.departmentId);
    if (unit === undefined) continue;
    bump(invited, unit);
    // Someone who answered certainly opened the link.
    if (i.started || i.answered) bump(started, unit);
    if (i.answered) bump(byLink, unit);
  }
  // A link being answered can be marked a moment before its response is counted: never more than stored.
  const linkAnswers = (unit: string) => Math.min(byLink.get(unit) ?? 0, responsesByUnit.get(unit) ?? 0);
  const hidden = hiddenGroups(
    units.map((u) => ({ id: u.id, n: responsesByUnit.get(u.id) ?? 0 })),
    minGroupSize,
  );
  const headcount = units.reduce((sum, u) => sum + u.headcount, 0);
  const total = units.reduce((sum, u) => sum + (responsesByUnit.get(u.id) ?? 0), 0);
  const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const answeredByLink = units.reduce((n, u) => n + linkAnswers(u.id), 0);
  return {
    minGroupSize,
    targetResponseRate,
    headcount,
    invited: sum(invited),
    started: sum(started),
    answeredByLink,
    answeredOtherwise: total - answeredByLink,
    responses: total,
    responseRate: headcount > 0 ? total / headcount : null,
    toTarget: Math.max(0, Math.ceil(headcount * targetResponseRate - 1e-9) - total),
    departments: units.map((u) => {
      const count = responsesByUnit.get(u.id) ?? 0;
      const withheld = hidden.has(u.id);
      const n = withheld ? null : count;
      return {
        departmentId: u.id,
        name: u.name,
        headcount: u.headcount,
        invited: invited.get(u.id) ?? 0,
        withheld: withheld
          ? count < minGroupSize
            ? ('too-few' as const)
            : ('protects-another' as const)
          : null,
        started: withheld ? null : (started.get(u.id) ?? 0),
        answeredByLink: withheld ? null : linkAnswers(u.id),
        answeredOtherwise: n === null ? null : n - linkAnswers(u.id),
        responses: n,
        responseRate: n !== null && u.headcount > 0 ? n / u.headcount : null,
      };
    }),
  };
}
