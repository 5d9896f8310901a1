// A campaign's reminder plan as the campaign page reads it: each reminder with the moment it falls due, what
// became of it, and what its mailing achieved.

import {
  firstInvitationsAt,
  uncertainOf,
  type MailingRun,
  type MailingState,
} from '../domain/campaigns/mailing-run';
import {
  inDueOrder,
  viaOf,
  type PlannedReminder,
  type ReminderVia,
} from '../domain/campaigns/reminder-schedule';
import { earliest, firstAnnouncedAt, type ChatPost, type ChatPostState } from '../domain/chat/campaign-chat';

export interface PlannedReminderView {
  id: string;
  afterDays: number | null;
  at: string | null;
  dueAt: string | null;
  state: 'planned' | 'sent' | 'superseded' | 'nobody-waiting';
  decidedAt: string | null;
  mailing: { total: number; sent: number; failed: number; uncertain: number; state: MailingState } | null;
  via: ReminderVia[];
  /** What its chat post achieved, channel by channel counted, while the server still holds it. */
  chat: { sent: number; failed: number; uncertain: number; state: ChatPostState } | null;
}

export interface ReminderPlanView {
  reminders: PlannedReminderView[];
  nextDueAt: string | null;
}

function chatOf(post: ChatPost | undefined): PlannedReminderView['chat'] {
  if (!post) return null;
  const count = (...states: string[]) => post.deliveries.filter((d) => states.includes(d.state)).length;
  return {
    sent: count('sent'),
    failed: count('failed', 'not-sent'),
    uncertain: count('uncertain'),
    state: post.state,
  };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function viewReminderPlan(
  reminders: readonly PlannedReminder[],
  runs: readonly MailingRun[],
  posts: readonly ChatPost[],
): ReminderPlanView {
  // The invitations went out by email or by the chat announcement, whichever came first.
  const invitationsAt = earliest(firstInvitationsAt(runs), firstAnnouncedAt(posts));
  const runById = new Map(runs.map((r) => [r.id, r]));
  const ordered = inDueOrder(reminders, invitationsAt);
  const views = ordered.map(({ reminder, dueAt }): PlannedReminderView => {
    const { outcome, when } = reminder;
    const run = outcome !== null && 'sentBy' in outcome ? runById.get(outcome.sentBy) : undefined;
    return {
      id: reminder.id,
      afterDays: 'afterDays' in when ? when.afterDays : null,
      at: 'at' in when ? when.at : null,
      dueAt: iso(dueAt),
      state: outcome === null ? 'planned' : 'sentBy' in outcome ? 'sent' : outcome.skipped,
      decidedAt: outcome?.at ?? null,
      via: viaOf(reminder),
      chat: chatOf(posts.find((p) => p.reminderId === reminder.id)),
      mailing: run
        ? {
            total: run.total,
            sent: run.sent,
            failed: run.failed,
            uncertain: uncertainOf(run),
            state: run.state,
          }
        : null,
    };
  });
  const next = ordered.find(({ reminder, dueAt }) => reminder.outcome === null && dueAt !== null);
  return { reminders: views, nextDueAt: iso(next?.dueAt ?? null) };
}
