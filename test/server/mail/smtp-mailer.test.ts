import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, renderEmail } from '../../../server/domain/campaigns/email-template';
import type { Mailer } from '../../../server/mail/mailer';
import { sendMailing } from '../../../server/mail/send-mailing';
import { createSmtpMailer, describeSmtpFailure } from '../../../server/mail/smtp-mailer';
import { startTestSmtpServer, type TestSmtpServer } from '../../support/test-smtp-server';

const FROM = 'Groundwork <groundwork@localhost>';
const LINK = 'https://groundwork.example.com/s/Zq8xPl2k';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.toReversed()) await step();
  cleanup = [];
});

async function setUp(options?: Parameters<typeof startTestSmtpServer>[0]): Promise<[TestSmtpServer, Mailer]> {
  const server = await startTestSmtpServer(options);
  const mailer = createSmtpMailer(server.url, FROM);
  // Mailer first: closing the pool ends its connection, so the server need not wait for it.
  cleanup.push(server.close, mailer.close);
  return [server, mailer];
}

describe('createSmtpMailer', () => {
  it('delivers a rendered invitation with its subject, link and sender', async () => {
    const [server, mailer] = await setUp();
    const mail = renderEmail(DEFAULT_TEMPLATES.invitation, 'en', {
      name: 'Ana',
      link: LINK,
      organization: 'Acme',
      campaign: 'Spring 2026',
      closes: '2026-05-15',
      minutes: 12,
    });
    await mailer.send({ to: 'ana@example.com', ...mail });
    expect(server.messages).toEqual([
      {
        to: ['ana@example.com'],
        from: '"Groundwork" <groundwork@localhost>',
        subject: 'Acme would like your view: Spring 2026',
        text: expect.stringContaining(`Your personal link:\n${LINK}\n`),
      },
    ]);
    expect(server.messages[0]!.text).toContain('Please answer by Friday, 15 May 2026.');
  });

  it('keeps Chinese subject and text intact', async () => {
    const [server, mailer] = await setUp();
    const mail = renderEmail(DEFAULT_TEMPLATES.reminder, 'zh-cn', {
      name: '李伟',
      link: LINK,
      organization: '宏达制造',
      campaign: '2026 春季调研',
      closes: null,
      minutes: 15,
    });
    await mailer.send({ to: 'li.wei@example.com', ...mail });
    const [received] = await server.waitForMessages(1);
    expect(received!.subject).toBe('提醒：2026 春季调研');
    expect(received!.text.trimEnd()).toBe(mail.text.trimEnd());
    expect(received!.text).toContain('李伟，您好！');
  });

  it('sends batches over one pooled connection, every message to its own recipient', async () => {
    const [server, mailer] = await setUp();
    const items = Array.from({ length: 12 }, (_, i) => ({
      key: `inv-${i}`,
      mail: { to: `p${i}@example.com`, subject: `Survey ${i}`, text: `${LINK}/${i}` },
    }));
    const results = await sendMailing(mailer, items, { perMinute: 0, batchSize: 5 });
    expect(results.every((r) => r.ok)).toBe(true);
    const received = await server.waitForMessages(12);
    expect(server.connections).toBe(1);
    for (const item of items) {
      const message = received.find((m) => m.subject === item.mail.subject);
      expect(message?.to).toEqual([item.mail.to]);
      expect(message?.text.trim()).toBe(item.mail.text);
    }
  });

  it('reports a refused recipient with the server reply while the others arrive', async () => {
    const [server, mailer] = await setUp({ rejectRecipients: (address) => address.startsWith('gone') });
    const addresses = ['a@example.com', 'gone@example.com', 'b@example.com', 'c@example.com'];
    const items = addresses.map((to, i) => ({
      key: `inv-${i}`,
      mail: { to, subject: 'Survey', text: LINK },
    }));
    const results = await sendMailing(mailer, items, { perMinute: 0 });
    expect(results).toEqual([
      { key: 'inv-0', to: 'a@example.com', ok: true },
      { key: 'inv-1', to: 'gone@example.com', ok: false, error: '550 mailbox unavailable' },
      { key: 'inv-2', to: 'b@example.com', ok: true },
      { key: 'inv-3', to: 'c@example.com', ok: true },
    ]);
    const received = await server.waitForMessages(3);
    expect(received.flatMap((m) => m.to).sort()).toEqual(['a@example.com', 'b@example.com', 'c@example.com']);
  });

  it.each([
    'a@example.com, b@example.com',
    'Ana <ana@example.com>',
    'ana@example.com\nBcc: x@example.com',
    '',
  ])('refuses %j, which is not one plain address, before it reaches the server', async (to) => {
    const [server, mailer] = await setUp();
    await expect(mailer.send({ to, subject: 'Survey', text: LINK })).rejects.toThrow(
      /^Not a single email address/,
    );
    expect(server.messages).toEqual([]);
  });

  it('says the mail server cannot be reached, without a stack', async () => {
    const server = await startTestSmtpServer();
    await server.close();
    const mailer = createSmtpMailer(server.url, FROM);
    cleanup.push(mailer.close);
    const error = await mailer.send({ to: 'a@example.com', subject: 'x', text: LINK }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Could not reach the mail server: .*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('describeSmtpFailure', () => {
  it.each([
    [
      { code: 'EENVELOPE', response: '550 5.1.1 mailbox unavailable', message: "Can't send mail" },
      '550 5.1.1 mailbox unavailable',
    ],
    [
      { code: 'EAUTH', response: '535 5.7.8 bad credentials', message: 'Invalid login' },
      'The mail server refused the login: 535 5.7.8 bad credentials',
    ],
    [
      { code: 'ETIMEDOUT', message: 'Greeting never received' },
      'Could not reach the mail server: Greeting never received',
    ],
    [{ code: 'EMESSAGE', response: '552 message too big\r\nsecond line' }, '552 message too big'],
    [new Error('something odd\n    at stack line'), 'something odd'],
    ['plain string', 'plain string'],
    [{ response: `554 ${'x'.repeat(400)}` }, `554 ${'x'.repeat(293)}...`],
  ])('turns %j into one readable line', (error, line) => {
    expect(describeSmtpFailure(error)).toBe(line);
  });
});
