// The staff list as the people table shows it: department names resolved, and those whose email could not
// be delivered first, since they are the rows HR has to act on and a long list shows only its start.

import type { StaffListEntry } from '../../../server/http/api-types';

export const FIRST_ROWS = 100;

export interface StaffRow extends StaffListEntry {
  /** null when the department has since been removed from the organization. */
  departmentName: string | null;
}

export function toStaffRows(
  people: readonly StaffListEntry[],
  departments: readonly { id: string; name: string }[],
  limit: number | null,
): { rows: StaffRow[]; hidden: number } {
  const nameOf = new Map(departments.map((d) => [d.id, d.name]));
  const withName = people.map((p) => ({ ...p, departmentName: nameOf.get(p.departmentId) ?? null }));
  // Stable sort: within each half the list keeps the order it was imported in.
  const ordered = [
    ...withName.filter((p) => p.deliveryError !== null),
    ...withName.filter((p) => p.deliveryError === null),
  ];
  const rows = limit === null ? ordered : ordered.slice(0, limit);
  return { rows, hidden: ordered.length - rows.length };
}
