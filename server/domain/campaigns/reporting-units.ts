// The groups a campaign reports on: its departments, with small ones merged into reporting groups, each
// counted against the staff list when one was imported (else the organization's headcount). Reports,
// progress and the disclosure preview all see the campaign through this one view, so they always agree.

import type { Campaign } from './campaign';
import { DEPENDS_ON_QUESTION } from '../analysis/conflict-map';
import type { Department, Organization } from './organization';
import type { SurveyResponse } from '../instrument/response';

export interface ReportingUnits {
  /** One entry per reported group; a reporting group takes the place of the departments it merges. */
  units: Department[];
  /** The reported group a department's answers count towards. */
  unitOf: ReadonlyMap<string, string>;
}

export function reportingUnits(organization: Organization, campaign: Campaign): ReportingUnits {
  const departments = organization.departments.filter((d) => campaign.departmentIds.includes(d.id));
  const population = (d: Department) =>
    campaign.staffCounts === null ? d.headcount : (campaign.staffCounts[d.id] ?? 0);
  const unitOf = new Map<string, string>();
  const units: Department[] = [];
  for (const d of departments) {
    const group = campaign.reportingGroups.find((g) => g.departmentIds.includes(d.id));
    if (!group) {
      unitOf.set(d.id, d.id);
      units.push({ id: d.id, name: d.name, headcount: population(d) });
      continue;
    }
    unitOf.set(d.id, group.id);
    // The group appears where its first department would have been.
    if (units.some((u) => u.id === group.id)) continue;
    const members = departments.filter((m) => group.departmentIds.includes(m.id));
    units.push({
      id: group.id,
      name: group.name,
      headcount: members.reduce((sum, m) => sum + population(m), 0),
    });
  }
  return { units, unitOf };
}

/** The count of responses per reported group. */
export function countByUnit(
  responses: readonly Pick<SurveyResponse, 'departmentId'>[],
  unitOf: ReadonlyMap<string, string>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of responses) {
    const unit = unitOf.get(r.departmentId);
    if (unit !== undefined) counts.set(unit, (counts.get(unit) ?? 0) + 1);
  }
  return counts;
}

export interface ReportedCampaign {
  organization: Organization;
  campaign: Campaign;
  responses: SurveyResponse[];
  /** The stored response each reported one stands for, to reuse scores computed for it. */
  storedOf: ReadonlyMap<SurveyResponse, SurveyResponse>;
  /** The reported group each department's answers count towards. */
  unitOf: ReadonlyMap<string, string>;
}

/**
 * The campaign as its report sees it: departments replaced by reported groups, and each response filed
 * under its group, including the departments it says it depends on. Stored responses are never changed.
 */
export function asReported(
  organization: Organization,
  campaign: Campaign,
  responses: readonly SurveyResponse[],
): ReportedCampaign {
  const { units, unitOf } = reportingUnits(organization, campaign);
  const storedOf = new Map<SurveyResponse, SurveyResponse>();
  const merged = campaign.reportingGroups.length > 0;
  const reported = responses.map((r) => {
    const copy = merged ? reportedResponse(r, unitOf) : r;
    storedOf.set(copy, r);
    return copy;
  });
  return {
    organization: { ...organization, departments: units },
    campaign: { ...campaign, departmentIds: units.map((u) => u.id) },
    responses: reported,
    storedOf,
    unitOf,
  };
}

/**
 * One stored response as its report files it: under its reporting unit, with the departments it depends on
 * named by their units (its own unit left out). The same response when nothing is merged.
 */
export function reportedResponse(r: SurveyResponse, unitOf: ReadonlyMap<string, string>): SurveyResponse {
  const unit = unitOf.get(r.departmentId) ?? r.departmentId;
  const named = r.answers[DEPENDS_ON_QUESTION];
  if (unit === r.departmentId && !Array.isArray(named)) return r;
  const answers = Array.isArray(named)
    ? {
        ...r.answers,
        [DEPENDS_ON_QUESTION]: [
          ...new Set(named.map((id) => unitOf.get(String(id)) ?? String(id)).filter((id) => id !== unit)),
        ],
      }
    : r.answers;
  return { ...r, departmentId: unit, answers };
}
