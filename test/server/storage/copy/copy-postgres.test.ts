// Into PostgreSQL and back, for leaving: an embedded installation copied into an empty schema verifies
// equal and serves the same reports, links and codes from the database; copied out again into a new data
// directory it verifies equal once more and serves the reports the original did. In the database, no
// person's row shares a transaction id with a response's.

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyStorage } from '../../../../server/storage/copy/copy-storage';
import {
  freshSchema,
  schemaClient,
  storagesOnOneSchema,
  TEST_DATABASE_URL,
  cleanupsAfterEach,
} from '../../../support/postgres-for-tests';
import { copyData, copySupport } from './copy-support';

const cleanups = cleanupsAfterEach();
const { emptyDir, opened, ownerView, stoppedInstallation, answerThrough } = copySupport(cleanups);

describe.skipIf(TEST_DATABASE_URL === null)('copying through PostgreSQL', () => {
  it('embedded -> PostgreSQL -> embedded keeps every count, the order of responses and every report', async () => {
    const made = await stoppedInstallation();
    const { t } = made;
    const campaigns = [made.setup.campaign.id, made.pulse.id, made.archive.id];
    const source = await opened(t.dataDir);
    const {
      schema,
      storages: [database],
    } = await storagesOnOneSchema(1, { cleanups });

    const into = await copyStorage(source, database, t.deps.questionnaires);
    expect(into.verification).toEqual({ campaigns: 3, reportsEqual: 3, differences: [] });

    // The copy pairs nobody with a response: each list went in as one transaction, none a response's.
    const sql = await schemaClient(schema);
    try {
      for (const id of [made.setup.campaign.id, made.archive.id]) {
        const people = await sql.query(
          'SELECT DISTINCT xmin::text AS x FROM survey_people WHERE campaign_id = $1',
          [id],
        );
        expect(people.rows).toHaveLength(1);
        const paired = await sql.query('SELECT count(*)::int AS n FROM responses WHERE xmin::text = $1', [
          people.rows[0].x,
        ]);
        expect(paired.rows[0].n).toBe(0);
      }
      // A response arrives as the response alone: not the embedded log's claim or idempotency key.
      const keys = await sql.query('SELECT DISTINCT jsonb_object_keys(doc) AS k FROM responses ORDER BY k');
      expect(keys.rows.map((r) => r.k)).toEqual([
        'answers',
        'campaignId',
        'departmentId',
        'id',
        'language',
        'submittedOn',
      ]);
    } finally {
      await sql.end();
    }

    const back = await opened(await emptyDir());
    const out = await copyStorage(database, back, t.deps.questionnaires);
    expect(out.verification).toEqual({ campaigns: 3, reportsEqual: 3, differences: [] });
    expect(out.counts.rows()).toEqual(into.counts.rows());

    for (const id of campaigns) {
      const original = await ownerView(t, source, id);
      const returned = await ownerView(t, back, id);
      expect(returned.report).toEqual(original.report);
      expect(returned.staff).toEqual(original.staff);
    }
    expect(await back.audit.list()).toEqual(await source.audit.list());

    // Served from the database: the same report, used links and codes refused, unused ones taken once.
    const served = await ownerView(t, database, made.setup.campaign.id);
    expect(served.report).toEqual((await ownerView(t, source, made.setup.campaign.id)).report);
    expect((await answerThrough(served.app, made.usedLink)).status).toBe(409);
    expect((await answerThrough(served.app, made.usedCode)).status).toBe(409);
    expect((await answerThrough(served.app, made.unusedLink)).status).toBe(201);
    expect((await answerThrough(served.app, made.unusedCode)).status).toBe(201);
    expect((await answerThrough(served.app, made.unusedLink)).status).toBe(409);
  });

  it('npm run copy-data copies into a schema, across to another and back out, each schema named', async () => {
    const made = await stoppedInstallation();
    const { schema, drop } = await freshSchema();
    cleanups.push(drop);
    const out = join(await emptyDir(), 'back');

    const into = await copyData('--from', made.t.dataDir, '--to', TEST_DATABASE_URL!, '--schema', schema);
    expect(into.stderr).toBe('');
    expect(into.code).toBe(0);
    expect(into.stdout.trim().split('\n').at(-1)).toBe('verified: reports equal for 3 campaigns');

    const again = await copyData('--from', made.t.dataDir, '--to', TEST_DATABASE_URL!, '--schema', schema);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /already holds 1 organization\(s\) and 2 account\(s\): a copy goes into an empty one/,
    );

    // Between two schemas, each side named on its own.
    const second = await freshSchema();
    cleanups.push(second.drop);
    const across = await copyData(
      '--from',
      TEST_DATABASE_URL!,
      '--from-schema',
      schema,
      '--to',
      TEST_DATABASE_URL!,
      '--to-schema',
      second.schema,
    );
    expect(across.code).toBe(0);
    expect(across.stdout.trim().split('\n').at(-1)).toBe('verified: reports equal for 3 campaigns');

    const back = await copyData('--from', TEST_DATABASE_URL!, '--schema', second.schema, '--to', out);
    expect(back.stderr).toBe('');
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('No server instance may write to the source database while this runs');
    expect(back.stdout.trim().split('\n').at(-1)).toBe('verified: reports equal for 3 campaigns');
  });
});
