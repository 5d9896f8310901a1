// Bodies no generator makes, sent to every distribution endpoint: too deep, too large, cut off, or none at
// all. Each is refused with a 4xx that changes nothing stored, and spends no personal link.

import { afterEach, describe, expect, it } from 'vitest';
import { importStaff, mailMergeTokens, staffCsv } from '../../../fixtures/staff';
import { setUpCampaign } from '../../../fixtures/test-app';
import {
  app,
  closeApp,
  DEPARTMENTS,
  expectNo5xx,
  expectRefusal,
  send,
  sendJson,
  snapshot,
  STAFF_DEPARTMENTS,
  start,
} from './fuzz-support';
import { scoreable } from '../../../fixtures/answers';

afterEach(closeApp);

describe('malformed bodies on every distribution endpoint', () => {
  const deep = (key: string) => `{"${key}":`.repeat(5_000) + '1' + '}'.repeat(5_000);
  const CASES = [
    { what: 'a deeply nested body', payload: deep('csv') },
    { what: 'deeply nested arrays', payload: '['.repeat(10_000) + ']'.repeat(10_000) },
    { what: 'a truncated body', payload: '{"csv": "email,department\\nann@example.com,Sales' },
    { what: 'a lone surrogate', payload: '{"name": "\\ud800", "kind": "\\udfff", "csv": "\\ud800"}' },
    { what: 'a body past the size limit', payload: JSON.stringify({ name: 'x'.repeat(300_000) }) },
    { what: 'an empty body', payload: '' },
    { what: 'a JSON null', payload: 'null' },
    { what: 'a body in UTF-16', payload: '\uFEFF{"kind":"invitation"}' },
    {
      what: 'a form instead of JSON',
      payload: 'kind=invitation',
      contentType: 'application/x-www-form-urlencoded',
    },
  ];

  it.each(CASES)('refuses $what with a 4xx, changing nothing', async ({ payload, contentType }) => {
    await start(true);
    const draft = await setUpCampaign(app(), DEPARTMENTS, { open: false });
    const open = await setUpCampaign(app());
    await importStaff(app(), open.campaign.id, staffCsv({ Sales: 2 }));
    const [token] = (await mailMergeTokens(app(), open.campaign.id)).values();
    const grouped = await sendJson('POST', `/api/campaigns/${draft.campaign.id}/reporting-groups`, {
      name: 'Small teams',
      departmentIds: [draft.departmentId('Legal'), draft.departmentId('R&D')],
    });
    expect(grouped.status).toBe(201);
    const groupId = JSON.parse(grouped.text).reportingGroups[0].id;

    for (const path of [
      `PATCH /api/campaigns/${draft.campaign.id}`,
      `PATCH /api/campaigns/${open.campaign.id}`,
      `POST /api/campaigns/${draft.campaign.id}/reporting-groups`,
      `DELETE /api/campaigns/${open.campaign.id}/reporting-groups/${groupId}`,
      `POST /api/campaigns/${draft.campaign.id}/staff/preview`,
      `POST /api/campaigns/${draft.campaign.id}/staff`,
      `POST /api/campaigns/${open.campaign.id}/mail-merge`,
      `POST /api/campaigns/${open.campaign.id}/mailings`,
      `POST /api/campaigns/${draft.campaign.id}/access-codes`,
      `POST /api/survey/${token}/responses`,
      `PATCH /api/campaigns/${draft.campaign.id}`,
      `PATCH /api/campaigns/${open.campaign.id}`,
    ]) {
      const [method, url] = path.split(' ') as [string, string];
      const before = await snapshot();
      const answer = await send(method, url, payload, contentType);
      expectNo5xx(answer, path);
      expectRefusal(answer, path);
      expect(await snapshot(), path).toEqual(before);
    }
    // The refusals did not spend the personal link.
    const answered = await send(
      'POST',
      `/api/survey/${token}/responses`,
      JSON.stringify({ answers: scoreable({ pay_fair: 4 }) }),
    );
    expect(answered.status, answered.text).toBe(201);
  });

  // The routes declare their bodies required, yet a request with no body and no content type is validated
  // as {}; every one of these refuses {} (a PATCH must name at least one setting).
  it('refuses a request without a body everywhere, changing nothing', async () => {
    await start(true);
    const draft = await setUpCampaign(app(), DEPARTMENTS, { open: false });
    const open = await setUpCampaign(app());
    await importStaff(app(), open.campaign.id, staffCsv({ Sales: 2 }));
    const [token] = (await mailMergeTokens(app(), open.campaign.id)).values();
    for (const path of [
      `POST /api/campaigns/${draft.campaign.id}/reporting-groups`,
      `POST /api/campaigns/${draft.campaign.id}/staff/preview`,
      `POST /api/campaigns/${draft.campaign.id}/staff`,
      `POST /api/campaigns/${open.campaign.id}/mail-merge`,
      `POST /api/campaigns/${open.campaign.id}/mailings`,
      `POST /api/campaigns/${draft.campaign.id}/access-codes`,
      `POST /api/survey/${token}/responses`,
      `PATCH /api/campaigns/${draft.campaign.id}`,
      `PATCH /api/campaigns/${open.campaign.id}`,
    ]) {
      const [method, url] = path.split(' ') as [string, string];
      const before = await snapshot();
      const answer = await send(method, url);
      expectRefusal(answer, path);
      expect(await snapshot(), path).toEqual(before);
    }
  });

  it('refuses a staff list past 4 MB with a 4xx, storing nothing', async () => {
    await start();
    const { campaign } = await setUpCampaign(app(), STAFF_DEPARTMENTS, { open: false });
    const row = 'someone@example.com,Sales,';
    const csv = `email,department,name\n${row}${'x'.repeat(4 * 1024 * 1024)}`;
    for (const endpoint of ['staff/preview', 'staff']) {
      const before = await snapshot();
      const answer = await sendJson('POST', `/api/campaigns/${campaign.id}/${endpoint}`, { csv });
      expectNo5xx(answer, endpoint);
      expectRefusal(answer, endpoint);
      expect(await snapshot()).toEqual(before);
    }
  });

  it('refuses a staff list of more people than may be imported at once, storing nothing', async () => {
    await start();
    const { campaign } = await setUpCampaign(app(), STAFF_DEPARTMENTS, { open: false });
    const csv = staffCsv({ Sales: 10_001 });
    const before = await snapshot();
    const previewed = await sendJson('POST', `/api/campaigns/${campaign.id}/staff/preview`, { csv });
    expect(previewed.status).toBe(200);
    expect(JSON.parse(previewed.text).errors).toHaveLength(1);
    const imported = await sendJson('POST', `/api/campaigns/${campaign.id}/staff`, { csv });
    expectRefusal(imported, 'import');
    expect(await snapshot()).toEqual(before);
  });
});
