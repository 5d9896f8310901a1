import { describe, expect, it, vi } from 'vitest';
import { ConflictError } from '../../../server/domain/errors';
import { createMailings, type MailingRun } from '../../../server/mail/mailings';
import type { MailResult } from '../../../server/mail/send-mailing';
import { createHeldMailer, type HeldMailer } from '../../fixtures/held-mailer';

const NOW = Date.parse('2026-03-02T12:34:56.789Z');

const items = (...emails: string[]) =>
  emails.map((to, i) => ({
    key: `invitation-${i + 1}`,
    mail: { to, subject: 'Your view', text: `Link ${i + 1}` },
  }));

/** A run through a held mailer, recording every result and background error it is told about. */
function run(held: HeldMailer, record?: (result: MailResult) => Promise<void>) {
  const recorded: MailResult[] = [];
  const errors: unknown[] = [];
  const options: MailingRun = {
    mailer: held.mailer,
    perMinute: 0,
    record: record ?? (async (result) => void recorded.push(result)),
    onError: (error) => void errors.push(error),
  };
  return { options, recorded, errors };
}

describe('createMailings', () => {
  it('knows of no mailing for a campaign that never had one', async () => {
    const mailings = createMailings(() => NOW);
    expect(mailings.latest('campaign-a')).toBeNull();
    await expect(mailings.settled('campaign-a')).resolves.toBeUndefined();
  });

  it('answers the start with what is about to be sent, stamped to the minute', async () => {
    const mailings = createMailings(() => NOW);
    const held = createHeldMailer();
    const started = mailings.start(
      'campaign-a',
      'reminder',
      items('a@example.com', 'b@example.com'),
      run(held).options,
    );
    expect(started).toEqual({
      kind: 'reminder',
      startedAt: '2026-03-02T12:34Z',
      total: 2,
      sent: 0,
      failed: 0,
      finished: false,
      failures: [],
    });
    expect(mailings.latest('campaign-a')).toEqual(started);
    await held.waitForHeld(2);
    held.releaseAll();
    await mailings.settled('campaign-a');
  });

  it('counts each message as it goes, lists failures with their reason, and then says it finished', async () => {
    const mailings = createMailings(() => NOW);
    const held = createHeldMailer();
    const { options, recorded } = run(held);
    mailings.start(
      'campaign-a',
      'invitation',
      items('a@example.com', 'b@example.com', 'c@example.com'),
      options,
    );
    const [a, b, c] = await held.waitForHeld(3);
    expect([a, b, c].map((s) => s!.mail.to)).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);

    a!.release();
    await vi.waitFor(() => expect(mailings.latest('campaign-a')).toMatchObject({ sent: 1, failed: 0 }));
    expect(mailings.latest('campaign-a')!.finished).toBe(false);

    b!.fail('550 mailbox unavailable');
    await vi.waitFor(() => expect(mailings.latest('campaign-a')).toMatchObject({ sent: 1, failed: 1 }));
    expect(mailings.latest('campaign-a')!.finished).toBe(false);

    c!.release();
    await mailings.settled('campaign-a');
    expect(mailings.latest('campaign-a')).toEqual({
      kind: 'invitation',
      startedAt: '2026-03-02T12:34Z',
      total: 3,
      sent: 2,
      failed: 1,
      finished: true,
      failures: [{ email: 'b@example.com', error: '550 mailbox unavailable' }],
    });
    // Every outcome was handed over to be recorded on its invitation.
    expect(recorded).toEqual(
      expect.arrayContaining([
        { key: 'invitation-1', to: 'a@example.com', ok: true },
        { key: 'invitation-2', to: 'b@example.com', ok: false, error: '550 mailbox unavailable' },
        { key: 'invitation-3', to: 'c@example.com', ok: true },
      ]),
    );
    expect(recorded).toHaveLength(3);
  });

  it('refuses a second mailing for a campaign while the first is still sending, and keeps reporting the first', async () => {
    const mailings = createMailings(() => NOW);
    const held = createHeldMailer();
    mailings.start('campaign-a', 'invitation', items('a@example.com'), run(held).options);
    await held.waitForHeld(1);

    const second = createHeldMailer();
    expect(() =>
      mailings.start('campaign-a', 'reminder', items('b@example.com', 'c@example.com'), run(second).options),
    ).toThrow(ConflictError);
    expect(mailings.latest('campaign-a')).toMatchObject({ kind: 'invitation', total: 1, finished: false });
    expect(second.held).toEqual([]);

    held.releaseAll();
    await mailings.settled('campaign-a');
    // Once it has finished, the next mailing may start.
    mailings.start('campaign-a', 'reminder', items('b@example.com'), run(second).options);
    expect(mailings.latest('campaign-a')).toMatchObject({ kind: 'reminder', total: 1, finished: false });
    (await second.waitForHeld(1))[0]!.release();
    await mailings.settled('campaign-a');
    expect(mailings.latest('campaign-a')).toMatchObject({ kind: 'reminder', sent: 1, finished: true });
  });

  it('runs mailings of different campaigns independently', async () => {
    const mailings = createMailings(() => NOW);
    const heldA = createHeldMailer();
    const heldB = createHeldMailer();
    mailings.start('campaign-a', 'invitation', items('a1@example.com', 'a2@example.com'), run(heldA).options);
    mailings.start('campaign-b', 'reminder', items('b1@example.com'), run(heldB).options);
    await heldA.waitForHeld(2);
    await heldB.waitForHeld(1);

    heldB.releaseAll();
    await mailings.settled('campaign-b');
    expect(mailings.latest('campaign-b')).toMatchObject({
      kind: 'reminder',
      total: 1,
      sent: 1,
      finished: true,
    });
    expect(mailings.latest('campaign-a')).toMatchObject({
      kind: 'invitation',
      total: 2,
      sent: 0,
      finished: false,
    });

    // Campaign B may start again while A is still busy; A may not.
    mailings.start('campaign-b', 'invitation', items('b2@example.com'), run(heldB).options);
    expect(() =>
      mailings.start('campaign-a', 'reminder', items('a1@example.com'), run(heldA).options),
    ).toThrow(ConflictError);

    let aSettled = false;
    void mailings.settled('campaign-a').then(() => (aSettled = true));
    heldA.held[0]!.release();
    await vi.waitFor(() => expect(mailings.latest('campaign-a')!.sent).toBe(1));
    expect(aSettled).toBe(false);
    heldA.held[1]!.fail('Could not reach the mail server');
    await mailings.settled('campaign-a');
    expect(mailings.latest('campaign-a')).toMatchObject({ sent: 1, failed: 1, finished: true });

    (await heldB.waitForHeld(2))[1]!.release();
    await mailings.settled('campaign-b');
    expect(mailings.latest('campaign-b')).toMatchObject({ kind: 'invitation', sent: 1, finished: true });
  });

  it('finishes, reports the error and frees the campaign when an outcome cannot be recorded', async () => {
    const mailings = createMailings(() => NOW);
    const held = createHeldMailer();
    const broken = new Error('disk full');
    const { options, errors } = run(held, async () => {
      throw broken;
    });
    mailings.start('campaign-a', 'invitation', items('a@example.com'), options);
    (await held.waitForHeld(1))[0]!.release();
    await mailings.settled('campaign-a');
    expect(errors).toEqual([broken]);
    // Nothing was counted as sent that was not recorded, and the page polling it stops waiting.
    expect(mailings.latest('campaign-a')).toMatchObject({ sent: 0, finished: true });
    expect(() =>
      mailings.start('campaign-a', 'invitation', items('a@example.com'), run(held).options),
    ).not.toThrow();
    (await held.waitForHeld(2))[1]!.release();
    await mailings.settled('campaign-a');
  });

  it('finishes at once a mailing with nobody to send to', async () => {
    const mailings = createMailings(() => NOW);
    mailings.start('campaign-a', 'reminder', [], run(createHeldMailer()).options);
    await mailings.settled('campaign-a');
    expect(mailings.latest('campaign-a')).toMatchObject({ total: 0, sent: 0, failed: 0, finished: true });
  });
});
