// Attacks on the anonymity of PostgreSQL responses, as someone with SQL read access would make them after
// realistic traffic: people open their link and answer one at a time, with pauses, so every fold is a batch of
// one and the responses' positions follow the order of arrival. Nothing on the people's side may then follow
// that order either: no person's row may carry a transaction id of its own (the id of the transaction that
// marked them opened is a moment or two before their answer's), and within the rows sharing one id the order
// on disk must be the table's (id order), not the order of opening.

import type pg from 'pg';
import { describe, expect, it } from 'vitest';
import { BATCH } from '../../../../server/storage/postgres/responses/marks-fold';
import { invitedStaff } from '../../../fixtures/invited-staff';
import { makeResponse } from '../../../fixtures/make-response';
import {
  logWarning,
  storagesOnOneSchema,
  TEST_DATABASE_URL,
  cleanupsAfterEach,
  withClient,
} from '../../../support/postgres-for-tests';
import { shuffled } from '../../../support/seeded-shuffle';

const cleanups = cleanupsAfterEach();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A storage on a fresh schema; closing it waits for the folds that follow submissions. */
async function openStorage() {
  const {
    schema,
    storages: [storage],
  } = await storagesOnOneSchema(1, { warn: logWarning, cleanups });
  return { storage, schema, close: () => storage.close() };
}

/**
 * The people's rows grouped by their transaction id (xmin), each group in its order on disk (ctid): `flagged`
 * those whose started or answered flag is set (by a marks fold), `untouched` the rest.
 */
async function peopleByXmin(client: pg.Client): Promise<{ flagged: string[][]; untouched: string[][] }> {
  const { rows } = await client.query<{ id: string; x: string; flagged: boolean }>(
    `SELECT id, xmin::text AS x, started OR answered AS flagged FROM survey_people
     ORDER BY xmin::text::bigint, ctid`,
  );
  const group = (flagged: boolean) => {
    const groups = new Map<string, string[]>();
    for (const r of rows.filter((r) => r.flagged === flagged))
      groups.set(r.x, [...(groups.get(r.x) ?? []), r.id]);
    return [...groups.values()];
  };
  return { flagged: group(true), untouched: group(false) };
}

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL anonymity under attack', () => {
  for (const size of [10, 40]) {
    it(`people who open their link and answer one at a time (${size} listed) keep no order of answering`, async () => {
      const { storage, schema, close } = await openStorage();
      const people = invitedStaff(size);
      await storage.surveyInvitations.addMany(people);
      const order = shuffled(people, 11);
      for (const p of order) {
        // What GET /s/{token} does, then the answer a while later.
        await storage.surveyInvitations.markStarted(p.id);
        const response = makeResponse({ campaignId: 'c-1', departmentId: 'd1' });
        expect(await storage.submissions.submit({ response, invitationId: p.id, keyHash: `k-${p.id}` })).toBe(
          'stored',
        );
        // Folded one at a time: a quiet campaign.
        await storage.responses.listByCampaign('c-1');
        await pause(20);
      }
      const listed = await storage.surveyInvitations.listByCampaign('c-1');
      expect(listed.every((i) => i.started && i.answered)).toBe(true);
      await close();

      const { flagged, untouched } = await withClient(schema, peopleByXmin);
      // Those not folded yet are as the list's import wrote them: one transaction for them all.
      expect(untouched.length).toBeLessThanOrEqual(1);
      if (size < BATCH) expect(flagged).toEqual([]);
      for (const group of flagged) {
        // No person's row has a transaction id of its own, nor of a few: a fold writes at least a batch. (One
        // of them may have moved on to the next fold's: opened before a fold, answered after it.)
        expect(group.length).toBeGreaterThanOrEqual(BATCH - 1);
        // And the rows sharing one are on disk in the table's order (bar a row an earlier fold moved), not the
        // order of opening or answering.
        const answeredOrder = order.map((p) => p.id).filter((id) => group.includes(id));
        expect(group).not.toEqual(answeredOrder);
        const descents = group.filter((id, k) => k > 0 && id < group[k - 1]!).length;
        expect(descents).toBeLessThanOrEqual(2);
      }
    });
  }

  it('reads a person as started as soon as they open their link, and a removed one as never started', async () => {
    const { storage } = await openStorage();
    const [a, b] = invitedStaff(2);
    await storage.surveyInvitations.addMany([a!, b!]);
    await storage.surveyInvitations.markStarted(a!.id);
    await storage.surveyInvitations.markStarted(a!.id);
    const listed = await storage.surveyInvitations.listByCampaign('c-1');
    expect(listed.map((i) => [i.id, i.started])).toEqual([
      [a!.id, true],
      [b!.id, false],
    ]);
    expect(await storage.surveyInvitations.remove(a!.id)).toBe(true);
    await storage.surveyInvitations.markStarted(a!.id);
    expect((await storage.surveyInvitations.listByCampaign('c-1')).map((i) => i.id)).toEqual([b!.id]);
  });
});
