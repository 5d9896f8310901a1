import { describe, expect, it } from 'vitest';
import {
  closeCampaign,
  createCampaign,
  openCampaign,
  type Campaign,
} from '../../../../server/domain/campaigns/campaign';
import { nextWave, type NextWaveSpec } from '../../../../server/domain/campaigns/next-wave';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import { DomainError } from '../../../../server/domain/errors';

const ACME: Organization = {
  id: 'org',
  name: 'Acme',
  createdOn: '2026-01-01',
  departments: [
    { id: 'sales', name: 'Sales', headcount: 10 },
    { id: 'ops', name: 'Operations', headcount: 12 },
    { id: 'legal', name: 'Legal', headcount: 3 },
  ],
};

function wave(change: Partial<Campaign> = {}, departmentIds = ['sales', 'ops', 'legal']): Campaign {
  const draft = createCampaign({
    id: 'q1',
    organizationId: 'org',
    name: 'Q1',
    questionnaireId: 'readiness-okr-2',
    departmentIds,
    minGroupSize: 7,
    organizationFacts: { industry: 'manufacturing' },
    today: '2026-01-05',
    newToken: () => 'old',
  });
  return closeCampaign(
    { ...openCampaign(draft, '2026-01-06', Date.parse('2026-01-06T09:00:00Z')), ...change },
    '2026-03-31',
  );
}

const spec = (change: Partial<NextWaveSpec> = {}): NextWaveSpec => {
  let n = 0;
  return {
    id: 'q2',
    name: 'Q2',
    questionnaireId: 'readiness-okr-2',
    factsFromHr: true,
    today: '2026-04-01',
    newToken: () => `new-${(n += 1)}`,
    ...change,
  };
};

describe('the next wave of a campaign', () => {
  it('carries whom it asks, its settings, groups and email texts into a new draft pointing back to it', () => {
    const previous = wave({
      commentMinimum: 9,
      languages: ['zh-cn'],
      targetResponseRate: 0.8,
      opensAt: '2026-01-06T00:00:00Z',
      reportingGroups: [{ id: 'g', name: 'Support', departmentIds: ['ops', 'legal'] }],
    });
    previous.emailTemplates.invitation.en.subject = 'Your say on how we set goals';
    const { campaign, droppedDepartmentIds, droppedGroupIds } = nextWave(previous, ACME, spec());
    expect(campaign).toMatchObject({
      id: 'q2',
      name: 'Q2',
      organizationId: 'org',
      questionnaireId: 'readiness-okr-2',
      status: 'draft',
      scope: 'organization',
      departmentIds: ['sales', 'ops', 'legal'],
      minGroupSize: 7,
      commentMinimum: 9,
      languages: ['zh-cn'],
      targetResponseRate: 0.8,
      opensAt: null,
      closesAt: null,
      reportingGroups: [{ id: 'g', name: 'Support', departmentIds: ['ops', 'legal'] }],
      previousWaveId: 'q1',
      createdOn: '2026-04-01',
      openedOn: null,
      departmentsAtOpening: null,
      excludedResponses: 0,
    });
    expect(campaign.organizationFacts.industry).toBe('manufacturing');
    expect(campaign.emailTemplates.invitation.en.subject).toBe('Your say on how we set goals');
    // Its own links, none of the previous wave's.
    expect(campaign.links.map((l) => l.token)).toEqual(['new-1', 'new-2', 'new-3', 'new-4']);
    expect(droppedDepartmentIds).toEqual([]);
    expect(droppedGroupIds).toEqual([]);
    // The copy is the new wave's own: editing it leaves the previous wave's texts alone.
    campaign.emailTemplates.invitation.en.subject = 'changed';
    campaign.languages.push('en');
    expect(previous.emailTemplates.invitation.en.subject).toBe('Your say on how we set goals');
    expect(previous.languages).toEqual(['zh-cn']);
  });

  it.each<
    [string, Partial<Campaign>, string[], Organization, { scope: string; ids: string[]; dropped: string[] }]
  >([
    [
      'a whole-organization wave asks the organization as it is now',
      {},
      ['sales', 'ops', 'legal'],
      {
        ...ACME,
        departments: [...ACME.departments.slice(0, 2), { id: 'new', name: 'Research', headcount: 5 }],
      },
      { scope: 'organization', ids: ['sales', 'ops', 'new'], dropped: ['legal'] },
    ],
    [
      'a pilot asks its departments again, not those added since',
      { scope: 'departments' },
      ['sales'],
      { ...ACME, departments: [...ACME.departments, { id: 'new', name: 'Research', headcount: 5 }] },
      { scope: 'departments', ids: ['sales'], dropped: [] },
    ],
    [
      'a pilot of which a department is gone asks the rest',
      { scope: 'departments' },
      ['sales', 'legal'],
      { ...ACME, departments: ACME.departments.slice(0, 2) },
      { scope: 'departments', ids: ['sales'], dropped: ['legal'] },
    ],
    [
      'a pilot whose departments are now the whole organization becomes a whole-organization wave',
      { scope: 'departments' },
      ['sales', 'ops'],
      { ...ACME, departments: ACME.departments.slice(0, 2) },
      { scope: 'organization', ids: ['sales', 'ops'], dropped: [] },
    ],
  ])('%s', (_, change, departmentIds, organization, expected) => {
    const made = nextWave(wave(change, departmentIds), organization, spec());
    expect(made.campaign.scope).toBe(expected.scope);
    expect(made.campaign.departmentIds).toEqual(expected.ids);
    expect(made.droppedDepartmentIds).toEqual(expected.dropped);
  });

  it('asks the departments chosen for it instead, when chosen, checked as a new campaign’s are', () => {
    const made = nextWave(wave(), ACME, spec({ departmentIds: ['legal', 'sales'] }));
    expect(made.campaign).toMatchObject({
      scope: 'departments',
      departmentIds: ['sales', 'legal'],
      previousWaveId: 'q1',
    });
    expect(made.droppedDepartmentIds).toEqual(['ops']);
    expect(() => nextWave(wave(), ACME, spec({ departmentIds: ['gone'] }))).toThrow(DomainError);
  });

  it('drops a reporting group one of whose departments is no longer asked, and says which', () => {
    const previous = wave({
      reportingGroups: [
        { id: 'kept', name: 'Front', departmentIds: ['sales', 'ops'] },
        { id: 'gone', name: 'Back', departmentIds: ['ops', 'legal'] },
      ],
    });
    const made = nextWave(previous, { ...ACME, departments: ACME.departments.slice(0, 2) }, spec());
    expect(made.campaign.reportingGroups.map((g) => g.id)).toEqual(['kept']);
    expect(made.droppedGroupIds).toEqual(['gone']);
  });

  it('leaves HR’s statement behind when the new wave’s model asks staff instead', () => {
    const made = nextWave(wave(), ACME, spec({ factsFromHr: false, questionnaireId: 'readiness-okr' }));
    expect(made.campaign.organizationFacts.industry).toBeNull();
    expect(made.campaign.questionnaireId).toBe('readiness-okr');
  });

  it.each<[string, Campaign, Organization, string]>([
    [
      'a draft, which has no answers to compare with',
      createCampaign({
        id: 'd',
        organizationId: 'org',
        name: 'D',
        questionnaireId: 'q',
        departmentIds: ['sales'],
        today: '2026-01-01',
        newToken: () => 't',
      }),
      ACME,
      'wave.from-draft',
    ],
    [
      'a pilot none of whose departments exists any more',
      wave({ scope: 'departments' }, ['legal']),
      { ...ACME, departments: ACME.departments.slice(0, 2) },
      'wave.no-departments-left',
    ],
  ])('refuses %s with a conflict', (_, previous, organization, code) => {
    try {
      nextWave(previous, organization, spec());
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect({ status: (error as DomainError).status, code: (error as DomainError).coded.code }).toEqual({
        status: 409,
        code,
      });
    }
  });
});
