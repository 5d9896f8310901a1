// The staff-retention part of the storage contract: how long a list is kept, and erasing it without losing
// the counts. Run by runStorageContract for every implementation.

import { describe, expect, it } from 'vitest';
import { inviteStaff } from '../../../server/domain/campaigns/survey-invitation';
import type { Storage } from '../../../server/storage/storage';
import { makeResponse } from '../../fixtures/make-response';
import type { StorageUnderTest } from './repository.contract';

function people(campaignId: string, count: number) {
  let n = 0;
  return inviteStaff(
    Array.from({ length: count }, (_, i) => ({
      email: `${campaignId}-p${i}@x.org`,
      name: `Person ${i}`,
      departmentId: i % 2 === 0 ? 'd1' : 'd2',
      language: 'en' as const,
    })),
    campaignId,
    '2026-03-01',
    () => `${campaignId}-inv-${++n}`,
  );
}

/** What tracking counts of a list: per department, listed, opened and answered. */
async function counts(storage: Storage, campaignId: string) {
  const listed = await storage.surveyInvitations.listByCampaign(campaignId);
  const by: Record<string, { listed: number; started: number; answered: number }> = {};
  for (const i of listed) {
    const d = (by[i.departmentId] ??= { listed: 0, started: 0, answered: 0 });
    d.listed++;
    if (i.started) d.started++;
    if (i.answered) d.answered++;
  }
  return { by, perDepartment: await storage.surveyInvitations.countByDepartment(campaignId) };
}

/** The storage as it is, then reopened: read in turn, so nothing reads through a handle a restart closed. */
async function* beforeAndAfterRestart(
  storage: Storage,
  reopen: () => Promise<Storage>,
): AsyncGenerator<Storage> {
  yield storage;
  yield await reopen();
}

export function staffRetentionContract(open: () => Promise<StorageUnderTest>): void {
  describe('staff-list retention', () => {
    it('keeps the default until changed, and a change survives a restart', async () => {
      const { storage, reopen } = await open();
      expect(await storage.surveyInvitations.retention('c-1')).toEqual({ days: null, erasedOn: null });
      await storage.surveyInvitations.changeRetention('c-1', (r) => ({ ...r, days: 30 }));
      expect(await storage.surveyInvitations.retention('c-1')).toEqual({ days: 30, erasedOn: null });
      expect(await storage.surveyInvitations.retention('c-2')).toEqual({ days: null, erasedOn: null });
      const again = await reopen();
      expect(await again.surveyInvitations.retention('c-1')).toEqual({ days: 30, erasedOn: null });
    });

    it('changes nothing when the change refuses', async () => {
      const { storage } = await open();
      await storage.surveyInvitations.changeRetention('c-1', (r) => ({ ...r, days: 10 }));
      await expect(
        storage.surveyInvitations.changeRetention('c-1', () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await storage.surveyInvitations.retention('c-1')).toEqual({ days: 10, erasedOn: null });
    });

    it('erases names, addresses and links but keeps every count, also after a restart', async () => {
      const { storage, reopen } = await open();
      const listed = people('c-1', 6);
      await storage.surveyInvitations.addMany(listed);
      await storage.surveyInvitations.addMany(people('c-2', 2));
      await storage.surveyInvitations.issueLinks(
        listed.map((p, i) => ({ id: p.id, tokenHash: `hash-${i}` })),
      );
      await storage.surveyInvitations.markStarted(listed[0]!.id);
      await storage.surveyInvitations.markStarted(listed[1]!.id);
      await storage.submissions.submit({
        response: makeResponse({ campaignId: 'c-1' }),
        invitationId: listed[1]!.id,
        keyHash: null,
      });
      await storage.surveyInvitations.remove(listed[5]!.id);
      const before = await counts(storage, 'c-1');

      expect(await storage.surveyInvitations.erase('c-1', '2026-06-01')).toEqual({
        days: null,
        erasedOn: '2026-06-01',
      });

      for await (const s of beforeAndAfterRestart(storage, reopen)) {
        const after = await s.surveyInvitations.listByCampaign('c-1');
        expect(after.map((i) => [i.email, i.name, i.tokenHashes.length])).toEqual(
          Array.from({ length: 5 }, () => ['', '', 0]),
        );
        expect(await counts(s, 'c-1')).toEqual(before);
        expect(await s.surveyInvitations.findByTokenHash('hash-0')).toBeUndefined();
        expect((await s.surveyInvitations.listByCampaign('c-2')).map((i) => i.email)).toEqual([
          'c-2-p0@x.org',
          'c-2-p1@x.org',
        ]);
        expect(await s.surveyInvitations.retention('c-1')).toEqual({ days: null, erasedOn: '2026-06-01' });
      }
    });

    it('takes no link or delivery into an erased list, as from a mailing still finishing', async () => {
      const { storage, reopen } = await open();
      const listed = people('c-1', 2);
      await storage.surveyInvitations.addMany(listed);
      await storage.surveyInvitations.erase('c-1', '2026-06-01');
      for await (const s of beforeAndAfterRestart(storage, reopen)) {
        expect(await s.surveyInvitations.issueLinks([{ id: listed[0]!.id, tokenHash: 'late-hash' }])).toEqual(
          [],
        );
        await s.surveyInvitations.recordDeliveries([
          {
            id: listed[1]!.id,
            kind: 'reminder',
            on: '2026-06-02',
            outcome: { ok: false, error: 'c-1-p1@x.org bounced' },
          },
        ]);
        expect(await s.surveyInvitations.findByTokenHash('late-hash')).toBeUndefined();
        expect((await s.surveyInvitations.listByCampaign('c-1')).map((i) => i.lastDelivery)).toEqual([
          null,
          null,
        ]);
      }
    });

    it('keeps the first day of erasure when erased again, and erases a campaign that had no list', async () => {
      const { storage } = await open();
      await storage.surveyInvitations.addMany(people('c-1', 2));
      await storage.surveyInvitations.erase('c-1', '2026-06-01');
      await storage.surveyInvitations.erase('c-1', '2026-07-01');
      expect((await storage.surveyInvitations.retention('c-1')).erasedOn).toBe('2026-06-01');
      await storage.surveyInvitations.erase('c-none', '2026-06-02');
      expect(await storage.surveyInvitations.retention('c-none')).toEqual({
        days: null,
        erasedOn: '2026-06-02',
      });
      expect(await storage.surveyInvitations.listByCampaign('c-none')).toEqual([]);
    });

    it('removes a campaign whole: its list and its retention', async () => {
      const { storage, reopen } = await open();
      await storage.surveyInvitations.addMany(people('c-1', 3));
      await storage.surveyInvitations.changeRetention('c-1', (r) => ({ ...r, days: 5 }));
      await storage.surveyInvitations.removeCampaign('c-1');
      for await (const s of beforeAndAfterRestart(storage, reopen)) {
        expect(await s.surveyInvitations.listByCampaign('c-1')).toEqual([]);
        expect(await s.surveyInvitations.retention('c-1')).toEqual({ days: null, erasedOn: null });
      }
    });
  });
}
