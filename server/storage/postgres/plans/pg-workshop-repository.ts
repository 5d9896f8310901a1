// The workshops: one row each, with the join code unique across all of them, and a side table of the
// participants' token hashes kept in the same transaction as every change (a participant is found by the
// hash of their cookie without reading any workshop). A change goes through changeRow (pg-documents.ts): the
// workshop is locked, so twenty participants writing at once each change the others' result. Each committed
// change is then published, as the embedded store publishes each durable one.

import type { Workshop, WorkshopParticipant } from '../../../domain/workshop/workshop';
import type { WorkshopEvents } from '../../workshop-events';
import type { WorkshopRepository } from '../../workshop-repository';
import type { PgDatabase, PgQueryable } from '../pg-database';
import { changeRow, json } from './pg-documents';

/** Brings the token-hash table in line with the workshop's participants, touching only those that changed. */
async function indexParticipants(
  tx: PgQueryable,
  workshop: Workshop,
  before: readonly WorkshopParticipant[],
): Promise<void> {
  const old = new Map(before.map((p) => [p.id, p.tokenHash]));
  const now = new Map(workshop.participants.map((p) => [p.id, p.tokenHash]));
  const gone = [...old.keys()].filter((id) => !now.has(id));
  if (gone.length > 0)
    await tx.query('DELETE FROM workshop_participants WHERE workshop_id = $1 AND participant_id = ANY($2)', [
      workshop.id,
      gone,
    ]);
  const changed = [...now].filter(([id, hash]) => old.get(id) !== hash);
  if (changed.length > 0)
    await tx.query(
      `INSERT INTO workshop_participants (workshop_id, participant_id, organization_id, token_hash)
       SELECT $1, p, $2, h FROM unnest($3::text[], $4::text[]) AS t(p, h)
       ON CONFLICT (workshop_id, participant_id) DO UPDATE SET token_hash = EXCLUDED.token_hash`,
      [workshop.id, workshop.organizationId, changed.map(([id]) => id), changed.map(([, hash]) => hash)],
    );
}

const newestFirst = (a: Workshop, b: Workshop) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

export function pgWorkshopRepository(db: PgDatabase, events: WorkshopEvents): WorkshopRepository {
  const one = async (where: string, value: string) => {
    const { rows } = await db.query<{ doc: Workshop }>(`SELECT doc FROM workshops WHERE ${where} = $1`, [
      value,
    ]);
    return rows[0]?.doc;
  };

  return {
    async create(workshop) {
      return db.transaction(async (tx) => {
        // A clash on the id or the code leaves the row out and says so: nothing is written.
        const { rowCount } = await tx.query(
          `INSERT INTO workshops (id, organization_id, code, doc) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
          [workshop.id, workshop.organizationId, workshop.code, json(workshop)],
        );
        if (rowCount === 0) return false;
        await indexParticipants(tx, workshop, []);
        return true;
      });
    },
    get: (id) => one('id', id),
    byCode: (code) => one('code', code),
    async listByOrganization(organizationId) {
      const { rows } = await db.query<{ doc: Workshop }>(
        'SELECT doc FROM workshops WHERE organization_id = $1',
        [organizationId],
      );
      // Sorted here, exactly as the embedded store sorts, rather than by the database's collation.
      return rows.map((r) => r.doc).sort(newestFirst);
    },
    async change(id, apply) {
      const changed = await db.transaction((tx) =>
        changeRow<{ doc: Workshop }, Workshop | undefined>(tx, 'workshops', { id }, async ({ doc }) => {
          const before = doc.participants;
          const next = apply(structuredClone(doc));
          if (next === undefined) return { result: undefined };
          await indexParticipants(tx, next, before);
          return {
            result: next,
            set: { doc: next, code: next.code, organization_id: next.organizationId },
          };
        }),
      );
      if (changed) events.publish(id, changed.version);
      return changed;
    },
    async removeOrganization(organizationId) {
      // The participants' rows go with their workshops (ON DELETE CASCADE).
      await db.query('DELETE FROM workshops WHERE organization_id = $1', [organizationId]);
    },
    async participantByTokenHash(tokenHash) {
      const { rows } = await db.query<{ workshop_id: string; participant_id: string }>(
        'SELECT workshop_id, participant_id FROM workshop_participants WHERE token_hash = $1 LIMIT 1',
        [tokenHash],
      );
      const row = rows[0];
      return row ? { workshopId: row.workshop_id, participantId: row.participant_id } : undefined;
    },
  };
}
