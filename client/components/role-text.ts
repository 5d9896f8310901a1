import type { Role } from '../../server/domain/account';

/** Each role as people read it, and what it lets its holder do within its organization. */
export const ROLE_TEXT: Record<Role, { label: string; allows: string }> = {
  administrator: {
    label: 'Administrator',
    allows: 'manage the organization, its campaigns and its people, and read every report',
  },
  executive: { label: 'Executive', allows: 'read the campaigns and their reports' },
  'department-head': {
    label: 'Department head',
    allows: 'read the reports, with department figures only for the departments named in the invitation',
  },
  consultant: { label: 'Consultant', allows: 'read the campaigns and their reports' },
};
