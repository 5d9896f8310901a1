import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError } from '../../../../server/domain/errors';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import { departmentsInUse, editOrganization } from '../../../../server/domain/campaigns/organization-edit';
import { thrownBy } from '../../../fixtures/thrown-by';

const ACME: Organization = {
  id: 'org',
  name: 'Acme',
  createdOn: '2026-03-01',
  departments: [
    { id: 'sales', name: 'Sales', headcount: 10 },
    { id: 'ops', name: 'Operations', headcount: 12 },
  ],
};

const context = (inUse: Record<string, string> = {}) => {
  let n = 0;
  return { newId: () => `new-${(n += 1)}`, inUse: new Map(Object.entries(inUse)) };
};

describe('editOrganization', () => {
  it.each([
    {
      what: 'renames the organization and keeps its departments when they are not named',
      edit: { name: 'Acme Group' },
      name: 'Acme Group',
      departments: ACME.departments,
    },
    {
      what: 'renames and re-counts a department under the same id',
      edit: {
        departments: [
          { id: 'sales', name: 'Revenue', headcount: 14 },
          { id: 'ops', name: 'Operations', headcount: 12 },
        ],
      },
      name: 'Acme',
      departments: [
        { id: 'sales', name: 'Revenue', headcount: 14 },
        { id: 'ops', name: 'Operations', headcount: 12 },
      ],
    },
    {
      what: 'adds a department with an id of its own, and removes one left out, in the order given',
      edit: {
        departments: [
          { name: 'Research', headcount: 4 },
          { id: 'ops', name: 'Operations', headcount: 12 },
        ],
      },
      name: 'Acme',
      departments: [
        { id: 'new-1', name: 'Research', headcount: 4 },
        { id: 'ops', name: 'Operations', headcount: 12 },
      ],
    },
    {
      what: 'lets a department be renamed to a name another had, once that one is renamed too',
      edit: {
        departments: [
          { id: 'sales', name: 'Operations', headcount: 10 },
          { id: 'ops', name: 'Sales', headcount: 12 },
        ],
      },
      name: 'Acme',
      departments: [
        { id: 'sales', name: 'Operations', headcount: 10 },
        { id: 'ops', name: 'Sales', headcount: 12 },
      ],
    },
  ])('$what', ({ edit, name, departments }) => {
    const edited = editOrganization(ACME, edit, context());
    expect(edited).toEqual({ ...ACME, name, departments });
  });

  it('renames and re-counts a department a campaign not yet closed covers: only removing it is refused', () => {
    const edited = editOrganization(
      ACME,
      {
        departments: [
          { id: 'sales', name: 'Revenue', headcount: 3 },
          { id: 'ops', name: 'Operations', headcount: 12 },
        ],
      },
      context({ sales: 'Baseline', ops: 'Baseline' }),
    );
    expect(edited.departments[0]).toEqual({ id: 'sales', name: 'Revenue', headcount: 3 });
  });

  it.each([
    {
      what: 'a department a campaign not yet closed covers, naming both',
      departments: [{ id: 'sales', name: 'Sales', headcount: 10 }],
      inUse: { ops: 'Baseline' },
      kind: ConflictError,
      coded: {
        code: 'organization.department-in-use',
        params: { department: 'Operations', campaign: 'Baseline' },
      },
    },
    {
      what: 'a department the organization does not have',
      departments: [{ id: 'elsewhere', name: 'Sales', headcount: 10 }],
      inUse: {},
      kind: InvalidInputError,
      coded: { code: 'organization.department-unknown', params: { department: 'elsewhere' } },
    },
    {
      what: 'one department named twice',
      departments: [
        { id: 'sales', name: 'Sales', headcount: 10 },
        { id: 'sales', name: 'Ops', headcount: 10 },
      ],
      inUse: {},
      kind: InvalidInputError,
      coded: { code: 'organization.department-repeated', params: { department: 'Sales' } },
    },
    {
      what: 'names a reader could not tell apart',
      departments: [
        { id: 'sales', name: 'Sales', headcount: 10 },
        { name: 'ＳＡＬＥＳ', headcount: 10 },
      ],
      inUse: {},
      kind: InvalidInputError,
      coded: { code: 'organization.department-look-alike', params: { first: 'Sales', second: 'ＳＡＬＥＳ' } },
    },
  ])('refuses $what', ({ departments, inUse, kind, coded }) => {
    const error = thrownBy(() =>
      editOrganization(ACME, { departments }, context(inUse as Record<string, string>)),
    );
    expect(error).toBeInstanceOf(kind);
    expect(error.coded).toEqual(coded);
  });

  it.each([
    {
      what: 'a department the organization does not have',
      departments: [
        { id: 'sales', name: 'Sales', headcount: 10 },
        { id: 'elsewhere', name: 'Ops', headcount: 10 },
      ],
      field: {
        field: 'departments.1.id',
        code: 'organization.department-unknown',
        params: { department: 'elsewhere' },
      },
    },
    {
      what: 'one department named twice',
      departments: [
        { id: 'sales', name: 'Sales', headcount: 10 },
        { id: 'sales', name: 'Ops', headcount: 10 },
      ],
      field: {
        field: 'departments.1.id',
        code: 'organization.department-repeated',
        params: { department: 'Sales' },
      },
    },
  ])('names the field at fault for $what, so the form marks that row', ({ departments, field }) => {
    const error = thrownBy(() => editOrganization(ACME, { departments }, context({})));
    expect(error.errors).toEqual([{ ...field, message: expect.any(String) }]);
  });
});

describe('departmentsInUse', () => {
  it('names the departments of drafts and open campaigns, never of closed ones, each with its first campaign', () => {
    const inUse = departmentsInUse([
      { name: 'Old', status: 'closed', departmentIds: ['a', 'b'] },
      { name: 'Wave 2', status: 'open', departmentIds: ['b'] },
      { name: 'Wave 3', status: 'draft', departmentIds: ['b', 'c'] },
    ]);
    expect([...inUse]).toEqual([
      ['b', 'Wave 2'],
      ['c', 'Wave 3'],
    ]);
  });
});
