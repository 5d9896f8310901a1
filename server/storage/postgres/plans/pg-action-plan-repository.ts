// Each organization's action plan: one row per action, ordered as added (`seq`). A change goes through
// changeRow (pg-documents.ts): the action is locked, so two people changing it at once each change the
// other's result.

import type { PlanAction } from '../../../domain/decisions/action-plan';
import type { ActionPlanRepository } from '../../action-plan-repository';
import type { PgDatabase } from '../pg-database';
import { changeRow, json } from './pg-documents';

export function pgActionPlanRepository(db: PgDatabase): ActionPlanRepository {
  return {
    async list(organizationId) {
      const { rows } = await db.query<{ doc: PlanAction }>(
        'SELECT doc FROM plan_actions WHERE organization_id = $1 ORDER BY seq',
        [organizationId],
      );
      return rows.map((r) => r.doc);
    },
    async add(actions) {
      // One at a time in one transaction: each takes its place in the order given, and all or none are kept.
      await db.transaction(async (tx) => {
        for (const action of actions)
          await tx.query('INSERT INTO plan_actions (organization_id, id, doc) VALUES ($1, $2, $3)', [
            action.organizationId,
            action.id,
            json(action),
          ]);
      });
    },
    async change(organizationId, id, apply) {
      return db.transaction((tx) =>
        changeRow<{ doc: PlanAction }, PlanAction>(
          tx,
          'plan_actions',
          { organization_id: organizationId, id },
          ({ doc }) => {
            const next = apply(doc);
            return { result: next, set: { doc: next } };
          },
        ),
      );
    },
    async remove(organizationId, id) {
      const { rowCount } = await db.query('DELETE FROM plan_actions WHERE organization_id = $1 AND id = $2', [
        organizationId,
        id,
      ]);
      return (rowCount ?? 0) > 0;
    },
    async removeOrganization(organizationId) {
      await db.query('DELETE FROM plan_actions WHERE organization_id = $1', [organizationId]);
    },
  };
}
