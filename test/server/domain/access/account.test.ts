import { describe, expect, it } from 'vitest';
import {
  addGrant,
  normalizeEmail,
  toPrincipal,
  type Account,
  type Grant,
} from '../../../../server/domain/access/account';

const head = (organizationId: string, ...departmentIds: string[]): Grant => ({
  organizationId,
  role: 'department-head',
  departmentIds,
});

describe('addGrant', () => {
  it.each([
    { case: 'to no grants', grants: [], grant: head('acme', 'sales'), expected: [head('acme', 'sales')] },
    {
      case: 'of another role in the same organization, beside it',
      grants: [{ organizationId: 'acme', role: 'executive', departmentIds: [] } as Grant],
      grant: head('acme', 'sales'),
      expected: [{ organizationId: 'acme', role: 'executive', departmentIds: [] }, head('acme', 'sales')],
    },
    {
      case: 'of the same role in another organization, beside it',
      grants: [head('globex', 'ops')],
      grant: head('acme', 'sales'),
      expected: [head('globex', 'ops'), head('acme', 'sales')],
    },
    {
      case: 'of the same role in the same organization, widening its departments once each',
      grants: [head('globex', 'ops'), head('acme', 'sales', 'hr')],
      grant: head('acme', 'hr', 'it'),
      expected: [head('globex', 'ops'), head('acme', 'sales', 'hr', 'it')],
    },
  ])('adds a grant $case', ({ grants, grant, expected }) => {
    expect(addGrant(grants, grant)).toEqual(expected);
  });

  it('leaves the grants it was given as they were', () => {
    const grants = [head('acme', 'sales')];
    addGrant(grants, head('acme', 'hr'));
    expect(grants).toEqual([head('acme', 'sales')]);
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['Ana.Li@Example.COM', 'ana.li@example.com'],
    ['  ana@example.com \n', 'ana@example.com'],
    ['ana@example.com', 'ana@example.com'],
  ])('reads %j as %j', (typed, stored) => {
    expect(normalizeEmail(typed)).toBe(stored);
  });
});

describe('toPrincipal', () => {
  it('keeps who the account is and what it may do, and drops its password hash', () => {
    const account: Account = {
      id: 'a1',
      email: 'ana@example.com',
      name: 'Ana',
      passwordHash: 'scrypt$secret',
      isOwner: false,
      grants: [head('acme', 'sales')],
      createdOn: '2026-03-02',
    };
    expect(toPrincipal(account)).toEqual({
      accountId: 'a1',
      name: 'Ana',
      email: 'ana@example.com',
      isOwner: false,
      grants: [head('acme', 'sales')],
    });
  });
});
