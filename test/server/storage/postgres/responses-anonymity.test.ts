// What the database itself holds after answers through personal links, system columns included: no response
// row shares a transaction id with a person's, a code's or a pending spend's row; people are marked answered
// in batches sharing one transaction, in the table's order rather than the order they answered; no sequence
// exists behind them; and a server recording commit timestamps is refused (pg-submission-store.ts says why).

import { describe, expect, it } from 'vitest';
import { refuseCommitTimestamps } from '../../../../server/storage/postgres/responses/commit-timestamps';
import { BATCH } from '../../../../server/storage/postgres/responses/marks-fold';
import { invitedStaff } from '../../../fixtures/invited-staff';
import { makeResponse } from '../../../fixtures/make-response';
import {
  logWarning,
  schemaClient,
  storagesOnOneSchema,
  TEST_DATABASE_URL,
  cleanupsAfterEach,
  withClient,
} from '../../../support/postgres-for-tests';
import { shuffled } from '../../../support/seeded-shuffle';

const cleanups = cleanupsAfterEach();

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL responses: what system columns tell', () => {
  it('pairs no person or code with a response by transaction id, row order or sequence', async () => {
    const {
      schema,
      storages: [storage],
    } = await storagesOnOneSchema(1, { warn: logWarning, cleanups });
    const people = invitedStaff(40, (i) => (i % 2 === 0 ? 'd1' : 'd2'));
    await storage.surveyInvitations.addMany(people);
    const codes = ['a', 'b', 'c'].map((x) => ({
      id: `code-${x}`,
      campaignId: 'c-1',
      departmentId: 'd3',
      codeHash: `hash-${x}`,
      createdOn: '2026-03-01',
      answered: false,
    }));
    expect(await storage.accessCodes.issue(codes, 5)).toBe('issued');

    const order = shuffled(people, 7);
    expect(order.map((p) => p.id)).not.toEqual(people.map((p) => p.id));
    for (const p of order) {
      const response = makeResponse({ campaignId: 'c-1', departmentId: p.departmentId });
      expect(await storage.submissions.submit({ response, invitationId: p.id, keyHash: `k-${p.id}` })).toBe(
        'stored',
      );
    }
    for (const code of codes.slice(0, 2)) {
      const response = makeResponse({ campaignId: 'c-1', departmentId: 'd3' });
      expect(
        await storage.submissions.submit({
          response,
          invitationId: null,
          accessCodeId: code.id,
          keyHash: null,
        }),
      ).toBe('stored');
    }
    // Everyone reads as answered, whether their flag is set or their spend still pending.
    expect((await storage.surveyInvitations.listByCampaign('c-1')).every((i) => i.answered)).toBe(true);
    expect((await storage.accessCodes.findByCodeHash('hash-b'))?.answered).toBe(true);
    expect((await storage.accessCodes.findByCodeHash('hash-c'))?.answered).toBe(false);
    // Closing waits for the folds that follow each submission.
    await storage.close();

    const client = await schemaClient(schema);
    try {
      const ids = async (sql: string) =>
        new Set((await client.query<{ x: string }>(sql)).rows.map((r) => r.x).filter((x) => x !== '0'));
      const responseXmins = await ids('SELECT xmin::text AS x FROM responses');
      expect(responseXmins.size).toBeGreaterThan(0);
      expect((await client.query('SELECT 1 FROM response_inbox')).rowCount).toBe(0);
      expect((await client.query('SELECT 1 FROM responses')).rowCount).toBe(42);
      // The keys' rows keep their submissions' ids: no pending set is left carrying one of them.
      const submissionXmins = await ids('SELECT xmin::text AS x FROM submission_keys');
      expect(submissionXmins.size).toBe(40);
      const pendingXmins = await ids('SELECT xmin::text AS x FROM pending_spends');
      expect(pendingXmins.size).toBeLessThanOrEqual(1);
      expect([...pendingXmins].filter((x) => submissionXmins.has(x))).toEqual([]);
      for (const table of ['survey_people', 'access_codes', 'pending_spends']) {
        const others = await ids(
          `SELECT xmin::text AS x FROM ${table} UNION SELECT xmax::text AS x FROM ${table}`,
        );
        expect(
          [...responseXmins].filter((x) => others.has(x)),
          table,
        ).toEqual([]);
      }

      // Flags set in batches of at least BATCH people sharing one transaction, each batch in id order on
      // disk; the rest still pending, as sorted sets.
      const flagged = (
        await client.query<{ id: string; x: string }>(
          `SELECT id, xmin::text AS x FROM survey_people WHERE answered ORDER BY xmin::text::bigint, ctid`,
        )
      ).rows;
      const batches = new Map<string, string[]>();
      for (const r of flagged) batches.set(r.x, [...(batches.get(r.x) ?? []), r.id]);
      expect(batches.size).toBeGreaterThan(0);
      for (const batch of batches.values()) {
        expect(batch.length).toBeGreaterThanOrEqual(BATCH);
        expect(batch).toEqual([...batch].sort());
      }
      const pending = (
        await client.query<{ tickets: string[] }>('SELECT tickets FROM pending_spends')
      ).rows.map((r) => r.tickets);
      for (const set of pending) expect(set).toEqual([...set].sort());
      expect(flagged.length + pending.flat().filter((t) => t.startsWith('p:')).length).toBe(40);
      expect(pending.flat().length).toBeLessThan(BATCH);
      // The order of people on disk is not the order they answered in.
      const answeredOrder = order.map((p) => p.id).filter((id) => flagged.some((f) => f.id === id));
      expect(flagged.map((f) => f.id)).not.toEqual(answeredOrder);

      // No column of these tables counts or times anything: no sequence behind a default, no identity, no
      // timestamp. (Other parts' tables, which hold no answer and no ticket, may have sequences of their own.)
      const tables = [
        'survey_people',
        'person_links',
        'staff_retention',
        'access_codes',
        'submission_keys',
        'pending_spends',
        'response_inbox',
        'responses',
      ];
      const counting = await client.query(
        `SELECT c.table_name, c.column_name FROM information_schema.columns c
         WHERE c.table_schema = $1 AND c.table_name = ANY($2::text[])
           AND (c.is_identity = 'YES' OR c.column_default LIKE '%nextval%' OR c.data_type LIKE 'timestamp%'
                OR c.data_type IN ('date', 'time', 'time with time zone'))`,
        [schema, tables],
      );
      expect(counting.rows).toEqual([]);
      const owned = await client.query(
        `SELECT s.relname FROM pg_class s JOIN pg_depend d ON d.objid = s.oid
         JOIN pg_class t ON t.oid = d.refobjid JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE s.relkind = 'S' AND n.nspname = $1 AND t.relname = ANY($2::text[])`,
        [schema, tables],
      );
      expect(owned.rows).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('refuses a server that records commit timestamps, and opens on one that does not', async () => {
    const setting = (value: string) => ({
      query: async () => ({ rows: [{ track_commit_timestamp: value }] }) as never,
    });
    await expect(refuseCommitTimestamps(setting('on'))).rejects.toThrow(/track_commit_timestamp/);
    await expect(refuseCommitTimestamps(setting('off'))).resolves.toBeUndefined();
    await withClient(null, (client) => expect(refuseCommitTimestamps(client)).resolves.toBeUndefined());
  });
});
