import { describe, expect, it } from 'vitest';
import { mergeDepartments, splitReportingGroup } from '../../../../server/domain/campaigns/campaign-settings';
import { ConflictError, InvalidInputError } from '../../../../server/domain/errors';
import { makeClosed, makeDraft, makeOpen, makeOrganization } from '../../../fixtures/make-campaign';
import { thrownBy } from '../../../fixtures/thrown-by';

describe('mergeDepartments', () => {
  const organization = makeOrganization({ a: 3, b: 4, c: 2, d: 20 });
  const departments = organization.departments;
  const draft = () => makeDraft({ departmentIds: ['a', 'b', 'c', 'd'] });
  const withGroup = () =>
    mergeDepartments(draft(), departments, { id: 'g1', name: 'Small teams', departmentIds: ['a', 'b'] });

  it('reports the named departments together under the new name', () => {
    expect(withGroup().reportingGroups).toEqual([
      { id: 'g1', name: 'Small teams', departmentIds: ['a', 'b'] },
    ]);
  });

  it('adds a second group next to the first', () => {
    const campaign = mergeDepartments(withGroup(), departments, {
      id: 'g2',
      name: 'Others',
      departmentIds: ['c', 'd'],
    });
    expect(campaign.reportingGroups.map((g) => g.name)).toEqual(['Small teams', 'Others']);
  });

  it('counts a department named twice once', () => {
    const campaign = mergeDepartments(draft(), departments, {
      id: 'g1',
      name: 'Small teams',
      departmentIds: ['a', 'b', 'a'],
    });
    expect(campaign.reportingGroups[0]!.departmentIds).toEqual(['a', 'b']);
  });

  it.each<{ situation: string; departmentIds: string[]; name?: string; errors: object[] }>([
    {
      situation: 'only one department',
      departmentIds: ['c'],
      errors: [{ field: 'departmentIds', code: 'reporting-group.too-few-departments' }],
    },
    {
      situation: 'one department named twice',
      departmentIds: ['c', 'c'],
      errors: [{ field: 'departmentIds', code: 'reporting-group.too-few-departments' }],
    },
    {
      situation: 'a department outside the campaign',
      departmentIds: ['c', 'finance'],
      errors: [
        {
          field: 'departmentIds',
          code: 'reporting-group.department-unknown',
          params: { department: 'finance' },
        },
      ],
    },
    {
      situation: 'a department already in a group, naming it',
      departmentIds: ['b', 'c'],
      errors: [
        {
          field: 'departmentIds',
          code: 'reporting-group.department-grouped',
          params: { department: 'Dept b' },
        },
      ],
    },
    {
      situation: 'the name of a department, in other letter case',
      departmentIds: ['c', 'd'],
      name: 'DEPT D',
      errors: [{ field: 'name', code: 'reporting-group.name-taken' }],
    },
    {
      situation: 'the name of a department in full-width letters and doubled spaces',
      departmentIds: ['c', 'd'],
      name: 'Ｄｅｐｔ  ｄ',
      errors: [{ field: 'name', code: 'reporting-group.name-taken' }],
    },
    {
      situation: 'the name of an existing group',
      departmentIds: ['c', 'd'],
      name: 'small teams',
      errors: [{ field: 'name', code: 'reporting-group.name-taken' }],
    },
  ])('refuses a group with $situation', ({ departmentIds, name = 'New group', errors }) => {
    const error = thrownBy(() =>
      mergeDepartments(withGroup(), departments, { id: 'g2', name, departmentIds }),
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.coded).toEqual({ code: 'reporting-group.invalid', params: {} });
    expect(error.errors.map(({ code, params, field }) => ({ field, code, params }))).toEqual(errors);
    for (const { message } of error.errors) expect(message).toMatch(/\w/);
    expect(error.message).toContain(error.errors[0]!.field);
  });

  it('names a grouped department the organization no longer lists by its id', () => {
    const error = thrownBy(() =>
      mergeDepartments(withGroup(), [], { id: 'g2', name: 'New group', departmentIds: ['b', 'c'] }),
    );
    expect(error.errors[0]).toMatchObject({
      code: 'reporting-group.department-grouped',
      params: { department: 'b' },
    });
  });

  it.each([
    { status: 'open', campaign: () => makeOpen(draft()) },
    { status: 'closed', campaign: () => makeClosed(draft()) },
  ])('refuses to group departments of an $status campaign', ({ campaign }) => {
    const act = () =>
      mergeDepartments(campaign(), departments, { id: 'g1', name: 'Small teams', departmentIds: ['a', 'b'] });
    expect(act).toThrow(ConflictError);
    expect(thrownBy(act).coded).toEqual({ code: 'reporting-group.locked', params: {} });
    expect(thrownBy(act).message).toMatch(/\w/);
  });
});

describe('splitReportingGroup', () => {
  const organization = makeOrganization({ a: 3, b: 4, c: 20 });
  const draft = () =>
    mergeDepartments(makeDraft({ departmentIds: ['a', 'b', 'c'] }), organization.departments, {
      id: 'g1',
      name: 'Small teams',
      departmentIds: ['a', 'b'],
    });

  it('reports the departments of the group separately again', () => {
    expect(splitReportingGroup(draft(), 'g1').reportingGroups).toEqual([]);
  });

  it('keeps the other groups when one is split', () => {
    const two = mergeDepartments(
      makeDraft({ departmentIds: ['a', 'b', 'c', 'd'] }),
      organization.departments,
      {
        id: 'g1',
        name: 'Small teams',
        departmentIds: ['a', 'b'],
      },
    );
    const both = mergeDepartments(two, organization.departments, {
      id: 'g2',
      name: 'More',
      departmentIds: ['c', 'd'],
    });
    expect(splitReportingGroup(both, 'g2').reportingGroups.map((g) => g.id)).toEqual(['g1']);
  });

  it('refuses a group the campaign does not have', () => {
    const error = thrownBy(() => splitReportingGroup(draft(), 'g9'));
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.coded).toEqual({ code: 'reporting-group.unknown', params: {} });
    expect(error.errors[0]!.message).toMatch(/\w/);
    expect(error.errors.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'groupId', code: 'reporting-group.unknown' },
    ]);
  });

  it('refuses to split a group once the campaign is open', () => {
    const act = () => splitReportingGroup(makeOpen(draft()), 'g1');
    expect(act).toThrow(ConflictError);
    expect(thrownBy(act).coded).toEqual({ code: 'reporting-group.locked', params: {} });
  });
});
