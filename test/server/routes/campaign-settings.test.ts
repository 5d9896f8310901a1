import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../server/domain/email-template';
import { createClock, DAY, HOUR, NOON, signIn, storedText } from '../../fixtures/accounts';
import {
  expectProblem,
  OWNER,
  setUpCampaign,
  startTestApp,
  submit,
  type Reply,
  type TestApp,
} from '../../fixtures/test-app';

let t: TestApp;
let clock: ReturnType<typeof createClock>;
/** The owner's current session: a session lasts 12 hours, so moving the clock by days means signing in again. */
let owner: { cookie: string };
beforeEach(async () => {
  clock = createClock();
  t = await startTestApp(undefined, {}, { now: clock.now });
  owner = { cookie: t.ownerCookie };
});
afterEach(async () => {
  await t.close();
});

/** An instant `ms` from the test's starting noon, as the settings form sends it. */
const at = (ms: number) => new Date(NOON + ms).toISOString();
const OPENS = at(3 * DAY); // 2026-03-05T12:00:00.000Z
const CLOSES = at(18 * DAY); // 2026-03-20T12:00:00.000Z

const patch = (id: string, body: unknown) => t.call('PATCH', `/api/campaigns/${id}`, body, owner);
const detail = async (id: string) => (await t.call('GET', `/api/campaigns/${id}`, undefined, owner)).body;
const open = (id: string) => t.call('POST', `/api/campaigns/${id}/open`, undefined, owner);

/** Moves the clock and signs the owner in again, as they would after a few days away. */
async function later(ms: number) {
  clock.advance(ms);
  const session = await signIn(t, OWNER.email, OWNER.password);
  expect(session.status).toBe(200);
  owner = { cookie: session.cookie! };
}
const answer = (token: string) =>
  t.call('POST', `/api/survey/${token}/responses`, { answers: { pay_fair: 4 } });

/** The default invitation with a friendlier English subject, still carrying the link. */
const editedInvitation = {
  ...DEFAULT_TEMPLATES.invitation,
  en: { subject: 'Tell us how goals work for you', body: 'Hello {{name}}, please answer: {{link}}' },
};

describe('PATCH /api/campaigns/:id on a draft', () => {
  it('changes every setting and keeps the change', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    const change = {
      name: 'Spring wave',
      minGroupSize: 7,
      commentMinimum: 12,
      languages: ['zh-cn'],
      targetResponseRate: 0.6,
      opensAt: OPENS,
      closesAt: CLOSES,
      emailTemplates: { invitation: editedInvitation },
    };
    const reply = await patch(campaign.id, change);
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const expected = {
      name: 'Spring wave',
      minGroupSize: 7,
      commentMinimum: 12,
      languages: ['zh-cn'],
      targetResponseRate: 0.6,
      opensAt: OPENS,
      closesAt: CLOSES,
      emailTemplates: { invitation: editedInvitation, reminder: DEFAULT_TEMPLATES.reminder },
      status: 'draft',
    };
    expect(reply.body).toMatchObject(expected);
    const read = await detail(campaign.id);
    expect(read.campaign).toMatchObject(expected);
    // The tracking figures and the disclosure preview judge by the new rules at once.
    expect(read.progress).toMatchObject({ minGroupSize: 7, targetResponseRate: 0.6 });
  });

  it('changes one setting without touching the others', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    const reply = await patch(campaign.id, { targetResponseRate: 0.9 });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      name: 'Baseline',
      minGroupSize: 5,
      commentMinimum: 10,
      languages: ['en', 'zh-cn'],
      targetResponseRate: 0.9,
      opensAt: null,
      closesAt: null,
      emailTemplates: DEFAULT_TEMPLATES,
    });
  });

  it('clears the dates again with null', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    expect((await patch(campaign.id, { opensAt: OPENS, closesAt: CLOSES })).status).toBe(200);
    const reply = await patch(campaign.id, { opensAt: null, closesAt: null });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ opensAt: null, closesAt: null });
  });

  it('answers an unknown campaign with 404', async () => {
    expectProblem(await patch('no-such-campaign', { name: 'X' }), 404);
  });
});

describe('PATCH /api/campaigns/:id once the campaign is open', () => {
  it.each([
    { key: 'minGroupSize', value: 6 },
    { key: 'commentMinimum', value: 11 },
    { key: 'languages', value: ['en'] },
    { key: 'targetResponseRate', value: 0.5 },
    { key: 'opensAt', value: OPENS },
    { key: 'opensAt', value: null },
  ])('refuses $key ($value) with 409 naming it, and stores nothing', async ({ key, value }) => {
    const { campaign } = await setUpCampaign(t);
    const before = await storedText(t);
    const reply = await patch(campaign.id, { [key]: value });
    expectProblem(reply, 409);
    expect(reply.body.detail).toContain(key);
    expect(await storedText(t)).toBe(before);
    expect((await detail(campaign.id)).campaign).toMatchObject({
      minGroupSize: 5,
      commentMinimum: 10,
      languages: ['en', 'zh-cn'],
      targetResponseRate: 0.75,
      opensAt: null,
    });
  });

  it('refuses a change mixing allowed and locked settings as a whole, naming only the locked ones', async () => {
    const { campaign } = await setUpCampaign(t);
    const before = await storedText(t);
    const reply = await patch(campaign.id, { name: 'Renamed', minGroupSize: 6, languages: ['en'] });
    expectProblem(reply, 409);
    expect(reply.body.detail).toContain('minGroupSize');
    expect(reply.body.detail).toContain('languages');
    expect(reply.body.detail).not.toContain('name');
    expect(await storedText(t)).toBe(before);
    expect((await detail(campaign.id)).campaign.name).toBe('Baseline');
  });

  it('still changes the name, the closing date and the email templates', async () => {
    const { campaign } = await setUpCampaign(t);
    const reply = await patch(campaign.id, {
      name: 'Baseline (extended)',
      closesAt: CLOSES,
      emailTemplates: { invitation: editedInvitation },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    const read = await detail(campaign.id);
    expect(read.campaign).toMatchObject({
      status: 'open',
      name: 'Baseline (extended)',
      closesAt: CLOSES,
      emailTemplates: { invitation: editedInvitation },
    });
    // A later closing date may be moved again, or removed.
    expect((await patch(campaign.id, { closesAt: at(30 * DAY) })).body.closesAt).toBe(at(30 * DAY));
    expect((await patch(campaign.id, { closesAt: null })).body.closesAt).toBeNull();
  });

  it('refuses any change once the campaign is closed, storing nothing', async () => {
    const { campaign } = await setUpCampaign(t);
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`, undefined, owner)).status).toBe(200);
    const before = await storedText(t);
    for (const change of [
      { name: 'Renamed' },
      { closesAt: CLOSES },
      { emailTemplates: { invitation: editedInvitation } },
      { minGroupSize: 6 },
    ]) {
      const reply = await patch(campaign.id, change);
      expectProblem(reply, 409);
      expect(reply.body.detail).toMatch(/closed/i);
    }
    expect(await storedText(t)).toBe(before);
  });
});

describe('PATCH /api/campaigns/:id validation', () => {
  const withoutLink = {
    ...DEFAULT_TEMPLATES.reminder,
    en: { subject: 'Reminder', body: 'Please answer the survey soon.' },
  };
  const linkOnlyInOptionalSection = {
    ...DEFAULT_TEMPLATES.invitation,
    'zh-cn': { subject: '邀请', body: '您好[[ {{name}} {{link}}]]' },
  };

  it.each([
    {
      what: 'a comment minimum below the group minimum',
      body: { commentMinimum: 4 },
      fields: ['commentMinimum'],
    },
    {
      what: 'a group minimum raised above the comment minimum',
      body: { minGroupSize: 12 },
      fields: ['commentMinimum'],
    },
    { what: 'a group minimum of 2', body: { minGroupSize: 2 }, fields: ['minGroupSize'] },
    { what: 'a fractional group minimum', body: { minGroupSize: 5.5 }, fields: ['minGroupSize'] },
    {
      what: 'a closing date before the opening date',
      body: { opensAt: OPENS, closesAt: at(2 * DAY) },
      fields: ['closesAt'],
    },
    {
      what: 'a closing date equal to the opening date',
      body: { opensAt: OPENS, closesAt: OPENS },
      fields: ['closesAt'],
    },
    { what: 'a closing date in the past', body: { closesAt: at(-HOUR) }, fields: ['closesAt'] },
    {
      what: 'a template body without {{link}}',
      body: { emailTemplates: { reminder: withoutLink } },
      fields: ['emailTemplates.reminder.en.body'],
    },
    {
      what: 'a template whose link sits in an optional section',
      body: { emailTemplates: { invitation: linkOnlyInOptionalSection } },
      fields: ['emailTemplates.invitation.zh-cn.body'],
    },
    { what: 'an unknown language', body: { languages: ['fr'] }, fields: ['languages.0'] },
    { what: 'no language at all', body: { languages: [] }, fields: ['languages'] },
    { what: 'a malformed opening date', body: { opensAt: 'next Tuesday' }, fields: ['opensAt'] },
    { what: 'a closing day without a time', body: { closesAt: '2026-03-20' }, fields: ['closesAt'] },
    {
      what: 'a target response rate above 100%',
      body: { targetResponseRate: 1.5 },
      fields: ['targetResponseRate'],
    },
    { what: 'an empty name', body: { name: '   ' }, fields: ['name'] },
  ])('refuses $what with 422 naming the field, storing nothing', async ({ body, fields }) => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    const before = await storedText(t);
    expectProblem(await patch(campaign.id, body), 422, fields);
    expect(await storedText(t)).toBe(before);
  });

  it('refuses unknown keys with 422 naming them', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    const before = await storedText(t);
    const reply = await patch(campaign.id, { name: 'Spring', status: 'open', colour: 'blue' });
    expectProblem(reply, 422);
    const said = JSON.stringify(reply.body.errors) + reply.body.detail;
    expect(said).toContain('status');
    expect(said).toContain('colour');
    expect(await storedText(t)).toBe(before);
    expect((await detail(campaign.id)).campaign).toMatchObject({ name: 'Baseline', status: 'draft' });
  });

  it('refuses an unknown mail kind inside the templates', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    const reply = await patch(campaign.id, { emailTemplates: { farewell: DEFAULT_TEMPLATES.invitation } });
    expectProblem(reply, 422);
    expect(JSON.stringify(reply.body)).toContain('farewell');
  });

  it('reports every problem of one change at once', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    expectProblem(
      await patch(campaign.id, {
        commentMinimum: 3,
        closesAt: at(-DAY),
        emailTemplates: { reminder: withoutLink },
      }),
      422,
      ['commentMinimum', 'closesAt', 'emailTemplates.reminder.en.body'],
    );
  });

  it('checks a closing date moved while open against the clock', async () => {
    const { campaign } = await setUpCampaign(t);
    expectProblem(await patch(campaign.id, { closesAt: at(-DAY) }), 422, ['closesAt']);
  });
});

describe('opening and closing dates', () => {
  it('refuses to open a campaign whose closing date has passed, leaving it a draft', async () => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    expect((await patch(campaign.id, { closesAt: at(DAY) })).status).toBe(200);
    await later(2 * DAY);
    const before = await storedText(t);
    const reply = await open(campaign.id);
    expectProblem(reply, 409);
    expect(reply.body.detail).toMatch(/closing date/i);
    expect(await storedText(t)).toBe(before);
    expect((await detail(campaign.id)).campaign.status).toBe('draft');
    // Choosing a later closing date makes it openable.
    expect((await patch(campaign.id, { closesAt: at(10 * DAY) })).status).toBe(200);
    expect((await open(campaign.id)).status).toBe(200);
  });

  it('keeps the survey scheduled until the opening date and closed after the closing date', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, undefined, { open: false });
    expect((await patch(campaign.id, { opensAt: OPENS, closesAt: CLOSES })).status).toBe(200);
    const token = tokenOf('Sales');
    expect((await detail(campaign.id)).phase).toBe('draft');
    expect((await t.call('GET', `/api/survey/${token}`)).body.status).toBe('draft');
    expectProblem(await answer(token), 409);

    expect((await open(campaign.id)).status).toBe(200);
    expect((await detail(campaign.id)).phase).toBe('scheduled');
    const early = await t.call('GET', `/api/survey/${token}`);
    expect(early.body).toMatchObject({ status: 'scheduled', opensAt: OPENS, closesAt: CLOSES });
    const refused = await answer(token);
    expectProblem(refused, 409);
    expect(refused.body.detail).toContain('opens on 2026-03-05');

    // A minute before the opening instant it is still scheduled; at the instant it opens.
    await later(3 * DAY - 60_000);
    expect((await detail(campaign.id)).phase).toBe('scheduled');
    expectProblem(await answer(token), 409);
    await later(60_000);
    expect((await detail(campaign.id)).phase).toBe('open');
    expect((await t.call('GET', `/api/survey/${token}`)).body.status).toBe('open');
    expect((await answer(token)).status).toBe(201);

    await later(15 * DAY);
    const read = await detail(campaign.id);
    expect(read.phase).toBe('closed');
    // Nobody closed it by hand: it closed by its date.
    expect(read.campaign.status).toBe('open');
    expect((await t.call('GET', `/api/survey/${token}`)).body.status).toBe('closed');
    const late = await answer(token);
    expectProblem(late, 409);
    expect(late.body.detail).toMatch(/closed/i);
    expect(await t.storage.responses.listByCampaign(campaign.id)).toHaveLength(1);
  });

  it('lets the closing date of an open campaign be moved later, keeping it open past the old date', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, undefined, { open: false });
    expect((await patch(campaign.id, { closesAt: at(DAY) })).status).toBe(200);
    expect((await open(campaign.id)).status).toBe(200);
    expect((await patch(campaign.id, { closesAt: at(5 * DAY) })).status).toBe(200);
    await later(2 * DAY);
    expect((await detail(campaign.id)).phase).toBe('open');
    expect((await answer(tokenOf('Sales'))).status).toBe(201);
  });

  it('shows a campaign closed by hand as closed even before its closing date', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, undefined, { open: false });
    expect((await patch(campaign.id, { closesAt: CLOSES })).status).toBe(200);
    expect((await open(campaign.id)).status).toBe(200);
    expect((await detail(campaign.id)).phase).toBe('open');
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`, undefined, owner)).status).toBe(200);
    expect((await detail(campaign.id)).phase).toBe('closed');
    expect((await t.call('GET', `/api/survey/${tokenOf('Sales')}`)).body.status).toBe('closed');
    expectProblem(await answer(tokenOf('Sales')), 409);
  });
});

describe('reporting groups', () => {
  const DEPARTMENTS = { Sales: 10, Operations: 12, Legal: 3, Procurement: 4 };
  const groups = (id: string) => `/api/campaigns/${id}/reporting-groups`;
  const names = (rows: { name: string }[]) => rows.map((r) => r.name);

  async function draftWithGroup() {
    const setup = await setUpCampaign(t, DEPARTMENTS, { open: false });
    const reply = await t.call('POST', groups(setup.campaign.id), {
      name: 'Back office',
      departmentIds: [setup.departmentId('Legal'), setup.departmentId('Procurement')],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    const group = (reply.body.reportingGroups as { id: string; name: string }[]).find(
      (g) => g.name === 'Back office',
    )!;
    return { ...setup, reply, groupId: group.id };
  }

  it('merges two small departments into one group the tracking and the disclosure preview list', async () => {
    const { campaign, reply, departmentId } = await draftWithGroup();
    expect(reply.body.reportingGroups).toEqual([
      {
        id: expect.any(String),
        name: 'Back office',
        departmentIds: [departmentId('Legal'), departmentId('Procurement')],
      },
    ]);
    const read = await detail(campaign.id);
    expect(names(read.progress.departments)).toEqual(['Sales', 'Operations', 'Back office']);
    expect(read.progress.departments[2]).toMatchObject({ name: 'Back office', headcount: 7 });
    expect(read.disclosure.map((r: { name: string; headcount: number }) => [r.name, r.headcount])).toEqual([
      ['Sales', 10],
      ['Operations', 12],
      ['Back office', 7],
    ]);
    // Alone, Legal (3) could never be shown; together with Procurement the group can be.
    expect(read.disclosure[2].status).toBe('shown');
  });

  it("reports the group's figures under its name and never names the merged departments", async () => {
    const { campaign, tokenOf } = await draftWithGroup();
    expect((await open(campaign.id)).status).toBe(200);
    await submit(t, tokenOf('Sales'), 6);
    await submit(t, tokenOf('Operations'), 7);
    await submit(t, tokenOf('Legal'), 3);
    await submit(t, tokenOf('Procurement'), 3);

    const report = await t.call('GET', `/api/campaigns/${campaign.id}/report`);
    expect(report.status).toBe(200);
    expect(report.body.responses).toBe(19);
    expect(names(report.body.departments)).toEqual(['Sales', 'Operations', 'Back office']);
    const group = report.body.departments.find((d: { name: string }) => d.name === 'Back office');
    expect(group).toMatchObject({ hidden: false, headcount: 7, responses: 6 });
    expect(group.responseRate).toBeCloseTo(6 / 7);
    expect(group.summary).not.toBeNull();
    const text = JSON.stringify(report.body);
    expect(text).not.toContain('Legal');
    expect(text).not.toContain('Procurement');

    const progress = (await detail(campaign.id)).progress;
    expect(
      progress.departments.map((d: { name: string; responses: number }) => [d.name, d.responses]),
    ).toEqual([
      ['Sales', 6],
      ['Operations', 7],
      ['Back office', 6],
    ]);
  });

  it('refuses to merge or split once the campaign is open, storing nothing', async () => {
    const { campaign, groupId, departmentId } = await draftWithGroup();
    expect((await open(campaign.id)).status).toBe(200);
    const before = await storedText(t);
    const merge = await t.call('POST', groups(campaign.id), {
      name: 'Front office',
      departmentIds: [departmentId('Sales'), departmentId('Operations')],
    });
    expectProblem(merge, 409);
    expectProblem(await t.call('DELETE', `${groups(campaign.id)}/${groupId}`), 409);
    expect(await storedText(t)).toBe(before);
    expect(names((await detail(campaign.id)).progress.departments)).toEqual([
      'Sales',
      'Operations',
      'Back office',
    ]);
  });

  it.each([
    {
      what: 'an unknown department',
      ids: ['Sales', 'no-such-department'],
      name: 'Front',
      fields: ['departmentIds'],
    },
    {
      what: 'a department already in a group',
      ids: ['Sales', 'Legal'],
      name: 'Front',
      fields: ['departmentIds'],
    },
    {
      what: 'a name already used by a department',
      ids: ['Sales', 'Operations'],
      name: 'sales',
      fields: ['name'],
    },
    {
      what: 'a name already used by a group',
      ids: ['Sales', 'Operations'],
      name: 'BACK OFFICE',
      fields: ['name'],
    },
    { what: 'a single department', ids: ['Sales'], name: 'Front', fields: ['departmentIds'] },
    { what: 'the same department twice', ids: ['Sales', 'Sales'], name: 'Front', fields: ['departmentIds'] },
    { what: 'no name', ids: ['Sales', 'Operations'], name: '', fields: ['name'] },
  ])('refuses $what with 422, storing nothing', async ({ ids, name, fields }) => {
    const { campaign, departmentId } = await draftWithGroup();
    const before = await storedText(t);
    const departmentIds = ids.map((n) => (n in DEPARTMENTS ? departmentId(n) : n));
    expectProblem(await t.call('POST', groups(campaign.id), { name, departmentIds }), 422, fields);
    expect(await storedText(t)).toBe(before);
  });

  it("refuses another organization's department as unknown", async () => {
    const { campaign, departmentId } = await draftWithGroup();
    const other = await t.call('POST', '/api/organizations', {
      name: 'Other',
      departments: [{ name: 'Elsewhere', headcount: 5 }],
    });
    const foreign = other.body.departments[0].id;
    expectProblem(
      await t.call('POST', groups(campaign.id), {
        name: 'Mixed',
        departmentIds: [departmentId('Sales'), foreign],
      }),
      422,
      ['departmentIds'],
    );
  });

  it('splits a group again with DELETE', async () => {
    const { campaign, groupId } = await draftWithGroup();
    const reply = await t.call('DELETE', `${groups(campaign.id)}/${groupId}`);
    expect(reply.status).toBe(200);
    expect(reply.body.reportingGroups).toEqual([]);
    const read = await detail(campaign.id);
    expect(names(read.progress.departments)).toEqual(['Sales', 'Operations', 'Legal', 'Procurement']);
    expect(names(read.disclosure)).toEqual(['Sales', 'Operations', 'Legal', 'Procurement']);
    // The departments are free to be grouped differently now.
    const regroup = await t.call('POST', groups(campaign.id), {
      name: 'Legal and sales',
      departmentIds: [read.organization.departments[2].id, read.organization.departments[0].id],
    });
    expect(regroup.status).toBe(201);
  });

  it('refuses to split an unknown group with 422', async () => {
    const { campaign } = await draftWithGroup();
    const before = await storedText(t);
    const reply: Reply = await t.call('DELETE', `${groups(campaign.id)}/no-such-group`);
    expectProblem(reply, 422, ['groupId']);
    expect(await storedText(t)).toBe(before);
  });
});
