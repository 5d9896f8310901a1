import { describe, expect, it } from 'vitest';
import type { Mailer, OutgoingMail } from '../../../server/mail/mailer';
import { sendMailing, type MailResult } from '../../../server/mail/send-mailing';

/** A virtual clock: sleeping moves it forward at once, so minutes of pacing run in milliseconds. */
function virtualClock(options: { sleepsShort?: boolean } = {}) {
  const clock = { at: 0, sleeps: [] as number[] };
  return {
    clock,
    now: () => clock.at,
    // A timer that fires early must not let a batch through before its time.
    sleep: async (ms: number) => {
      clock.sleeps.push(ms);
      clock.at += options.sleepsShort ? Math.ceil(ms / 2) : ms;
    },
  };
}

interface Call {
  to: string;
  at: number;
}

/** Records each send with its virtual start time; addresses starting with "bad" are refused. */
function recordingMailer(now: () => number, options: { latency?: (to: string) => number } = {}) {
  const calls: Call[] = [];
  const events: string[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const mailer: Mailer = {
    async send(mail: OutgoingMail) {
      calls.push({ to: mail.to, at: now() });
      events.push(`send ${mail.to}`);
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      // Microtask hops stand in for network time and let later sends of a batch finish first.
      for (let i = options.latency?.(mail.to) ?? 1; i > 0; i--) await Promise.resolve();
      inFlight--;
      if (mail.to.startsWith('bad')) throw new Error(`550 mailbox unavailable: ${mail.to}`);
    },
    async close() {},
  };
  return { mailer, calls, events, maxInFlight: () => maxInFlight };
}

function items(count: number, to: (i: number) => string = (i) => `p${i}@example.com`) {
  return Array.from({ length: count }, (_, i) => ({
    key: `inv-${i}`,
    mail: { to: to(i), subject: 'Survey', text: `https://groundwork.example.com/s/${i}` },
  }));
}

/** The most sends that started within any 60-second window [t, t + 60 s). */
function busiestMinute(calls: Call[]): number {
  return Math.max(0, ...calls.map((c) => calls.filter((d) => d.at >= c.at && d.at < c.at + 60_000).length));
}

describe('sendMailing', () => {
  it.each([
    { count: 100, perMinute: 60, batchSize: 10, lastStart: 60_000 },
    { count: 25, perMinute: 10, batchSize: 10, lastStart: 120_000 },
    { count: 23, perMinute: 7, batchSize: 10, lastStart: 180_000 },
    { count: 30, perMinute: 25, batchSize: 10, lastStart: 60_000 },
    { count: 12, perMinute: 1, batchSize: 10, lastStart: 660_000 },
    { count: 40, perMinute: 100, batchSize: 10, lastStart: 0 },
  ])(
    'never starts more than $perMinute in a minute ($count mails, batches of $batchSize)',
    async ({ count, perMinute, batchSize, lastStart }) => {
      const { now, sleep } = virtualClock();
      const { mailer, calls } = recordingMailer(now);
      const results = await sendMailing(mailer, items(count), { perMinute, batchSize, now, sleep });
      expect(results.every((r) => r.ok)).toBe(true);
      expect(calls).toHaveLength(count);
      expect(busiestMinute(calls)).toBeLessThanOrEqual(perMinute);
      // ... and waits no longer than the limit requires.
      expect(Math.max(...calls.map((c) => c.at))).toBe(lastStart);
    },
  );

  it.each([
    ['a timer that fires early', { sleepsShort: true }],
    ['sends that take time', {}],
  ] as const)('keeps to the limit with %s', async (_case, clockOptions) => {
    const { now, sleep, clock } = virtualClock(clockOptions);
    const { mailer, calls } = recordingMailer(now);
    const slow: Mailer = {
      send: async (mail) => {
        await mailer.send(mail);
        clock.at += 7_000;
      },
      close: mailer.close,
    };
    await sendMailing(slow, items(50), { perMinute: 12, batchSize: 5, now, sleep });
    expect(calls).toHaveLength(50);
    expect(busiestMinute(calls)).toBeLessThanOrEqual(12);
  });

  it('sends each batch concurrently and never more than the batch size at once', async () => {
    const { now, sleep, clock } = virtualClock();
    const { mailer, maxInFlight } = recordingMailer(now, { latency: () => 5 });
    await sendMailing(mailer, items(25), { perMinute: 0, batchSize: 4, now, sleep });
    expect(maxInFlight()).toBe(4);
    expect(clock.sleeps).toEqual([]);
  });

  it('uses batches of ten by default', async () => {
    const { now, sleep } = virtualClock();
    const { mailer, maxInFlight } = recordingMailer(now, { latency: () => 5 });
    await sendMailing(mailer, items(25), { perMinute: 0, now, sleep });
    expect(maxInFlight()).toBe(10);
  });

  it('returns results in input order even when later mails finish first', async () => {
    const { now, sleep } = virtualClock();
    const { mailer } = recordingMailer(now, { latency: (to) => 20 - Number(/\d+/.exec(to)![0]) });
    const seen: string[] = [];
    const results = await sendMailing(mailer, items(6), {
      perMinute: 0,
      batchSize: 6,
      now,
      sleep,
      onResult: (r) => void seen.push(r.key),
    });
    expect(results.map((r) => r.key)).toEqual(['inv-0', 'inv-1', 'inv-2', 'inv-3', 'inv-4', 'inv-5']);
    expect(seen).toEqual(['inv-5', 'inv-4', 'inv-3', 'inv-2', 'inv-1', 'inv-0']);
  });

  it.each([
    ['rejects', (to: string) => Promise.reject(new Error(`550 no such user ${to}`))],
    [
      'throws before returning a promise',
      (to: string): Promise<void> => {
        throw new Error(`550 no such user ${to}`);
      },
    ],
    ['rejects with a non-Error', (to: string) => Promise.reject(`550 no such user ${to}`)],
  ])('records a failure and goes on when the mailer %s', async (_case, fail) => {
    const mailer: Mailer = {
      send: (mail) => (mail.to.startsWith('bad') ? fail(mail.to) : Promise.resolve()),
      close: async () => {},
    };
    const { now, sleep } = virtualClock();
    const list = items(7, (i) => (i === 0 || i === 4 ? `bad${i}@example.com` : `p${i}@example.com`));
    const results = await sendMailing(mailer, list, { perMinute: 0, batchSize: 3, now, sleep });
    expect(results.map((r) => r.ok)).toEqual([false, true, true, true, false, true, true]);
    expect(results[0]).toEqual({
      key: 'inv-0',
      to: 'bad0@example.com',
      ok: false,
      error: '550 no such user bad0@example.com',
    });
    expect(results[1]).toEqual({ key: 'inv-1', to: 'p1@example.com', ok: true });
  });

  it('reports every result and waits for it before starting the next batch', async () => {
    const { now, sleep } = virtualClock();
    const { mailer, events } = recordingMailer(now);
    const reported: MailResult[] = [];
    const results = await sendMailing(
      mailer,
      items(5, (i) => (i === 1 ? 'bad@example.com' : `p${i}@x.test`)),
      {
        perMinute: 0,
        batchSize: 2,
        now,
        sleep,
        onResult: async (r) => {
          for (let i = 0; i < 10; i++) await Promise.resolve();
          events.push(`recorded ${r.to}`);
          reported.push(r);
        },
      },
    );
    expect(reported).toHaveLength(5);
    expect(new Set(reported)).toEqual(new Set(results));
    expect(events.indexOf('send p2@x.test')).toBeGreaterThan(events.indexOf('recorded p0@x.test'));
    expect(events.indexOf('send p2@x.test')).toBeGreaterThan(events.indexOf('recorded bad@example.com'));
  });

  it('stops after the batch in flight when a result cannot be recorded', async () => {
    const { now, sleep } = virtualClock();
    const { mailer, calls } = recordingMailer(now);
    const recorded: string[] = [];
    const mailing = sendMailing(mailer, items(9), {
      perMinute: 0,
      batchSize: 3,
      now,
      sleep,
      onResult: (r) => {
        if (r.key === 'inv-3') throw new Error('disk full');
        recorded.push(r.key);
      },
    });
    await expect(mailing).rejects.toThrow('disk full');
    expect(calls.map((c) => c.to)).toEqual(items(6).map((i) => i.mail.to));
    expect(recorded).toEqual(['inv-0', 'inv-1', 'inv-2', 'inv-4', 'inv-5']);
  });

  it('sends nothing for an empty list', async () => {
    const { now, sleep } = virtualClock();
    const { mailer, calls } = recordingMailer(now);
    expect(await sendMailing(mailer, [], { perMinute: 60, now, sleep })).toEqual([]);
    expect(calls).toEqual([]);
  });

  it.each([
    [{ perMinute: -1 }, 'perMinute'],
    [{ perMinute: 1.5 }, 'perMinute'],
    [{ perMinute: Number.NaN }, 'perMinute'],
    [{ perMinute: 60, batchSize: 0 }, 'batchSize'],
    [{ perMinute: 60, batchSize: 2.5 }, 'batchSize'],
  ])('refuses the options %j', async (options, name) => {
    const { mailer, calls } = recordingMailer(() => 0);
    await expect(sendMailing(mailer, items(3), options)).rejects.toThrow(name);
    expect(calls).toEqual([]);
  });
});
