// The survey-invitation part of the storage contract: run by runStorageContract for every implementation.

import { describe, expect, it } from 'vitest';
import { inviteStaff } from '../../../server/domain/campaigns/survey-invitation';
import type { Storage } from '../../../server/storage/storage';
import { makeResponse } from '../../fixtures/make-response';
import type { StorageUnderTest } from './repository.contract';

/** A response to campaign c-1 through a personal link (or a shared one when `invitationId` is null). */
const answer = (storage: Storage, invitationId: string | null, keyHash: string | null = null) =>
  storage.submissions.submit({ response: makeResponse({ campaignId: 'c-1' }), invitationId, keyHash });

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

    it("keeps a person's first link working after many reminders", async () => {
      const { storage } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      for (let n = 1; n <= 20; n++) {
        await storage.surveyInvitations.issueLinks([{ id: a!.id, tokenHash: `hash-${n}` }]);
      }
      expect((await storage.surveyInvitations.findByTokenHash('hash-1'))?.id).toBe(a!.id);
      expect((await storage.surveyInvitations.findByTokenHash('hash-20'))?.id).toBe(a!.id);
    });

    it('adds each person once when two imports of one list run at once', async () => {
      const { storage } = await open();
      const [first, second] = await Promise.all([
        storage.surveyInvitations.addMany(people('c-1', ['a@x.org', 'b@x.org'])),
        storage.surveyInvitations.addMany(people('c-1', ['a@x.org', 'b@x.org', 'c@x.org'])),
      ]);
      const added = (outcome: typeof first) => ('added' in outcome ? outcome.added.length : 0);
      expect(added(first) + added(second)).toBe(3);
      expect((await storage.surveyInvitations.listByCampaign('c-1')).map((i) => i.email).sort()).toEqual([
        'a@x.org',
        'b@x.org',
        'c@x.org',
      ]);
      expect(await storage.surveyInvitations.countByDepartment('c-1')).toEqual({ d1: 3 });
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

    it('passes over a person no longer listed when issuing links, and says who got one', async () => {
      const { storage } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      const issued = await storage.surveyInvitations.issueLinks([
        { id: a!.id, tokenHash: 'hash-a' },
        { id: 'ghost', tokenHash: 'hash-ghost' },
      ]);
      expect(issued).toEqual([a!.id]);
      expect((await storage.surveyInvitations.findByTokenHash('hash-a'))?.id).toBe(a!.id);
      expect(await storage.surveyInvitations.findByTokenHash('hash-ghost')).toBeUndefined();
    });

    it("stores one response of many simultaneous submissions through one person's links", async () => {
      const { storage } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      const outcomes = await Promise.all(Array.from({ length: 10 }, () => answer(storage, a!.id)));
      expect(outcomes.filter((o) => o === 'stored')).toHaveLength(1);
      expect(outcomes.filter((o) => o === 'already-answered')).toHaveLength(9);
      expect(await storage.responses.countByCampaign('c-1')).toBe(1);
      expect(await answer(storage, 'ghost')).toBe('already-answered');
      expect(await storage.responses.countByCampaign('c-1')).toBe(1);
    });

    it('answers a repeated idempotency key as a success and stores nothing more, also after a restart', async () => {
      const { storage, reopen } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      const both = await Promise.all([answer(storage, a!.id, 'key-1'), answer(storage, a!.id, 'key-1')]);
      expect(both.sort()).toEqual(['repeat', 'stored']);
      expect(await answer(storage, null, 'key-2')).toBe('stored');
      const reopened = await reopen();
      expect(await answer(reopened, a!.id, 'key-1')).toBe('repeat');
      expect(await answer(reopened, null, 'key-2')).toBe('repeat');
      expect(await reopened.responses.countByCampaign('c-1')).toBe(2);
      expect((await reopened.surveyInvitations.listByCampaign('c-1'))[0]!.answered).toBe(true);
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
          storage.surveyInvitations.markStarted(p.id).then(() => 'stored'),
          answer(storage, p.id),
        ]),
      );
      expect(claims.every((c) => c === 'stored')).toBe(true);
      const reopened = await reopen();
      const stored = await reopened.surveyInvitations.listByCampaign('c-1');
      expect(stored.filter((i) => i.started && i.answered)).toHaveLength(200);
    });

    it('keeps a delivery recorded while a claim happened in between (no stale overwrite)', async () => {
      const { storage } = await open();
      const [a] = people('c-1', ['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      await storage.surveyInvitations.markStarted(a!.id);
      await answer(storage, a!.id);
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
      await answer(storage, a!.id);
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
