import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../server/domain/campaigns/email-template';
import { DAY, HOUR, storedText } from '../../fixtures/accounts';
import { expectProblem, setUpCampaign } from '../../fixtures/test-app';
import {
  at,
  CLOSES,
  closeApp,
  detail,
  editedInvitation,
  OPENS,
  owner,
  patch,
  startApp,
  t,
} from './campaign-settings-support';

beforeEach(startApp);
afterEach(closeApp);

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
