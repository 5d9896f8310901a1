// The storage contract for the ways of answering beyond one person's link: access codes spent with their
// response as personal links are, the places of a department (no more answers than people, however they
// come), and responses excluded by deletion. Run by runStorageContract for every implementation.

import { describe, expect, it } from 'vitest';
import type { AccessCode } from '../../../server/domain/access-code';
import { inviteStaff } from '../../../server/domain/survey-invitation';
import type { Storage } from '../../../server/storage/storage';
import { makeResponse } from '../../fixtures/make-response';
import type { StorageUnderTest } from './repository.contract';

let made = 0;
function codes(count: number, departmentId = 'd1', campaignId = 'c-1'): AccessCode[] {
  return Array.from({ length: count }, () => {
    const n = ++made;
    return {
      id: `code-${n}`,
      campaignId,
      departmentId,
      codeHash: `hash-${n}`,
      createdOn: '2026-03-01',
      answered: false,
    };
  });
}

const response = (departmentId = 'd1') => makeResponse({ campaignId: 'c-1', departmentId });

/** An answer through a shared link of department d1, which has `places` people. */
const shared = (storage: Storage, places: number, departmentId = 'd1') =>
  storage.submissions.submit({ response: response(departmentId), invitationId: null, places, keyHash: null });

const withCode = (storage: Storage, accessCodeId: string) =>
  storage.submissions.submit({ response: response(), invitationId: null, accessCodeId, keyHash: null });

export function answerPlacesContract(open: () => Promise<StorageUnderTest>): void {
  describe('access codes', () => {
    it('finds an issued code by its hash only, and counts codes issued per department', async () => {
      const { storage } = await open();
      const [a, b] = codes(2);
      expect(await storage.accessCodes.issue([a!, b!], 10)).toBe('issued');
      await storage.accessCodes.issue(codes(3, 'd2'), 10);
      expect(await storage.accessCodes.findByCodeHash(a!.codeHash)).toEqual(a);
      expect(await storage.accessCodes.findByCodeHash('hash-unknown')).toBeUndefined();
      expect(await storage.accessCodes.countByDepartment('c-1')).toEqual({ d1: 2, d2: 3 });
      expect(await storage.accessCodes.countByDepartment('c-none')).toEqual({});
    });

    it('issues a batch only into free places, and none of it otherwise', async () => {
      const { storage } = await open();
      await storage.responses.append(response());
      expect(await storage.accessCodes.issue(codes(3), 5)).toBe('issued');
      expect(await storage.accessCodes.issue(codes(2), 5)).toBe('full');
      expect(await storage.accessCodes.countByDepartment('c-1')).toEqual({ d1: 3 });
      expect(await storage.accessCodes.issue(codes(1), 5)).toBe('issued');
      // Other departments have places of their own.
      expect(await storage.accessCodes.issue(codes(5, 'd2'), 5)).toBe('issued');
    });

    it('never overfills a department with batches issued at once', async () => {
      const { storage } = await open();
      const outcomes = await Promise.all(
        Array.from({ length: 8 }, () => storage.accessCodes.issue(codes(3), 10)),
      );
      expect(outcomes.filter((o) => o === 'issued')).toHaveLength(3);
      expect(await storage.accessCodes.countByDepartment('c-1')).toEqual({ d1: 9 });
    });

    it('is spent with its response, once, even when sent several times at once', async () => {
      const { storage } = await open();
      const [code] = codes(1);
      await storage.accessCodes.issue([code!], 5);
      const outcomes = await Promise.all([1, 2, 3, 4].map(() => withCode(storage, code!.id)));
      expect(outcomes.sort()).toEqual(['already-answered', 'already-answered', 'already-answered', 'stored']);
      expect(await storage.responses.countByCampaign('c-1')).toBe(1);
      expect((await storage.accessCodes.findByCodeHash(code!.codeHash))?.answered).toBe(true);
    });

    it('stays spent across a restart, holding no claim', async () => {
      const { storage, reopen } = await open();
      const [code] = codes(1);
      await storage.accessCodes.issue([code!], 5);
      expect(await withCode(storage, code!.id)).toBe('stored');
      const reopened = await reopen();
      expect(await reopened.accessCodes.findByCodeHash(code!.codeHash)).toEqual({ ...code, answered: true });
      expect(await withCode(reopened, code!.id)).toBe('already-answered');
    });
  });

  describe('places of a department', () => {
    it('take a shared-link answer only while fewer than the department’s people have answered', async () => {
      const { storage } = await open();
      for (let i = 0; i < 3; i++) expect(await shared(storage, 3)).toBe('stored');
      expect(await shared(storage, 3)).toBe('full');
      expect(await shared(storage, 3, 'd2')).toBe('stored');
      expect(await storage.responses.countByDepartment('c-1')).toEqual({ d1: 3, d2: 1 });
    });

    it('let no two answers take the last place at once', async () => {
      const { storage } = await open();
      const outcomes = await Promise.all(Array.from({ length: 20 }, () => shared(storage, 7)));
      expect(outcomes.filter((o) => o === 'stored')).toHaveLength(7);
      expect(await storage.responses.countByCampaign('c-1')).toBe(7);
    });

    it('are held by unused personal links and unused codes, and by their answers once used', async () => {
      const { storage } = await open();
      const people = inviteStaff(
        ['a@x.org', 'b@x.org'].map((email) => ({
          email,
          name: '',
          departmentId: 'd1',
          language: 'en' as const,
        })),
        'c-1',
        '2026-03-01',
        (() => {
          let n = 0;
          return () => `places-inv-${++n}`;
        })(),
      );
      await storage.surveyInvitations.addMany(people);
      const [code] = codes(1);
      await storage.accessCodes.issue([code!], 5);
      // 5 places: 2 personal links and 1 code hold 3 of them.
      expect(await shared(storage, 5)).toBe('stored');
      expect(await shared(storage, 5)).toBe('stored');
      expect(await shared(storage, 5)).toBe('full');
      // A used link or code holds its place through its answer, not twice.
      await storage.submissions.submit({ response: response(), invitationId: people[0]!.id, keyHash: null });
      expect(await withCode(storage, code!.id)).toBe('stored');
      expect(await shared(storage, 5)).toBe('full');
      expect(await storage.responses.countByCampaign('c-1')).toBe(4);
    });

    it('never refuse a personal link or a code, which hold a place of their own', async () => {
      const { storage } = await open();
      const [code] = codes(1);
      await storage.accessCodes.issue([code!], 1);
      expect(await shared(storage, 1)).toBe('full');
      expect(await withCode(storage, code!.id)).toBe('stored');
    });
  });

  describe('excluded responses', () => {
    it('are deleted for good, from lists and counts and across a restart; unknown ids are passed over', async () => {
      const { storage, reopen } = await open();
      const responses = Array.from({ length: 6 }, (_, i) => response(i % 2 === 0 ? 'd1' : 'd2'));
      for (const r of responses) await storage.responses.append(r);
      await storage.responses.append(makeResponse({ campaignId: 'c-2' }));
      const gone = [responses[0]!.id, responses[3]!.id, 'no-such-response'];
      expect(await storage.responses.remove('c-1', gone)).toBe(2);
      const left = responses.filter((r) => !gone.includes(r.id));
      expect(await storage.responses.listByCampaign('c-1')).toEqual(left);
      expect(await storage.responses.countByCampaign('c-1')).toBe(4);
      expect(await storage.responses.countByDepartment('c-1')).toEqual({ d1: 2, d2: 2 });
      expect(await storage.responses.remove('c-1', gone)).toBe(0);
      const reopened = await reopen();
      expect(await reopened.responses.listByCampaign('c-1')).toEqual(left);
      expect(await reopened.responses.countByCampaign('c-2')).toBe(1);
    });

    it('lose no answer appended while they are being deleted', async () => {
      const { storage, reopen } = await open();
      const first = Array.from({ length: 30 }, () => response());
      for (const r of first) await storage.responses.append(r);
      const more = Array.from({ length: 30 }, () => response());
      const removing = storage.responses.remove(
        'c-1',
        first.slice(0, 10).map((r) => r.id),
      );
      await Promise.all([removing, ...more.map((r) => storage.responses.append(r))]);
      expect(await removing).toBe(10);
      const expected = new Set([...first.slice(10), ...more].map((r) => r.id));
      expect(new Set((await storage.responses.listByCampaign('c-1')).map((r) => r.id))).toEqual(expected);
      const reopened = await reopen();
      expect(new Set((await reopened.responses.listByCampaign('c-1')).map((r) => r.id))).toEqual(expected);
      await reopened.responses.append(response());
      expect(await reopened.responses.countByCampaign('c-1')).toBe(51);
    });

    it('free their places', async () => {
      const { storage } = await open();
      for (let i = 0; i < 2; i++) expect(await shared(storage, 2)).toBe('stored');
      expect(await shared(storage, 2)).toBe('full');
      const [one] = await storage.responses.listByCampaign('c-1');
      await storage.responses.remove('c-1', [one!.id]);
      expect(await shared(storage, 2)).toBe('stored');
    });
  });
}
