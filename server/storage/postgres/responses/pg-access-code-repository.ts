// Access codes in PostgreSQL, as hashes: one row per code, its department and campaign as columns. A batch is
// issued under the locks of its department and its unit (advisory-locks.ts), checked and added in one
// transaction, so two batches never overfill a department and no shared-link answer comes in between.
// "Used" is read through answered.ts, since a submission never writes the code's row.

import type { AccessCode } from '../../../domain/campaigns/access-code';
import { firstOfBatch, type AccessCodeRepository } from '../../access-code-repository';
import type { PgDatabase } from '../pg-database';
import { lockNames, LOCKS } from './advisory-locks';
import { answeredSql } from './answered';
import type { CallOrder } from './call-order';
import { heldPlaces, holdingSharedAnswers } from './department-places';

type CodeDoc = Omit<AccessCode, 'answered'>;

export function createPgAccessCodeRepository(db: PgDatabase, order: CallOrder): AccessCodeRepository {
  return {
    async issue(codes, limit, reportedWith) {
      const first = firstOfBatch(codes);
      if (!first) return 'issued';
      const { campaignId, departmentId } = first;
      const unit = [departmentId, ...(reportedWith ?? [])];
      const locks = unit.map((d) => LOCKS.department(campaignId, d));
      return order.run(locks, () =>
        db.transaction(async (tx) => {
          await lockNames(tx, locks);
          if ((await holdingSharedAnswers(tx, campaignId, unit)).length > 0) return 'beside-shared-answers';
          if ((await heldPlaces(tx, campaignId, departmentId)) + codes.length > limit) return 'full';
          // The answered flag is a column of its own (answered.ts), not part of the document.
          const docs: CodeDoc[] = codes.map((code) => {
            const { answered: _a, ...doc } = code;
            return doc;
          });
          await tx.query(
            `INSERT INTO access_codes (campaign_id, id, department_id, code_hash, answered, doc)
           SELECT $1, u.id, $2, u.code_hash, u.answered, u.doc::jsonb
           FROM unnest($3::text[], $4::text[], $5::boolean[], $6::text[]) AS u(id, code_hash, answered, doc)`,
            [
              campaignId,
              departmentId,
              codes.map((c) => c.id),
              codes.map((c) => c.codeHash),
              codes.map((c) => c.answered),
              docs.map((d) => JSON.stringify(d)),
            ],
          );
          return 'issued';
        }),
      );
    },
    async findByCodeHash(codeHash) {
      const { rows } = await db.query<{ doc: CodeDoc; answered: boolean }>(
        `SELECT c.doc, ${answeredSql('c', 'c')} AS answered FROM access_codes c WHERE c.code_hash = $1`,
        [codeHash],
      );
      return rows[0] && { ...rows[0].doc, answered: rows[0].answered };
    },
    async countByDepartment(campaignId) {
      const { rows } = await db.query<{ department_id: string; n: string }>(
        `SELECT department_id, count(*) AS n FROM access_codes WHERE campaign_id = $1
         GROUP BY department_id ORDER BY department_id`,
        [campaignId],
      );
      return Object.fromEntries(rows.map((r) => [r.department_id, Number(r.n)]));
    },
  };
}
