// Planned reminders going into chat by themselves: the real app with its scheduler looking every few
// milliseconds, a clock the test moves, local receivers as the platforms, and the held mailer where a
// reminder goes by email too.

import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createSecretBox } from '../../../server/security/secret-box';
import { createClock, DAY, signIn } from '../../fixtures/accounts';
import { createHeldMailer, type HeldMailer } from '../../fixtures/held-mailer';
import { importStaff, staffCsv } from '../../fixtures/staff';
import { OWNER, setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';
import { startChatReceivers, type ChatReceivers } from '../../support/chat-receivers';

let t: TestApp;
let receivers: ChatReceivers;
let held: HeldMailer | null = null;
let stops: AbortController[] = [];

afterEach(async () => {
  for (const s of stops) s.abort();
  stops = [];
  held?.releaseAll();
  await new Promise((resolve) => setTimeout(resolve, 20));
  await t.close();
  await receivers.close();
});

async function start(withMail: boolean) {
  receivers = await startChatReceivers();
  const clock = createClock();
  held = withMail ? createHeldMailer() : null;
  const schedule = new AbortController();
  stops.push(schedule);
  t = await startTestApp(
    undefined,
    { reminders: { checkEveryMs: 5, stop: schedule.signal } },
    {
      now: clock.now,
      mail: held ? { mailer: held.mailer, perMinute: 0 } : null,
      chat: {
        secretBox: createSecretBox(randomBytes(32)),
        extraHosts: [receivers.host],
        retryDelaysMs: [10],
      },
    },
  );
  receivers.setClock(clock.now());
  return clock;
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 2000; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('Never happened');
}

describe('planned reminders in chat', () => {
  it('go into every channel once when due, with the group’s progress, and the plan shows the result', async () => {
    const clock = await start(false);
    const { campaign, tokenOf } = await setUpCampaign(t);
    await submit(t, tokenOf('Sales'), 5);
    const hook = receivers.add('feishu', { sign: true });
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/channels`, {
      platform: 'feishu',
      label: 'Everyone',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
      secret: hook.secret,
    });
    const at = new Date(clock.now() + DAY).toISOString();
    const planned = await t.call('POST', `/api/campaigns/${campaign.id}/reminders`, { at });
    expect(planned.status).toBe(201);
    expect(planned.body.reminders[0]).toMatchObject({ via: ['chat'], state: 'planned', chat: null });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receivers.received(hook.token)).toEqual([]);

    clock.advance(DAY);
    receivers.setClock(clock.now());
    const cookie = (await signIn(t, OWNER.email, OWNER.password)).cookie!;
    const read = () => t.call('GET', `/api/campaigns/${campaign.id}/reminders`, undefined, { cookie });
    const after = await until(read, (r) => r.body.reminders[0].chat?.state === 'finished');
    expect(after.body.reminders[0]).toMatchObject({ state: 'sent', chat: { sent: 1, failed: 0 } });
    // More looks, and still one post.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receivers.received(hook.token)).toHaveLength(1);
    expect(JSON.stringify(receivers.received(hook.token)[0]!.body)).toContain('5 of 22 people');
  });

  it('go by email and into chat when planned both ways', async () => {
    const clock = await start(true);
    const { campaign } = await setUpCampaign(t);
    await importStaff(t, campaign.id, staffCsv({ Sales: 2, Operations: 1 }));
    const hook = receivers.add('slack');
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/channels`, {
      platform: 'slack',
      label: 'Everyone',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
    });
    expect(
      (await t.call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' })).status,
    ).toBe(202);
    await held!.waitForHeld(3);
    held!.releaseAll();
    const planned = await t.call('POST', `/api/campaigns/${campaign.id}/reminders`, {
      afterDays: 2,
      via: ['email', 'chat'],
    });
    expect(planned.status).toBe(201);
    clock.advance(2 * DAY);
    receivers.setClock(clock.now());
    const reminders = await held!.waitForHeld(6);
    held!.releaseAll();
    expect(reminders.slice(3)).toHaveLength(3);
    const cookie = (await signIn(t, OWNER.email, OWNER.password)).cookie!;
    const after = await until(
      () => t.call('GET', `/api/campaigns/${campaign.id}/reminders`, undefined, { cookie }),
      (r) =>
        r.body.reminders[0].chat?.state === 'finished' && r.body.reminders[0].mailing?.state === 'finished',
    );
    expect(after.body.reminders[0]).toMatchObject({
      via: ['email', 'chat'],
      chat: { sent: 1 },
      mailing: { sent: 3 },
    });
    expect(receivers.received(hook.token)).toHaveLength(1);
  });

  it('count their days from the chat announcement where no invitation was emailed', async () => {
    const clock = await start(false);
    const { campaign } = await setUpCampaign(t);
    const hook = receivers.add('wecom');
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/channels`, {
      platform: 'wecom',
      label: 'Everyone',
      departmentId: null,
      invite: 'link',
      webhookUrl: hook.webhookUrl,
    });
    const planned = await t.call('POST', `/api/campaigns/${campaign.id}/reminders`, { afterDays: 2 });
    expect(planned.body.reminders[0]).toMatchObject({ via: ['chat'], dueAt: null });
    await t.call('POST', `/api/campaigns/${campaign.id}/chat/posts`, { kind: 'announcement' });
    await until(
      () => t.call('GET', `/api/campaigns/${campaign.id}/reminders`),
      (r) => r.body.reminders[0].dueAt !== null,
    );
    const read = await t.call('GET', `/api/campaigns/${campaign.id}/reminders`);
    expect(Date.parse(read.body.reminders[0].dueAt)).toBe(
      Date.parse(new Date(clock.now()).toISOString().slice(0, 16) + 'Z') + 2 * DAY,
    );
    clock.advance(2 * DAY);
    receivers.setClock(clock.now());
    const cookie = (await signIn(t, OWNER.email, OWNER.password)).cookie!;
    await until(
      () => t.call('GET', `/api/campaigns/${campaign.id}/reminders`, undefined, { cookie }),
      (r) => r.body.reminders[0].chat?.state === 'finished',
    );
    // The announcement, then the reminder.
    expect(receivers.received(hook.token)).toHaveLength(2);
  });
});
