// The next wave of a series: a new draft made from a campaign that has opened, with what HR set up for it
// carried over (whom it asks, settings, reporting groups, email texts, HR's statement) so that re-measuring
// after a quarter takes one step and asks the same people the same way. Everything carried stays editable
// while the new wave is a draft. Dates are not carried: they belong to the quarter being measured.

import { createCampaign, type Campaign } from './campaign';
import { chooseDepartments } from './campaign-departments';
import { ConflictError } from '../errors';
import type { Organization } from './organization';

export interface NextWaveSpec {
  id: string;
  name: string;
  /** The instrument the new wave asks: the previous wave's unless a later version is chosen. */
  questionnaireId: string;
  /** Whether the new wave's model reads HR's statement of facts (otherwise staff are asked them). */
  factsFromHr: boolean;
  today: string;
  newToken: () => string;
  /**
   * The departments the new wave asks, when chosen (a pilot pair and a comparison group, say); the previous
   * wave's otherwise. Checked as a new campaign's are (chooseDepartments).
   */
  departmentIds?: readonly string[];
}

export interface NextWave {
  campaign: Campaign;
  /** Departments the previous wave asked that the organization no longer has: not asked again. */
  droppedDepartmentIds: string[];
  /** Reporting groups not carried, because one of their departments is no longer asked. */
  droppedGroupIds: string[];
}

/** The next wave of `previous`, as a draft of the organization as it is now. */
export function nextWave(previous: Campaign, organization: Organization, spec: NextWaveSpec): NextWave {
  if (previous.status === 'draft') {
    throw new ConflictError('A draft has no answers to compare a next wave with: open it first.', {
      code: 'wave.from-draft',
      params: {},
    });
  }
  const now = organization.departments.map((d) => d.id);
  const chosen = spec.departmentIds && chooseDepartments(organization, spec.departmentIds);
  // A whole-organization wave asks the organization as it is now, departments added since included; a
  // wave of chosen departments asks those of them that still exist.
  const departmentIds =
    chosen?.departmentIds ??
    (previous.scope === 'organization' ? now : now.filter((id) => previous.departmentIds.includes(id)));
  if (departmentIds.length === 0) {
    throw new ConflictError('None of the departments this wave asked still exists in the organization.', {
      code: 'wave.no-departments-left',
      params: {},
    });
  }
  const base = createCampaign({
    id: spec.id,
    organizationId: previous.organizationId,
    name: spec.name,
    questionnaireId: spec.questionnaireId,
    scope:
      chosen?.scope ??
      (previous.scope === 'organization' || departmentIds.length === now.length
        ? 'organization'
        : 'departments'),
    departmentIds,
    minGroupSize: previous.minGroupSize,
    ...(spec.factsFromHr ? { organizationFacts: previous.organizationFacts } : {}),
    today: spec.today,
    newToken: spec.newToken,
  });
  const groups = previous.reportingGroups.filter((g) =>
    g.departmentIds.every((id) => departmentIds.includes(id)),
  );
  return {
    campaign: {
      ...base,
      commentMinimum: previous.commentMinimum,
      languages: [...previous.languages],
      targetResponseRate: previous.targetResponseRate,
      emailTemplates: structuredClone(previous.emailTemplates),
      reportingGroups: groups.map((g) => ({ ...g, departmentIds: [...g.departmentIds] })),
      previousWaveId: previous.id,
      // The same questions about people, so the waves' groups can be read alike.
      ...(previous.cuts ? { cuts: structuredClone(previous.cuts) } : {}),
    },
    droppedDepartmentIds: previous.departmentIds.filter((id) => !departmentIds.includes(id)),
    droppedGroupIds: previous.reportingGroups.filter((g) => !groups.includes(g)).map((g) => g.id),
  };
}
