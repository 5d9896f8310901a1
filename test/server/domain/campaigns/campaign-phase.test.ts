import { describe, expect, it } from 'vitest';
import { thrownBy } from '../../../fixtures/thrown-by';
import { assertAcceptsResponses, campaignPhase } from '../../../../server/domain/campaigns/campaign';
import { ConflictError } from '../../../../server/domain/errors';
import { at, makeClosed, makeDatedDraft, makeDraft, makeOpen } from '../../../fixtures/make-campaign';

const draft = makeDraft;
const open = () => makeOpen();
const closed = () => makeClosed();
const dated = makeDatedDraft;

describe('campaignPhase', () => {
  const opensAt = '2026-03-10T08:00:00Z';
  const closesAt = '2026-03-24T17:00:00Z';

  it.each([
    { situation: 'a draft', campaign: () => draft(), now: '2026-03-15T00:00:00Z', phase: 'draft' },
    {
      situation: 'a draft whose opening date has passed (only HR opens a draft)',
      campaign: () => dated(opensAt, closesAt),
      now: '2026-03-15T00:00:00Z',
      phase: 'draft',
    },
    {
      situation: 'an opened campaign without dates',
      campaign: open,
      now: '2030-01-01T00:00:00Z',
      phase: 'open',
    },
    {
      situation: 'an opened campaign before its opening instant',
      campaign: () => makeOpen(dated(opensAt, closesAt)),
      now: '2026-03-10T07:59:59.999Z',
      phase: 'scheduled',
    },
    {
      situation: 'an opened campaign at its opening instant',
      campaign: () => makeOpen(dated(opensAt, closesAt)),
      now: opensAt,
      phase: 'open',
    },
    {
      situation: 'an opened campaign just before its closing instant',
      campaign: () => makeOpen(dated(opensAt, closesAt)),
      now: '2026-03-24T16:59:59.999Z',
      phase: 'open',
    },
    {
      situation: 'an opened campaign at its closing instant',
      campaign: () => makeOpen(dated(opensAt, closesAt)),
      now: closesAt,
      phase: 'closed',
    },
    {
      situation: 'an opened campaign with only a closing date, after it',
      campaign: () => makeOpen(dated(null, closesAt)),
      now: '2026-04-01T00:00:00Z',
      phase: 'closed',
    },
    {
      situation: 'an opened campaign with only an opening date, long after it',
      campaign: () => makeOpen(dated(opensAt, null)),
      now: '2030-01-01T00:00:00Z',
      phase: 'open',
    },
    {
      situation: 'a closed campaign whose closing date is still ahead',
      campaign: () => makeClosed(dated(null, '2030-01-01T00:00:00Z')),
      now: '2026-03-21T00:00:00Z',
      phase: 'closed',
    },
  ])('is $phase for $situation', ({ campaign, now, phase }) => {
    expect(campaignPhase(campaign(), at(now))).toBe(phase);
  });

  it('compares instants, not clock text, across time zones', () => {
    // 09:00 in Beijing is 01:00 UTC: open at 01:00 UTC, scheduled a millisecond earlier.
    const campaign = makeOpen(dated('2026-03-10T09:00:00+08:00', null));
    expect(campaignPhase(campaign, at('2026-03-10T01:00:00Z'))).toBe('open');
    expect(campaignPhase(campaign, at('2026-03-10T00:59:59.999Z'))).toBe('scheduled');
  });
});

describe('assertAcceptsResponses', () => {
  const opensAt = '2026-03-10T08:00:00Z';
  const closesAt = '2026-03-24T17:00:00Z';
  const scheduled = () => makeOpen(dated(opensAt, closesAt));

  it.each([
    { situation: 'an open campaign without dates', campaign: open, now: '2030-01-01T00:00:00Z' },
    { situation: 'the opening instant', campaign: scheduled, now: opensAt },
    {
      situation: 'the last millisecond before closing',
      campaign: scheduled,
      now: '2026-03-24T16:59:59.999Z',
    },
  ])('accepts responses at $situation', ({ campaign, now }) => {
    expect(() => assertAcceptsResponses(campaign(), at(now))).not.toThrow();
  });

  it.each([
    {
      situation: 'a draft',
      campaign: () => draft(),
      now: '2026-03-15T00:00:00Z',
      message: 'This survey has not opened yet.',
    },
    {
      situation: 'an opened campaign before its opening day, naming that day',
      campaign: scheduled,
      now: '2026-03-09T12:00:00Z',
      message: 'This survey opens on 2026-03-10; please come back then.',
    },
    {
      situation: 'an opened campaign a millisecond before its opening instant',
      campaign: scheduled,
      now: '2026-03-10T07:59:59.999Z',
      message: 'This survey opens on 2026-03-10; please come back then.',
    },
    {
      situation: 'an opened campaign at its closing instant',
      campaign: scheduled,
      now: closesAt,
      message: 'This survey has closed and no longer accepts answers.',
    },
    {
      situation: 'an opened campaign after its closing date',
      campaign: scheduled,
      now: '2026-04-01T00:00:00Z',
      message: 'This survey has closed and no longer accepts answers.',
    },
    {
      situation: 'a closed campaign',
      campaign: closed,
      now: '2026-03-21T00:00:00Z',
      message: 'This survey has closed and no longer accepts answers.',
    },
  ])('refuses responses to $situation with a conflict', ({ campaign, now, message }) => {
    const act = () => assertAcceptsResponses(campaign(), at(now));
    expect(act).toThrow(ConflictError);
    expect(act).toThrow(message);
  });

  it.each([
    { situation: 'a draft', campaign: () => draft(), coded: { code: 'survey.not-open', params: {} } },
    {
      situation: 'a scheduled campaign',
      campaign: scheduled,
      coded: { code: 'survey.opens-on', params: { day: '2026-03-10' } },
    },
    { situation: 'a closed campaign', campaign: closed, coded: { code: 'survey.closed', params: {} } },
  ])('codes the refusal of responses to $situation', ({ campaign, coded }) => {
    const now = campaign === closed ? '2026-03-21T00:00:00Z' : '2026-03-09T12:00:00Z';
    expect(thrownBy(() => assertAcceptsResponses(campaign(), at(now))).coded).toEqual(coded);
  });

  it('names the opening day as HR wrote it, in their own time zone', () => {
    // 00:30 on 10 March in Beijing is still 9 March in UTC; the respondent is told the 10th.
    const campaign = makeOpen(dated('2026-03-10T00:30:00+08:00', null));
    expect(() => assertAcceptsResponses(campaign, at('2026-03-09T12:00:00Z'))).toThrow(
      'This survey opens on 2026-03-10; please come back then.',
    );
  });
});
