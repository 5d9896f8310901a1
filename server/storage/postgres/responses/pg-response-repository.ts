// Responses in PostgreSQL: submitted into the inbox, folded into dense positions (response-fold.ts), read in
// position order. Reads that depend on order or on every response (scan, list, exclusion) fold first; counts
// add the inbox, so a tracking page sees an answer at once. A scan reads in keyset batches inside one
// read-only snapshot, so a million responses are never held at once and an exclusion meanwhile cannot shift
// what it reads.

import type { SurveyResponse } from '../../../domain/instrument/response';
import type { ResponseRepository } from '../../response-repository';
import type { PgDatabase } from '../pg-database';
import { lockNames, lockNameShared, LOCKS } from './advisory-locks';
import type { Background } from './background';
import { CAMPAIGN_COUNT, subtractCounts } from './response-counts';
import { foldInbox, foldInboxLocked } from './response-fold';
import { vacuum } from './vacuum';

/**
 * Rows per query of a scan: a thousand keeps memory small and round trips few (a million responses in a
 * thousand queries), and the event loop is given back between batches, so a tally built from a million
 * responses never holds up other requests for longer than one batch takes to visit.
 */
const SCAN_BATCH = 1_000;

export function createPgResponseRepository(
  db: PgDatabase,
  later: Background,
  warn: (message: string) => void,
): ResponseRepository {
  async function listAll(campaignId: string): Promise<SurveyResponse[]> {
    await foldInbox(db, campaignId);
    const { rows } = await db.query<{ doc: SurveyResponse }>(
      'SELECT doc FROM responses WHERE campaign_id = $1 ORDER BY position',
      [campaignId],
    );
    return rows.map((r) => r.doc);
  }

  return {
    async append(response) {
      await db.transaction(async (tx) => {
        await lockNameShared(tx, LOCKS.arrival(response.campaignId));
        await tx.query(
          `INSERT INTO response_inbox (campaign_id, id, department_id, doc) VALUES ($1, $2, $3, $4::jsonb)
           ON CONFLICT DO NOTHING`,
          [response.campaignId, response.id, response.departmentId, JSON.stringify(response)],
        );
      });
      // Durable now; folded before resolving so that responses appended one after another keep that order.
      await foldInbox(db, response.campaignId).catch((error: unknown) =>
        warn(`Folding responses failed (done again at the next read): ${(error as Error).message}`),
      );
    },
    listByCampaign: listAll,
    async scan(campaignId, visit, options = {}) {
      await foldInbox(db, campaignId);
      const client = await db.connect();
      let visited = 0;
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        for (let from = Math.max(0, options.from ?? 0); ;) {
          const { rows } = await client.query<{ position: string; doc: SurveyResponse }>(
            `SELECT position, doc FROM responses WHERE campaign_id = $1 AND position >= $2
             ORDER BY position LIMIT ${SCAN_BATCH}`,
            [campaignId, from],
          );
          for (const row of rows) {
            visit(row.doc, Number(row.position));
            visited++;
          }
          if (rows.length < SCAN_BATCH) break;
          from = Number(rows[rows.length - 1]!.position) + 1;
          await new Promise((resolve) => setImmediate(resolve));
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      return visited;
    },
    async countByCampaign(campaignId) {
      const { rows } = await db.query<{ n: string }>(`SELECT ${CAMPAIGN_COUNT} AS n`, [campaignId]);
      return Number(rows[0]!.n);
    },
    async countByDepartment(campaignId) {
      const { rows } = await db.query<{ department_id: string; n: string }>(
        `SELECT department_id, sum(n) AS n FROM (
           SELECT department_id, n FROM response_counts WHERE campaign_id = $1 AND n > 0
           UNION ALL SELECT department_id, 1 FROM response_inbox WHERE campaign_id = $1
         ) AS stored GROUP BY department_id ORDER BY department_id`,
        [campaignId],
      );
      return Object.fromEntries(rows.map((r) => [r.department_id, Number(r.n)]));
    },
    async remove(campaignId, ids, allow) {
      const outcome = await db.transaction(async (tx): Promise<number | 'refused'> => {
        // No response arrives while this runs: `allow` is asked about every one stored.
        await lockNames(tx, [LOCKS.arrival(campaignId), LOCKS.fold(campaignId)]);
        await foldInboxLocked(tx, campaignId);
        if (allow) {
          const { rows } = await tx.query<{ doc: SurveyResponse }>(
            'SELECT doc FROM responses WHERE campaign_id = $1 ORDER BY position',
            [campaignId],
          );
          if (!allow(rows.map((r) => r.doc))) return 'refused';
        }
        const { rows: removed } = await tx.query<{ n: string }>(
          `WITH gone AS (
             DELETE FROM responses WHERE campaign_id = $1 AND id = ANY($2::text[]) RETURNING department_id
           ), counted AS (${subtractCounts('gone')})
           SELECT count(*) AS n FROM gone`,
          [campaignId, [...ids]],
        );
        const rowCount = Number(removed[0]!.n);
        if (!rowCount) return 0;
        // Positions stay dense: those after a gap move down, checked unique at commit.
        await tx.query('SET CONSTRAINTS responses_position DEFERRED');
        await tx.query(
          `UPDATE responses r SET position = n.p
           FROM (SELECT id, row_number() OVER (ORDER BY position) - 1 AS p
                 FROM responses WHERE campaign_id = $1) AS n
           WHERE r.campaign_id = $1 AND r.id = n.id AND r.position <> n.p`,
          [campaignId],
        );
        return rowCount;
      });
      if (typeof outcome === 'number' && outcome > 0)
        later.run('Vacuuming responses', () => vacuum(db, ['responses'], warn));
      return outcome;
    },
    async removeCampaign(campaignId) {
      await db.transaction(async (tx) => {
        await lockNames(tx, [LOCKS.arrival(campaignId), LOCKS.fold(campaignId), LOCKS.marks(campaignId)]);
        for (const table of [
          'responses',
          'response_counts',
          'response_inbox',
          'submission_keys',
          'pending_spends',
        ])
          await tx.query(`DELETE FROM ${table} WHERE campaign_id = $1`, [campaignId]);
      });
      await vacuum(db, ['responses', 'response_inbox', 'submission_keys', 'pending_spends'], warn);
    },
  };
}
