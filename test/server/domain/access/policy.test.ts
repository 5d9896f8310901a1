import { describe, expect, it } from 'vitest';
import { ROLES, type Grant, type Principal, type Role } from '../../../../server/domain/access/account';
import {
  ACTIONS,
  authorize,
  ROLE_ACTIONS,
  permissionsOf,
  visibleOrganizations,
} from '../../../../server/domain/access/policy';

const OWN = 'org-own';
const OTHER = 'org-other';

function principal(grants: Grant[], isOwner = false): Principal {
  return { accountId: 'acc-1', name: 'Pat', email: 'pat@example.com', isOwner, grants };
}

const grant = (role: Role, organizationId = OWN, departmentIds: string[] = []): Grant => ({
  organizationId,
  role,
  departmentIds: role === 'department-head' && departmentIds.length === 0 ? ['dept-sales'] : departmentIds,
});

const ROLE_CASES = ROLES.flatMap((role) =>
  ACTIONS.filter((a) => a !== 'organization:create').map((action) => ({
    role,
    action,
  })),
);

describe('authorize', () => {
  it.each(ROLE_CASES)(
    'lets a $role do $action in its own organization only if the role table allows it',
    ({ role, action }) => {
      const access = authorize(principal([grant(role)]), action, OWN);
      expect(access.allowed).toBe(ROLE_ACTIONS[role].includes(action));
      if (access.allowed) {
        expect(access.departments).toEqual(role === 'department-head' ? ['dept-sales'] : 'all');
      }
    },
  );

  it.each(ROLE_CASES)(
    'never lets a $role do $action in an organization it has no role in',
    ({ role, action }) => {
      expect(authorize(principal([grant(role)]), action, OTHER)).toEqual({ allowed: false });
    },
  );

  it.each(ROLES)('never lets a %s create an organization, with or without an organization named', (role) => {
    const p = principal([grant(role)]);
    expect(authorize(p, 'organization:create')).toEqual({ allowed: false });
    expect(authorize(p, 'organization:create', OWN)).toEqual({ allowed: false });
  });

  it.each(ACTIONS.filter((a) => a !== 'organization:create'))(
    'refuses %s when no organization is named, whatever the role',
    (action) => {
      expect(authorize(principal([grant('administrator')]), action)).toEqual({ allowed: false });
    },
  );

  it.each(ACTIONS.flatMap((action) => [OWN, OTHER, undefined].map((org) => ({ action, org }))))(
    'lets the owner do $action in $org with every department',
    ({ action, org }) => {
      expect(authorize(principal([], true), action, org)).toEqual({ allowed: true, departments: 'all' });
    },
  );

  it.each(ACTIONS.flatMap((action) => [OWN, undefined].map((org) => ({ action, org }))))(
    'refuses $action in $org to nobody signed in',
    ({ action, org }) => {
      expect(authorize(null, action, org)).toEqual({ allowed: false });
    },
  );

  it('refuses everything to an account with no grants at all', () => {
    for (const action of ACTIONS) expect(authorize(principal([]), action, OWN).allowed).toBe(false);
  });

  it.each([
    { what: 'one department', grants: [grant('department-head', OWN, ['d1'])], departments: ['d1'] },
    {
      what: 'two departments in one grant',
      grants: [grant('department-head', OWN, ['d1', 'd2'])],
      departments: ['d1', 'd2'],
    },
    {
      what: 'two grants, overlapping',
      grants: [grant('department-head', OWN, ['d1', 'd2']), grant('department-head', OWN, ['d2', 'd3'])],
      departments: ['d1', 'd2', 'd3'],
    },
    {
      what: 'a grant in another organization too',
      grants: [grant('department-head', OWN, ['d1']), grant('department-head', OTHER, ['x9'])],
      departments: ['d1'],
    },
  ])(
    'lets a department head with $what read reports of only those departments',
    ({ grants, departments }) => {
      expect(authorize(principal(grants), 'report:read', OWN)).toEqual({ allowed: true, departments });
    },
  );

  it.each(ROLES.filter((r) => r !== 'department-head'))(
    'lets a department head who is also %s in the same organization read every department',
    (role) => {
      const p = principal([grant('department-head', OWN, ['d1']), grant(role)]);
      expect(authorize(p, 'report:read', OWN)).toEqual({ allowed: true, departments: 'all' });
    },
  );

  it('does not widen a department head to all departments on account of an executive grant elsewhere', () => {
    const p = principal([grant('department-head', OWN, ['d1']), grant('executive', OTHER)]);
    expect(authorize(p, 'report:read', OWN)).toEqual({ allowed: true, departments: ['d1'] });
    expect(authorize(p, 'report:read', OTHER)).toEqual({ allowed: true, departments: 'all' });
  });

  const PAIRS = ROLES.flatMap((here) => ROLES.map((there) => ({ here, there })));
  it.each(PAIRS)(
    'never lends a $there grant elsewhere to a $here grant: each organization gets only its own rights',
    ({ here, there }) => {
      const p = principal([grant(here, OWN, ['d-own']), grant(there, OTHER, ['d-other'])]);
      for (const action of ACTIONS.filter((a) => a !== 'organization:create')) {
        expect(authorize(p, action, OWN).allowed, `${action} in own`).toBe(
          ROLE_ACTIONS[here].includes(action),
        );
        expect(authorize(p, action, OTHER).allowed, `${action} in other`).toBe(
          ROLE_ACTIONS[there].includes(action),
        );
        expect(authorize(p, action, 'org-third').allowed, `${action} in a third`).toBe(false);
      }
      const own = authorize(p, 'report:read', OWN);
      expect(own).toEqual({ allowed: true, departments: here === 'department-head' ? ['d-own'] : 'all' });
    },
  );
});

describe('visibleOrganizations', () => {
  it('answers all organizations for the owner, whatever their grants', () => {
    expect(visibleOrganizations(principal([], true))).toBe('all');
    expect(visibleOrganizations(principal([grant('executive')], true))).toBe('all');
  });

  it.each([
    { what: 'no grants', grants: [], visible: [] },
    { what: 'one grant', grants: [grant('consultant')], visible: [OWN] },
    {
      what: 'two grants in one organization, once',
      grants: [grant('executive'), grant('department-head')],
      visible: [OWN],
    },
    {
      what: 'grants in two organizations',
      grants: [grant('department-head', OWN), grant('administrator', OTHER)],
      visible: [OWN, OTHER],
    },
  ])('answers the organizations granted for $what', ({ grants, visible }) => {
    expect(visibleOrganizations(principal(grants))).toEqual(visible);
  });
});

describe('exporting responses', () => {
  it.each([
    { role: 'administrator', allowed: true },
    { role: 'executive', allowed: true },
    { role: 'consultant', allowed: true },
    // A row-by-row file cannot leave out what concerns other departments, as a department head's view must.
    { role: 'department-head', allowed: false },
  ] as { role: Role; allowed: boolean }[])('is allowed to a $role: $allowed', ({ role, allowed }) => {
    expect(authorize(principal([grant(role)]), 'responses:export', OWN).allowed).toBe(allowed);
    expect(authorize(principal([grant(role)]), 'responses:export', OTHER).allowed).toBe(false);
  });
});

describe('permissionsOf', () => {
  // The policy in words, independent of the table it is written in.
  it.each([
    {
      role: 'administrator',
      may: [
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
    },
    {
      role: 'executive',
      may: [
        'organization:read',
        'campaign:read',
        'report:read',
        'responses:export',
        'action-plan:edit',
        'action-plan:update',
        'action-plan:comment',
      ],
    },
    {
      role: 'consultant',
      may: [
        'organization:read',
        'campaign:read',
        'report:read',
        'responses:export',
        'action-plan:comment',
        'workshop:run',
      ],
    },
    {
      role: 'department-head',
      may: ['organization:read', 'report:read', 'action-plan:update', 'action-plan:comment'],
    },
  ] as { role: Role; may: string[] }[])(
    'lets a $role do exactly $may in its organization',
    ({ role, may }) => {
      expect(permissionsOf(principal([grant(role)]))).toEqual({
        everything: false,
        byOrganization: { [OWN]: may },
      });
    },
  );

  it('lists, per organization, exactly the actions authorize allows there', () => {
    const principal = {
      accountId: 'p',
      name: 'P',
      email: 'p@example.com',
      isOwner: false,
      grants: [
        { organizationId: 'a', role: 'department-head' as const, departmentIds: ['d'] },
        { organizationId: 'b', role: 'administrator' as const, departmentIds: [] },
      ],
    };
    expect(permissionsOf(principal)).toEqual({
      everything: false,
      byOrganization: {
        a: ['organization:read', 'report:read', 'action-plan:update', 'action-plan:comment'],
        b: [
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
      },
    });
  });
});

describe('users:reset-password', () => {
  it.each(ROLES)(
    'is never allowed to a %s, administrators included: only the owner hands out a way in',
    (role) => {
      expect(authorize(principal([grant(role)]), 'users:reset-password', OWN)).toEqual({ allowed: false });
    },
  );

  it('is allowed to the owner in every organization', () => {
    expect(authorize(principal([], true), 'users:reset-password', OWN).allowed).toBe(true);
  });
});

describe('benchmarks', () => {
  it.each(ROLES)(
    'lets only an administrator, of the roles, choose to pool the organization: a %s',
    (role) => {
      const allowed = authorize(principal([grant(role)]), 'organization:benchmark', OWN).allowed;
      expect(allowed).toBe(role === 'administrator');
      expect(authorize(principal([grant(role)]), 'organization:benchmark', OTHER).allowed).toBe(false);
    },
  );

  it.each(ROLES)('never lets a %s export, load or remove benchmark files: only the owner', (role) => {
    expect(authorize(principal([grant(role)]), 'benchmark:manage')).toEqual({ allowed: false });
    expect(authorize(principal([grant(role)]), 'benchmark:manage', OWN)).toEqual({ allowed: false });
    expect(authorize(principal([], true), 'benchmark:manage')).toEqual({ allowed: true, departments: 'all' });
  });
});
