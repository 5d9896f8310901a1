// A personal invitation to answer a campaign: one per person on the staff list. It records whether the
// link was given out, reminded, opened and used, and nothing else: no response id, no time of answering,
// nothing whose order could be matched against the responses. The links themselves are kept only as hashes.

import type { Language } from '../instrument/barrier-model';
import type { MailKind } from './email-template';
import { ConflictError } from '../errors';

export interface SurveyInvitation {
  id: string;
  campaignId: string;
  email: string;
  name: string;
  departmentId: string;
  language: Language;
  /** Hashes of every link issued to this person (the first email, reminders, exports); any one works, once. */
  tokenHashes: string[];
  createdOn: string;
  /** Day the first link was emailed or exported; null until then. */
  sentOn: string | null;
  /** Day of the latest reminder, and how many were sent. */
  remindedOn: string | null;
  reminders: number;
  /** The latest attempt to email this person, so a failed address can be corrected. */
  lastDelivery: { kind: MailKind; on: string; ok: boolean; error?: string } | null;
  /** The link was opened. */
  started: boolean;
  /** The link was used to submit; further submissions through any of its links are refused. */
  answered: boolean;
  /**
   * Taken off the list after answering: kept with no email, name or link, so that its department is still
   * known to have answered with personal links (answer-places.ts) and its answer is still accounted for.
   * Listed, counted and sent to nowhere.
   */
  removed?: true;
}

export interface Invitee {
  email: string;
  name: string;
  departmentId: string;
  language: Language;
}

export function inviteStaff(
  people: readonly Invitee[],
  campaignId: string,
  today: string,
  newId: () => string,
): SurveyInvitation[] {
  return people.map((p) => ({
    id: newId(),
    campaignId,
    email: p.email,
    name: p.name,
    departmentId: p.departmentId,
    language: p.language,
    tokenHashes: [],
    createdOn: today,
    sentOn: null,
    remindedOn: null,
    reminders: 0,
    lastDelivery: null,
    started: false,
    answered: false,
  }));
}

/** People on the list per department: the denominator of response rates once a list exists. */
export function staffCounts(
  invitations: readonly Pick<SurveyInvitation, 'departmentId'>[],
  departmentIds: readonly string[],
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(departmentIds.map((id) => [id, 0]));
  for (const i of invitations) counts[i.departmentId] = (counts[i.departmentId] ?? 0) + 1;
  return counts;
}

/**
 * What is left of a person taken off the list: nothing if they had not answered; else a record naming nobody,
 * holding no link, that says only that someone of its department answered with a personal link.
 */
export function afterRemoval(invitation: SurveyInvitation): SurveyInvitation | null {
  if (!invitation.answered) return null;
  return {
    id: invitation.id,
    campaignId: invitation.campaignId,
    email: '',
    name: '',
    departmentId: invitation.departmentId,
    language: invitation.language,
    tokenHashes: [],
    createdOn: invitation.createdOn,
    sentOn: null,
    remindedOn: null,
    reminders: 0,
    lastDelivery: null,
    started: false,
    answered: true,
    removed: true,
  };
}

export function assertNotAnswered(invitation: SurveyInvitation): void {
  if (invitation.answered) {
    throw new ConflictError(
      'This personal link has already been used to answer the survey; each person can answer once.',
      { code: 'survey.personal-link-used', params: {} },
    );
  }
}

/** Who a mailing goes to: invitations to those never sent a link, reminders to those sent one who have not answered. */
export function recipientsOf(invitations: readonly SurveyInvitation[], kind: MailKind): SurveyInvitation[] {
  return invitations.filter(
    (i) => !i.answered && (kind === 'invitation' ? i.sentOn === null : i.sentOn !== null),
  );
}

export function withIssuedLink(invitation: SurveyInvitation, tokenHash: string): SurveyInvitation {
  // Every earlier link keeps working until the person answers: the first email may be the one they open.
  return { ...invitation, tokenHashes: [...invitation.tokenHashes, tokenHash] };
}

/** Records what became of one email (or of an exported link, which counts as delivered). */
export function recordDelivery(
  invitation: SurveyInvitation,
  kind: MailKind,
  today: string,
  outcome: { ok: true } | { ok: false; error: string },
): SurveyInvitation {
  const lastDelivery = outcome.ok
    ? { kind, on: today, ok: true }
    : { kind, on: today, ok: false, error: outcome.error };
  if (!outcome.ok) return { ...invitation, lastDelivery };
  return kind === 'invitation'
    ? { ...invitation, lastDelivery, sentOn: invitation.sentOn ?? today }
    : { ...invitation, lastDelivery, remindedOn: today, reminders: invitation.reminders + 1 };
}
