import { describe, expect, it } from 'vitest';
import { CURRENT_MODEL_VERSION, LANGUAGES } from '../../../../server/domain/instrument/barrier-model';
import {
  campaignClosedError,
  campaignPhase,
  closeCampaign,
  openCampaign,
  resolveDepartment,
  withCampaignDefaults,
  withStaffCounts,
  type Campaign,
} from '../../../../server/domain/campaigns/campaign';
import { DEFAULT_TEMPLATES } from '../../../../server/domain/campaigns/email-template';
import { ConflictError, InvalidAnswerError } from '../../../../server/domain/errors';
import { at, makeClosed, makeDatedDraft, makeDraft, makeOpen } from '../../../fixtures/make-campaign';
import { thrownBy } from '../../../fixtures/thrown-by';

const draft = makeDraft;
const open = () => makeOpen();
const closed = () => makeClosed();
const dated = makeDatedDraft;

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
  it('keeps the model version it was created with, and takes the current one otherwise', () => {
    expect(draft().modelVersion).toBe('1');
    expect(draft({ modelVersion: undefined }).modelVersion).toBe(CURRENT_MODEL_VERSION);
  });

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
      excludedResponses: 0,
    });
    expect(withCampaignDefaults({ ...open(), excludedResponses: 3 }).excludedResponses).toBe(3);
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
    };
    expect(withCampaignDefaults(stored)).toEqual(stored);
  });

  it('drops staff counts an earlier version stored: the list itself gives them now', () => {
    expect(withCampaignDefaults({ ...draft(), staffCounts: { sales: 4 } }).staffCounts).toBeNull();
  });
});

describe('withStaffCounts', () => {
  it.each<{ listed: Record<string, number>; counts: Record<string, number> | null }>([
    { listed: {}, counts: null },
    { listed: { sales: 3 }, counts: { sales: 3, ops: 0 } },
    { listed: { sales: 0, ops: 0 }, counts: null },
    { listed: { sales: 2, ops: 5, gone: 1 }, counts: { sales: 2, ops: 5 } },
  ])('gives a campaign of sales and ops listed $listed the counts $counts', ({ listed, counts }) => {
    const campaign = { ...draft(), departmentIds: ['sales', 'ops'] };
    expect(withStaffCounts(campaign, listed).staffCounts).toEqual(counts);
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
    expect(thrownBy(act).coded).toEqual({ code: 'campaign.closing-date-passed', params: {} });
  });

  it.each([
    {
      what: 'opening an open campaign',
      act: () => openCampaign(open(), '2026-03-03', at('2026-03-03T08:00:00Z')),
      coded: { code: 'campaign.not-draft', params: { status: 'open' } },
    },
    {
      what: 'closing a draft',
      act: () => closeCampaign(draft(), '2026-03-02'),
      coded: { code: 'campaign.not-open', params: { status: 'draft' } },
    },
    {
      what: 'changing a closed campaign',
      act: () => {
        throw campaignClosedError();
      },
      coded: { code: 'campaign.closed', params: {} },
    },
  ])('codes the refusal of $what, with the status it found', ({ act, coded }) => {
    const error = thrownBy(act);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.coded).toEqual(coded);
    expect(error.message).toMatch(/\w/);
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
    expect(thrownBy(act)).toMatchObject({
      coded: { code: 'response.department-unknown', params: {} },
      errors: [
        {
          field: 'departmentId',
          code: 'response.department-unknown',
          message: expect.stringMatching(/^[a-z]+ /),
        },
      ],
    });
    try {
      act();
    } catch (error) {
      expect((error as InvalidAnswerError).errors).toEqual([
        expect.objectContaining({ field: 'departmentId' }),
      ]);
    }
  });
});
