// Which invitations and reminders may go out now. The server refuses the same cases with a 409; deciding
// here too keeps buttons that can only fail from being pressed.

import type { CampaignDetail } from '../../../server/http/api-types';

export interface SendingAvailability {
  /** A closed campaign sends nothing more, so its controls are not shown at all. */
  shown: boolean;
  invitation: boolean;
  reminder: boolean;
  /** Send the rest of an interrupted mailing. */
  resume: boolean;
}

export function sendingAvailability(
  phase: CampaignDetail['phase'],
  distribution: Pick<CampaignDetail['distribution'], 'sent' | 'notYetSent'>,
  isMailingRunning: boolean,
  isMailingInterrupted = false,
): SendingAvailability {
  if (phase === 'closed') return { shown: false, invitation: false, reminder: false, resume: false };
  // A draft's settings are not fixed yet; while a mailing runs, its people are not yet marked as sent, so
  // a second mailing or a download would issue them a second, different email.
  const mayDistribute = phase !== 'draft' && !isMailingRunning;
  return {
    shown: true,
    invitation: mayDistribute && distribution.notYetSent > 0,
    // Only the server knows who has answered; nobody sent a link means surely nobody to remind.
    reminder: mayDistribute && distribution.sent > 0,
    resume: mayDistribute && isMailingInterrupted,
  };
}
