import { describe, expect, it } from 'vitest';
import {
  assertAcceptsResponses,
  closeCampaign,
  createCampaign,
  openCampaign,
  resolveDepartment,
  type Campaign,
  type NewCampaign,
} from '../../../server/domain/campaign';
import { ConflictError, InvalidAnswerError } from '../../../server/domain/errors';

function draft(overrides: Partial<NewCampaign> = {}): Campaign {
  let token = 0;
  return createCampaign({
    id: 'campaign-1',
    organizationId: 'org-1',
    name: 'Baseline',
    questionnaireId: 'fixture',
    modelVersion: '1',
    departmentIds: ['sales', 'ops'],
    today: '2026-03-01',
    newToken: () => `token-${++token}`,
    ...overrides,
  });
}

const open = () => openCampaign(draft(), '2026-03-02');
const closed = () => closeCampaign(open(), '2026-03-20');

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

  it('copies the department list, so later changes to the input do not leak in', () => {
    const ids = ['sales'];
    const campaign = draft({ departmentIds: ids });
    ids.push('ops');
    expect(campaign.departmentIds).toEqual(['sales']);
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
    openCampaign(campaign, '2026-03-02');
    expect(campaign.status).toBe('draft');
  });

  it.each([
    {
      what: 'opening an open campaign',
      act: () => openCampaign(open(), '2026-03-03'),
      message: /is open; only a draft/,
    },
    {
      what: 'opening a closed campaign',
      act: () => openCampaign(closed(), '2026-03-21'),
      message: /is closed; only a draft/,
    },
    {
      what: 'closing a draft',
      act: () => closeCampaign(draft(), '2026-03-02'),
      message: /is draft; only an open/,
    },
    {
      what: 'closing a closed campaign',
      act: () => closeCampaign(closed(), '2026-03-21'),
      message: /is closed; only an open/,
    },
  ])('refuses $what with a conflict', ({ act, message }) => {
    expect(act).toThrow(ConflictError);
    expect(act).toThrow(message);
  });
});

describe('assertAcceptsResponses', () => {
  it('accepts responses while the campaign is open', () => {
    expect(() => assertAcceptsResponses(open())).not.toThrow();
  });

  it.each([
    { status: 'draft', campaign: draft, message: /not opened yet/ },
    { status: 'closed', campaign: closed, message: /has closed/ },
  ])('refuses responses to a $status campaign with a conflict', ({ campaign, message }) => {
    expect(() => assertAcceptsResponses(campaign())).toThrow(ConflictError);
    expect(() => assertAcceptsResponses(campaign())).toThrow(message);
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
    try {
      act();
    } catch (error) {
      expect((error as InvalidAnswerError).errors).toEqual([
        expect.objectContaining({ field: 'departmentId' }),
      ]);
    }
  });
});
