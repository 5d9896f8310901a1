// An organization and its departments: the units a campaign surveys and a report compares. Two departments
// a reader could not tell apart would split one team's answers in two and let a staff list file one's
// people under the other, so their names must differ by more than the look-alike rule of name-key.ts.

import { InvalidInputError, type FieldError } from '../errors';
import { findLookAlikes } from './name-key';

export interface Department {
  id: string;
  name: string;
  /** People in the department: the denominator of its response rate. */
  headcount: number;
}

export interface Organization {
  id: string;
  name: string;
  departments: Department[];
  /** Calendar day of creation (YYYY-MM-DD). */
  createdOn: string;
  /** The day it was archived (left out of the lists until taken back); absent while it is not. */
  archivedOn?: string;
  /**
   * Months between waves of its calibration cadence (3 for quarterly; wave-cadence.ts says when the next is
   * due); absent while it keeps none, as every organization stored before cadences does.
   */
  cadenceMonths?: number;
  /**
   * Whether an administrator chose to pool its latest closed campaign's organization scores into this
   * installation's benchmark (domain/benchmark/); absent, as on every organization stored before, is no.
   */
  benchmarkOptIn?: boolean;
}

/** The problem an organization's setup can have, stable so that a client can word it. */
export type OrganizationProblemCode = 'organization.department-look-alike';
const LOOK_ALIKE: OrganizationProblemCode = 'organization.department-look-alike';

export interface NewOrganization {
  name: string;
  departments: readonly { name: string; headcount: number }[];
}

/** The organization to store, with an id for it and each department; refuses look-alike department names. */
export function createOrganization(
  input: NewOrganization,
  ids: { newId: () => string; today: string },
): Organization {
  assertDistinctDepartmentNames(input.departments.map((d) => d.name));
  return {
    id: ids.newId(),
    name: input.name,
    departments: input.departments.map((d) => ({ id: ids.newId(), name: d.name, headcount: d.headcount })),
    createdOn: ids.today,
  };
}

/** Refuses department names a reader could not tell apart, naming the later of each pair by its place. */
export function assertDistinctDepartmentNames(names: readonly string[]): void {
  const pairs = findLookAlikes(names);
  if (pairs.length === 0) return;
  const errors: FieldError[] = pairs.map(({ earlier, later }) => ({
    field: `departments.${later}.name`,
    message: `reads as the same name as department ${earlier + 1}, "${names[earlier]}"`,
    code: LOOK_ALIKE,
    params: { first: names[earlier]!, second: names[later]! },
  }));
  const [first, second] = [names[pairs[0]!.earlier]!, names[pairs[0]!.later]!];
  throw new InvalidInputError(
    `The department names "${first}" and "${second}" would read as the same department (they differ only in letter case, spacing, full-width letters or invisible characters): give each department a name of its own.`,
    { code: LOOK_ALIKE, params: { first, second } },
    errors,
  );
}
