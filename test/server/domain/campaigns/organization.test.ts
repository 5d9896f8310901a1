import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../../../server/domain/errors';
import { createOrganization } from '../../../../server/domain/campaigns/organization';
import { thrownBy } from '../../../fixtures/thrown-by';

/** Ids handed out in turn: id-1 for the organization, then one per department. */
function ids() {
  let next = 0;
  return { newId: () => `id-${(next += 1)}`, today: '2026-03-02' };
}

describe('createOrganization', () => {
  it('gives the organization and each department an id of its own, keeping names and headcounts', () => {
    const organization = createOrganization(
      {
        name: 'Acme',
        departments: [
          { name: 'Sales', headcount: 12 },
          { name: 'Ops', headcount: 0 },
        ],
      },
      ids(),
    );
    expect(organization).toEqual({
      id: 'id-1',
      name: 'Acme',
      departments: [
        { id: 'id-2', name: 'Sales', headcount: 12 },
        { id: 'id-3', name: 'Ops', headcount: 0 },
      ],
      createdOn: '2026-03-02',
    });
  });

  it('refuses two departments whose names read alike, naming the later one and both names', () => {
    const error = thrownBy(() =>
      createOrganization(
        {
          name: 'Acme',
          departments: [
            { name: 'Sales', headcount: 3 },
            { name: 'Ops', headcount: 3 },
            { name: ' SALES', headcount: 4 },
          ],
        },
        ids(),
      ),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.coded).toEqual({
      code: 'organization.department-look-alike',
      params: { first: 'Sales', second: ' SALES' },
    });
    expect(error.errors).toEqual([
      {
        field: 'departments.2.name',
        message: expect.stringContaining('department 1, "Sales"'),
        code: 'organization.department-look-alike',
        params: { first: 'Sales', second: ' SALES' },
      },
    ]);
    expect(error.message).toContain('"Sales" and " SALES"');
  });

  it('names every look-alike pair, and hands out no ids for a refused organization', () => {
    const given = ids();
    const error = thrownBy(() =>
      createOrganization(
        {
          name: 'Acme',
          departments: [
            { name: 'Sales', headcount: 3 },
            { name: 'Ops', headcount: 3 },
            { name: 'sales', headcount: 3 },
            { name: 'OPS', headcount: 3 },
          ],
        },
        given,
      ),
    );
    expect(error.errors.map((e) => e.field)).toEqual(['departments.2.name', 'departments.3.name']);
    expect(given.newId()).toBe('id-1');
  });
});
