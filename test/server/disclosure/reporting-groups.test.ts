// Merging and splitting reporting groups. Small departments are merged into a reporting group while the
// campaign is a draft; once it opens the grouping is fixed, so no one can split a group after answers
// arrive and read its departments apart, or merge and split again to difference two groupings of the same
// answers. A group is one unit everywhere: report, tracking, a member department's head, and the
// departments respondents name as ones they depend on.

import { afterEach, describe, expect, it } from 'vitest';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
  departmentIn,
  member,
  person,
  readCampaign,
  readReport,
  ON_QUESTIONNAIRE,
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const PEOPLE = { Sales: 8, Ops: 7, Legal: 3, HR: 3 };
const groups = (setup: Setup) => `/api/campaigns/${setup.campaign.id}/reporting-groups`;

async function draft(listed = true): Promise<Setup> {
  t = await startTestApp();
  const setup = await setUpCampaign(t, PEOPLE, { open: false, ...ON_QUESTIONNAIRE });
  if (listed) await importStaff(t, setup.campaign.id, staffCsv(PEOPLE));
  return setup;
}

const merge = (setup: Setup) =>
  t.call('POST', groups(setup), {
    name: 'Legal and HR',
    departmentIds: [setup.departmentId('Legal'), setup.departmentId('HR')],
  });

describe('reporting groups', () => {
  it('an administrator tries to split a group, or merge departments, once answers can arrive, and is refused', async () => {
    const setup = await draft(false);
    const admin = await member(t, setup, 'administrator');
    // In a draft nobody can answer, so merging and splitting there changes no report anyone has read.
    const merged = await merge(setup);
    expect(merged.status).toBe(201);
    const groupId = merged.body.reportingGroups[0].id;
    const early = await t.call(
      'POST',
      `/api/survey/${setup.wideToken}/responses`,
      { answers: person(6000), departmentId: setup.departmentId('Sales') },
      { cookie: '' },
    );
    expect(early.status).toBe(409);
    expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/open`)).status).toBe(200);
    for (const cookie of [t.ownerCookie, admin.cookie]) {
      const split = await t.call('DELETE', `${groups(setup)}/${groupId}`, undefined, { cookie });
      expect(split.status).toBe(409);
      const again = await t.call(
        'POST',
        groups(setup),
        { name: 'Sales and Ops', departmentIds: [setup.departmentId('Sales'), setup.departmentId('Ops')] },
        { cookie },
      );
      expect(again.status).toBe(409);
    }
    expect((await readCampaign(t, setup)).campaign.reportingGroups).toHaveLength(1);
  });

  it('readers of a merged campaign, including the head of one merged department, never see its departments apart', async () => {
    const setup = await draft();
    const groupId = (await merge(setup)).body.reportingGroups[0].id;
    expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/open`)).status).toBe(200);
    const links = await mailMergeTokens(t, setup.campaign.id);
    const [legal, hr] = [setup.departmentId('Legal'), setup.departmentId('HR')];
    let seed = 6100;
    for (const [department, count] of Object.entries(PEOPLE)) {
      for (let n = 1; n <= count - (department === 'HR' ? 1 : 0); n++) {
        // Some name Legal or HR as departments they depend on: the report must say the group instead.
        // Nobody names their own department (the server refuses that).
        const named = [legal, hr].filter((id) => id !== setup.departmentId(department));
        const answers = { ...person(++seed, { dontKnowRate: 0.03 }), depends_on: named };
        await answer(t, links.get(`${department.toLowerCase()}${n}@example.com`)!, answers);
      }
    }
    const readers = [
      await member(t, setup, 'executive'),
      await member(t, setup, 'consultant'),
      await member(t, setup, 'department-head', ['Legal']),
    ];
    for (const reader of readers) {
      const report = await readReport(t, setup, reader.cookie);
      const text = JSON.stringify(report);
      expect(text).not.toContain(legal);
      expect(text).not.toContain(hr);
      const group = departmentIn(report, 'Legal and HR');
      // Five answers of Legal and HR together: one unit of five, shown as one.
      expect(group).toMatchObject({ departmentId: groupId, hidden: false, responses: 5 });
      if (report.departmentView) expect(report.departments.map((d: any) => d.name)).toEqual(['Legal and HR']);
    }
    const page = JSON.stringify((await readCampaign(t, setup, readers[0]!.cookie)).progress);
    expect(page).not.toContain(legal);
    expect(page).not.toContain(hr);
  });
});
