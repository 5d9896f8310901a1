// The survey-invitation part of the storage contract: run by runStorageContract for every implementation.

import { describe, expect, it } from 'vitest';
import { inviteStaff, MAX_LINKS_PER_PERSON } from '../../../server/domain/survey-invitation';
import type { StorageUnderTest } from './repository.contract';

function people(campaignId: string, emails: string[]) {
  let n = 0;
  return inviteStaff(
    emails.map((email) => ({ email, name: '', departmentId: 'd1', language: 'en' as const })),
    campaignId,
    '2026-03-01',
    () => `${campaignId}-inv-${++n}`,
  );
}

export function surveyInvitationContract(open: () => Promise<StorageUnderTest>): void {
  describe('survey invitations', () => {
    it('lists added invitations per campaign, in the order they were added', async () => {
      const { storage } = await open();
      await storage.surveyInvitations.addMany(people('c-1', ['a@x.org', 'b@x.org']));
      await storage.surveyInvitations.addMany(people('c-2', ['c@x.org']));
      const listed = await storage.surveyInvitations.listByCampaign('c-1');
      expect(listed.map((i) => i.email)).toEqual(['a@x.org', 'b@x.org']);
      expect(await storage.surveyInvitations.listByCampaign('c-none')).toEqual([]);
    });

    it('finds an invitation by any link issued to it, and by no other', async () => {
      const { storage } = await open();
      const [a, b] = people('c-1', ['a@x.org', 'b@x.org']);
      await storage.surveyInvitations.addMany([a!, b!]);
      await storage.surveyInvitations.issueLinks([
        { id: a!.id, tokenHash: 'hash-a1' },
        { id: b!.id, tokenHash: 'hash-b1' },
      ]);
      await storage.surveyInvitations.issueLinks([{ id: a!.id, tokenHash: 'hash-a2' }]);
      expect((await storage.surveyInvitations.findByTokenHash('hash-a1'))?.id).toBe(a!.id);
      expect((await storage.surveyInvitations.findByTokenHash('hash-a2'))?.id).toBe(a!.id);
      expect((await storage.surveyInvitations.findByTokenHash('hash-b1'))?.id).toBe(b!.id);
      expect(await storage.surveyInvitations.findByTokenHash('hash-unknown')).toBeUndefined();
    });

    it(`forgets the oldest links beyond ${MAX_LINKS_PER_PERSON} per person`, async () => {
      const { storage } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      for (let n = 1; n <= MAX_LINKS_PER_PERSON + 1; n++) {
        await storage.surveyInvitations.issueLinks([{ id: a!.id, tokenHash: `hash-${n}` }]);
      }
      expect(await storage.surveyInvitations.findByTokenHash('hash-1')).toBeUndefined();
      expect((await storage.surveyInvitations.findByTokenHash(`hash-${MAX_LINKS_PER_PERSON + 1}`))?.id).toBe(
        a!.id,
      );
    });

    it('takes a person off the list: their links stop working, and the removal survives a restart', async () => {
      const { storage, reopen } = await open();
      const [a, b] = people('c-1', ['a@x.org', 'b@x.org']);
      await storage.surveyInvitations.addMany([a!, b!]);
      await storage.surveyInvitations.issueLinks([{ id: a!.id, tokenHash: 'hash-a' }]);
      expect(await storage.surveyInvitations.remove(a!.id)).toBe(true);
      expect(await storage.surveyInvitations.remove(a!.id)).toBe(false);
      expect(await storage.surveyInvitations.findByTokenHash('hash-a')).toBeUndefined();
      const reopened = await reopen();
      expect((await reopened.surveyInvitations.listByCampaign('c-1')).map((i) => i.email)).toEqual([
        'b@x.org',
      ]);
    });

    it('records deliveries: a first invitation, a failure, and reminders', async () => {
      const { storage } = await open();
      const [a, b] = people('c-1', ['a@x.org', 'b@x.org']);
      await storage.surveyInvitations.addMany([a!, b!]);
      await storage.surveyInvitations.recordDeliveries([
        { id: a!.id, kind: 'invitation', on: '2026-03-02', outcome: { ok: true } },
        {
          id: b!.id,
          kind: 'invitation',
          on: '2026-03-02',
          outcome: { ok: false, error: '550 no such user' },
        },
      ]);
      await storage.surveyInvitations.recordDeliveries([
        { id: a!.id, kind: 'reminder', on: '2026-03-09', outcome: { ok: true } },
      ]);
      const [storedA, storedB] = await storage.surveyInvitations.listByCampaign('c-1');
      expect(storedA).toMatchObject({ sentOn: '2026-03-02', remindedOn: '2026-03-09', reminders: 1 });
      expect(storedB).toMatchObject({
        sentOn: null,
        lastDelivery: { kind: 'invitation', ok: false, error: '550 no such user' },
      });
    });

    it('refuses a batch naming an invitation that does not exist, changing nothing', async () => {
      const { storage } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      await expect(
        storage.surveyInvitations.issueLinks([
          { id: a!.id, tokenHash: 'hash-a' },
          { id: 'ghost', tokenHash: 'hash-ghost' },
        ]),
      ).rejects.toThrow();
      expect(await storage.surveyInvitations.findByTokenHash('hash-a')).toBeUndefined();
    });

    it('lets only one of many simultaneous claims on an invitation succeed', async () => {
      const { storage } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      const claims = await Promise.all(
        Array.from({ length: 10 }, () => storage.surveyInvitations.claimAnswer(a!.id)),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await storage.surveyInvitations.claimAnswer('ghost')).toBe(false);
    });

    it('keeps every one of many simultaneous starts and answers across a restart', async () => {
      const { storage, reopen } = await open();
      const everyone = people(
        'c-1',
        Array.from({ length: 200 }, (_, i) => `p${i}@x.org`),
      );
      await storage.surveyInvitations.addMany(everyone);
      const claims = await Promise.all(
        everyone.flatMap((p) => [
          storage.surveyInvitations.markStarted(p.id).then(() => true),
          storage.surveyInvitations.claimAnswer(p.id),
        ]),
      );
      expect(claims.every(Boolean)).toBe(true);
      const reopened = await reopen();
      const stored = await reopened.surveyInvitations.listByCampaign('c-1');
      expect(stored.filter((i) => i.started && i.answered)).toHaveLength(200);
    });

    it('can release a claim so the person may answer again', async () => {
      const { storage } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      expect(await storage.surveyInvitations.claimAnswer(a!.id)).toBe(true);
      await storage.surveyInvitations.releaseAnswer(a!.id);
      expect(await storage.surveyInvitations.claimAnswer(a!.id)).toBe(true);
    });

    it('keeps a delivery recorded while a claim happened in between (no stale overwrite)', async () => {
      const { storage } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      await storage.surveyInvitations.markStarted(a!.id);
      await storage.surveyInvitations.claimAnswer(a!.id);
      await storage.surveyInvitations.recordDeliveries([
        { id: a!.id, kind: 'reminder', on: '2026-03-09', outcome: { ok: true } },
      ]);
      expect((await storage.surveyInvitations.listByCampaign('c-1'))[0]).toMatchObject({
        started: true,
        answered: true,
        reminders: 1,
      });
    });

    it('keeps invitations, links, starts and answers across a restart', async () => {
      const { storage, reopen } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      await storage.surveyInvitations.issueLinks([{ id: a!.id, tokenHash: 'hash-a' }]);
      await storage.surveyInvitations.markStarted(a!.id);
      await storage.surveyInvitations.claimAnswer(a!.id);
      const reopened = await reopen();
      expect(await reopened.surveyInvitations.findByTokenHash('hash-a')).toMatchObject({
        started: true,
        answered: true,
      });
    });

    it('hands out copies, so changing a returned invitation changes nothing stored', async () => {
      const { storage } = await open();
      await storage.surveyInvitations.addMany(people('c-1', ['a@x.org']));
      const [listed] = await storage.surveyInvitations.listByCampaign('c-1');
      listed!.answered = true;
      expect((await storage.surveyInvitations.listByCampaign('c-1'))[0]!.answered).toBe(false);
    });
  });
}
