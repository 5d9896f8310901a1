// What the two-instance cases do through HTTP: an opened campaign with its links, a staff list, a submission.

import { expect } from 'vitest';
import type { Instance } from './two-instances-harness';

/** An organization of `departments` (name: headcount) with a campaign opened by `owner`; its department links. */
export async function openCampaign(
  on: Instance,
  owner: string,
  departments: Record<string, number>,
  staffCsv?: string,
) {
  const org = await on.call(
    'POST',
    '/api/organizations',
    {
      name: 'Northwind',
      departments: Object.entries(departments).map(([name, headcount]) => ({ name, headcount })),
    },
    { cookie: owner },
  );
  expect(org.status, JSON.stringify(org.body)).toBe(201);
  const created = await on.call(
    'POST',
    `/api/organizations/${org.body.id}/campaigns`,
    { name: 'Readiness', questionnaireId: 'readiness-okr' },
    { cookie: owner },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id: string = created.body.id;
  if (staffCsv)
    expect(
      (await on.call('POST', `/api/campaigns/${id}/staff`, { csv: staffCsv }, { cookie: owner })).status,
    ).toBe(201);
  const opened = await on.call('POST', `/api/campaigns/${id}/open`, undefined, { cookie: owner });
  expect(opened.status, JSON.stringify(opened.body)).toBe(200);
  const departmentIdOf = (name: string) =>
    (org.body.departments as { id: string; name: string }[]).find((d) => d.name === name)!.id;
  const tokenOf = (name: string) =>
    (opened.body.links as { departmentId: string | null; token: string }[]).find(
      (l) => l.departmentId === departmentIdOf(name),
    )!.token;
  return { id, organizationId: org.body.id as string, tokenOf, departmentIdOf };
}

export const staffOf = (people: number, department: string) =>
  [
    'email,name,department',
    ...Array.from({ length: people }, (_, i) => `p${i + 1}@northwind.example,Person ${i + 1},${department}`),
  ].join('\n');

export const submit = (on: Instance, token: string, answers: Record<string, unknown>, from: string) =>
  on.call('POST', `/api/survey/${token}/responses`, { answers }, { from });
