import { describe, expect, it } from 'vitest';
import { sendingAvailability } from '../../../../client/pages/campaign/sending-availability';

describe('sendingAvailability', () => {
  it.each([
    // phase, sent, notYetSent, mailing running → shown, invitation, reminder
    ['open', 0, 10, false, true, true, false],
    ['open', 5, 5, false, true, true, true],
    ['open', 10, 0, false, true, false, true],
    ['open', 5, 5, true, true, false, false],
    ['scheduled', 5, 5, false, true, true, true],
    ['draft', 0, 10, false, true, false, false],
    ['closed', 5, 5, false, false, false, false],
  ] as const)(
    'in phase %s with %i sent and %i not yet sent (running: %s): shown %s, invitations %s, reminders %s',
    (phase, sent, notYetSent, running, shown, invitation, reminder) => {
      expect(sendingAvailability(phase, { sent, notYetSent }, running)).toEqual({
        shown,
        invitation,
        reminder,
        resume: false,
      });
    },
  );

  it.each([
    // phase, mailing running → resume offered
    ['open', false, true],
    ['scheduled', false, true],
    ['open', true, false],
    ['draft', false, false],
    ['closed', false, false],
  ] as const)(
    'offers to resume an interrupted mailing in phase %s (running: %s): %s',
    (phase, running, resume) => {
      expect(sendingAvailability(phase, { sent: 5, notYetSent: 5 }, running, true).resume).toBe(resume);
    },
  );
});
