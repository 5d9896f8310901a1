// The storage contract for the ways of answering beyond one person's link: access codes spent with their
// response as personal links are, the places of a department (no more answers than people, however they
// come), and responses excluded by deletion. Run by runStorageContract for every implementation.

import { describe, expect, it } from 'vitest';
import type { AccessCode } from '../../../server/domain/campaigns/access-code';
import { inviteStaff } from '../../../server/domain/campaigns/survey-invitation';
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

let invited = 0;
/** People on the staff list of campaign c-1, in `departmentId`. */
const listed = (emails: string[], departmentId = 'd1') =>
  inviteStaff(
    emails.map((email) => ({ email, name: '', departmentId, language: 'en' as const })),
    'c-1',
    '2026-03-01',
    () => `places-inv-${++invited}`,
  );

/** An answer through a shared link of a department reported together with `reportedWith`. */
const sharedIn = (storage: Storage, places: number, departmentId: string, reportedWith: string[]) =>
  storage.submissions.submit({
    response: response(departmentId),
    invitationId: null,
    places,
    reportedWith,
    keyHash: null,
  });

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
      const first = codes(3);
      expect(await storage.accessCodes.issue(first, 5)).toBe('issued');
      // A used code holds its place through its answer.
      expect(await withCode(storage, first[0]!.id)).toBe('stored');
      expect(await storage.accessCodes.issue(codes(3), 5)).toBe('full');
      expect(await storage.accessCodes.countByDepartment('c-1')).toEqual({ d1: 3 });
      expect(await storage.accessCodes.issue(codes(2), 5)).toBe('issued');
      expect(await storage.accessCodes.issue(codes(1), 5)).toBe('full');
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
      const people = listed(['a@x.org', 'b@x.org']);
      await storage.surveyInvitations.addMany(people);
      const [code] = codes(1);
      await storage.accessCodes.issue([code!], 5);
      // 5 places: 2 personal links and 1 code hold 3 of them.
      expect(await storage.accessCodes.issue(codes(3), 5)).toBe('full');
      expect(await storage.accessCodes.issue(codes(2), 5)).toBe('issued');
      expect(await storage.accessCodes.issue(codes(1), 5)).toBe('full');
      // A used link or code holds its place through its answer, not twice.
      await storage.submissions.submit({ response: response(), invitationId: people[0]!.id, keyHash: null });
      expect(await withCode(storage, code!.id)).toBe('stored');
      expect(await storage.accessCodes.issue(codes(1), 5)).toBe('full');
      expect(await storage.responses.countByCampaign('c-1')).toBe(2);
    });

    it('never refuse a personal link or a code, which hold a place of their own', async () => {
      const { storage } = await open();
      const [code] = codes(1);
      await storage.accessCodes.issue([code!], 1);
      expect(await shared(storage, 1)).toBe('full');
      expect(await withCode(storage, code!.id)).toBe('stored');
    });
  });

  describe('the ways of answering, kept apart', () => {
    it('a shared link takes no answer where a personal link or a code was given, used or not, in the department or its unit', async () => {
      const { storage } = await open();
      await storage.accessCodes.issue(codes(1, 'd1'), 9);
      await storage.surveyInvitations.addMany(listed(['a@x.org'], 'd2'));
      // Places are free in each; what closes the link is the ticket.
      expect(await shared(storage, 9, 'd1')).toBe('closed');
      expect(await shared(storage, 9, 'd2')).toBe('closed');
      expect(await sharedIn(storage, 9, 'd3', ['d3', 'd1'])).toBe('closed');
      expect(await sharedIn(storage, 9, 'd3', ['d3', 'd4'])).toBe('stored');
      expect(await storage.responses.countByDepartment('c-1')).toEqual({ d3: 1 });
      // Still refused once the code is used.
      const [used] = codes(1, 'd5');
      await storage.accessCodes.issue([used!], 9);
      await storage.submissions.submit({
        response: response('d5'),
        invitationId: null,
        accessCodeId: used!.id,
        keyHash: null,
      });
      expect(await shared(storage, 9, 'd5')).toBe('closed');
    });

    it('no code is made and nobody is listed where answers came through a shared link, in the department or its unit', async () => {
      const { storage } = await open();
      expect(await shared(storage, 9, 'd1')).toBe('stored');
      expect(await storage.accessCodes.issue(codes(1, 'd1'), 9)).toBe('beside-shared-answers');
      expect(await storage.accessCodes.issue(codes(1, 'd2'), 9, ['d2', 'd1'])).toBe('beside-shared-answers');
      expect(await storage.accessCodes.countByDepartment('c-1')).toEqual({});
      expect(await storage.surveyInvitations.addMany(listed(['a@x.org', 'b@x.org'], 'd1'))).toEqual({
        besideSharedAnswers: ['d1'],
      });
      expect(await storage.surveyInvitations.addMany(listed(['c@x.org'], 'd2'), () => ['d2', 'd1'])).toEqual({
        besideSharedAnswers: ['d1'],
      });
      expect(await storage.surveyInvitations.listByCampaign('c-1')).toEqual([]);
      // Departments reported on their own are not affected.
      expect(await storage.accessCodes.issue(codes(1, 'd3'), 9)).toBe('issued');
      const added = await storage.surveyInvitations.addMany(listed(['d@x.org'], 'd4'));
      expect('added' in added && added.added.map((i) => i.email)).toEqual(['d@x.org']);
    });

    it('answers through personal links and codes never count as shared-link answers, even on their way', async () => {
      const { storage } = await open();
      const people = listed(['a@x.org']);
      await storage.surveyInvitations.addMany(people);
      const [code] = codes(1);
      await storage.accessCodes.issue([code!], 9);
      const answering = [
        storage.submissions.submit({ response: response(), invitationId: people[0]!.id, keyHash: null }),
        withCode(storage, code!.id),
      ];
      // Asked while both are being stored, and again once they are.
      const meanwhile = storage.surveyInvitations.addMany(listed(['b@x.org']));
      expect(await Promise.all(answering)).toEqual(['stored', 'stored']);
      expect('added' in (await meanwhile)).toBe(true);
      expect('added' in (await storage.surveyInvitations.addMany(listed(['c@x.org'])))).toBe(true);
    });

    it('let no shared-link answer in between the check and the list or codes, whichever comes first', async () => {
      const { storage } = await open();
      // The answer first: it holds its place while it is written, so the list is refused.
      const [answered, list] = await Promise.all([
        shared(storage, 9, 'd1'),
        storage.surveyInvitations.addMany(listed(['a@x.org'], 'd1')),
      ]);
      expect([answered, list]).toEqual(['stored', { besideSharedAnswers: ['d1'] }]);
      // The codes or the list first: the answer, whose places were counted before, is refused.
      const [issued, refused] = await Promise.all([
        storage.accessCodes.issue(codes(1, 'd2'), 9),
        shared(storage, 9, 'd2'),
      ]);
      expect([issued, refused]).toEqual(['issued', 'closed']);
      const [added, late] = await Promise.all([
        storage.surveyInvitations.addMany(listed(['b@x.org'], 'd3')),
        shared(storage, 9, 'd3'),
      ]);
      expect('added' in added).toBe(true);
      expect(late).toBe('closed');
      expect(await storage.responses.countByDepartment('c-1')).toEqual({ d1: 1 });
    });

    it('a person taken off the list after answering still closes their department to shared links, and is no shared-link answer', async () => {
      const { storage, reopen } = await open();
      const [a] = listed(['a@x.org']);
      await storage.surveyInvitations.addMany([a!]);
      await storage.submissions.submit({ response: response(), invitationId: a!.id, keyHash: null });
      expect(await storage.surveyInvitations.remove(a!.id)).toBe(true);
      expect(await storage.surveyInvitations.remove(a!.id)).toBe(false);
      expect(await storage.surveyInvitations.listByCampaign('c-1')).toEqual([]);
      expect(await storage.surveyInvitations.countByDepartment('c-1')).toEqual({});
      // Across a restart too. Nobody is listed, so places are the headcount again, and free: the link stays
      // closed all the same, and the answer is not taken for one through a shared link.
      const reopened = await reopen();
      expect(await shared(reopened, 9, 'd1')).toBe('closed');
      expect(await reopened.accessCodes.issue(codes(1, 'd1'), 9)).toBe('issued');
      expect('added' in (await reopened.surveyInvitations.addMany(listed(['a@x.org'])))).toBe(true);
      expect((await reopened.surveyInvitations.listByCampaign('c-1')).map((i) => i.email)).toEqual([
        'a@x.org',
      ]);
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
