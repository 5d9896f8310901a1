import { afterEach, describe, expect, it } from 'vitest';
import { expectProblem, TODAY } from '../../fixtures/test-app';
import {
  campaignWithStaff,
  DEPARTMENT_OF,
  EVERYONE,
  finishAndClose,
  mailing,
  send,
  smtp,
  staff,
  start,
  survey,
  t,
  tokenIn,
  tokensByRecipient,
} from './mailing-support';

afterEach(finishAndClose);

describe('POST /api/campaigns/:id/mailings', () => {
  it('emails each person their own working link, in their language, once', async () => {
    await start();
    const { campaign } = await campaignWithStaff();
    const { started, status, messages } = await send(campaign.id, 'invitation');
    expect(started).toMatchObject({ kind: 'invitation', total: 6, finished: false });
    expect(status).toMatchObject({ kind: 'invitation', total: 6, sent: 6, failed: 0, failures: [] });

    expect(messages).toHaveLength(6);
    const tokens = tokensByRecipient(messages);
    expect([...tokens.keys()].sort()).toEqual(EVERYONE);
    expect(new Set(tokens.values()).size).toBe(6);
    for (const m of messages) expect(m.from).toBe('"HR" <hr@example.com>');

    for (const [email, token] of tokens) {
      const opened = await survey(token);
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({
        organizationName: 'Acme',
        status: 'open',
        department: DEPARTMENT_OF[email],
        personal: { answered: false, language: email === 'li.wei@example.com' ? 'zh-cn' : 'en' },
      });
    }

    const chinese = messages.find((m) => m.to[0] === 'li.wei@example.com')!;
    expect(chinese.subject).toBe('Acme邀请您参与：Baseline');
    expect(chinese.text).toContain('李伟，您好！');
    expect(chinese.text).toContain('您的专属链接');
    const english = messages.find((m) => m.to[0] === 'ann@example.com')!;
    expect(english.subject).toBe('Acme would like your view: Baseline');
    expect(english.text).toContain('Hello Ann Archer,');

    expect((await staff(campaign.id)).map((p) => [p.email, p.sentOn, p.deliveryError])).toEqual(
      EVERYONE.map((email) => [email, TODAY, null]),
    );
    const detail = (await t.call('GET', `/api/campaigns/${campaign.id}`)).body;
    expect(detail.distribution).toMatchObject({ emailConfigured: true, listed: 6, sent: 6, notYetSent: 0 });

    const again = await mailing(campaign.id, 'invitation');
    expectProblem(again, 409);
    expect(again.body.detail).toMatch(/already/i);
    expect(smtp.messages).toHaveLength(6);
  });

  it('lists an address the mail server refuses with its reason, and invites only that person next time', async () => {
    let mailboxBroken = true;
    await start({ rejectRecipients: (address) => mailboxBroken && address === 'eve@example.com' });
    const { campaign } = await campaignWithStaff();
    const { status, messages } = await send(campaign.id, 'invitation');
    expect(status).toMatchObject({ total: 6, sent: 5, failed: 1 });
    expect(status.failures).toEqual([{ email: 'eve@example.com', error: expect.stringContaining('550') }]);
    expect(messages.map((m) => m.to[0]).sort()).toEqual(EVERYONE.filter((e) => e !== 'eve@example.com'));

    const eve = (await staff(campaign.id)).find((p) => p.email === 'eve@example.com')!;
    expect(eve.sentOn).toBeNull();
    expect(eve.deliveryError).toContain('550');
    const others = (await staff(campaign.id)).filter((p) => p.email !== 'eve@example.com');
    for (const p of others) expect(p).toMatchObject({ sentOn: TODAY, deliveryError: null });
    expect((await t.call('GET', `/api/campaigns/${campaign.id}`)).body.distribution).toMatchObject({
      sent: 5,
      notYetSent: 1,
      deliveryFailures: 1,
    });

    // HR has the mailbox fixed and sends invitations again: only Eve is written to.
    mailboxBroken = false;
    const retry = await send(campaign.id, 'invitation');
    expect(retry.status).toMatchObject({ total: 1, sent: 1, failed: 0, failures: [] });
    expect(retry.messages.map((m) => m.to)).toEqual([['eve@example.com']]);
    expect((await survey(tokenIn(retry.messages[0]!))).body.department).toBe('Operations');
    expect((await staff(campaign.id)).find((p) => p.email === 'eve@example.com')).toMatchObject({
      sentOn: TODAY,
      deliveryError: null,
    });
  });
});
