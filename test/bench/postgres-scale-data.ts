// The benchmark's data at scale in PostgreSQL: a fresh schema holding what scale-data-dir.ts writes into a
// data directory. The organization and its open campaign go in through the storage, as the server would
// store them; the N responses go straight into the `responses` table (migration 003: dense positions
// 0..n-1 in the campaign, the response as a JSONB document), each with its idempotency key's hash in
// `submission_keys`, as a submission leaves it. pg-copy-streams is not installed, so not COPY: one INSERT
// of a few thousand rows (arrays unnested, one parameter per column) per statement, a few transactions.
// Then VACUUM ANALYZE, as a database that has held its data a while would have it: freshly inserted rows
// would otherwise make the first report read write hint bits and plan without statistics.

import { addCounts } from '../../server/storage/postgres/responses/response-counts';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { hashToken } from '../../server/security/passwords';
import { checkSchemaName } from '../../server/storage/postgres/pg-database';
import { openPostgresStorage } from '../../server/storage/postgres/open-postgres-storage';
import type { ScaleData } from './scale-data-dir';
import { scaleDemo } from './scale-data-dir';

/** Rows per INSERT, and INSERTs per transaction. */
const ROWS_PER_INSERT = 5_000;
const INSERTS_PER_TRANSACTION = 20;

export interface PostgresScaleData extends Omit<ScaleData, 'dataDir' | 'logBytes'> {
  schema: string;
  /** The server's environment for this schema. */
  env: Record<string, string>;
  /** Seconds: the records through the storage, the responses' INSERTs, and VACUUM ANALYZE. */
  seconds: { records: number; responses: number; vacuum: number };
  /** The responses table with its indexes and TOAST, in bytes, once seeded. */
  tableBytes: number;
  drop: () => Promise<void>;
}

/** The URL the PostgreSQL part runs against, or null when none is set (the part is then skipped). */
export const BENCH_DATABASE_URL =
  process.env.BENCH_DATABASE_URL?.trim() || process.env.TEST_DATABASE_URL?.trim() || null;

/** A schema of its own for one run, dropped by the `drop` returned. */
export async function benchSchema(url: string): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = checkSchemaName(`gw_bench_${randomBytes(5).toString('hex')}`);
  return {
    schema,
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function postgresScaleData(url: string, count: number): Promise<PostgresScaleData> {
  const { schema, drop } = await benchSchema(url);
  try {
    return await seed(url, schema, drop, count);
  } catch (error) {
    await drop().catch(() => undefined);
    throw error;
  }
}

async function seed(
  url: string,
  schema: string,
  drop: () => Promise<void>,
  count: number,
): Promise<PostgresScaleData> {
  const demo = await scaleDemo();
  const seconds = { records: 0, responses: 0, vacuum: 0 };
  let started = performance.now();
  // Migrations create the schema and its tables.
  const storage = await openPostgresStorage({ url, schema, poolSize: 2 }, (m) => console.warn(m));
  try {
    await storage.organizations.create(demo.organization);
    await storage.campaigns.create(demo.campaign);
  } finally {
    await storage.close();
  }
  seconds.records = (performance.now() - started) / 1000;

  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
  await client.connect();
  try {
    started = performance.now();
    const campaignId = demo.campaign.id;
    for (let from = 0; from < count;) {
      await client.query('BEGIN');
      for (let k = 0; k < INSERTS_PER_TRANSACTION && from < count; k++) {
        const to = Math.min(count, from + ROWS_PER_INSERT);
        const positions: number[] = [];
        const ids: string[] = [];
        const departments: string[] = [];
        const docs: string[] = [];
        const keys: string[] = [];
        for (let i = from; i < to; i++) {
          const response = demo.response(i);
          positions.push(i);
          ids.push(response.id);
          departments.push(response.departmentId);
          docs.push(JSON.stringify(response));
          keys.push(hashToken(randomBytes(32).toString('base64url')));
        }
        // With the per-department counts beside them, as every statement storing responses keeps them.
        await client.query(
          `WITH inserted AS (
             INSERT INTO responses (campaign_id, position, id, department_id, doc)
             SELECT $1, u.position, u.id, u.department_id, u.doc::jsonb
             FROM unnest($2::bigint[], $3::text[], $4::text[], $5::text[]) AS u(position, id, department_id, doc)
             RETURNING department_id
           )
           ${addCounts('inserted')}`,
          [campaignId, positions, ids, departments, docs],
        );
        await client.query(
          `INSERT INTO submission_keys (campaign_id, key_hash) SELECT $1, unnest($2::text[])`,
          [campaignId, keys],
        );
        from = to;
      }
      await client.query('COMMIT');
    }
    seconds.responses = (performance.now() - started) / 1000;
    started = performance.now();
    await client.query('VACUUM ANALYZE responses');
    await client.query('VACUUM ANALYZE submission_keys');
    seconds.vacuum = (performance.now() - started) / 1000;
    const { rows } = await client.query<{ bytes: string }>(
      `SELECT pg_total_relation_size('responses') AS bytes`,
    );
    return {
      schema,
      env: { DATABASE_URL: url, DATABASE_SCHEMA: schema },
      campaignId,
      departmentTokens: demo.departmentTokens,
      departmentIds: demo.departmentIds,
      seconds,
      tableBytes: Number(rows[0]!.bytes),
      drop,
    };
  } finally {
    await client.end();
  }
}
