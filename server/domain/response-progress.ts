// How many people have answered, per department, for the people running a campaign. Counts of groups
// below the minimum are withheld (shown as "fewer than N") by the same rule the report uses.

import type { Campaign } from './campaign';
import { hiddenGroups } from './disclosure';
import type { Organization } from './organization';

export interface DepartmentProgress {
  departmentId: string;
  name: string;
  headcount: number;
  /** Null when withheld: fewer than the campaign's minimum group size (or hidden to protect one that is). */
  responses: number | null;
  responseRate: number | null;
}

export interface ResponseProgress {
  minGroupSize: number;
  headcount: number;
  /** The whole campaign's count is always shown: it reveals nothing about any one group. */
  responses: number;
  responseRate: number | null;
  departments: DepartmentProgress[];
}

export function buildResponseProgress(
  organization: Organization,
  campaign: Campaign,
  countByDepartment: ReadonlyMap<string, number>,
): ResponseProgress {
  const departments = organization.departments.filter((d) => campaign.departmentIds.includes(d.id));
  const counts = departments.map((d) => ({ id: d.id, n: countByDepartment.get(d.id) ?? 0 }));
  const hidden = hiddenGroups(counts, campaign.minGroupSize);
  const headcount = departments.reduce((sum, d) => sum + d.headcount, 0);
  const total = counts.reduce((sum, c) => sum + c.n, 0);
  return {
    minGroupSize: campaign.minGroupSize,
    headcount,
    responses: total,
    responseRate: headcount > 0 ? total / headcount : null,
    departments: departments.map((d) => {
      const n = hidden.has(d.id) ? null : (countByDepartment.get(d.id) ?? 0);
      return {
        departmentId: d.id,
        name: d.name,
        headcount: d.headcount,
        responses: n,
        responseRate: n !== null && d.headcount > 0 ? n / d.headcount : null,
      };
    }),
  };
}
