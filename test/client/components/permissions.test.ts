import { describe, expect, it } from 'vitest';
import { allows } from '../../../client/components/permissions';
import { ROLES, type Principal } from '../../../server/domain/access/account';
import { ACTIONS, authorize } from '../../../server/domain/access/policy';
import { sessionView } from '../../../server/http/session';

const person = (grants: Principal['grants'], isOwner = false): Principal => ({
  accountId: 'a',
  name: 'A',
  email: 'a@example.com',
  isOwner,
  grants,
});

describe('allows', () => {
  const principals = [
    person([], true),
    person([]),
    ...ROLES.map((role) =>
      person([{ organizationId: 'o1', role, departmentIds: role === 'department-head' ? ['d1'] : [] }]),
    ),
    person([
      { organizationId: 'o1', role: 'department-head', departmentIds: ['d1'] },
      { organizationId: 'o2', role: 'administrator', departmentIds: [] },
    ]),
  ];

  it('agrees with the server’s policy for every role, action and organization', () => {
    for (const principal of principals) {
      for (const action of ACTIONS) {
        for (const organizationId of ['o1', 'o2', undefined]) {
          expect(
            allows(sessionView(principal), action, organizationId),
            JSON.stringify({ principal, action, organizationId }),
          ).toBe(authorize(principal, action, organizationId).allowed);
        }
      }
    }
  });

  it('never lets a grant in one organization speak for another', () => {
    const head = sessionView(principals.at(-1)!);
    expect(allows(head, 'campaign:manage', 'o2')).toBe(true);
    expect(allows(head, 'campaign:read', 'o1')).toBe(false);
  });
});
