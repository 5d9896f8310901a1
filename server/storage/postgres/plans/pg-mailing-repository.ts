// Mailing runs and each campaign's reminder plan. A run being sent records the instance sending it
// (`sender`); a read, and a change, see a `sending` run as `interrupted` once that instance is gone, as the
// embedded store does for the run its own stopped process left. Another instance still starting or running
// leaves a live instance's run as it is. Every change goes through changeRow (pg-documents.ts).

import { afterRestart, type MailingRun } from '../../../domain/campaigns/mailing-run';
import type { PlannedReminder } from '../../../domain/campaigns/reminder-schedule';
import type { MailingRepository } from '../../mailing-repository';
import type { PgDatabase, PgQueryable } from '../pg-database';
import { changeRow, json } from './pg-documents';
import { liveInstanceCondition } from './pg-instances';

/** Finished runs kept per campaign, as the embedded store keeps them. */
const RUNS_KEPT = 30;

interface RunRow {
  doc: MailingRun;
  live: boolean;
}

const pending = (reminders: PlannedReminder[]) => reminders.some((r) => r.outcome === null);

/** The run as a reader sees it: a `sending` run whose instance is gone was cut off by that stop. */
const asSeen = ({ doc, live }: RunRow): MailingRun => (live ? doc : afterRestart(doc));

export function pgMailingRepository(db: PgDatabase, instanceId: string): MailingRepository {
  const selectRuns = `SELECT doc, ${liveInstanceCondition('sender', '$2')} AS live FROM mailing_runs`;

  /** Locks the campaign's plan (made empty when it has none), so that changes of one campaign's mailings queue. */
  async function lockPlan(tx: PgQueryable, campaignId: string) {
    await tx.query(
      `INSERT INTO mailing_plans (campaign_id, pending, reminders) VALUES ($1, false, '[]')
       ON CONFLICT (campaign_id) DO NOTHING`,
      [campaignId],
    );
  }

  return {
    async runs(campaignId) {
      const { rows } = await db.query<RunRow>(`${selectRuns} WHERE campaign_id = $1 ORDER BY seq DESC`, [
        campaignId,
        instanceId,
      ]);
      return rows.map(asSeen);
    },
    async begin(run, plan) {
      await db.transaction(async (tx) => {
        await lockPlan(tx, run.campaignId);
        await changeRow<{ reminders: PlannedReminder[] }, void>(
          tx,
          'mailing_plans',
          { campaign_id: run.campaignId },
          ({ reminders }) =>
            plan ? { result: undefined, set: planColumns(plan(reminders)) } : { result: undefined },
        );
        // The first invitation mailing stays: reminders planned in days are counted from it.
        const { rows } = await tx.query<{ id: string; kind: string }>(
          `SELECT id, doc->>'kind' AS kind FROM mailing_runs WHERE campaign_id = $1 ORDER BY seq`,
          [run.campaignId],
        );
        const first = rows.find((r) => r.kind === 'invitation');
        const older = rows.filter((r) => r !== first);
        const dropped = older.slice(0, Math.max(0, rows.length + 1 - RUNS_KEPT)).map((r) => r.id);
        if (dropped.length > 0) await tx.query('DELETE FROM mailing_runs WHERE id = ANY($1)', [dropped]);
        await tx.query('INSERT INTO mailing_runs (id, campaign_id, sender, doc) VALUES ($1, $2, $3, $4)', [
          run.id,
          run.campaignId,
          run.state === 'sending' ? instanceId : null,
          json(run),
        ]);
      });
    },
    async change(runId, apply) {
      const changed = await db.transaction((tx) =>
        changeRow<{ doc: MailingRun; sender: string | null }, MailingRun>(
          tx,
          'mailing_runs',
          { id: runId },
          async ({ doc, sender }) => {
            const { rows } = await tx.query<{ live: boolean }>(
              `SELECT ${liveInstanceCondition('$1::text', '$2')} AS live`,
              [sender, instanceId],
            );
            const seen = asSeen({ doc, live: rows[0]!.live });
            const next = apply(seen);
            // A run going on keeps its sender; one this change sets going (a resumption) is this instance's.
            const nextSender =
              next.state !== 'sending' ? null : seen.state === 'sending' ? sender : instanceId;
            return { result: next, set: { doc: next, sender: nextSender } };
          },
        ),
      );
      if (changed === undefined) throw new Error(`No mailing run ${runId}`);
      return changed;
    },
    async plan(campaignId) {
      const { rows } = await db.query<{ reminders: PlannedReminder[] }>(
        'SELECT reminders FROM mailing_plans WHERE campaign_id = $1',
        [campaignId],
      );
      return rows[0]?.reminders ?? [];
    },
    async changePlan(campaignId, apply) {
      return db.transaction(async (tx) => {
        await lockPlan(tx, campaignId);
        const next = await changeRow<{ reminders: PlannedReminder[] }, PlannedReminder[]>(
          tx,
          'mailing_plans',
          { campaign_id: campaignId },
          ({ reminders }) => {
            const changed = apply(reminders);
            return { result: changed, set: planColumns(changed) };
          },
        );
        return next!;
      });
    },
    async campaignsWithPlannedReminders() {
      const { rows } = await db.query<{ campaign_id: string }>(
        'SELECT campaign_id FROM mailing_plans WHERE pending ORDER BY seq',
      );
      return rows.map((r) => r.campaign_id);
    },
    async removeCampaign(campaignId) {
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM mailing_runs WHERE campaign_id = $1', [campaignId]);
        await tx.query('DELETE FROM mailing_plans WHERE campaign_id = $1', [campaignId]);
      });
    },
  };
}

/** A plan's columns: the reminders as json, and whether one is still to go out. */
function planColumns(reminders: PlannedReminder[]) {
  return { reminders: json(reminders), pending: pending(reminders) };
}
