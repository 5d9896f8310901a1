// The per-department counts (migration 005) stay equal to a recount of the responses through everything
// that adds or removes them: submissions from two instances at once, an exclusion, a copy's appendMany and a
// campaign's removal. Counting reads them, so a wrong count would let a department take more answers than
// it has people, or hide an exclusion from the report.

import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { makeResponse } from '../../../fixtures/make-response';
import {
  TEST_DATABASE_URL,
  schemaClient,
  storagesOnOneSchema,
  cleanupsAfterEach,
} from '../../../support/postgres-for-tests';

const cleanups = cleanupsAfterEach();

async function twoInstances() {
  const { schema, storages } = await storagesOnOneSchema(2, { cleanups });
  const sql = await schemaClient(schema);
  cleanups.push(() => sql.end());
  return { a: storages[0], b: storages[1], sql };
}

/** The counts kept, and a recount of the responses stored, per campaign and department (zeros left out). */
async function keptAndRecounted(sql: pg.Client) {
  const kept = await sql.query(
    'SELECT campaign_id, department_id, n::int FROM response_counts WHERE n > 0 ORDER BY 1, 2',
  );
  const recount = await sql.query(
    'SELECT campaign_id, department_id, count(*)::int AS n FROM responses GROUP BY 1, 2 ORDER BY 1, 2',
  );
  return { kept: kept.rows, recount: recount.rows };
}

describe.skipIf(TEST_DATABASE_URL === null)('response counts kept beside the responses', () => {
  it('equal a recount after two instances submit at once, an exclusion, a copy and a removal', async () => {
    const { a, b, sql } = await twoInstances();
    const departments = ['d1', 'd2', 'd3'];
    const responses = Array.from({ length: 120 }, (_, i) =>
      makeResponse({ id: `r${i}`, campaignId: 'c1', departmentId: departments[i % 3]! }),
    );
    await Promise.all(
      responses.map((response, i) =>
        (i % 2 === 0 ? a : b).submissions.submit({ response, invitationId: null, keyHash: null }),
      ),
    );
    // A read folds what is left in the inbox: then everything is counted, and counted once.
    expect(await a.responses.countByCampaign('c1')).toBe(120);
    await a.responses.scan('c1', () => undefined);
    let { kept, recount } = await keptAndRecounted(sql);
    expect(kept).toEqual(recount);
    expect(recount.map((r) => r.n)).toEqual([40, 40, 40]);
    expect(await b.responses.countByDepartment('c1')).toEqual({ d1: 40, d2: 40, d3: 40 });

    expect(await b.responses.remove('c1', ['r0', 'r3', 'r4', 'missing'])).toBe(3);
    ({ kept, recount } = await keptAndRecounted(sql));
    expect(kept).toEqual(recount);
    expect(await a.responses.countByDepartment('c1')).toEqual({ d1: 38, d2: 39, d3: 40 });
    expect(await a.responses.countByCampaign('c1')).toBe(117);

    await a.responses.appendMany!(
      'c2',
      Array.from({ length: 7 }, (_, i) =>
        makeResponse({ id: `s${i}`, campaignId: 'c2', departmentId: 'd9' }),
      ),
    );
    ({ kept, recount } = await keptAndRecounted(sql));
    expect(kept).toEqual(recount);
    expect(await b.responses.countByCampaign('c2')).toBe(7);

    await b.responses.removeCampaign('c1');
    ({ kept, recount } = await keptAndRecounted(sql));
    expect(kept).toEqual(recount);
    expect(await a.responses.countByCampaign('c1')).toBe(0);
    expect(await a.responses.countByDepartment('c1')).toEqual({});
  });
});
