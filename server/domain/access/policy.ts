// Who may do what, in one table. Every route asks `authorize` before it acts, so access never depends on
// which buttons the client shows. A grant only ever speaks for its own organization.

import type { Principal, Role } from './account';

export const ACTIONS = [
  'organization:create',
  'organization:read',
  'organization:manage',
  'campaign:read',
  'campaign:manage',
  /** Hold the survey's shared links, issue access codes and personal links, see suspect submissions. */
  'survey:distribute',
  'report:read',
  /**
   * Download a campaign's released answers row by row: readers of the whole organization only, since a
   * department head's view leaves out what concerns other departments and a row-by-row file cannot.
   */
  'responses:export',
  'users:manage',
  /**
   * Make a one-time link that sets another person's password: the owner only, since whoever holds it
   * becomes that person, and an administrator who could would stand above the other administrators.
   */
  'users:reset-password',
  /** Archive an organization, take it back, or delete it with everything stored for it. */
  'organization:remove',
  /** Archive a campaign, take it back, or delete it with its responses, people, codes and tally. */
  'campaign:remove',
  /** Add, change, assign and remove any action of the organization's action plan. */
  'action-plan:edit',
  /**
   * Move an action along (status, due date, note): for a department head only the actions they own or that
   * concern their departments, which the domain (action-plan.ts) checks.
   */
  'action-plan:update',
  /** Append a comment to an action, without changing it. */
  'action-plan:comment',
  /**
   * Choose whether the organization's scores are pooled into the installation's benchmark: its
   * administrators' choice, not a reader's (a consultant pools no client's scores on their own say).
   */
  'organization:benchmark',
  /**
   * Export the installation's benchmark pool as a file, load one, list and remove them: the owner only (no
   * role holds it), since a file speaks for every organization of the installation.
   */
  'benchmark:manage',
  /**
   * Run a goal-writing workshop for the organization: create it, see every draft, group, keep and export.
   * Administrators and consultants, who hold such sessions; what is kept reaches the plan only with
   * action-plan:edit as well.
   */
  'workshop:run',
  /** Copy the embedded data directory into BACKUP_DIR while the server runs: the owner only (no role). */
  'installation:backup',
] as const;
export type Action = (typeof ACTIONS)[number];

/** Which actions each role allows within the organization it was granted for. */
export const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  administrator: [
    'organization:read',
    'organization:manage',
    'campaign:read',
    'campaign:manage',
    'survey:distribute',
    'report:read',
    'responses:export',
    'users:manage',
    'organization:remove',
    'campaign:remove',
    'action-plan:edit',
    'action-plan:update',
    'action-plan:comment',
    'organization:benchmark',
    'workshop:run',
  ],
  // Reading roles never hold a way to answer: a link in a reader's hands could pad a group with known answers.
  // The action plan is what executives decide and department heads carry out; consultants advise on it.
  executive: [
    'organization:read',
    'campaign:read',
    'report:read',
    'responses:export',
    'action-plan:edit',
    'action-plan:update',
    'action-plan:comment',
  ],
  'department-head': ['organization:read', 'report:read', 'action-plan:update', 'action-plan:comment'],
  consultant: [
    'organization:read',
    'campaign:read',
    'report:read',
    'responses:export',
    'action-plan:comment',
    'workshop:run',
  ],
};

export type Access =
  | { allowed: false }
  /** `departments` is 'all', or the only departments whose figures may be shown. */
  | { allowed: true; departments: 'all' | string[] };

const DENIED: Access = { allowed: false };

/**
 * Whether `principal` may take `action` in `organizationId` (omitted only for organization:create).
 * @example authorize(headOfSales, 'report:read', 'org-1') // { allowed: true, departments: ['sales'] }
 */
export function authorize(principal: Principal | null, action: Action, organizationId?: string): Access {
  if (!principal) return DENIED;
  if (principal.isOwner) return { allowed: true, departments: 'all' };
  // No role may create an organization, and no grant is for none: the grants below would refuse these too.
  // Stryker disable next-line LogicalOperator,StringLiteral: equivalent, see above
  if (action === 'organization:create' || organizationId === undefined) return DENIED;
  const grants = principal.grants.filter(
    (g) => g.organizationId === organizationId && ROLE_ACTIONS[g.role].includes(action),
  );
  if (grants.length === 0) return DENIED;
  if (grants.some((g) => g.role !== 'department-head')) return { allowed: true, departments: 'all' };
  return { allowed: true, departments: [...new Set(grants.flatMap((g) => g.departmentIds))] };
}

/** The organizations a principal may see at all; 'all' for the owner. */
export function visibleOrganizations(principal: Principal): 'all' | string[] {
  return principal.isOwner ? 'all' : [...new Set(principal.grants.map((g) => g.organizationId))];
}

/** Everything a principal may do, worked out by `authorize`, for a client to offer only what will work. */
export interface Permissions {
  /** The owner: every action in every organization, including creating organizations. */
  everything: boolean;
  byOrganization: Record<string, Action[]>;
}

export function permissionsOf(principal: Principal): Permissions {
  const byOrganization: Record<string, Action[]> = {};
  for (const organizationId of new Set(principal.grants.map((g) => g.organizationId))) {
    byOrganization[organizationId] = ACTIONS.filter(
      (action) => authorize(principal, action, organizationId).allowed,
    );
  }
  return { everything: principal.isOwner, byOrganization };
}
