// What a crash round stands on: the owner, an organization with four departments and two open campaigns.
// One has a staff list imported through the API and every person's link read out of a mail-merge file, as
// HR would hand them out; the other has no list and takes answers through its department links (a campaign
// with a list holds each listed person's place for their personal link, so its shared links take none).
// Also the small HTTP helper every step of a round uses.

import { readCsv } from '../../../server/csv/read-csv';
import { signUpOwner } from '../../support/server-process';

export const DEPARTMENTS = ['Sales', 'Operations', 'Finance', 'Support'];
/** Each department's headcount: the places its shared link has while its campaign has no staff list. */
export const DEPARTMENT_HEADCOUNT = 500;

export interface Reply {
  status: number;
  text: string;
}

/** A request as the app's pages make it: same origin, with the session cookie (if any) and extra headers. */
export async function send(
  base: string,
  cookie: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      origin: base,
      ...(cookie ? { cookie } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

async function expectStatus(what: string, reply: Promise<Reply>, status: number): Promise<any> {
  const { status: got, text } = await reply;
  if (got !== status) throw new Error(`${what} answered ${got}: ${text.slice(0, 300)}`);
  return text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : text;
}

/** A staff list as HR exports it: email, name, department. */
export function staffCsv(people: { email: string; department: string }[]): string {
  return [
    'email,name,department',
    ...people.map((p) => `${p.email},${p.email.split('@')[0]},${p.department}`),
  ]
    .join('\n')
    .concat('\n');
}

export interface Link {
  token: string;
  departmentId: string;
}

export interface CampaignSetup {
  cookie: string;
  /** The campaign with the staff list: personal links, the import and the renames go to it. */
  campaignId: string;
  campaignName: string;
  /** The campaign answered through its department links. */
  sharedCampaignId: string;
  departmentIds: string[];
  /** One personal link per person on the list. */
  personal: Link[];
  /** The shared campaign's department links. */
  shared: Link[];
}

export async function setUpCampaign(base: string, staffPerDepartment: number): Promise<CampaignSetup> {
  const cookie = await signUpOwner({ url: base });
  const org = await expectStatus(
    'Creating the organization',
    send(base, cookie, 'POST', '/api/organizations', {
      name: 'Crash Co',
      departments: DEPARTMENTS.map((name) => ({ name, headcount: DEPARTMENT_HEADCOUNT })),
    }),
    201,
  );
  const departmentOf = new Map<string, string>(
    (org.departments as { id: string; name: string }[]).map((d) => [d.name, d.id]),
  );
  const campaignName = 'Crash campaign';
  const create = async (name: string) => {
    const path = `/api/organizations/${org.id}/campaigns`;
    const body = { name, questionnaireId: 'readiness-okr' };
    return expectStatus(`Creating campaign ${name}`, send(base, cookie, 'POST', path, body), 201);
  };
  const created = await create(campaignName);
  const campaignId = created.id as string;
  const sharedCampaign = await create('Shared-link campaign');
  await expectStatus(
    'Opening the shared-link campaign',
    send(base, cookie, 'POST', `/api/campaigns/${sharedCampaign.id}/open`),
    200,
  );
  const people = DEPARTMENTS.flatMap((department) =>
    Array.from({ length: staffPerDepartment }, (_, i) => ({
      email: `${department.toLowerCase()}${i}@example.com`,
      department,
    })),
  );
  await expectStatus(
    'Importing the staff list',
    send(base, cookie, 'POST', `/api/campaigns/${campaignId}/staff`, { csv: staffCsv(people) }),
    201,
  );
  await expectStatus(
    'Opening the campaign',
    send(base, cookie, 'POST', `/api/campaigns/${campaignId}/open`),
    200,
  );
  const csv = await expectStatus(
    'Exporting the mail-merge file',
    send(base, cookie, 'POST', `/api/campaigns/${campaignId}/mail-merge`, { kind: 'invitation' }),
    200,
  );
  const [header, ...rows] = readCsv(csv as string).map((r) => r.cells);
  const link = header!.indexOf('link');
  const department = header!.indexOf('department');
  const personal = rows.map((cells) => ({
    token: cells[link]!.split('/s/')[1]!,
    departmentId: departmentOf.get(cells[department]!)!,
  }));
  if (personal.length !== people.length) throw new Error(`Mail merge gave ${personal.length} links`);
  const shared = (sharedCampaign.links as { token: string; departmentId: string | null }[])
    .filter((l) => l.departmentId !== null)
    .map((l) => ({ token: l.token, departmentId: l.departmentId! }));
  return {
    cookie,
    campaignId,
    campaignName,
    sharedCampaignId: sharedCampaign.id as string,
    departmentIds: [...departmentOf.values()],
    personal,
    shared,
  };
}
