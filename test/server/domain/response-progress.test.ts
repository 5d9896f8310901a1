import { describe, expect, it } from 'vitest';
import { createCampaign } from '../../../server/domain/campaign';
import type { Organization } from '../../../server/domain/organization';
import { buildResponseProgress } from '../../../server/domain/response-progress';

function setup(headcounts: Record<string, number>, departmentIds = Object.keys(headcounts)) {
  const organization: Organization = {
    id: 'org-1',
    name: 'Acme',
    createdOn: '2026-03-01',
    departments: Object.entries(headcounts).map(([id, headcount]) => ({ id, name: `Dept ${id}`, headcount })),
  };
  let token = 0;
  const campaign = createCampaign({
    id: 'campaign-1',
    organizationId: 'org-1',
    name: 'Baseline',
    questionnaireId: 'fixture',
    modelVersion: '1',
    departmentIds,
    today: '2026-03-01',
    newToken: () => `t${++token}`,
  });
  return { organization, campaign };
}

describe('buildResponseProgress', () => {
  it('shows each department its count and response rate once the minimum is reached', () => {
    const { organization, campaign } = setup({ a: 10, b: 20 });
    const progress = buildResponseProgress(
      organization,
      campaign,
      new Map([
        ['a', 5],
        ['b', 15],
      ]),
    );
    expect(progress.departments).toEqual([
      { departmentId: 'a', name: 'Dept a', headcount: 10, responses: 5, responseRate: 0.5 },
      { departmentId: 'b', name: 'Dept b', headcount: 20, responses: 15, responseRate: 0.75 },
    ]);
  });

  it('always shows the whole campaign count and rate', () => {
    const { organization, campaign } = setup({ a: 10, b: 20 });
    const progress = buildResponseProgress(
      organization,
      campaign,
      new Map([
        ['a', 2],
        ['b', 1],
      ]),
    );
    expect(progress).toMatchObject({ minGroupSize: 5, headcount: 30, responses: 3, responseRate: 0.1 });
  });

  it('withholds a small department count and the next-smallest, by the same rule as the report', () => {
    const { organization, campaign } = setup({ a: 10, b: 10, c: 10 });
    const progress = buildResponseProgress(
      organization,
      campaign,
      new Map([
        ['a', 3],
        ['b', 6],
        ['c', 9],
      ]),
    );
    expect(progress.departments.map((d) => d.responses)).toEqual([null, null, 9]);
    expect(progress.departments.map((d) => d.responseRate)).toEqual([null, null, 0.9]);
  });

  it('treats a department with no responses yet as zero, withheld', () => {
    const { organization, campaign } = setup({ a: 10, b: 10 });
    const progress = buildResponseProgress(organization, campaign, new Map([['b', 7]]));
    expect(progress.departments.map((d) => d.responses)).toEqual([null, 7]);
    expect(progress.responses).toBe(7);
  });

  it('counts only the departments the campaign surveys', () => {
    const { organization, campaign } = setup({ a: 10, b: 10, other: 100 }, ['a', 'b']);
    const progress = buildResponseProgress(
      organization,
      campaign,
      new Map([
        ['a', 5],
        ['b', 5],
        ['other', 40],
      ]),
    );
    expect(progress.departments.map((d) => d.departmentId)).toEqual(['a', 'b']);
    expect(progress).toMatchObject({ headcount: 20, responses: 10 });
  });
});
