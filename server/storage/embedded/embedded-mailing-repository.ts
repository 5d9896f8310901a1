// Mailing runs and reminder plans in a file of their own (<data>/mailings.json), beside the records file
// rather than in it: a mailing's claims are written batch by batch, and rewriting every organization,
// account and campaign with each would cost far more than this small file. Written as the records file is
// (replaceFile: temporary file, datasync, rename, directory sync), with the same single change path: a change
// is applied to the state at once, synchronously, and acknowledged when a write covering it is durable;
// changes arriving meanwhile share the next write, and a failed write puts memory back to what is on disk.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { afterRestart, type MailingRun } from '../../domain/campaigns/mailing-run';
import type { PlannedReminder } from '../../domain/campaigns/reminder-schedule';
import type { MailingRepository } from '../mailing-repository';
import { replaceFile } from './file-io';

interface MailingDocument {
  runs: MailingRun[];
  plans: { campaignId: string; reminders: PlannedReminder[] }[];
}

/** Finished runs kept per campaign: enough for the page's history; older ones only repeat what the people say. */
const RUNS_KEPT = 30;

function parse(path: string, text: string): MailingDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `Cannot read ${path}: it is not valid JSON. Restore it from a backup; it was not changed.`,
      {
        cause: error,
      },
    );
  }
  const doc = value as Partial<MailingDocument> | null;
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.runs) || !Array.isArray(doc.plans)) {
    throw new Error(
      `Cannot read ${path}: it has no "runs" and "plans" lists, so Groundwork did not write it.`,
    );
  }
  return { runs: doc.runs, plans: doc.plans };
}

const copy = <T>(value: T): T => structuredClone(value);

export async function openEmbeddedMailingRepository(
  path: string,
): Promise<MailingRepository & { close(): Promise<void> }> {
  let written = existsSync(path) ? await readFile(path, 'utf8') : null;
  const read = (text: string | null): MailingDocument => {
    const doc = text === null ? { runs: [], plans: [] } : parse(path, text);
    return { ...doc, runs: doc.runs.map(afterRestart) };
  };
  let doc = read(written);
  let queue: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let flushing: Promise<void> | null = null;
  let closed = false;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      // Serialised before the first await: this write holds exactly the changes applied so far.
      const text = JSON.stringify(doc);
      try {
        await replaceFile(path, Buffer.from(text, 'utf8'));
        written = text;
        for (const w of batch) w.resolve();
      } catch (error) {
        const lost = [...batch, ...queue];
        queue = [];
        doc = read(written);
        for (const w of lost) w.reject(error as Error);
      }
    }
    flushing = null;
  }

  /** Runs `mutate` now and resolves with its result once it is on disk; a throw changes nothing. */
  function change<T>(mutate: (d: MailingDocument) => T): Promise<T> {
    // A mailing still going out when the storage closes must not write into a directory being let go of.
    if (closed) return Promise.reject(new Error(`${path} is closed`));
    let result: T;
    try {
      result = mutate(doc);
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      queue.push({ resolve: () => resolve(result), reject });
      flushing ??= flush();
    });
  }

  const planOf = (d: MailingDocument, campaignId: string) => d.plans.find((p) => p.campaignId === campaignId);

  function setPlan(d: MailingDocument, campaignId: string, reminders: PlannedReminder[]) {
    const found = planOf(d, campaignId);
    if (found) found.reminders = reminders;
    else d.plans.push({ campaignId, reminders });
  }

  return {
    async runs(campaignId) {
      return copy(doc.runs.filter((r) => r.campaignId === campaignId).toReversed());
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
      return copy(planOf(doc, campaignId)?.reminders ?? []);
    },
    async changePlan(campaignId, apply) {
      return change((d) => {
        const next = apply(copy(planOf(d, campaignId)?.reminders ?? []));
        setPlan(d, campaignId, next);
        return copy(next);
      });
    },
    async campaignsWithPlannedReminders() {
      return doc.plans.filter((p) => p.reminders.some((r) => r.outcome === null)).map((p) => p.campaignId);
    },
    async removeCampaign(campaignId) {
      await change((d) => {
        d.runs = d.runs.filter((r) => r.campaignId !== campaignId);
        d.plans = d.plans.filter((p) => p.campaignId !== campaignId);
      });
    },
    async close() {
      closed = true;
      await flushing;
    },
  };
}
