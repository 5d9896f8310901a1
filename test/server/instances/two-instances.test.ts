// Two server instances against one PostgreSQL schema behave as one (issue 19): sessions and sign-out, rate
// limits, a personal link spent once under submissions to both, one report with its anonymity rule and
// aggregates equal to a recount, a planned reminder sent once per person, live tracking and the workshop's
// live stream across instances. Skipped without TEST_DATABASE_URL (and failing under CI=true without it).

import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from '../../support/postgres-for-tests';
import { TEST_OWNER } from '../../support/server-process';
import { respondentAnswers, scoreable } from '../../fixtures/answers';
import {
  eventReader,
  sessionCookieOf,
  startTwoInstances,
  type Instance,
  type Reply,
  type TwoInstances,
} from './two-instances-harness';
import { openCampaign, staffOf, submit } from './campaign-over-http';

let both: TwoInstances;
let owner: string;
let setups: Reply[];

/** Every mail's link opens the survey: no instance issued fresh links behind the sender's back. */
async function expectLinksOpen(mails: { to: string[]; text: string }[]) {
  for (const mail of mails) {
    const token = /\/s\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
    expect((await both.b.call('GET', `/api/survey/${token}`)).status, mail.to[0]).toBe(200);
  }
}

describe.skipIf(TEST_DATABASE_URL === null)('two instances on one database', () => {
  beforeAll(async () => {
    both = await startTwoInstances();
    // The owner's set-up pressed on both at once: only one may pass "no account yet".
    setups = await Promise.all([both.a, both.b].map((on) => on.call('POST', '/api/setup', TEST_OWNER)));
    owner = sessionCookieOf(setups.find((r) => r.status === 201)!);
  });
  afterAll(async () => {
    await both?.close();
  });

  it('both start on one schema, say so without the URL, and are ready', async () => {
    for (const instance of [both.a, both.b]) {
      expect(instance.output()).toMatch(/storage: PostgreSQL \(schema gw_test_[0-9a-f]+\)/);
      expect(instance.output()).not.toContain(TEST_DATABASE_URL!);
      expect((await instance.call('GET', '/health/ready')).body).toEqual({ status: 'ok' });
    }
  });

  it('the owner set up on A and B at the same moment exists once; the other is told it exists', async () => {
    expect(setups.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(setups.find((r) => r.status === 409)!.body).toMatchObject({ code: 'setup.owner-exists' });
    expect((await both.b.call('GET', '/api/setup')).body).toMatchObject({ needsOwner: false });
  });

  it('(a) a session made on A works on B, and signing out on A ends it on B', async () => {
    expect((await both.b.call('GET', '/api/session', undefined, { cookie: owner })).status).toBe(200);
    const signedIn = await both.b.call(
      'POST',
      '/api/session',
      { email: TEST_OWNER.email, password: TEST_OWNER.password },
      { from: '198.51.100.1' },
    );
    const second = sessionCookieOf(signedIn);
    expect((await both.a.call('GET', '/api/session', undefined, { cookie: second })).status).toBe(200);
    expect((await both.a.call('DELETE', '/api/session', undefined, { cookie: second })).status).toBe(204);
    expect((await both.b.call('GET', '/api/session', undefined, { cookie: second })).status).toBe(401);
    expect((await both.b.call('GET', '/api/session', undefined, { cookie: owner })).status).toBe(200);
  });

  it('(b) the sign-in limit and the waits count attempts made to either instance', async () => {
    // Ten sign-ins a minute per address, over all accounts: spread over A and B, the eleventh is refused.
    const statuses = [];
    for (let i = 0; i < 12; i += 1) {
      const on = i % 2 === 0 ? both.a : both.b;
      const reply = await on.call(
        'POST',
        '/api/session',
        { email: `x${i}@northwind.example`, password: 'wrong password' },
        { from: '198.51.100.2' },
      );
      statuses.push(reply.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    // Five free attempts per account and address, then a wait: eight at once over both, five get through.
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 === 0 ? both.a : both.b).call(
          'POST',
          '/api/session',
          { email: TEST_OWNER.email, password: 'wrong password' },
          { from: '198.51.100.3' },
        ),
      ),
    );
    expect(attempts.filter((r) => r.status === 401)).toHaveLength(5);
    expect(attempts.filter((r) => r.status === 429).map((r) => r.body.code)).toEqual(
      Array(3).fill('request.too-many-password-attempts'),
    );
  });

  it('(c) one personal link submitted to A and B at once is stored once; the other is refused', async () => {
    const campaign = await openCampaign(both.a, owner, { Sales: 10 }, staffOf(3, 'Sales'));
    const merge = await both.a.call(
      'POST',
      `/api/campaigns/${campaign.id}/mail-merge`,
      { kind: 'invitation' },
      { cookie: owner },
    );
    expect(merge.status, String(merge.body)).toBe(200);
    const rows = Papa.parse<Record<string, string>>(String(merge.body).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const token = decodeURIComponent(rows[0]!.link!.split('/s/')[1]!);
    for (let round = 0; round < 3; round += 1) {
      const link = round === 0 ? token : decodeURIComponent(rows[round]!.link!.split('/s/')[1]!);
      const replies = await Promise.all(
        [both.a, both.b].map((on) => submit(on, link, scoreable(), `198.51.100.${10 + round}`)),
      );
      expect(replies.map((r) => r.status).toSorted()).toEqual([201, 409]);
    }
    const progress = await both.b.call('GET', `/api/campaigns/${campaign.id}/progress`, undefined, {
      cookie: owner,
    });
    expect(progress.body).toMatchObject({ responses: 3, answeredByLink: 3 });
  });

  it('(d) after submissions to both at once, A and B show one report, equal to a recount, with a small unit hidden', async () => {
    const campaign = await openCampaign(both.a, owner, { Sales: 40, Operations: 40, Legal: 10 });
    const plan = [
      ...Array.from({ length: 14 }, () => 'Sales'),
      ...Array.from({ length: 12 }, () => 'Operations'),
      ...Array.from({ length: 3 }, () => 'Legal'),
    ];
    const replies = await Promise.all(
      plan.map((unit, i) =>
        submit(
          i % 2 === 0 ? both.a : both.b,
          campaign.tokenOf(unit),
          respondentAnswers(i + 1),
          `203.0.113.${i + 1}`,
        ),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(plan.map(() => 201));
    const [fromA, fromB] = await Promise.all(
      [both.a, both.b].map((on) =>
        on.call('GET', `/api/campaigns/${campaign.id}/report`, undefined, { cookie: owner }),
      ),
    );
    expect(fromA!.status).toBe(200);
    expect(fromB!.body).toEqual(fromA!.body);
    const report = fromA!.body;
    const legal = report.departments.find((d: { name: string }) => d.name === 'Legal');
    expect(legal.hidden).toBe(true);
    expect(JSON.stringify(legal)).not.toMatch(/"mean":\d/);

    const exported = await both.b.call('GET', `/api/campaigns/${campaign.id}/export/responses`, undefined, {
      cookie: owner,
    });
    expect(exported.status).toBe(200);
    const parsed = Papa.parse<Record<string, string>>(String(exported.body).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    const recount = (
      summary: { scales: Record<string, { estimate: { n: number; mean: number | null } }> },
      rows: Record<string, string>[],
    ) => {
      for (const [scale, { estimate }] of Object.entries(summary.scales)) {
        const column = `score_${scale.replace(/[^A-Za-z0-9]+/g, '_')}`;
        const values = rows
          .map((r) => r[column]!)
          .filter((v) => v !== '')
          .map(Number);
        expect(values.length, scale).toBe(estimate.n);
        if (estimate.mean === null) continue;
        expect(
          Math.abs(values.reduce((a, b) => a + b, 0) / values.length - estimate.mean),
          scale,
        ).toBeLessThan(1e-4);
      }
    };
    recount(report.overall, parsed.data);
    for (const department of report.departments) {
      if (!department.hidden)
        recount(
          department.summary,
          parsed.data.filter((r) => r.unit === department.name),
        );
    }
    expect(parsed.data.some((r) => r.unit === 'Legal')).toBe(false);
  });

  it('(f) the progress view on B shows an answer submitted to A', async () => {
    const campaign = await openCampaign(both.a, owner, { Sales: 10 });
    const before = (
      await both.b.call('GET', `/api/campaigns/${campaign.id}/progress`, undefined, { cookie: owner })
    ).body;
    expect((await submit(both.a, campaign.tokenOf('Sales'), scoreable(), '203.0.113.200')).status).toBe(201);
    const after = (
      await both.b.call('GET', `/api/campaigns/${campaign.id}/progress`, undefined, { cookie: owner })
    ).body;
    expect(after.responses).toBe(before.responses + 1);
  });

  it('(g) a workshop draft saved on A reaches the facilitator’s event stream opened on B', async () => {
    const campaign = await openCampaign(both.a, owner, { Sales: 10 });
    const created = await both.a.call(
      'POST',
      `/api/organizations/${campaign.organizationId}/workshops`,
      { title: 'Live', languages: ['en'], departmentIds: [], naming: 'named' },
      { cookie: owner },
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const joined = await both.a.call('POST', `/api/join/${created.body.code}`, { name: 'Li Wei' });
    const participant = /gw_workshop=[^;]+/.exec(joined.setCookie)![0];
    const stream = await fetch(`${both.b.url}/api/workshops/${created.body.id}/events`, {
      headers: { cookie: owner, accept: 'text/event-stream' },
    });
    expect(stream.status).toBe(200);
    const events = eventReader(stream);
    const first = (await events.next())!;
    expect(first.data.drafts).toEqual([]);
    const put = await both.a.call(
      'PUT',
      `/api/workshops/${created.body.id}/me/draft`,
      { objective: 'Open accounts in a day', keyResults: ['From 3 days to 1 by Q3'] },
      { cookie: participant },
    );
    expect(put.status).toBe(200);
    let seen = (await events.next())!;
    while (seen.data.drafts.length === 0) seen = (await events.next())!;
    expect(seen.data.drafts[0]).toMatchObject({ name: 'Li Wei', objective: 'Open accounts in a day' });
    await events.cancel();
  });

  it('(e) a planned reminder falling due with both instances running goes out once per person', async () => {
    const people = 6;
    const campaign = await openCampaign(both.a, owner, { Sales: 10 }, staffOf(people, 'Sales'));
    const api = (on: Instance, method: string, path: string, body?: unknown) =>
      on.call(method, `/api/campaigns/${campaign.id}${path}`, body, { cookie: owner });
    // Only this case sends through the mail server: everything from here on is this campaign's.
    const start = both.smtp.messages.length;
    const ofCampaign = () => both.smtp.messages.slice(start);
    // Sending pressed on A and on B at once: one mailing goes out, the other press is refused.
    const presses = await Promise.all(
      [both.a, both.b].map((on) => api(on, 'POST', '/mailings', { kind: 'invitation' })),
    );
    expect(presses.map((r) => r.status).toSorted()).toEqual([202, 409]);
    expect(presses.find((r) => r.status === 409)!.body.code).toBe('mailing.in-progress');
    await both.smtp.waitForMessages(start + people);
    await expect
      .poll(async () => (await api(both.b, 'GET', '/mailings/latest')).body.mailing.finished)
      .toBe(true);
    const invitations = ofCampaign();
    expect(new Set(invitations.map((m) => m.to[0])).size).toBe(people);
    expect(invitations).toHaveLength(people);
    await expectLinksOpen(invitations);
    // A chat channel added on A, its webhook sealed there; the reminder goes by email and into chat.
    const hook = both.chat.add('dingtalk', { sign: true });
    const channel = await api(both.a, 'POST', '/chat/channels', {
      platform: 'dingtalk',
      label: 'Sales group',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
      secret: hook.secret,
    });
    expect(channel.status).toBe(201);
    const at = new Date(Date.now() + 1500).toISOString();
    expect((await api(both.b, 'POST', '/reminders', { at, via: ['email', 'chat'] })).status).toBe(201);
    // Due before both start again: each looks for due reminders the moment it starts, so both reach for it.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(at) - Date.now()) + 200));
    await both.restartBoth();
    await expect
      .poll(async () => (await api(both.a, 'GET', '/reminders')).body.reminders[0]?.state, {
        timeout: 30_000,
      })
      .toBe('sent');
    await expect
      .poll(async () => (await api(both.b, 'GET', '/mailings/latest')).body.mailing, { timeout: 30_000 })
      .toMatchObject({ kind: 'reminder', finished: true, sent: people });
    const reminders = ofCampaign().filter((m) => m.subject.startsWith('Reminder'));
    expect(reminders.map((m) => m.to[0]).toSorted()).toEqual(
      Array.from({ length: people }, (_, i) => `p${i + 1}@northwind.example`).toSorted(),
    );
    await expectLinksOpen(reminders);
    // Into the group once, opened on whichever instance got there first.
    await expect
      .poll(async () => (await api(both.b, 'GET', '/reminders')).body.reminders[0]?.chat, { timeout: 30_000 })
      .toMatchObject({ sent: 1, state: 'finished' });
    expect(both.chat.received(hook.token)).toHaveLength(1);
  });

  it('(h) a chat post pressed on A and B at once goes into each group once, through a webhook sealed on A', async () => {
    const campaign = await openCampaign(both.a, owner, { Sales: 10, Finance: 8 }, staffOf(2, 'Sales'));
    const api = (on: Instance, method: string, path: string, body?: unknown) =>
      on.call(method, `/api/campaigns/${campaign.id}${path}`, body, { cookie: owner });
    const hooks = [both.chat.add('feishu', { sign: true }), both.chat.add('slack')];
    for (const [i, hook] of hooks.entries()) {
      const added = await api(both.a, 'POST', '/chat/channels', {
        platform: i === 0 ? 'feishu' : 'slack',
        label: `Group ${i}`,
        departmentId: null,
        invite: 'link',
        webhookUrl: hook.webhookUrl,
        ...(hook.secret ? { secret: hook.secret } : {}),
      });
      expect(added.status).toBe(201);
    }
    const presses = await Promise.all(
      [both.a, both.b].map((on) => api(on, 'POST', '/chat/posts', { kind: 'announcement' })),
    );
    expect(presses.map((r) => r.status).toSorted()).toEqual([202, 409]);
    expect(presses.find((r) => r.status === 409)!.body.code).toBe('chat.in-progress');
    await expect
      .poll(async () => (await api(both.b, 'GET', '/chat/posts/latest')).body.post?.finished, {
        timeout: 20_000,
      })
      .toBe(true);
    const post = (await api(both.a, 'GET', '/chat/posts/latest')).body.post;
    expect(post.deliveries.map((d: { state: string }) => d.state)).toEqual(['sent', 'sent']);
    for (const hook of hooks) expect(both.chat.received(hook.token)).toHaveLength(1);
    // A test message pressed on B, through the webhook A sealed.
    const tested = await api(both.b, 'POST', `/chat/channels/${post.deliveries[0].channelId}/test`);
    expect(tested.status).toBe(202);
    await expect
      .poll(async () => (await api(both.a, 'GET', '/chat/posts/latest')).body.post?.deliveries[0]?.state)
      .toBe('sent');
    expect(both.chat.received(hooks[0]!.token)).toHaveLength(2);
  });
});
