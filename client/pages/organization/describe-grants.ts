import type { Grant } from '../../api/client';
import { ROLE_TEXT } from '../../components/role-text';

/** A person's roles in one organization as one line, naming the departments a department head reads. */
export function describeGrants(
  grants: readonly Grant[],
  departments: readonly { id: string; name: string }[],
) {
  const nameOf = (id: string) => departments.find((d) => d.id === id)?.name ?? 'a removed department';
  return grants
    .map((g) =>
      g.role === 'department-head'
        ? `${ROLE_TEXT[g.role].label} (${g.departmentIds.map(nameOf).join(', ')})`
        : ROLE_TEXT[g.role].label,
    )
    .join('; ');
}
