import { describe, expect, it } from 'vitest';
import {
  afterRestart,
  claimNext,
  finishedRun,
  firstInvitationsAt,
  resumedRun,
  settledRun,
  uncertainOf,
  unclaimedOf,
  withOutcome,
  type MailingRun,
} from '../../../../server/domain/campaigns/mailing-run';

function run(overrides: Partial<MailingRun> = {}): MailingRun {
  return {
    id: 'run-1',
    campaignId: 'c-1',
    kind: 'invitation',
    reminderId: null,
    startedAt: '2026-03-02T09:00Z',
    recipients: ['a', 'b', 'c', 'd', 'e'],
    total: 5,
    linkBase: 'https://survey.example.com',
    claimed: 0,
    inFlight: [],
    sent: 0,
    failed: 0,
    uncertain: 0,
    skipped: 0,
    failures: [],
    state: 'sending',
    ...overrides,
  };
}

describe('a mailing run', () => {
  it('claims a batch before it goes and counts each outcome as it comes, in any order', () => {
    let r = claimNext(run(), ['a', 'b', 'c']);
    expect([r.claimed, r.inFlight]).toEqual([3, ['a', 'b', 'c']]);
    r = withOutcome(r, { key: 'b', to: 'b@example.com', ok: false, error: '550 no such user' });
    r = withOutcome(r, { key: 'a', to: 'a@example.com', ok: true });
    expect(r).toMatchObject({
      inFlight: ['c'],
      sent: 1,
      failed: 1,
      failures: [{ email: 'b@example.com', error: '550 no such user' }],
    });
    expect(unclaimedOf(r)).toEqual(['d', 'e']);
  });

  it.each([
    [
      'going out when the server stopped: interrupted, its messages in flight uncertain',
      'sending',
      'interrupted',
      1,
    ],
    ['finished: stays finished', 'finished', 'finished', 0],
  ] as const)('read back after a restart when %s', (_, state, after, uncertain) => {
    const stored = claimNext(run({ state }), ['a']);
    const read = afterRestart(stored);
    expect(read.state).toBe(after);
    expect(uncertainOf(read)).toBe(uncertain);
  });

  it('counts those in flight at an interruption as sent once settled, and never lists them to send again', () => {
    const cut = afterRestart(withOutcome(claimNext(run(), ['a', 'b']), { key: 'a', to: 'a@x', ok: true }));
    const settled = settledRun(cut);
    expect(settled).toMatchObject({ uncertain: 1, inFlight: [], sent: 1, claimed: 2 });
    expect(uncertainOf(settled)).toBe(1);
    expect(unclaimedOf(settled)).toEqual(['c', 'd', 'e']);
  });

  it('resumes to the unclaimed still waiting, counting the rest as skipped, and keeps its claims in order', () => {
    const cut = settledRun(afterRestart(claimNext(run(), ['a', 'b'])));
    const resumed = resumedRun(cut, (id) => id !== 'd');
    expect(resumed).toMatchObject({
      state: 'sending',
      recipients: ['a', 'b', 'c', 'e'],
      claimed: 2,
      skipped: 1,
    });
    expect(unclaimedOf(resumed)).toEqual(['c', 'e']);
  });

  it('lets go of its recipients once finished', () => {
    expect(finishedRun(run())).toMatchObject({ state: 'finished', recipients: [] });
  });

  it('dates reminders counted in days from the first invitation mailing', () => {
    expect(firstInvitationsAt([])).toBeNull();
    expect(
      firstInvitationsAt([
        { kind: 'reminder', startedAt: '2026-03-01T09:00Z' },
        { kind: 'invitation', startedAt: '2026-03-04T09:00Z' },
        { kind: 'invitation', startedAt: '2026-03-02T10:30Z' },
      ]),
    ).toBe(Date.parse('2026-03-02T10:30Z'));
  });
});
