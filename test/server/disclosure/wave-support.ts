// Two waves through the public API, for the wave attacks and the lineage route's tests: a first wave
// answered and closed, the organization's departments reshaped (renamed, merged, split) by its edit, and
// the next wave made from the first, opened with its own minimum, and answered.

import { expect } from 'vitest';
import { as } from '../../fixtures/accounts';
import { setUpCampaign, type Setup, type TestApp } from '../../fixtures/test-app';
import { answer, ON_QUESTIONNAIRE, type Answers } from './disclosure-support';

export interface Wave {
  campaignId: string;
  /** Department (or reporting group) id by name, as this wave's report names it. */
  idOf: (name: string) => string;
}

/** The first wave: answered by department (each a list of answers), then closed. */
export async function firstWave(
  t: TestApp,
  answers: Record<string, Answers[]>,
  minGroupSize = 5,
): Promise<{ setup: Setup; wave: Wave }> {
  const headcounts = Object.fromEntries(Object.keys(answers).map((name) => [name, 60]));
  const setup = await setUpCampaign(t, headcounts, { ...ON_QUESTIONNAIRE, minGroupSize });
  for (const [name, list] of Object.entries(answers))
    for (const a of list) await answer(t, setup.tokenOf(name), a);
  const closed = await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`);
  expect(closed.status).toBe(200);
  return { setup, wave: { campaignId: setup.campaign.id, idOf: setup.departmentId } };
}

/**
 * The organization's departments as they are to be: each kept one by its earlier name (`from`, with a new
 * name if `name` differs), the others new. Departments left out are removed.
 */
export async function reshape(t: TestApp, setup: Setup, departments: { name: string; from?: string }[]) {
  const edited = await t.call('PATCH', `/api/organizations/${setup.organization.id}`, {
    departments: departments.map((d) => ({
      ...(d.from ? { id: setup.departmentId(d.from) } : {}),
      name: d.name,
      headcount: 60,
    })),
  });
  expect(edited.status, JSON.stringify(edited.body)).toBe(200);
}

/** The next wave made from `previous`, with its minimum, opened and answered by department. */
export async function nextWave(
  t: TestApp,
  setup: Setup,
  answers: Record<string, Answers[]>,
  minGroupSize?: number,
): Promise<Wave> {
  const made = await t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const id = made.body.campaign.id as string;
  if (minGroupSize !== undefined)
    expect(
      (
        await t.call('PATCH', `/api/campaigns/${id}`, {
          minGroupSize,
          commentMinimum: Math.max(10, minGroupSize),
        })
      ).status,
    ).toBe(200);
  expect((await t.call('POST', `/api/campaigns/${id}/open`)).status).toBe(200);
  const organization = (await t.call('GET', `/api/organizations/${setup.organization.id}`)).body;
  const idOf = (name: string) =>
    organization.departments.find((d: { name: string }) => d.name === name)!.id as string;
  const campaign = (await t.call('GET', `/api/campaigns/${id}`)).body.campaign;
  for (const [name, list] of Object.entries(answers)) {
    const token = campaign.links.find((l: { departmentId: string }) => l.departmentId === idOf(name)).token;
    for (const a of list) await answer(t, token, a);
  }
  return { campaignId: id, idOf };
}

/** GET a path as the holder of `cookie`, asserting a 200. */
export async function read(t: TestApp, path: string, cookie = t.ownerCookie) {
  const reply = await t.call('GET', path, undefined, as(cookie));
  expect(reply.status, JSON.stringify(reply.body)).toBe(200);
  return reply.body;
}

export const readWaves = (t: TestApp, wave: Wave, cookie?: string) =>
  read(t, `/api/campaigns/${wave.campaignId}/waves`, cookie);

export const readWaveReport = (t: TestApp, wave: Wave, cookie?: string) =>
  read(t, `/api/campaigns/${wave.campaignId}/report`, cookie);

export interface ChangeRow {
  unit: string;
  measure: 'dimension' | 'scale';
  id: string;
  result:
    | { compared: true; earlierMean: number; laterMean: number; earlierN: number; laterN: number }
    | { compared: false; reason: string };
}

export interface Group {
  change: string;
  reason: string;
  earlier: string[];
  later: string[];
  compared: boolean;
  key: string;
  earlierNames: string[];
  laterNames: string[];
  disclosure: { shown: boolean; reason: string; earlierCount: number; laterCount: number };
}

/** The comparison's group whose later (else earlier) side names this department. */
export const groupOf = (waves: any, name: string): Group =>
  waves.comparison.groups.find((g: Group) => g.laterNames.includes(name) || g.earlierNames.includes(name));

export const rowsOf = (waves: any, key: string): ChangeRow[] =>
  waves.comparison.change.rows.filter((r: ChangeRow) => r.unit === key);
