import { describe, expect, it } from 'vitest';
import { describeGrants } from '../../../../client/pages/organization/describe-grants';

const DEPARTMENTS = [
  { id: 'm', name: 'Marketing' },
  { id: 's', name: 'Sales' },
];

describe('describeGrants', () => {
  it('names a role as people read it', () => {
    expect(describeGrants([{ organizationId: 'o', role: 'executive', departmentIds: [] }], DEPARTMENTS)).toBe(
      'Executive',
    );
  });

  it('names the departments a department head reads, in the order granted', () => {
    expect(
      describeGrants(
        [{ organizationId: 'o', role: 'department-head', departmentIds: ['s', 'm'] }],
        DEPARTMENTS,
      ),
    ).toBe('Department head (Sales, Marketing)');
  });

  it('joins several roles and says when a department no longer exists', () => {
    expect(
      describeGrants(
        [
          { organizationId: 'o', role: 'consultant', departmentIds: [] },
          { organizationId: 'o', role: 'department-head', departmentIds: ['gone'] },
        ],
        DEPARTMENTS,
      ),
    ).toBe('Consultant; Department head (a removed department)');
  });
});
