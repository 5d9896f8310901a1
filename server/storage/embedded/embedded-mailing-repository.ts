// Mailing runs and reminder plans in a file of their own (<data>/mailings.json), beside the records file
// rather than in it: a mailing's claims are written batch by batch, and rewriting every organization,
// account and campaign with each would cost far more than this small file. One change path, durable before
// acknowledged (durable-document.ts).

import { afterRestart, type MailingRun } from '../../domain/campaigns/mailing-run';
import type { PlannedReminder } from '../../domain/campaigns/reminder-schedule';
import type { MailingRepository } from '../mailing-repository';
import { openDurableDocument } from './durable-document';

interface MailingDocument {
  runs: MailingRun[];
  plans: { campaignId: string; reminders: PlannedReminder[] }[];
}

/** Finished runs kept per campaign: enough for the page's history; older ones only repeat what the people say. */
const RUNS_KEPT = 30;

const copy = <T>(value: T): T => structuredClone(value);

export async function openEmbeddedMailingRepository(
  path: string,
): Promise<MailingRepository & { close(): Promise<void> }> {
  const document = await openDurableDocument<MailingDocument>(path, {
    empty: () => ({ runs: [], plans: [] }),
    isDocument: (value): value is MailingDocument =>
      typeof value === 'object' &&
      value !== null &&
      Array.isArray((value as MailingDocument).runs) &&
      Array.isArray((value as MailingDocument).plans),
    shape: '"runs" and "plans" lists',
    // A run still sending when the file was last written was cut off by a stop: it reads back interrupted.
    afterRead: (doc) => ({ runs: doc.runs.map(afterRestart), plans: doc.plans }),
  });
  /** Every change of the mailings is written: a claim must be on disk before the mail it covers goes. */
  const change = <T>(mutate: (d: MailingDocument) => T) =>
    document.change((d) => ({ result: mutate(d), write: true }));

  const planOf = (d: MailingDocument, campaignId: string) => d.plans.find((p) => p.campaignId === campaignId);

  function setPlan(d: MailingDocument, campaignId: string, reminders: PlannedReminder[]) {
    const found = planOf(d, campaignId);
    if (found) found.reminders = reminders;
    else d.plans.push({ campaignId, reminders });
  }

  return {
    async runs(campaignId) {
      return copy(document.current.runs.filter((r) => r.campaignId === campaignId).toReversed());
    },
    async begin(run, plan) {
      await change((d) => {
        const runs = d.runs.filter((r) => r.campaignId === run.campaignId);
        // Worked out before anything changes, so a refusal thrown by `plan` writes nothing.
        const reminders = plan ? plan(copy(planOf(d, run.campaignId)?.reminders ?? [])) : null;
        if (reminders !== null) setPlan(d, run.campaignId, reminders);
        // The first invitation mailing stays: reminders planned in days are counted from it.
        const first = runs.find((r) => r.kind === 'invitation');
        const older = runs.filter((r) => r !== first);
        const dropped = new Set(older.slice(0, Math.max(0, runs.length + 1 - RUNS_KEPT)).map((r) => r.id));
        d.runs = [...d.runs.filter((r) => !dropped.has(r.id)), copy(run)];
      });
    },
    async change(runId, apply) {
      return change((d) => {
        const index = d.runs.findIndex((r) => r.id === runId);
        if (index === -1) throw new Error(`No mailing run ${runId}`);
        const next = apply(copy(d.runs[index]!));
        d.runs[index] = next;
        return copy(next);
      });
    },
    async plan(campaignId) {
      return copy(planOf(document.current, campaignId)?.reminders ?? []);
    },
    async changePlan(campaignId, apply) {
      return change((d) => {
        const next = apply(copy(planOf(d, campaignId)?.reminders ?? []));
        setPlan(d, campaignId, next);
        return copy(next);
      });
    },
    async campaignsWithPlannedReminders() {
      return document.current.plans
        .filter((p) => p.reminders.some((r) => r.outcome === null))
        .map((p) => p.campaignId);
    },
    async removeCampaign(campaignId) {
      await change((d) => {
        d.runs = d.runs.filter((r) => r.campaignId !== campaignId);
        d.plans = d.plans.filter((p) => p.campaignId !== campaignId);
      });
    },
    close: () => document.close(),
  };
}
