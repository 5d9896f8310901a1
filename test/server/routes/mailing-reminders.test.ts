import { afterEach, describe, expect, it } from 'vitest';
import { expectProblem } from '../../fixtures/test-app';
import {
  answer,
  campaignWithStaff,
  DEPARTMENT_OF,
  finishAndClose,
  mailing,
  send,
  smtp,
  start,
  survey,
  t,
  tokensByRecipient,
} from './mailing-support';

afterEach(finishAndClose);

describe('POST /api/campaigns/:id/mailings', () => {
  it('reminds exactly those who have not answered, with new links, leaving the old ones working', async () => {
    await start();
    const { campaign } = await campaignWithStaff();
    const invitations = tokensByRecipient((await send(campaign.id, 'invitation')).messages);
    expect((await answer(invitations.get('ann@example.com')!)).status).toBe(201);
    expect((await answer(invitations.get('li.wei@example.com')!)).status).toBe(201);

    const { started, status, messages } = await send(campaign.id, 'reminder');
    expect(started).toMatchObject({ kind: 'reminder', total: 4 });
    expect(status).toMatchObject({ kind: 'reminder', total: 4, sent: 4, failed: 0 });
    const reminders = tokensByRecipient(messages);
    expect([...reminders.keys()].sort()).toEqual([
      'ben@example.com',
      'cat@example.com',
      'dan@example.com',
      'eve@example.com',
    ]);
    for (const m of messages) expect(m.subject).toBe('Reminder: Baseline');

    for (const [email, token] of reminders) {
      expect(token).not.toBe(invitations.get(email));
      const opened = await survey(token);
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({ department: DEPARTMENT_OF[email], personal: { answered: false } });
      // The link from the first email still opens the survey too.
      const old = await survey(invitations.get(email)!);
      expect(old.status).toBe(200);
      expect(old.body.personal.answered).toBe(false);
    }

    // Ben answers through the reminder; his first link is then spent as well.
    expect((await answer(reminders.get('ben@example.com')!)).status).toBe(201);
    const reused = await answer(invitations.get('ben@example.com')!);
    expectProblem(reused, 409);
    expect(reused.body.detail).toMatch(/already been used/);
    expect((await survey(invitations.get('ben@example.com')!)).body.personal.answered).toBe(true);
    // Cat answers through her first link; the reminder's link is then spent.
    expect((await answer(invitations.get('cat@example.com')!)).status).toBe(201);
    expectProblem(await answer(reminders.get('cat@example.com')!), 409);
    expect(await t.storage.responses.listByCampaign(campaign.id)).toHaveLength(4);

    // A second reminder goes only to the two still waiting.
    const second = await send(campaign.id, 'reminder');
    expect(second.messages.map((m) => m.to[0]).sort()).toEqual(['dan@example.com', 'eve@example.com']);
  });

  it('has nobody to remind before any invitation was sent', async () => {
    await start();
    const { campaign } = await campaignWithStaff();
    const reply = await mailing(campaign.id, 'reminder');
    expectProblem(reply, 409);
    expect(smtp.messages).toEqual([]);
  });
});
