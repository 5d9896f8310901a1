// Editing an organization: its name, and its departments renamed, re-counted, added or removed. A campaign
// that has opened keeps its own copy of its departments (campaign-departments.ts), so no edit rewrites its
// report. A department that a draft or open campaign covers cannot be removed: its links, staff list and
// access codes name it, and answers may still be filed under it, so the campaign is closed (or the draft
// deleted) first. Refused edits change nothing.

import { MAX_CADENCE_MONTHS } from '../../../shared/campaign-limits';
import type { FieldProblemCode } from '../../../shared/field-problems';
import { ConflictError, InvalidInputError, type ProblemParams } from '../errors';
import { assertDistinctDepartmentNames, type Department, type Organization } from './organization';

export interface DepartmentEdit {
  /** The department kept (renamed, re-counted); absent for a department added. */
  id?: string;
  name: string;
  headcount: number;
}

export interface OrganizationEdit {
  name?: string;
  /** The departments as they are to be, in order: a department of the organization left out is removed. */
  departments?: readonly DepartmentEdit[];
  /** Months between calibration waves, 1 to MAX_CADENCE_MONTHS; null for none. */
  cadenceMonths?: number | null;
}

export interface EditContext {
  newId: () => string;
  /** Departments a draft or open campaign covers, each with the name of one such campaign. */
  inUse: ReadonlyMap<string, string>;
}

/** The organization as the edit leaves it; throws, changing nothing, when the edit cannot be made. */
export function editOrganization(
  current: Organization,
  edit: OrganizationEdit,
  context: EditContext,
): Organization {
  const departments =
    edit.departments === undefined
      ? current.departments
      : editDepartments(current, edit.departments, context);
  const edited = { ...current, name: edit.name ?? current.name, departments };
  if (edit.cadenceMonths === undefined) return edited;
  // No cadence is no field at all, as on every organization stored before cadences existed.
  const { cadenceMonths: _dropped, ...withoutCadence } = edited;
  if (edit.cadenceMonths === null) return withoutCadence;
  return { ...withoutCadence, cadenceMonths: checkedCadence(edit.cadenceMonths) };
}

/** A cadence's months as given, or a refusal naming the field with the code its request schema uses. */
function checkedCadence(months: number): number {
  const fault: [FieldProblemCode, ProblemParams] | null = !Number.isInteger(months)
    ? ['field.not-whole-number', {}]
    : months < 1
      ? ['field.too-small', { min: 1 }]
      : months > MAX_CADENCE_MONTHS
        ? ['field.too-large', { max: MAX_CADENCE_MONTHS }]
        : null;
  if (fault === null) return months;
  const [code, params] = fault;
  throw new InvalidInputError(
    `A calibration cadence is a whole number of months from 1 to ${MAX_CADENCE_MONTHS}, not ${months}.`,
    { code: 'request.invalid', params: {} },
    [
      {
        field: 'cadenceMonths',
        message: `must be a whole number from 1 to ${MAX_CADENCE_MONTHS}`,
        code,
        params,
      },
    ],
  );
}

function editDepartments(
  current: Organization,
  wanted: readonly DepartmentEdit[],
  { newId, inUse }: EditContext,
): Department[] {
  const existing = new Map(current.departments.map((d) => [d.id, d]));
  const seen = new Set<string>();
  wanted.forEach((d, i) => {
    if (d.id === undefined) return;
    const field = `departments.${i}.id`;
    if (!existing.has(d.id)) {
      const code = 'organization.department-unknown';
      throw new InvalidInputError(
        `The organization has no department ${d.id}.`,
        { code, params: { department: d.id } },
        [{ field, message: 'is not a department of this organization', code, params: { department: d.id } }],
      );
    }
    if (seen.has(d.id)) {
      const code = 'organization.department-repeated';
      const name = existing.get(d.id)!.name;
      throw new InvalidInputError(
        `Department "${name}" is named twice.`,
        { code, params: { department: name } },
        [{ field, message: 'names a department already named above', code, params: { department: name } }],
      );
    }
    seen.add(d.id);
  });
  for (const d of current.departments) {
    const campaign = inUse.get(d.id);
    if (seen.has(d.id) || campaign === undefined) continue;
    throw new ConflictError(
      `Department "${d.name}" is covered by campaign "${campaign}", which is not closed: close that campaign (or delete the draft) before removing the department.`,
      { code: 'organization.department-in-use', params: { department: d.name, campaign } },
    );
  }
  assertDistinctDepartmentNames(wanted.map((d) => d.name));
  return wanted.map((d) => ({ id: d.id ?? newId(), name: d.name, headcount: d.headcount }));
}

/** The departments of each campaign not yet closed, which an edit may not remove, with a campaign's name. */
export function departmentsInUse(
  campaigns: readonly { name: string; status: string; departmentIds: readonly string[] }[],
): Map<string, string> {
  const inUse = new Map<string, string>();
  for (const c of campaigns) {
    if (c.status === 'closed') continue;
    for (const id of c.departmentIds) if (!inUse.has(id)) inUse.set(id, c.name);
  }
  return inUse;
}
