// Suspect submissions through shared links: bursts and copies shown to administrators as counts (never
// answers), judged from what the server holds in memory only, and excluded, audited, by deleting the
// responses, so that nothing stored groups them and no time finer than the day is ever kept.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { as, createClock, inviteAndAccept } from '../../fixtures/accounts';
import { respondentAnswers } from '../../fixtures/answers';
import {
  expectProblem,
  setUpCampaign,
  startTestApp,
  type Setup,
  type TestApp,
} from '../../fixtures/test-app';
import { auditLines, ON_POSTGRES } from '../../fixtures/test-storage';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const MINUTE = 60_000;
let respondent = 0;

const answer = (
  token: string,
  answers: Record<string, unknown> = respondentAnswers(++respondent),
  departmentId?: string,
) => t.call('POST', `/api/survey/${token}/responses`, { answers, ...(departmentId ? { departmentId } : {}) });

async function campaign(departments: Record<string, number> = { Sales: 40, Legal: 40 }) {
  const clock = createClock();
  t = await startTestApp(undefined, {}, { now: clock.now });
  return { ...(await setUpCampaign(t, departments)), clock };
}

const alertsOf = async (setup: Setup, cookie = t.ownerCookie) =>
  t.call('GET', `/api/campaigns/${setup.campaign.id}/suspects`, undefined, as(cookie));

/** Answers spread out: one every ten minutes, each different. */
async function spreadOut(
  setup: Setup & { clock: ReturnType<typeof createClock> },
  token: string,
  count: number,
) {
  for (let i = 0; i < count; i++) {
    expect((await answer(token)).status).toBe(201);
    setup.clock.advance(10 * MINUTE);
  }
}

describe('suspect submissions', () => {
  it('are none for answers that come apart and differ', async () => {
    const setup = await campaign();
    await spreadOut(setup, setup.tokenOf('Sales'), 8);
    expect((await alertsOf(setup)).body).toEqual({ alerts: [] });
  });

  it('flag a burst through one link, as a count and a span, with no answers', async () => {
    const setup = await campaign();
    await spreadOut(setup, setup.tokenOf('Sales'), 2);
    for (let i = 0; i < 9; i++) {
      expect((await answer(setup.tokenOf('Sales'))).status).toBe(201);
      setup.clock.advance(10_000);
    }
    const reply = await alertsOf(setup);
    expect(reply.status).toBe(200);
    expect(reply.body.alerts).toEqual([
      {
        id: expect.any(String),
        departmentId: setup.departmentId('Sales'),
        recent: 11,
        burst: { count: 9, minutes: 2 },
        nearlyIdentical: 0,
        suspects: 9,
      },
    ]);
    // Counts only: no answer, no response id, no time.
    const text = JSON.stringify(reply.body);
    expect(text).not.toMatch(/pay_fair|answers|submitted|T\d\d:/);
    for (const r of await t.storage.responses.listByCampaign(setup.campaign.id))
      expect(text).not.toContain(r.id);
  });

  it('flag answers equal or nearly equal to another through the same link, however far apart', async () => {
    const setup = await campaign();
    const known = respondentAnswers(1000);
    const nearly = { ...known, pay_fair: known.pay_fair === 1 ? 2 : 1 };
    await spreadOut(setup, setup.tokenOf('Legal'), 2);
    for (const copy of [known, known, nearly, known]) {
      expect((await answer(setup.tokenOf('Legal'), copy)).status).toBe(201);
      setup.clock.advance(30 * MINUTE);
    }
    // The same answers through another link are that link's business.
    expect((await answer(setup.tokenOf('Sales'), known)).status).toBe(201);
    const { alerts } = (await alertsOf(setup)).body;
    expect(alerts).toEqual([
      expect.objectContaining({
        departmentId: setup.departmentId('Legal'),
        burst: null,
        nearlyIdentical: 4,
        suspects: 4,
      }),
    ]);
  });

  it('are judged on the campaign-wide link as one link, whatever departments its answers chose', async () => {
    const setup = await campaign();
    for (let i = 0; i < 6; i++) {
      const department = setup.departmentId(i % 2 === 0 ? 'Sales' : 'Legal');
      expect((await answer(setup.wideToken, undefined, department)).status).toBe(201);
    }
    const { alerts } = (await alertsOf(setup)).body;
    expect(alerts).toEqual([
      expect.objectContaining({ departmentId: null, burst: { count: 6, minutes: 1 }, suspects: 6 }),
    ]);
  });

  it('never concern personal links or access codes, which answer once each', async () => {
    const setup = await campaign({ Sales: 40 });
    const codes = (
      await t.call('POST', `/api/campaigns/${setup.campaign.id}/access-codes`, {
        departmentId: setup.departmentId('Sales'),
        count: 8,
      })
    ).body.codes as string[];
    const known = respondentAnswers(7);
    for (const code of codes) expect((await answer(code, known)).status).toBe(201);
    expect((await alertsOf(setup)).body.alerts).toEqual([]);
  });

  it('are shown to those who distribute the survey only', async () => {
    const setup = await campaign();
    for (const role of ['executive', 'consultant', 'department-head'] as const) {
      const reader = await inviteAndAccept(t, setup.organization.id, {
        email: `${role}@example.com`,
        role,
        departmentIds: role === 'department-head' ? [setup.departmentId('Sales')] : [],
      });
      expectProblem(await alertsOf(setup, reader.cookie), 403);
    }
    const admin = await inviteAndAccept(t, setup.organization.id, {
      email: 'a@example.com',
      role: 'administrator',
    });
    expect((await alertsOf(setup, admin.cookie)).status).toBe(200);
  });

  it('are held in memory only: a restarted server knows none', async () => {
    const setup = await campaign();
    for (let i = 0; i < 7; i++) expect((await answer(setup.tokenOf('Sales'))).status).toBe(201);
    expect((await alertsOf(setup)).body.alerts).toHaveLength(1);
    const restarted = createApp(t.deps, { loginLimit: null, signInDelay: null });
    const res = await restarted.request(`/api/campaigns/${setup.campaign.id}/suspects`, {
      headers: { cookie: t.ownerCookie },
    });
    expect(await res.json()).toEqual({ alerts: [] });
  });
});

describe('excluding suspect submissions', () => {
  /** Five real answers the report counts, then four copies it still holds back (minimum group size 5). */
  async function copies() {
    const setup = await campaign();
    await spreadOut(setup, setup.tokenOf('Sales'), 5);
    const kept = await t.storage.responses.listByCampaign(setup.campaign.id);
    const known = respondentAnswers(500);
    for (let i = 0; i < 4; i++) expect((await answer(setup.tokenOf('Sales'), known)).status).toBe(201);
    const [alert] = (await alertsOf(setup)).body.alerts;
    return { setup, kept, alert };
  }

  /** Everything stored: every file of the data directory, or every row of the schema. */
  const storedText = () => t.store.dump();

  const decide = (
    setup: Setup,
    alertId: string,
    decision: 'exclusion' | 'dismissal',
    cookie = t.ownerCookie,
  ) =>
    t.call(
      'POST',
      `/api/campaigns/${setup.campaign.id}/suspects/${alertId}/${decision}`,
      undefined,
      as(cookie),
    );

  it('deletes them for good, audited, leaving the report as it was and no list, mark or time behind', async () => {
    const { setup, kept, alert } = await copies();
    expect(alert).toMatchObject({ suspects: 4, nearlyIdentical: 4 });
    const suspectIds = (await t.storage.responses.listByCampaign(setup.campaign.id))
      .map((r) => r.id)
      .filter((id) => !kept.some((k) => k.id === id));
    const report = (await t.call('GET', `/api/campaigns/${setup.campaign.id}/report`)).body;

    const reply = await decide(setup, alert.id, 'exclusion');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ excluded: 4 });
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(5);
    expect((await t.storage.responses.listByCampaign(setup.campaign.id)).map((r) => r.id)).toEqual(
      kept.map((r) => r.id),
    );
    expect(await t.storage.responses.countByDepartment(setup.campaign.id)).toEqual({
      [setup.departmentId('Sales')]: 5,
    });
    // They never counted in the report's figures, so those are what they were (only counts of answers
    // received change, as they do with every answer).
    const after = (await t.call('GET', `/api/campaigns/${setup.campaign.id}/report`)).body;
    expect(after.departments).toEqual(report.departments);

    const stored = await storedText();
    for (const id of suspectIds) expect(stored).not.toContain(id);
    expect(stored).not.toMatch(/suspect(?!s\.(exclude|keep))/i);
    // The embedded store keeps one response log for the campaign, and no file beside it.
    if (!ON_POSTGRES) {
      expect(await readdir(join(t.dataDir, 'responses'))).toEqual([`${setup.campaign.id}.jsonl`]);
    }
    expect((await auditLines(t)).join('\n')).toContain('campaign.suspects.exclude');
    // The campaign keeps only how many were excluded.
    expect((await t.call('GET', `/api/campaigns/${setup.campaign.id}`)).body.campaign.excludedResponses).toBe(
      4,
    );
    expect((await alertsOf(setup)).body.alerts).toEqual([]);

    // Still gone after a restart of the storage, and new answers are kept beside what remains.
    expect((await answer(setup.tokenOf('Sales'))).status).toBe(201);
    await t.storage.close();
    const reopened = await t.store.reopen(() => undefined);
    expect(await reopened.responses.countByCampaign(setup.campaign.id)).toBe(6);
    await reopened.close();
  });

  it('frees their places for others to answer', async () => {
    const setup = await campaign({ Legal: 9 });
    await spreadOut(setup, setup.tokenOf('Legal'), 5);
    const known = respondentAnswers(9);
    for (let i = 0; i < 4; i++) expect((await answer(setup.tokenOf('Legal'), known)).status).toBe(201);
    expectProblem(await answer(setup.tokenOf('Legal')), 409);
    const [alert] = (await alertsOf(setup)).body.alerts;
    expect((await decide(setup, alert.id, 'exclusion')).body).toEqual({ excluded: 4 });
    expect((await answer(setup.tokenOf('Legal'))).status).toBe(201);
  });

  it('is refused once the report counts them, changing nothing: padding cannot be taken back to single out the real answers', async () => {
    const setup = await campaign({ Legal: 20 });
    // Four known answers and one real one make a released batch of five; a second real answer waits.
    const known = respondentAnswers(77);
    for (let i = 0; i < 4; i++) expect((await answer(setup.tokenOf('Legal'), known)).status).toBe(201);
    expect((await answer(setup.tokenOf('Legal'))).status).toBe(201);
    setup.clock.advance(30 * MINUTE);
    expect((await answer(setup.tokenOf('Legal'))).status).toBe(201);
    const [alert] = (await alertsOf(setup)).body.alerts;
    expect(alert).toMatchObject({ nearlyIdentical: 4, suspects: 4 });
    const before = await storedText();
    const refused = await decide(setup, alert.id, 'exclusion');
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('suspects.released');
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(6);
    expect(await storedText()).toBe(before);
    // The alert stays, for the administrator to keep.
    expect((await alertsOf(setup)).body.alerts).toEqual([alert]);
  });

  it('acts only on the suspects as they were shown: a changed alert is refused with a code', async () => {
    const { setup, alert } = await copies();
    expect((await answer(setup.tokenOf('Sales'), respondentAnswers(500))).status).toBe(201);
    const refused = await decide(setup, alert.id, 'exclusion');
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('suspects.changed');
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(10);
    expectProblem(await decide(setup, 'all.9', 'exclusion'), 409);
  });

  it('can instead keep them: nothing is deleted and they are no longer flagged', async () => {
    const { setup, alert } = await copies();
    const reply = await decide(setup, alert.id, 'dismissal');
    expect(reply.body).toEqual({ excluded: 0 });
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(9);
    expect((await alertsOf(setup)).body.alerts).toEqual([]);
    expect((await auditLines(t)).join('\n')).toContain('campaign.suspects.keep');
  });

  it('is for those who distribute the survey only', async () => {
    const { setup, alert } = await copies();
    const consultant = await inviteAndAccept(t, setup.organization.id, {
      email: 'c@example.com',
      role: 'consultant',
    });
    for (const decision of ['exclusion', 'dismissal'] as const) {
      expectProblem(await decide(setup, alert.id, decision, consultant.cookie), 403);
    }
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(9);
  });
});
