import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../server/domain/barrier-model';
import {
  assertAcceptsResponses,
  campaignPhase,
  closeCampaign,
  openCampaign,
  resolveDepartment,
  withCampaignDefaults,
  type Campaign,
} from '../../../server/domain/campaign';
import { DEFAULT_TEMPLATES } from '../../../server/domain/email-template';
import { ConflictError, InvalidAnswerError } from '../../../server/domain/errors';
import { at, makeClosed, makeDraft, makeOpen } from '../../fixtures/make-campaign';

const draft = makeDraft;
const open = () => makeOpen();
const closed = () => makeClosed();

/** A draft with these dates, as HR would set them before opening. */
const dated = (opensAt: string | null, closesAt: string | null): Campaign => ({
  ...draft(),
  opensAt,
  closesAt,
});

/** A campaign as stored before the settings fields existed. */
function storedBeforeSettings(campaign: Campaign): Campaign {
  const old: Record<string, unknown> = { ...campaign };
  for (const field of [
    'commentMinimum',
    'languages',
    'targetResponseRate',
    'opensAt',
    'closesAt',
    'reportingGroups',
    'staffCounts',
    'emailTemplates',
  ]) {
    delete old[field];
  }
  return old as unknown as Campaign;
}

describe('createCampaign', () => {
  it('starts as a draft with one campaign-wide link and one link per department', () => {
    const campaign = draft();
    expect(campaign).toMatchObject({
      status: 'draft',
      createdOn: '2026-03-01',
      openedOn: null,
      closedOn: null,
    });
    expect(campaign.links).toEqual([
      { token: 'token-1', departmentId: null },
      { token: 'token-2', departmentId: 'sales' },
      { token: 'token-3', departmentId: 'ops' },
    ]);
  });

  it.each([
    { asked: undefined, kept: 5 },
    { asked: 8, kept: 8 },
    { asked: 2, kept: 3 },
  ])('keeps a minimum group size of $kept when asked for $asked', ({ asked, kept }) => {
    expect(draft({ minGroupSize: asked }).minGroupSize).toBe(kept);
  });

  it.each([
    { minGroupSize: undefined, commentMinimum: 10 },
    { minGroupSize: 8, commentMinimum: 10 },
    { minGroupSize: 12, commentMinimum: 12 },
  ])(
    'shows comments from $commentMinimum responses when the minimum group size is $minGroupSize',
    ({ minGroupSize, commentMinimum }) => {
      expect(draft({ minGroupSize }).commentMinimum).toBe(commentMinimum);
    },
  );

  it('starts with every language, a 75% target, no dates, no groups and no staff list', () => {
    expect(draft()).toMatchObject({
      languages: ['en', 'zh-cn'],
      targetResponseRate: 0.75,
      opensAt: null,
      closesAt: null,
      reportingGroups: [],
      staffCounts: null,
    });
  });

  it('starts with the default emails, which editing one campaign does not change for the next', () => {
    const first = draft();
    expect(first.emailTemplates).toEqual(DEFAULT_TEMPLATES);
    first.emailTemplates.invitation.en.subject = 'Edited';
    expect(draft().emailTemplates.invitation.en.subject).toBe(DEFAULT_TEMPLATES.invitation.en.subject);
  });

  it('copies the department list, so later changes to the input do not leak in', () => {
    const ids = ['sales'];
    const campaign = draft({ departmentIds: ids });
    ids.push('ops');
    expect(campaign.departmentIds).toEqual(['sales']);
  });
});

describe('withCampaignDefaults', () => {
  it('gives a campaign stored before the settings existed the defaults of a new campaign', () => {
    const loaded = withCampaignDefaults(storedBeforeSettings(open()));
    expect(loaded).toMatchObject({
      status: 'open',
      commentMinimum: 10,
      languages: [...LANGUAGES],
      targetResponseRate: 0.75,
      opensAt: null,
      closesAt: null,
      reportingGroups: [],
      staffCounts: null,
      emailTemplates: DEFAULT_TEMPLATES,
    });
  });

  it('keeps an old campaign open and accepting answers, as it did before', () => {
    const loaded = withCampaignDefaults(storedBeforeSettings(open()));
    expect(campaignPhase(loaded, at('2030-01-01T00:00:00Z'))).toBe('open');
  });

  it('gives an old campaign a comment minimum no lower than its minimum group size, as a new one gets', () => {
    const loaded = withCampaignDefaults(storedBeforeSettings(makeOpen(draft({ minGroupSize: 12 }))));
    // A new campaign with the same minimum gets 12 (see createCampaign); an old one must not get less.
    expect(loaded.commentMinimum).toBe(12);
  });

  it('keeps settings a campaign already has', () => {
    const stored: Campaign = {
      ...draft(),
      commentMinimum: 15,
      languages: ['zh-cn'],
      targetResponseRate: 0.6,
      closesAt: '2026-04-01T00:00:00Z',
      staffCounts: { sales: 4, ops: 9 },
    };
    expect(withCampaignDefaults(stored)).toEqual(stored);
  });
});

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

describe('campaign lifecycle', () => {
  it('opens a draft, recording the day', () => {
    expect(open()).toMatchObject({ status: 'open', openedOn: '2026-03-02', closedOn: null });
  });

  it('closes an open campaign, recording the day', () => {
    expect(closed()).toMatchObject({ status: 'closed', openedOn: '2026-03-02', closedOn: '2026-03-20' });
  });

  it('does not change the campaign it was given', () => {
    const campaign = draft();
    openCampaign(campaign, '2026-03-02', at('2026-03-02T08:00:00Z'));
    expect(campaign.status).toBe('draft');
  });

  it('opens a draft whose closing date is still ahead, even by a millisecond', () => {
    const campaign = dated(null, '2026-03-02T08:00:00.001Z');
    expect(openCampaign(campaign, '2026-03-02', at('2026-03-02T08:00:00Z')).status).toBe('open');
  });

  it.each([
    { what: 'has passed', closesAt: '2026-03-01T17:00:00Z' },
    { what: 'is this very instant', closesAt: '2026-03-02T08:00:00Z' },
  ])('refuses to open a draft whose closing date $what', ({ closesAt }) => {
    const act = () => openCampaign(dated(null, closesAt), '2026-03-02', at('2026-03-02T08:00:00Z'));
    expect(act).toThrow(ConflictError);
    expect(act).toThrow('The closing date has already passed; choose a later one before opening.');
  });

  it.each([
    {
      what: 'opening an open campaign',
      act: () => openCampaign(open(), '2026-03-03', at('2026-03-03T08:00:00Z')),
      message: 'Campaign "Baseline" is open; only a draft can be opened.',
    },
    {
      what: 'opening a closed campaign',
      act: () => openCampaign(closed(), '2026-03-21', at('2026-03-21T08:00:00Z')),
      message: 'Campaign "Baseline" is closed; only a draft can be opened.',
    },
    {
      what: 'closing a draft',
      act: () => closeCampaign(draft(), '2026-03-02'),
      message: 'Campaign "Baseline" is draft; only an open campaign can be closed.',
    },
    {
      what: 'closing a closed campaign',
      act: () => closeCampaign(closed(), '2026-03-21'),
      message: 'Campaign "Baseline" is closed; only an open campaign can be closed.',
    },
  ])('refuses $what with a conflict', ({ act, message }) => {
    expect(act).toThrow(ConflictError);
    expect(act).toThrow(message);
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

  it('names the opening day as HR wrote it, in their own time zone', () => {
    // 00:30 on 10 March in Beijing is still 9 March in UTC; the respondent is told the 10th.
    const campaign = makeOpen(dated('2026-03-10T00:30:00+08:00', null));
    expect(() => assertAcceptsResponses(campaign, at('2026-03-09T12:00:00Z'))).toThrow(
      'This survey opens on 2026-03-10; please come back then.',
    );
  });
});

describe('resolveDepartment', () => {
  it('files a department link under its department, whatever the respondent chose', () => {
    const campaign = open();
    expect(resolveDepartment(campaign, campaign.links[2]!, 'sales')).toBe('ops');
  });

  it('files a campaign-wide link under the department the respondent chose', () => {
    const campaign = open();
    expect(resolveDepartment(campaign, campaign.links[0]!, 'sales')).toBe('sales');
  });

  it.each([
    { what: 'no department', chosen: undefined },
    { what: 'a department outside the campaign', chosen: 'finance' },
  ])('asks for a department on a campaign-wide link when given $what', ({ chosen }) => {
    const campaign = open();
    const act = () => resolveDepartment(campaign, campaign.links[0]!, chosen);
    expect(act).toThrow(InvalidAnswerError);
    expect(act).toThrow('Choose your department from the list before submitting.');
    try {
      act();
    } catch (error) {
      expect((error as InvalidAnswerError).errors).toEqual([
        expect.objectContaining({ field: 'departmentId' }),
      ]);
    }
  });
});
