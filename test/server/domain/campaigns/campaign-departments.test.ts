import { describe, expect, it } from 'vitest';
import { closeCampaign, createCampaign, openCampaign } from '../../../../server/domain/campaigns/campaign';
import {
  chooseDepartments,
  lacksDepartmentSnapshot,
  organizationSeenBy,
  withAddedDepartments,
  withDepartmentSnapshot,
} from '../../../../server/domain/campaigns/campaign-departments';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import { DomainError } from '../../../../server/domain/errors';
import { reportingUnits } from '../../../../server/domain/campaigns/reporting-units';

const ACME: Organization = {
  id: 'org',
  name: 'Acme',
  createdOn: '2026-03-01',
  departments: [
    { id: 'sales', name: 'Sales', headcount: 10 },
    { id: 'ops', name: 'Operations', headcount: 12 },
    { id: 'later', name: 'Added later', headcount: 3 },
  ],
};
const draft = createCampaign({
  id: 'c',
  organizationId: 'org',
  name: 'Baseline',
  questionnaireId: 'q',
  departmentIds: ['sales', 'ops'],
  today: '2026-03-01',
  newToken: () => 't',
});
const opened = withDepartmentSnapshot(
  openCampaign(draft, '2026-03-02', Date.parse('2026-03-02T09:00:00Z')),
  ACME,
);
const edited: Organization = {
  ...ACME,
  departments: [
    { id: 'sales', name: 'Revenue', headcount: 40 },
    { id: 'new', name: 'Research', headcount: 5 },
  ],
};

describe("a campaign's copy of its departments", () => {
  it('holds the departments the campaign covers as they stood when it opened', () => {
    expect(opened.departmentsAtOpening).toEqual([
      { id: 'sales', name: 'Sales', headcount: 10 },
      { id: 'ops', name: 'Operations', headcount: 12 },
    ]);
  });

  it('is kept as taken: a second snapshot and closing change nothing', () => {
    const closed = closeCampaign(opened, '2026-03-09');
    expect(withDepartmentSnapshot(closed, edited).departmentsAtOpening).toEqual(opened.departmentsAtOpening);
  });

  it('gives the reporting units from the copy, whatever the organization became', () => {
    const { units } = reportingUnits(organizationSeenBy(edited, opened), opened);
    expect(units).toEqual([
      { id: 'sales', name: 'Sales', headcount: 10 },
      { id: 'ops', name: 'Operations', headcount: 12 },
    ]);
  });

  it.each([
    {
      what: 'a draft follows the organization',
      campaign: draft,
      lacks: false,
      names: ['Revenue', 'Research'],
    },
    {
      what: 'an opened campaign reads its copy',
      campaign: opened,
      lacks: false,
      names: ['Sales', 'Operations'],
    },
    {
      what: 'one opened before copies were kept lacks one until it is taken',
      campaign: { ...opened, departmentsAtOpening: null },
      lacks: true,
      names: ['Revenue', 'Research'],
    },
  ])('$what', ({ campaign, lacks, names }) => {
    expect(lacksDepartmentSnapshot(campaign)).toBe(lacks);
    expect(organizationSeenBy(edited, campaign).departments.map((d) => d.name)).toEqual(names);
  });
});

describe('withAddedDepartments', () => {
  const tokens = () => {
    let n = 0;
    return () => `new-token-${(n += 1)}`;
  };

  it("gives a draft the organization's departments it does not cover yet, each with a link of its own", () => {
    const grown = withAddedDepartments(draft, ACME, tokens());
    expect(grown.departmentIds).toEqual(['sales', 'ops', 'later']);
    expect(grown.links.slice(draft.links.length)).toEqual([{ token: 'new-token-1', departmentId: 'later' }]);
    expect(withAddedDepartments(grown, ACME, tokens())).toBe(grown);
  });

  it('leaves a campaign that has opened with the departments it opened with', () => {
    expect(withAddedDepartments(opened, ACME, tokens())).toBe(opened);
  });

  it('leaves a draft of chosen departments with its choice', () => {
    const pilot = createCampaign({
      id: 'p',
      organizationId: 'org',
      name: 'Pilot',
      questionnaireId: 'q',
      scope: 'departments',
      departmentIds: ['sales'],
      today: '2026-03-01',
      newToken: () => 't',
    });
    expect(withAddedDepartments(pilot, ACME, tokens())).toBe(pilot);
  });
});

describe('chooseDepartments', () => {
  const refusal = (named: string[]) => {
    try {
      chooseDepartments(ACME, named);
      return null;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return { status: error.status, code: error.coded.code, errors: error.errors };
    }
  };

  it.each<[string, string[] | undefined, { scope: string; departmentIds: string[] }]>([
    [
      'none named: the whole organization',
      undefined,
      { scope: 'organization', departmentIds: ['sales', 'ops', 'later'] },
    ],
    ['one department', ['ops'], { scope: 'departments', departmentIds: ['ops'] }],
    [
      "two, in the organization's order whatever the order named, each once",
      ['later', 'sales', 'later'],
      { scope: 'departments', departmentIds: ['sales', 'later'] },
    ],
    [
      'every department named: the whole organization',
      ['ops', 'later', 'sales'],
      { scope: 'organization', departmentIds: ['sales', 'ops', 'later'] },
    ],
  ])('%s', (_, named, chosen) => {
    expect(chooseDepartments(ACME, named)).toEqual(chosen);
  });

  it('refuses an empty choice and names the field', () => {
    expect(refusal([])).toEqual({
      status: 422,
      code: 'campaign.departments-invalid',
      errors: [
        { field: 'departmentIds', message: 'names no department', code: 'campaign.departments-empty' },
      ],
    });
  });

  it('refuses each department the organization does not have', () => {
    expect(refusal(['sales', 'gone', 'other'])).toEqual({
      status: 422,
      code: 'campaign.departments-invalid',
      errors: ['gone', 'other'].map((department) => ({
        field: 'departmentIds',
        message: 'names no department of the organization',
        code: 'campaign.department-unknown',
        params: { department },
      })),
    });
  });
});
