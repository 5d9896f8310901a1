// A campaign's staff list, access codes and responses read and written whole, for copying an installation
// (server/storage/copy/): the optional members everyRecord/restore, listByCampaign/restore and appendMany.
//
// Anonymity: a list is written in one transaction, every person with their answered mark, in list order;
// codes likewise; responses in windows of their stored order, straight into their positions. So the people
// share one transaction id and row order that say nothing of who answered what, and no person's row is
// written in a transaction that writes a response.

import { addCounts } from './response-counts';
import type { AccessCode } from '../../../domain/campaigns/access-code';
import type { SurveyResponse } from '../../../domain/instrument/response';
import type { SurveyInvitation } from '../../../domain/campaigns/survey-invitation';
import type { AccessCodeRepository } from '../../access-code-repository';
import type { ResponseRepository } from '../../response-repository';
import type { SurveyInvitationRepository } from '../../survey-invitation-repository';
import type { PgDatabase } from '../pg-database';
import { lockNames, lockNameShared, LOCKS } from './advisory-locks';
import { answeredSql, startedSql } from './answered';
import { foldInboxLocked } from './response-fold';

type PersonRow = { doc: Omit<SurveyInvitation, 'started' | 'answered'>; started: boolean; answered: boolean };

export function staffListCopies(
  db: PgDatabase,
): Required<Pick<SurveyInvitationRepository, 'everyRecord' | 'restore'>> {
  return {
    async everyRecord(campaignId) {
      const { rows } = await db.query<PersonRow>(
        `SELECT p.doc, ${startedSql('p', '$1')} AS started, ${answeredSql('p', 'p', '$1')} AS answered FROM survey_people p
         WHERE p.campaign_id = $1 ORDER BY p.list_order`,
        [campaignId],
      );
      return rows.map((r) => ({ ...r.doc, started: r.started, answered: r.answered }));
    },
    restore: (campaignId, records) =>
      db.transaction(async (tx) => {
        if (records.some((r) => r.campaignId !== campaignId)) throw new Error('A list is of one campaign');
        await lockNames(tx, [LOCKS.people(campaignId)]);
        const { rowCount } = await tx.query('SELECT 1 FROM survey_people WHERE campaign_id = $1 LIMIT 1', [
          campaignId,
        ]);
        if (rowCount)
          throw new Error(
            `Campaign ${campaignId} already has a staff list: a copy goes into an empty storage`,
          );
        // A list erased already (its retention copied first) stays erased: its people take no link.
        const { rows: retention } = await tx.query<{ erased: boolean }>(
          'SELECT erased_on IS NOT NULL AS erased FROM staff_retention WHERE campaign_id = $1',
          [campaignId],
        );
        const erased = retention[0]?.erased === true;
        await tx.query(
          `INSERT INTO survey_people
             (campaign_id, id, department_id, list_order, email, removed, erased, started, answered, doc)
           SELECT $1, u.id, u.department_id, u.n - 1, u.email, u.removed, $2, u.started, u.answered, u.doc::jsonb
           FROM unnest($3::text[], $4::text[], $5::text[], $6::boolean[], $7::boolean[], $8::boolean[], $9::text[])
             WITH ORDINALITY AS u(id, department_id, email, removed, started, answered, doc, n)`,
          [
            campaignId,
            erased,
            records.map((r) => r.id),
            records.map((r) => r.departmentId),
            records.map((r) => r.email),
            records.map((r) => r.removed === true),
            records.map((r) => r.started),
            records.map((r) => r.answered),
            records.map(({ started: _s, answered: _a, ...doc }) => JSON.stringify(doc)),
          ],
        );
        const links = records
          .filter((r) => r.removed !== true)
          .flatMap((r) => r.tokenHashes.map((h) => [h, r.id]));
        await tx.query(
          `INSERT INTO person_links (token_hash, campaign_id, person_id)
           SELECT u.hash, $1, u.person FROM unnest($2::text[], $3::text[]) AS u(hash, person)`,
          [campaignId, links.map(([hash]) => hash), links.map(([, person]) => person)],
        );
      }),
  };
}

export function accessCodeCopies(
  db: PgDatabase,
): Required<Pick<AccessCodeRepository, 'listByCampaign' | 'restore'>> {
  return {
    async listByCampaign(campaignId) {
      const { rows } = await db.query<{ doc: Omit<AccessCode, 'answered'>; answered: boolean }>(
        `SELECT c.doc, ${answeredSql('c', 'c')} AS answered FROM access_codes c WHERE c.campaign_id = $1
         ORDER BY c.id`,
        [campaignId],
      );
      return rows.map((r) => ({ ...r.doc, answered: r.answered }));
    },
    async restore(codes) {
      if (codes.length === 0) return;
      await db.query(
        `INSERT INTO access_codes (campaign_id, id, department_id, code_hash, answered, doc)
         SELECT u.campaign_id, u.id, u.department_id, u.code_hash, u.answered, u.doc::jsonb
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[])
           AS u(campaign_id, id, department_id, code_hash, answered, doc)`,
        [
          codes.map((c) => c.campaignId),
          codes.map((c) => c.id),
          codes.map((c) => c.departmentId),
          codes.map((c) => c.codeHash),
          codes.map((c) => c.answered),
          codes.map(({ answered: _a, ...doc }) => JSON.stringify(doc)),
        ],
      );
    },
  };
}

export function responseCopies(db: PgDatabase): Required<Pick<ResponseRepository, 'appendMany'>> {
  return {
    async appendMany(campaignId, responses) {
      if (responses.some((r) => r.campaignId !== campaignId)) throw new Error('Responses of one campaign');
      if (responses.length === 0) return;
      await db.transaction(async (tx) => {
        // As an arrival, and under the fold lock: whatever the inbox holds goes first, then these, in order.
        await lockNameShared(tx, LOCKS.arrival(campaignId));
        await lockNames(tx, [LOCKS.fold(campaignId)]);
        await foldInboxLocked(tx, campaignId);
        await tx.query(
          `WITH inserted AS (
             INSERT INTO responses (campaign_id, position, id, department_id, doc)
             SELECT $1, base.start + u.n - 1, u.id, u.department_id, u.doc::jsonb
             FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS u(id, department_id, doc, n)
             CROSS JOIN (SELECT coalesce(max(position) + 1, 0) AS start FROM responses WHERE campaign_id = $1) base
             RETURNING department_id
           )
           ${addCounts('inserted')}`,
          [
            campaignId,
            responses.map((r) => r.id),
            responses.map((r) => r.departmentId),
            responses.map((r: SurveyResponse) => JSON.stringify(r)),
          ],
        );
      });
    },
  };
}
