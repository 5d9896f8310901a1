// The mailing part of the storage contract (runs as they go out, reminder plans): run by runStorageContract
// for every implementation.

import { describe, expect, it } from 'vitest';
import { claimNext, withOutcome, type MailingRun } from '../../../server/domain/campaigns/mailing-run';
import type { PlannedReminder } from '../../../server/domain/campaigns/reminder-schedule';
import type { StorageUnderTest } from './repository.contract';

function run(id: string, campaignId = 'c-1', overrides: Partial<MailingRun> = {}): MailingRun {
  return {
    id,
    campaignId,
    kind: 'invitation',
    reminderId: null,
    startedAt: '2026-03-02T09:00Z',
    recipients: ['p1', 'p2', 'p3'],
    total: 3,
    linkBase: 'https://survey.example.com',
    claimed: 0,
    inFlight: [],
    sent: 0,
    failed: 0,
    uncertain: 0,
    skipped: 0,
    failures: [],
    state: 'sending',
    ...overrides,
  };
}

function reminder(id: string, afterDays: number): PlannedReminder {
  return { id, when: { afterDays }, linkBase: 'https://survey.example.com', outcome: null };
}

export function mailingContract(open: () => Promise<StorageUnderTest>): void {
  describe('mailings', () => {
    it('lists a campaign’s runs newest first, and none of another campaign', async () => {
      const { storage } = await open();
      await storage.mailings.begin(run('r1', 'c-1', { state: 'finished' }));
      await storage.mailings.begin(run('r2', 'c-2'));
      await storage.mailings.begin(run('r3', 'c-1', { kind: 'reminder' }));
      expect((await storage.mailings.runs('c-1')).map((r) => r.id)).toEqual(['r3', 'r1']);
      expect(await storage.mailings.runs('c-3')).toEqual([]);
    });

    it('reads a run still going out when it stopped back as interrupted, with its claims and outcomes', async () => {
      const { storage, reopen } = await open();
      await storage.mailings.begin(run('r1'));
      await storage.mailings.change('r1', (r) => claimNext(r, ['p1', 'p2']));
      await storage.mailings.change('r1', (r) =>
        withOutcome(r, { key: 'p1', to: 'a@example.com', ok: true }),
      );
      const reopened = await reopen();
      expect((await reopened.mailings.runs('c-1'))[0]).toMatchObject({
        state: 'interrupted',
        claimed: 2,
        inFlight: ['p2'],
        sent: 1,
      });
    });

    it('applies concurrent changes to a run each to the other’s result, so no claim or outcome is lost', async () => {
      const { storage, reopen } = await open();
      await storage.mailings.begin(run('r1'));
      await storage.mailings.change('r1', (r) => claimNext(r, ['p1', 'p2', 'p3']));
      await Promise.all(
        ['p1', 'p2', 'p3'].map((key) =>
          storage.mailings.change('r1', (r) =>
            withOutcome(r, { key, to: `${key}@example.com`, ok: key !== 'p2' }),
          ),
        ),
      );
      const [stored] = await (await reopen()).mailings.runs('c-1');
      expect(stored).toMatchObject({ sent: 2, failed: 1, inFlight: [] });
    });

    it('rejects a change to an unknown run', async () => {
      const { storage } = await open();
      await expect(storage.mailings.change('missing', (r) => r)).rejects.toThrow('missing');
    });

    it('stores a run and the reminder it claims in one step, or neither when the plan refuses', async () => {
      const { storage, reopen } = await open();
      await storage.mailings.changePlan('c-1', () => [reminder('day3', 3), reminder('day6', 6)]);
      const claim = (runId: string) => (reminders: PlannedReminder[]) =>
        reminders.map((r) =>
          r.id === 'day3' ? { ...r, outcome: { sentBy: runId, at: '2026-03-05T09:00Z' } } : r,
        );
      await storage.mailings.begin(run('r1', 'c-1', { kind: 'reminder', reminderId: 'day3' }), claim('r1'));
      await expect(
        storage.mailings.begin(run('r2'), () => {
          throw new Error('no longer planned');
        }),
      ).rejects.toThrow('no longer planned');
      const reopened = await reopen();
      expect((await reopened.mailings.runs('c-1')).map((r) => r.id)).toEqual(['r1']);
      expect((await reopened.mailings.plan('c-1')).map((r) => r.outcome)).toEqual([
        { sentBy: 'r1', at: '2026-03-05T09:00Z' },
        null,
      ]);
      expect(await reopened.mailings.campaignsWithPlannedReminders()).toEqual(['c-1']);
    });

    it('keeps a plan across a restart, leaves it unchanged when a change refuses, and lists only campaigns with a reminder to go', async () => {
      const { storage, reopen } = await open();
      expect(await storage.mailings.plan('c-1')).toEqual([]);
      await storage.mailings.changePlan('c-1', (reminders) => [...reminders, reminder('a', 3)]);
      await storage.mailings.changePlan('c-2', () => [
        { ...reminder('b', 2), outcome: { skipped: 'nobody-waiting', at: '2026-03-04T09:00Z' } },
      ]);
      await expect(
        storage.mailings.changePlan('c-1', () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      const reopened = await reopen();
      expect((await reopened.mailings.plan('c-1')).map((r) => r.id)).toEqual(['a']);
      expect(await reopened.mailings.campaignsWithPlannedReminders()).toEqual(['c-1']);
    });

    it('forgets a campaign’s runs and plan, and nothing of another campaign', async () => {
      const { storage, reopen } = await open();
      await storage.mailings.begin(
        run('r1', 'c-1', { failures: [{ email: 'a@example.com', error: '550' }] }),
      );
      await storage.mailings.begin(run('r2', 'c-2'));
      await storage.mailings.changePlan('c-1', () => [reminder('a', 3)]);
      await storage.mailings.removeCampaign('c-1');
      const reopened = await reopen();
      expect(await reopened.mailings.runs('c-1')).toEqual([]);
      expect(await reopened.mailings.plan('c-1')).toEqual([]);
      expect((await reopened.mailings.runs('c-2')).map((r) => r.id)).toEqual(['r2']);
      expect(await reopened.mailings.campaignsWithPlannedReminders()).toEqual([]);
    });
  });
}
