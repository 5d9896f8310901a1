// Emails to the owners of actions: one when an action is given to them, one a few days before it falls due
// (which is owed is the domain's rule, owner-notices.ts). Looked for every so often, as planned reminders
// are, so a restart finds what is owed and sends it once. Each notice is claimed on the action, in the same
// durable change path as any edit, before its message goes out: a crash can lose a message, never send two.

import type { AppDeps } from '../app-deps';
import type { Account } from '../domain/access/account';
import type { PlanAction } from '../domain/decisions/action-plan';
import { noticeOwed, type OwnerNotice } from '../domain/decisions/owner-notices';
import { recordAudit } from '../http/audit';
import type { OutgoingMail } from './mailer';

/** Thrown inside a claim when the action changed meanwhile and no longer owes this notice: nothing is written. */
class NoLongerOwed extends Error {}

interface NoticeFacts {
  action: PlanAction;
  organizationName: string;
  assignerName: string | null;
  /** Where the report (or, for an action from no campaign, the organization) is read; null without PUBLIC_URL. */
  link: string | null;
}

const sameClaim = (a: OwnerNotice | null, b: OwnerNotice) =>
  a !== null && a.kind === b.kind && JSON.stringify(a.claim) === JSON.stringify(b.claim);

/**
 * The message, in English and Chinese in one email: an organization keeps no language, and an owner outside
 * it has none on record, so each reader finds theirs.
 */
export function ownerNoticeMail(to: string, kind: OwnerNotice['kind'], facts: NoticeFacts): OutgoingMail {
  const { action, organizationName, assignerName, link } = facts;
  const due = action.due;
  const en =
    kind === 'assigned'
      ? [
          `${assignerName ?? 'Someone'} gave you an action in ${organizationName}’s action plan:`,
          '',
          `  ${action.title}`,
          `  Due: ${due ?? 'no date yet'}`,
          ...(action.note ? [`  Note: ${action.note}`] : []),
        ]
      : [
          `An action of yours in ${organizationName}’s action plan is due on ${due}:`,
          '',
          `  ${action.title}`,
          '',
          'If it will not be done by then, change its due day or tell the person who gave it to you.',
        ];
  const zh =
    kind === 'assigned'
      ? [
          `${assignerName ?? '有人'}在${organizationName}的行动计划中将一项行动交给了您：`,
          '',
          `  ${action.title}`,
          `  截止日期：${due ?? '尚未确定'}`,
          ...(action.note ? [`  备注：${action.note}`] : []),
        ]
      : [
          `您在${organizationName}行动计划中负责的一项行动将于 ${due} 到期：`,
          '',
          `  ${action.title}`,
          '',
          '如果届时无法完成，请修改截止日期，或告知将此行动交给您的人。',
        ];
  const subject =
    kind === 'assigned'
      ? `Groundwork: an action for you / 您有一项新行动: ${action.title}`
      : `Groundwork: due on ${due} / ${due} 到期: ${action.title}`;
  return {
    to,
    subject,
    text: [
      ...en,
      ...(link ? ['', `See the plan: ${link}`] : []),
      '',
      '——',
      '',
      ...zh,
      ...(link ? ['', `查看行动计划：${link}`] : []),
    ].join('\n'),
  };
}

export interface OwnerNoticeDeps {
  storage: Pick<AppDeps['storage'], 'organizations' | 'accounts' | 'actionPlan'>;
  send: (mail: OutgoingMail) => Promise<void>;
  now: () => number;
  publicUrl: string | null;
  /** Records a notice sent, by the server itself, naming the action and never the address. */
  audit: (action: string, actionId: string) => Promise<void>;
}

/**
 * Sends every notice owed now, each claimed first; a failure with one action does not stop the others. Once
 * `stop` is aborted no further notice is started (a server shutting down closes its storage next).
 */
export async function sendOwnerNotices(
  s: OwnerNoticeDeps,
  onError: (error: unknown) => void,
  stop?: AbortSignal,
) {
  const today = new Date(s.now()).toISOString().slice(0, 10);
  for (const organization of await s.storage.organizations.list()) {
    // An archived organization is set aside: its plan waits, and owes nothing until it is taken back.
    if (organization.archivedOn) continue;
    for (const action of await s.storage.actionPlan.list(organization.id)) {
      if (stop?.aborted) return;
      const owed = noticeOwed(action, today);
      if (owed === null) continue;
      try {
        const recipient = await recipientOf(s, action);
        const claimed = await s.storage.actionPlan
          .change(organization.id, action.id, (current) => {
            // Applied to the action as stored now: an edit since the read may have changed what is owed.
            if (!sameClaim(noticeOwed(current, today), owed)) throw new NoLongerOwed();
            return { ...current, notices: owed.claim };
          })
          .catch((error: unknown) => {
            if (error instanceof NoLongerOwed) return undefined;
            throw error;
          });
        // Gone, or changed: the next look sees it as it is now.
        if (!claimed || recipient === null) continue;
        const assigner = claimed.assignedBy ? await s.storage.accounts.get(claimed.assignedBy) : undefined;
        await s.send(
          ownerNoticeMail(recipient, owed.kind, {
            action: claimed,
            organizationName: organization.name,
            assignerName: assigner?.name ?? null,
            link: linkOf(s.publicUrl, claimed),
          }),
        );
        await s.audit(`action-plan.notice.${owed.kind}`, action.id);
      } catch (error) {
        onError(error);
      }
    }
  }
}

/** The owner's address: their account's, or the one written for someone without an account. */
async function recipientOf(s: OwnerNoticeDeps, action: PlanAction): Promise<string | null> {
  const owner = action.owner;
  if (owner === null) return null;
  if ('email' in owner) return owner.email;
  const account: Account | undefined = await s.storage.accounts.get(owner.accountId);
  // An account deleted since: the notice is claimed all the same, so nobody is mailed for it later.
  return account?.email ?? null;
}

function linkOf(publicUrl: string | null, action: PlanAction): string | null {
  if (!publicUrl) return null;
  const base = publicUrl.replace(/\/+$/, '');
  return action.campaignId
    ? `${base}/campaigns/${encodeURIComponent(action.campaignId)}/report`
    : `${base}/organizations/${encodeURIComponent(action.organizationId)}`;
}

/**
 * Looks for owed notices now and then every `everyMs`, until `stop` is aborted; one look at a time. Without a
 * mail server nothing is looked for: notices are owed only where they can be sent.
 */
export function startOwnerNotices(
  deps: AppDeps,
  schedule: { checkEveryMs: number; stop?: AbortSignal },
): void {
  const mail = deps.mail;
  if (!mail) return;
  const s: OwnerNoticeDeps = {
    storage: deps.storage,
    send: (message) => mail.mailer.send(message),
    now: deps.now,
    publicUrl: deps.publicUrl ?? null,
    audit: (action, actionId) => recordAudit(deps, null, action, actionId),
  };
  const onError = (error: unknown) => deps.onBackgroundError?.(error);
  let looking = false;
  const look = () => {
    if (looking || schedule.stop?.aborted) return;
    looking = true;
    void sendOwnerNotices(s, onError, schedule.stop)
      .catch(onError)
      .finally(() => (looking = false));
  };
  const timer = setInterval(look, schedule.checkEveryMs);
  // The looking must not keep a process alive that is otherwise done (a test, a stop).
  timer.unref();
  schedule.stop?.addEventListener('abort', () => clearInterval(timer));
  setImmediate(look);
}
