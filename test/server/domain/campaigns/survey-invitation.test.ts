import { describe, expect, it } from 'vitest';
import type { MailKind } from '../../../../server/domain/campaigns/email-template';
import { ConflictError } from '../../../../server/domain/errors';
import { thrownBy } from '../../../fixtures/thrown-by';
import {
  afterRemoval,
  assertNotAnswered,
  inviteStaff,
  recipientsOf,
  recordDelivery,
  staffCounts,
  withIssuedLink,
  type Invitee,
  type SurveyInvitation,
} from '../../../../server/domain/campaigns/survey-invitation';

const PEOPLE: Invitee[] = [
  { email: 'li.wei@acme.example', name: 'Li Wei', departmentId: 'sales', language: 'zh-cn' },
  { email: 'ann@acme.example', name: 'Ann', departmentId: 'sales', language: 'en' },
  { email: 'bo@acme.example', name: '', departmentId: 'ops', language: 'en' },
];

function invite(people: Invitee[] = PEOPLE): SurveyInvitation[] {
  let id = 0;
  return inviteStaff(people, 'campaign-1', '2026-03-01', () => `inv-${++id}`);
}

/** One invitation, as it stands after the mailings a test names. */
function invitation(overrides: Partial<SurveyInvitation> = {}): SurveyInvitation {
  return { ...invite()[0]!, ...overrides };
}

describe('inviteStaff', () => {
  it('makes one invitation per person on the list, with nothing sent, opened or answered yet', () => {
    const invitations = invite();
    expect(invitations.map((i) => [i.id, i.email, i.departmentId, i.language])).toEqual([
      ['inv-1', 'li.wei@acme.example', 'sales', 'zh-cn'],
      ['inv-2', 'ann@acme.example', 'sales', 'en'],
      ['inv-3', 'bo@acme.example', 'ops', 'en'],
    ]);
    expect(invitations[0]).toMatchObject({
      campaignId: 'campaign-1',
      name: 'Li Wei',
      createdOn: '2026-03-01',
      tokenHashes: [],
      sentOn: null,
      remindedOn: null,
      reminders: 0,
      lastDelivery: null,
      started: false,
      answered: false,
    });
  });
});

describe('staffCounts', () => {
  it('counts the people on the list per department, with none for a department nobody is listed in', () => {
    expect(staffCounts(invite(), ['sales', 'ops', 'finance'])).toEqual({ sales: 2, ops: 1, finance: 0 });
  });
});

describe('afterRemoval', () => {
  it('forgets a person who had not answered', () => {
    expect(afterRemoval(invitation({ sentOn: '2026-03-02', started: true }))).toBeNull();
  });

  it('keeps of a person who answered only that someone of the department answered with a personal link', () => {
    const answered = invitation({
      tokenHashes: ['h1', 'h2'],
      sentOn: '2026-03-02',
      remindedOn: '2026-03-09',
      reminders: 1,
      lastDelivery: { kind: 'reminder', on: '2026-03-09', ok: true },
      started: true,
      answered: true,
    });
    expect(afterRemoval(answered)).toEqual({
      id: 'inv-1',
      campaignId: 'campaign-1',
      email: '',
      name: '',
      departmentId: 'sales',
      language: 'zh-cn',
      tokenHashes: [],
      createdOn: '2026-03-01',
      sentOn: null,
      remindedOn: null,
      reminders: 0,
      lastDelivery: null,
      started: false,
      answered: true,
      removed: true,
    });
  });
});

describe('assertNotAnswered', () => {
  it('lets a person who has not answered use their link', () => {
    expect(() => assertNotAnswered(invitation({ started: true }))).not.toThrow();
  });

  it('refuses a second answer through a personal link', () => {
    const act = () => assertNotAnswered(invitation({ started: true, answered: true }));
    expect(act).toThrow(ConflictError);
    expect(thrownBy(act).coded).toEqual({ code: 'survey.personal-link-used', params: {} });
    expect(act).toThrow(
      'This personal link has already been used to answer the survey; each person can answer once.',
    );
  });
});

describe('recipientsOf', () => {
  const staff: SurveyInvitation[] = [
    invitation({ id: 'never-sent' }),
    invitation({ id: 'never-sent-but-answered', answered: true }),
    invitation({ id: 'sent', sentOn: '2026-03-02' }),
    invitation({ id: 'sent-and-opened', sentOn: '2026-03-02', started: true }),
    invitation({ id: 'reminded', sentOn: '2026-03-02', remindedOn: '2026-03-09', reminders: 1 }),
    invitation({ id: 'answered', sentOn: '2026-03-02', started: true, answered: true }),
  ];

  it.each<{ kind: MailKind; to: string[] }>([
    { kind: 'invitation', to: ['never-sent'] },
    { kind: 'reminder', to: ['sent', 'sent-and-opened', 'reminded'] },
  ])('sends the $kind to $to', ({ kind, to }) => {
    expect(recipientsOf(staff, kind).map((i) => i.id)).toEqual(to);
  });
});

describe('withIssuedLink', () => {
  it('adds a new link that works alongside the earlier ones', () => {
    const issued = withIssuedLink(withIssuedLink(invitation(), 'hash-1'), 'hash-2');
    expect(issued.tokenHashes).toEqual(['hash-1', 'hash-2']);
  });

  it('keeps the first link working however many reminders followed it', () => {
    let issued = invitation();
    for (let n = 1; n <= 40; n++) issued = withIssuedLink(issued, `hash-${n}`);
    expect(issued.tokenHashes).toHaveLength(40);
    expect(issued.tokenHashes[0]).toBe('hash-1');
  });
});

describe('recordDelivery', () => {
  it.each<{
    situation: string;
    before: Partial<SurveyInvitation>;
    kind: MailKind;
    outcome: { ok: true } | { ok: false; error: string };
    after: Partial<SurveyInvitation>;
  }>([
    {
      situation: 'a delivered invitation marks the person as sent a link that day',
      before: {},
      kind: 'invitation',
      outcome: { ok: true },
      after: {
        sentOn: '2026-03-02',
        remindedOn: null,
        reminders: 0,
        lastDelivery: { kind: 'invitation', on: '2026-03-02', ok: true },
      },
    },
    {
      situation: 'a second invitation (an exported link) keeps the day the first link was sent',
      before: { sentOn: '2026-03-01' },
      kind: 'invitation',
      outcome: { ok: true },
      after: { sentOn: '2026-03-01', lastDelivery: { kind: 'invitation', on: '2026-03-02', ok: true } },
    },
    {
      situation: 'a delivered reminder records its day and counts it',
      before: { sentOn: '2026-03-01', remindedOn: '2026-03-01', reminders: 1 },
      kind: 'reminder',
      outcome: { ok: true },
      after: {
        sentOn: '2026-03-01',
        remindedOn: '2026-03-02',
        reminders: 2,
        lastDelivery: { kind: 'reminder', on: '2026-03-02', ok: true },
      },
    },
    {
      situation: 'a failed invitation leaves the person unsent, with the reason',
      before: {},
      kind: 'invitation',
      outcome: { ok: false, error: '550 mailbox unavailable' },
      after: {
        sentOn: null,
        lastDelivery: { kind: 'invitation', on: '2026-03-02', ok: false, error: '550 mailbox unavailable' },
      },
    },
    {
      situation: 'a failed reminder is not counted',
      before: { sentOn: '2026-03-01', remindedOn: '2026-03-01', reminders: 1 },
      kind: 'reminder',
      outcome: { ok: false, error: 'connection refused' },
      after: {
        sentOn: '2026-03-01',
        remindedOn: '2026-03-01',
        reminders: 1,
        lastDelivery: { kind: 'reminder', on: '2026-03-02', ok: false, error: 'connection refused' },
      },
    },
  ])('records that $situation', ({ before, kind, outcome, after }) => {
    const recorded = recordDelivery(invitation(before), kind, '2026-03-02', outcome);
    expect(recorded).toEqual({ ...invitation(before), ...after });
  });

  it('sends a person whose invitation failed the next invitation, not a reminder', () => {
    const failed = recordDelivery(invitation(), 'invitation', '2026-03-02', { ok: false, error: 'bounced' });
    expect(recipientsOf([failed], 'invitation')).toEqual([failed]);
    expect(recipientsOf([failed], 'reminder')).toEqual([]);
  });

  it('clears the failure once a later attempt is delivered', () => {
    const failed = recordDelivery(invitation(), 'invitation', '2026-03-02', { ok: false, error: 'bounced' });
    const delivered = recordDelivery(failed, 'invitation', '2026-03-03', { ok: true });
    expect(delivered.lastDelivery).toEqual({ kind: 'invitation', on: '2026-03-03', ok: true });
    expect(delivered.sentOn).toBe('2026-03-03');
  });
});
