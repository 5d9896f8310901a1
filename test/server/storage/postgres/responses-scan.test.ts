// A scan at size: 20,000 responses read in position order in keyset batches, from the start and from near
// the end, the last of them appended through the inbox and its fold.

import { addCounts } from '../../../../server/storage/postgres/responses/response-counts';
import { describe, expect, it } from 'vitest';
import type { PgDatabase } from '../../../../server/storage/postgres/pg-database';
import { makeResponse } from '../../../fixtures/make-response';
import {
  openPostgresUnderTest,
  TEST_DATABASE_URL,
  cleanupsAfterEach,
} from '../../../support/postgres-for-tests';

const cleanups = cleanupsAfterEach();

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL responses: a scan at size', () => {
  it('visits 20,000 responses in stored order, from 0 and from 19,990', async () => {
    const under = await openPostgresUnderTest();
    cleanups.push(under.cleanup);
    const { storage } = under;
    const { database } = storage as typeof storage & { database: PgDatabase };
    // The first 19,990 written as stored (positions 0..19,989) in one statement; appending them one by one
    // would only make the test slow. The last ten come through append, one after another.
    // With the per-department counts beside them, as every statement storing responses keeps them.
    await database.query(
      `WITH inserted AS (
         INSERT INTO responses (campaign_id, position, id, department_id, doc)
         SELECT 'c-1', n, 'seeded-' || n, 'd' || (n % 7),
                jsonb_build_object('id', 'seeded-' || n, 'campaignId', 'c-1', 'departmentId', 'd' || (n % 7),
                                   'language', 'en', 'submittedOn', '2026-03-02', 'answers', jsonb_build_object('q', n % 5))
         FROM generate_series(0, 19989) AS n
         RETURNING department_id
       )
       ${addCounts('inserted')}`,
      ['c-1'],
    );
    const appended = Array.from({ length: 10 }, (_, i) =>
      makeResponse({ campaignId: 'c-1', departmentId: 'd1', answers: { q: i } }),
    );
    for (const r of appended) await storage.responses.append(r);
    expect(await storage.responses.countByCampaign('c-1')).toBe(20_000);

    let expected = 0;
    let outOfOrder = 0;
    const tail: string[] = [];
    expect(
      await storage.responses.scan('c-1', (r, i) => {
        if (i !== expected) outOfOrder++;
        if (i < 19_990 && r.id !== `seeded-${i}`) outOfOrder++;
        if (i >= 19_990) tail.push(r.id);
        expected++;
      }),
    ).toBe(20_000);
    expect(outOfOrder).toBe(0);
    expect(tail).toEqual(appended.map((r) => r.id));

    const late: [string, number][] = [];
    expect(await storage.responses.scan('c-1', (r, i) => late.push([r.id, i]), { from: 19_990 })).toBe(10);
    expect(late).toEqual(appended.map((r, i) => [r.id, 19_990 + i]));
    const [last] = late.slice(-1);
    expect(last).toEqual([appended[9]!.id, 19_999]);
  });
});
