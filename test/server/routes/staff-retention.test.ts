// Keeping a staff list after its campaign closes: the days an administrator sets, erasing by itself when
// they have run, and "erase now". Erasing takes names, addresses and links for good and leaves every
// figure as it was.

import { afterEach, describe, expect, it } from 'vitest';
import { eraseDueStaffLists, startStaffErasure } from '../../../server/routes/staff-erasure';
import { RetentionStatusSchema } from '../../../server/http/staff-retention-replies';
import { createClock, DAY } from '../../fixtures/accounts';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { scoreable } from '../../fixtures/answers';
import { finishedMailing, UNREACHED } from '../../fixtures/finished-mailing';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

/** A campaign of 2 × 8 listed people, 6 of each department answered through their links, then closed. */
async function answeredAndClosed(close = true) {
  const clock = createClock();
  const today = () => new Date(clock.now()).toISOString().slice(0, 10);
  t = await startTestApp(undefined, {}, { now: clock.now, today });
  const setup = await setUpCampaign(t, { Sales: 20, Operations: 20 });
  const id = setup.campaign.id;
  await importStaff(t, id, staffCsv({ Sales: 8, Operations: 8 }));
  const tokens = await mailMergeTokens(t, id);
  await t.call('GET', `/api/survey/${tokens.get('sales7@example.com')}`);
  for (const department of ['sales', 'operations'])
    for (let n = 1; n <= 6; n++) {
      const reply = await t.call(
        'POST',
        `/api/survey/${tokens.get(`${department}${n}@example.com`)}/responses`,
        {
          answers: scoreable({ pay_fair: 2 + (n % 3) }),
        },
      );
      expect(reply.status).toBe(201);
    }
  if (close) expect((await t.call('POST', `/api/campaigns/${id}/close`)).status).toBe(200);
  return { ...setup, id, tokens, clock, today };
}

const retention = async (id: string) => {
  const reply = await t.call('GET', `/api/campaigns/${id}/staff-retention`);
  expect(reply.status).toBe(200);
  expect(RetentionStatusSchema.parse(reply.body)).toEqual(reply.body);
  return reply.body;
};

describe('a staff list’s retention', () => {
  it('is kept while the campaign runs, and scheduled 90 days after closing by default', async () => {
    const { id, today } = await answeredAndClosed(false);
    expect(await retention(id)).toEqual({
      days: 90,
      state: 'until-closed',
      closedOn: null,
      erasesOn: null,
      erasedOn: null,
    });
    await t.call('POST', `/api/campaigns/${id}/close`);
    expect(await retention(id)).toMatchObject({
      state: 'scheduled',
      closedOn: today(),
      erasesOn: '2026-05-31',
    });
  });

  it('takes other days from an administrator, audited, and refuses days out of range changing nothing', async () => {
    const { id } = await answeredAndClosed();
    const set = await t.call('PATCH', `/api/campaigns/${id}/staff-retention`, { days: 30 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ days: 30, erasesOn: '2026-04-01' });
    for (const days of [-1, 3651, 2.5]) {
      const refused = await t.call('PATCH', `/api/campaigns/${id}/staff-retention`, { days });
      expectProblem(refused, 422, ['days']);
      expect(refused.body.code).toBe('retention.days-out-of-range');
    }
    expectProblem(await t.call('PATCH', `/api/campaigns/${id}/staff-retention`, { days: '30' }), 422);
    expect((await retention(id)).days).toBe(30);
    const actions = (await t.storage.audit.list()).map((e) => e.action);
    expect(actions.filter((a) => a === 'campaign.staff.retention')).toHaveLength(1);
  });

  it('is erased by itself once its days have run, not a day before, and audited as done by nobody', async () => {
    const { id, clock, tokens } = await answeredAndClosed();
    await t.call('PATCH', `/api/campaigns/${id}/staff-retention`, { days: 3 });
    clock.advance(2 * DAY);
    expect(await eraseDueStaffLists(t.deps)).toEqual([]);
    expect((await t.storage.surveyInvitations.listByCampaign(id))[0]!.email).toBe('sales1@example.com');
    clock.advance(DAY);
    const { first, stop } = startStaffErasure(t.deps);
    await first;
    stop();
    // Read from the store: three days on, the owner's session has long ended.
    expect(await t.storage.surveyInvitations.retention(id)).toEqual({ days: 3, erasedOn: '2026-03-05' });
    expect((await t.storage.surveyInvitations.listByCampaign(id)).every((i) => i.email === '')).toBe(true);
    expect(await eraseDueStaffLists(t.deps)).toEqual([]);
    const entries = (await t.storage.audit.list()).filter((e) => e.action === 'campaign.staff.erase');
    expect(entries).toEqual([expect.objectContaining({ accountId: null, target: id })]);
    // A respondent needs no session.
    const late = await t.call('GET', `/api/survey/${tokens.get('sales8@example.com')}`);
    expectProblem(late, 404);
    expect(late.body.code).toBe('survey.not-found');
  });

  it('is erased at once by an administrator typing the campaign’s name, leaving report and tracking identical', async () => {
    const { id, campaign, tokens } = await answeredAndClosed();
    const report = await t.call('GET', `/api/campaigns/${id}/report`);
    expect(report.status).toBe(200);
    const progress = await t.call('GET', `/api/campaigns/${id}/progress`);
    expect(progress.body).toMatchObject({ invited: 16, started: 13, responses: 12 });

    const refused = await t.call('POST', `/api/campaigns/${id}/staff-retention/erase`, {
      confirm: 'Baseline?',
    });
    expectProblem(refused, 422, ['confirm']);
    expect(refused.body.code).toBe('retention.confirmation-mismatch');
    expect((await t.storage.surveyInvitations.listByCampaign(id))[0]!.email).toBe('sales1@example.com');
    await t.storage.mailings.begin(finishedMailing(id));

    const erased = await t.call('POST', `/api/campaigns/${id}/staff-retention/erase`, {
      confirm: campaign.name,
    });
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({ state: 'erased', erasedOn: '2026-03-02' });

    expect(JSON.stringify((await t.call('GET', `/api/campaigns/${id}/report`)).body)).toBe(
      JSON.stringify(report.body),
    );
    expect((await t.call('GET', `/api/campaigns/${id}/progress`)).body).toEqual(progress.body);
    expect((await t.call('GET', `/api/campaigns/${id}/staff`)).body).toEqual({ people: [] });
    // Everything stored: every file of the data directory, or every row of the schema.
    const files = await t.store.dump();
    for (const [email, token] of tokens) {
      expect(files).not.toContain(email);
      expect(files).not.toContain(t.deps.hashToken(token));
      expectProblem(await t.call('GET', `/api/survey/${token}`), 404);
    }
    expect(files).not.toContain('Person');
    // The mailings named people by invitation and kept the address that could not be reached.
    expect(await t.storage.mailings.runs(id)).toEqual([]);
    expect(files).not.toContain(UNREACHED);

    // Nothing is left to change, and erasing again is no new action.
    const again = await t.call('POST', `/api/campaigns/${id}/staff-retention/erase`, {
      confirm: campaign.name,
    });
    expect(again.body.erasedOn).toBe('2026-03-02');
    expectProblem(await t.call('PATCH', `/api/campaigns/${id}/staff-retention`, { days: 5 }), 409);
    const entries = (await t.storage.audit.list()).filter((e) => e.action === 'campaign.staff.erase');
    expect(entries).toHaveLength(1);
    expect(entries[0]!.accountId).not.toBeNull();
  });

  it('refuses "erase now" while the campaign runs, changing nothing', async () => {
    const { id, campaign } = await answeredAndClosed(false);
    const refused = await t.call('POST', `/api/campaigns/${id}/staff-retention/erase`, {
      confirm: campaign.name,
    });
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('retention.campaign-running');
    expect((await t.storage.surveyInvitations.listByCampaign(id)).every((i) => i.email !== '')).toBe(true);
  });

  it.each([
    ['GET', '/api/campaigns/no-such-campaign/staff-retention', undefined, 404],
    ['PATCH', '/api/campaigns/no-such-campaign/staff-retention', { days: 3 }, 404],
    ['POST', '/api/campaigns/no-such-campaign/staff-retention/erase', { confirm: 'x' }, 404],
  ])('answers %s %s with %s', async (method, path, body, status) => {
    t = await startTestApp();
    expectProblem(await t.call(method, path, body), status);
  });
});
