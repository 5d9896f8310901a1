// Two instances (two storages, each with its own pool) on one schema behave as one: a personal link is spent
// once however many submissions race through both, a department's places are never overfilled, and many
// answers through both are all stored, folded into dense positions, with everyone marked answered.

import { describe, expect, it } from 'vitest';
import type { SubmitOutcome } from '../../../../server/storage/submission-store';
import { invitedStaff } from '../../../fixtures/invited-staff';
import { makeResponse } from '../../../fixtures/make-response';
import {
  logWarning,
  storagesOnOneSchema,
  TEST_DATABASE_URL,
  cleanupsAfterEach,
} from '../../../support/postgres-for-tests';

const cleanups = cleanupsAfterEach();

/** Two storages on one fresh schema, as two server instances; each closed after the test. */
async function twoInstances() {
  const { storages, open } = await storagesOnOneSchema(2, { warn: logWarning, cleanups });
  return { a: storages[0], b: storages[1], open };
}

const staff = (count: number) => invitedStaff(count, (i) => `d${i % 3}`);

const count = (outcomes: SubmitOutcome[], outcome: SubmitOutcome) =>
  outcomes.filter((o) => o === outcome).length;

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL responses: two instances as one', () => {
  it('spends one personal link once, submitted ten times at once through both', async () => {
    const { a, b } = await twoInstances();
    const [person] = staff(1);
    await a.surveyInvitations.addMany([person!]);
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 === 0 ? a : b).submissions.submit({
          response: makeResponse({ campaignId: 'c-1', departmentId: person!.departmentId }),
          invitationId: person!.id,
          keyHash: null,
        }),
      ),
    );
    expect(count(outcomes, 'stored')).toBe(1);
    expect(count(outcomes, 'already-answered')).toBe(9);
    expect(await b.responses.countByCampaign('c-1')).toBe(1);
    expect((await a.surveyInvitations.listByCampaign('c-1'))[0]!.answered).toBe(true);
  });

  it('stores exactly as many shared-link answers as the department has places, through both', async () => {
    const { a, b } = await twoInstances();
    const outcomes = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 === 0 ? a : b).submissions.submit({
          response: makeResponse({ campaignId: 'c-1', departmentId: 'd1' }),
          invitationId: null,
          places: 50,
          keyHash: null,
        }),
      ),
    );
    expect(count(outcomes, 'stored')).toBe(50);
    expect(count(outcomes, 'full')).toBe(150);
    expect(await a.responses.countByDepartment('c-1')).toEqual({ d1: 50 });
    expect(await b.responses.countByCampaign('c-1')).toBe(50);
  });

  it('stores 300 answers through personal links from both, folded into positions 0..299', async () => {
    const { a, b, open } = await twoInstances();
    const people = staff(300);
    await a.surveyInvitations.addMany(people);
    const outcomes = await Promise.all(
      people.map((p, i) =>
        (i % 2 === 0 ? a : b).submissions.submit({
          response: makeResponse({ campaignId: 'c-1', departmentId: p.departmentId }),
          invitationId: p.id,
          keyHash: `key-${p.id}`,
        }),
      ),
    );
    expect(count(outcomes, 'stored')).toBe(300);
    const positions: number[] = [];
    const ids = new Set<string>();
    expect(
      await b.responses.scan('c-1', (r, i) => {
        positions.push(i);
        ids.add(r.id);
      }),
    ).toBe(300);
    expect(positions).toEqual(Array.from({ length: 300 }, (_, i) => i));
    expect(ids.size).toBe(300);
    const listed = await a.surveyInvitations.listByCampaign('c-1');
    expect(listed.filter((i) => i.answered)).toHaveLength(300);
    expect(await a.responses.countByDepartment('c-1')).toEqual({ d0: 100, d1: 100, d2: 100 });
    // Once both have finished their folds, another instance reads the same; fewer than 16 spends stay pending.
    await a.close();
    await b.close();
    const c = await open();
    expect((await c.surveyInvitations.listByCampaign('c-1')).every((i) => i.answered)).toBe(true);
    const { rows } = await c.database.query<{ n: string }>(
      'SELECT coalesce(sum(cardinality(tickets)), 0) AS n FROM pending_spends',
    );
    expect(Number(rows[0]!.n)).toBeLessThan(16);
  });
});
