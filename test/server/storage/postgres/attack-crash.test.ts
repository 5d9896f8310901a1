// A submission committed by an instance that dies before its folds (killed, or its connections cut in a
// failover): the response sits in the inbox and its spend in a pending set, both rows carrying the
// submission's transaction id, which pairs the person with the answer for as long as they stay so. Whoever
// opens the storage next folds them: the response once, in its position, and the sets rewritten.

import { describe, expect, it } from 'vitest';
import { invitedStaff } from '../../../fixtures/invited-staff';
import { makeResponse } from '../../../fixtures/make-response';
import {
  schemaClient,
  storagesOnOneSchema,
  TEST_DATABASE_URL,
  cleanupsAfterEach,
} from '../../../support/postgres-for-tests';

const cleanups = cleanupsAfterEach();

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL: folds after an instance died', () => {
  it('leaves no inbox row or pending set with a submission’s id once another instance opens', async () => {
    const {
      schema,
      storages: [first],
      open,
    } = await storagesOnOneSchema(1, { cleanups });
    const people = invitedStaff(3);
    await first.surveyInvitations.addMany(people);

    // The folds of the instance about to die are kept waiting on their locks, then their connections cut.
    const admin = await schemaClient(schema);
    cleanups.push(() => admin.end());
    for (const name of ['fold:c-1', 'marks:c-1'])
      await admin.query(`SELECT pg_advisory_lock(hashtextextended(current_schema() || ':' || $1, 0))`, [
        name,
      ]);
    const response = makeResponse({ campaignId: 'c-1', departmentId: 'd1' });
    expect(await first.submissions.submit({ response, invitationId: people[1]!.id, keyHash: 'k-1' })).toBe(
      'stored',
    );
    let waiting: number[] = [];
    while (waiting.length < 2) {
      waiting = (
        await admin.query<{ pid: number }>(
          `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND pid <> pg_backend_pid()`,
        )
      ).rows.map((r) => r.pid);
    }
    for (const pid of waiting) await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    await admin.query('SELECT pg_advisory_unlock_all()');
    await first.close();
    expect((await admin.query('SELECT 1 FROM response_inbox')).rowCount).toBe(1);

    // Another instance starts (or this one restarts): nothing else happens to the campaign.
    const second = await open();
    await second.close();

    expect((await admin.query('SELECT 1 FROM response_inbox')).rowCount).toBe(0);
    expect((await admin.query<{ id: string }>('SELECT id FROM responses')).rows).toEqual([
      { id: response.id },
    ]);
    const keys = (await admin.query<{ x: string }>('SELECT xmin::text AS x FROM submission_keys')).rows;
    const sets = (await admin.query<{ x: string }>('SELECT xmin::text AS x FROM pending_spends')).rows;
    expect(keys).toHaveLength(1);
    expect(sets.map((s) => s.x)).not.toContain(keys[0]!.x);
    // Answered once, still.
    const again = await open();
    try {
      const listed = await again.surveyInvitations.listByCampaign('c-1');
      expect(listed.map((i) => i.answered)).toEqual([false, true, false]);
      expect(await again.responses.countByCampaign('c-1')).toBe(1);
    } finally {
      await again.close();
    }
  });
});

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL: a connection cut mid-transaction', () => {
  it('rejects that call alone, and the storage answers the next', async () => {
    const {
      storages: [storage],
    } = await storagesOnOneSchema(1, { poolSize: 2, cleanups });
    // A failover or an administrator ending the backend while a transaction holds its connection.
    for (let i = 0; i < 3; i++)
      await expect(
        storage.database.transaction((tx) => tx.query('SELECT pg_terminate_backend(pg_backend_pid())')),
      ).rejects.toThrow(/terminat/i);
    expect(await storage.responses.countByCampaign('c-1')).toBe(0);
  });
});
