import type { Grant } from '../../api/client';
import type { Language } from '../../components/language-switch';
import { ROLE_TEXT } from '../../components/role-text';
import { ORGANIZATION_TEXT } from './organization-text';
import { joinList } from '../../../shared/languages';

/** A person's roles in one organization as one line, naming the departments a department head reads. */
export function describeGrants(
  grants: readonly Grant[],
  departments: readonly { id: string; name: string }[],
  language: Language = 'en',
) {
  const text = ORGANIZATION_TEXT[language];
  const roles = ROLE_TEXT[language];
  const nameOf = (id: string) => departments.find((d) => d.id === id)?.name ?? text.removedDepartment;
  return text.joinRoles(
    grants.map((g) =>
      g.role === 'department-head'
        ? text.headOfDepartments(roles[g.role].label, joinList(language, g.departmentIds.map(nameOf)))
        : roles[g.role].label,
    ),
  );
}
