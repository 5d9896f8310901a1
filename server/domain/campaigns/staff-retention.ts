// How long a campaign's staff list (names, email addresses, personal links) is kept once the campaign has
// closed, and what is left of it afterwards. Personal data may be kept no longer than its purpose needs: the
// list serves sending and answering, both over at closing, so it is erased a set number of days later
// (default 90). What the reports and tracking need of it stays: each person's department and whether their
// link was opened and used, naming nobody, so a past report and its response rates read the same after.

import { ConflictError, InvalidInputError } from '../errors';
import type { Campaign } from './campaign';
import type { SurveyInvitation } from './survey-invitation';

export const DEFAULT_RETENTION_DAYS = 90;
/** Ten years: longer than any purpose the list serves, and a bound on a mistyped number. */
export const MAX_RETENTION_DAYS = 3650;

/** What is stored of a list's retention: the days chosen (null for the default) and when it was erased. */
export interface StaffRetention {
  days: number | null;
  erasedOn: string | null;
}

export const DEFAULT_RETENTION: Readonly<StaffRetention> = Object.freeze({ days: null, erasedOn: null });

/** What the campaign page shows of it. */
export interface RetentionStatus {
  days: number;
  /**
   * `until-closed`: kept while the campaign runs; `scheduled`: closed, erased on `erasesOn`; `erased`: gone
   * since `erasedOn`.
   */
  state: 'until-closed' | 'scheduled' | 'erased';
  /** The campaign's closing day, from which the days count; null while it runs. */
  closedOn: string | null;
  erasesOn: string | null;
  erasedOn: string | null;
}

type Closing = Pick<Campaign, 'status' | 'closedOn'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day `days` after `day` (both YYYY-MM-DD, in UTC like every stored day). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The day the days count from: the day the campaign was closed. One only past its last day still counts as
 * running: its closing date may yet move later, and erased links could not answer then.
 */
export function closingDay(campaign: Closing): string | null {
  return campaign.status === 'closed' ? campaign.closedOn : null;
}

export function retentionStatus(campaign: Closing, retention: StaffRetention): RetentionStatus {
  const days = retention.days ?? DEFAULT_RETENTION_DAYS;
  const closedOn = closingDay(campaign);
  if (retention.erasedOn !== null)
    return { days, state: 'erased', closedOn, erasesOn: null, erasedOn: retention.erasedOn };
  if (closedOn === null) return { days, state: 'until-closed', closedOn, erasesOn: null, erasedOn: null };
  return { days, state: 'scheduled', closedOn, erasesOn: addDays(closedOn, days), erasedOn: null };
}

/** Whether the list is due to be erased on `today`: its day has come and it is not erased yet. */
export function isErasureDue(campaign: Closing, retention: StaffRetention, today: string): boolean {
  const status = retentionStatus(campaign, retention);
  return status.state === 'scheduled' && status.erasesOn! <= today;
}

/** Checks a number of days an administrator chose; a list already erased keeps no setting to change. */
export function checkRetentionDays(retention: StaffRetention, days: number): void {
  if (retention.erasedOn !== null) throw listErasedError();
  if (!Number.isInteger(days) || days < 0 || days > MAX_RETENTION_DAYS) {
    throw new InvalidInputError(
      `The days must be a whole number from 0 to ${MAX_RETENTION_DAYS}.`,
      { code: 'retention.days-out-of-range', params: { max: MAX_RETENTION_DAYS } },
      [
        {
          field: 'days',
          message: `must be a whole number from 0 to ${MAX_RETENTION_DAYS}`,
          code: 'retention.days-out-of-range',
          params: { max: MAX_RETENTION_DAYS },
        },
      ],
    );
  }
}

/**
 * Checks an administrator's "erase now": only once the campaign is closed, for good (an erased link can
 * no longer answer, and the places of listed departments are people's), and only with the campaign's name typed
 * as it is, since nothing brings the list back.
 */
export function checkErasure(campaign: Closing & Pick<Campaign, 'name'>, typed: string): void {
  if (closingDay(campaign) === null) {
    throw new ConflictError('A staff list can be erased only once its campaign has closed.', {
      code: 'retention.campaign-running',
      params: {},
    });
  }
  if (typed.trim() !== campaign.name.trim()) {
    throw new InvalidInputError(
      'Type the campaign’s name exactly to erase its staff list.',
      { code: 'retention.confirmation-mismatch', params: {} },
      [{ field: 'confirm', message: 'is not the campaign’s name', code: 'retention.confirmation-mismatch' }],
    );
  }
}

export function listErasedError(): ConflictError {
  return new ConflictError('This staff list has been erased; nothing of it is left to change.', {
    code: 'retention.list-erased',
    params: {},
  });
}

type Personal = Pick<SurveyInvitation, 'email' | 'name' | 'tokenHashes' | 'lastDelivery'>;

/**
 * A person as the erased list keeps them: no name, address, link or delivery message (which may quote the
 * address), only what counts them (department, language, what they did with their link).
 */
export function withoutPersonalData<T extends Personal>(person: T): T {
  return { ...person, email: '', name: '', tokenHashes: [], lastDelivery: null };
}
