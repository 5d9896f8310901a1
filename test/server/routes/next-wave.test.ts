// Making the next wave of a campaign through the API: what is carried, what is not, and refusals that
// create nothing.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const STAFF = [
  'email,department,name,language',
  'ana@example.com,Sales,Ana,en',
  'bo@example.com,Sales,Bo,zh-cn',
  'cy@example.com,Operations,Cy,en',
].join('\n');

async function campaignsOf(organizationId: string) {
  return (await t.call('GET', `/api/organizations/${organizationId}`)).body.campaigns as { id: string }[];
}

describe('POST /api/campaigns/:id/next-wave', () => {
  it('makes a draft with the settings, email texts and staff list carried, with fresh links and no marks', async () => {
    const { campaign, organization } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open: false });
    expect(
      (
        await t.call('PATCH', `/api/campaigns/${campaign.id}`, {
          commentMinimum: 8,
          targetResponseRate: 0.75,
          languages: ['zh-cn', 'en'],
        })
      ).status,
    ).toBe(200);
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/staff`, { csv: STAFF })).status).toBe(201);
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/open`)).status).toBe(200);
    await t.call('POST', `/api/campaigns/${campaign.id}/mail-merge`, { kind: 'invitation' });

    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/next-wave`, { name: 'Q2 re-survey' });
    expect(reply.status).toBe(201);
    const next = reply.body.campaign;
    expect(next).toMatchObject({
      name: 'Q2 re-survey',
      status: 'draft',
      scope: 'organization',
      questionnaireId: campaign.questionnaireId,
      departmentIds: campaign.departmentIds,
      commentMinimum: 8,
      targetResponseRate: 0.75,
      languages: ['zh-cn', 'en'],
      previousWaveId: campaign.id,
    });
    expect(reply.body).toMatchObject({ staffCopied: 3, staffListErased: false, droppedDepartments: [] });
    expect(next.links.map((l: { token: string }) => l.token)).not.toContain(campaign.links[0]!.token);

    const copied = await t.storage.surveyInvitations.listByCampaign(next.id);
    expect(copied.map((p) => [p.email, p.name, p.language]).sort()).toEqual([
      ['ana@example.com', 'Ana', 'en'],
      ['bo@example.com', 'Bo', 'zh-cn'],
      ['cy@example.com', 'Cy', 'en'],
    ]);
    // Nothing of what people did with the previous wave's links comes along.
    expect(
      copied.every((p) => p.tokenHashes.length === 0 && !p.started && !p.answered && p.sentOn === null),
    ).toBe(true);
    expect((await campaignsOf(organization.id)).map((c) => c.id)).toEqual([campaign.id, next.id]);
    expect((await t.storage.audit.list()).map((e) => `${e.action} ${e.target}`)).toContain(
      `campaign.next-wave ${next.id}`,
    );
  });

  it('copies no one when asked not to, or when the previous list was erased', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open: false });
    await t.call('POST', `/api/campaigns/${campaign.id}/staff`, { csv: STAFF });
    await t.call('POST', `/api/campaigns/${campaign.id}/open`);
    const without = await t.call('POST', `/api/campaigns/${campaign.id}/next-wave`, {
      name: 'No list',
      copyStaffList: false,
    });
    expect(without.body).toMatchObject({ staffCopied: 0, staffListErased: false });

    await t.call('POST', `/api/campaigns/${campaign.id}/close`);
    await t.call('POST', `/api/campaigns/${campaign.id}/staff-retention/erase`, { confirm: campaign.name });
    const erased = await t.call('POST', `/api/campaigns/${campaign.id}/next-wave`, { name: 'After erasure' });
    expect(erased.body).toMatchObject({ staffCopied: 0, staffListErased: true });
    expect(await t.storage.surveyInvitations.listByCampaign(erased.body.campaign.id)).toEqual([]);
  });

  it.each<[string, (id: string) => Promise<unknown>, Record<string, unknown>, number, string[]]>([
    ['a draft', async () => undefined, { name: 'Too soon' }, 409, []],
    [
      'an unknown questionnaire',
      async (id) => t.call('POST', `/api/campaigns/${id}/open`),
      { name: 'X', questionnaireId: 'nope' },
      422,
      [],
    ],
    [
      'an empty name',
      async (id) => t.call('POST', `/api/campaigns/${id}/open`),
      { name: ' ' },
      422,
      ['name'],
    ],
    [
      'an unknown field',
      async (id) => t.call('POST', `/api/campaigns/${id}/open`),
      { name: 'X', extra: 1 },
      422,
      [],
    ],
  ])('refuses %s and creates nothing', async (_, prepare, body, status, fields) => {
    const { campaign, organization } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    await prepare(campaign.id);
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/next-wave`, body);
    expectProblem(reply, status, fields);
    expect(await campaignsOf(organization.id)).toHaveLength(1);
  });
});
