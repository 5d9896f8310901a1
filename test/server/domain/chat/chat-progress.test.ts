import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../server/domain/campaigns/campaign';
import { buildResponseProgress } from '../../../../server/domain/campaigns/response-progress';
import { countByUnit, reportingUnits } from '../../../../server/domain/campaigns/reporting-units';
import { progressForChannel, type ChatProgress } from '../../../../server/domain/chat/chat-progress';
import { makeDraft, makeOrganization } from '../../../fixtures/make-campaign';

/**
 * A campaign's progress built the way the tracking page builds it, with the department → unit map a chat
 * post is given. `responses` gives each department's count of answers.
 */
interface Spec {
  headcounts: Record<string, number>;
  responses: Record<string, number>;
  campaign?: Partial<Campaign>;
  departmentIds?: string[];
}

function campaignProgress(spec: Spec) {
  const organization = makeOrganization(spec.headcounts);
  const campaign: Campaign = {
    ...makeDraft({ departmentIds: spec.departmentIds ?? Object.keys(spec.headcounts) }),
    ...spec.campaign,
  };
  const { units, unitOf } = reportingUnits(organization, campaign);
  const stored = Object.entries(spec.responses).flatMap(([departmentId, n]) =>
    Array.from({ length: n }, () => ({ departmentId })),
  );
  const progress = buildResponseProgress({
    units,
    unitOf,
    responsesByUnit: countByUnit(stored, unitOf),
    invitations: [],
    minGroupSize: campaign.minGroupSize,
    targetResponseRate: 0.7,
  });
  return { progress, unitOf };
}

const GROUPED = { reportingGroups: [{ id: 'small', name: 'Small teams', departmentIds: ['a', 'b'] }] };

interface Case {
  situation: string;
  spec: Spec;
  departmentId: string | null;
}

describe('progressForChannel', () => {
  it.each<Case & { expected: ChatProgress }>([
    {
      situation: 'the whole campaign: every response against every head, whatever the groups',
      spec: { headcounts: { a: 10, b: 10, c: 10 }, responses: { a: 3, b: 9, c: 12 } },
      departmentId: null,
      expected: { answered: 24, headcount: 30, targetRate: 0.7, unitName: null },
    },
    {
      situation: 'a department whose group is above the minimum: its own figures and name',
      spec: { headcounts: { a: 10, b: 20 }, responses: { a: 6, b: 15 } },
      departmentId: 'b',
      expected: { answered: 15, headcount: 20, targetRate: 0.7, unitName: 'Dept b' },
    },
    {
      situation: 'a department merged into a reporting group: the group’s figures and the group’s name',
      spec: {
        headcounts: { a: 4, b: 5, c: 20, d: 15 },
        responses: { a: 2, b: 3, c: 12, d: 9 },
        campaign: GROUPED,
      },
      departmentId: 'b',
      expected: { answered: 5, headcount: 9, targetRate: 0.7, unitName: 'Small teams' },
    },
    {
      situation: 'the campaign when every department is withheld: its total is still shown',
      spec: { headcounts: { a: 10, b: 10 }, responses: { a: 2, b: 3 } },
      departmentId: null,
      expected: { answered: 5, headcount: 20, targetRate: 0.7, unitName: null },
    },
  ])('gives $situation', ({ spec, departmentId, expected }) => {
    const { progress, unitOf } = campaignProgress(spec);
    expect(progressForChannel(progress, unitOf, departmentId)).toEqual(expected);
  });

  it.each<Case>([
    {
      situation:
        'the whole campaign while its total is below the minimum (one small department, or early on)',
      spec: { headcounts: { a: 12 }, responses: { a: 4 } },
      departmentId: null,
    },
    {
      situation: 'a department below the minimum',
      spec: { headcounts: { a: 10, b: 10, c: 10 }, responses: { a: 3, b: 9, c: 12 } },
      departmentId: 'a',
    },
    {
      situation: 'a department above the minimum withheld to protect a smaller one',
      spec: { headcounts: { a: 10, b: 10, c: 10 }, responses: { a: 3, b: 9, c: 12 } },
      departmentId: 'b',
    },
    {
      situation: 'a department of a reporting group that stays below the minimum',
      spec: {
        headcounts: { a: 4, b: 5, c: 20, d: 15 },
        responses: { a: 1, b: 2, c: 12, d: 9 },
        campaign: GROUPED,
      },
      departmentId: 'a',
    },
    {
      situation: 'a department that answered nothing yet',
      spec: { headcounts: { a: 10, b: 10, c: 10 }, responses: { b: 9, c: 12 } },
      departmentId: 'a',
    },
    {
      situation: 'a department the organization has but the campaign does not ask',
      spec: { headcounts: { a: 10, b: 10, c: 10 }, responses: { a: 9, b: 9 }, departmentIds: ['a', 'b'] },
      departmentId: 'c',
    },
    {
      situation: 'a department nobody knows',
      spec: { headcounts: { a: 10, b: 10 }, responses: { a: 9, b: 9 } },
      departmentId: 'gone',
    },
    {
      situation: 'a department counted with nobody in it (no proportion to give)',
      spec: { headcounts: { a: 0, b: 10, c: 10 }, responses: { a: 6, b: 9, c: 9 } },
      departmentId: 'a',
    },
    {
      situation: 'a campaign with nobody counted',
      spec: { headcounts: { a: 0 }, responses: {} },
      departmentId: null,
    },
  ])('gives no figures for $situation', ({ spec, departmentId }) => {
    const { progress, unitOf } = campaignProgress(spec);
    expect(progressForChannel(progress, unitOf, departmentId)).toBeNull();
  });

  it('gives no figures for a group whose record is withheld, even if a count were left in it', () => {
    const { progress, unitOf } = campaignProgress({
      headcounts: { a: 10, b: 10, c: 10 },
      responses: { a: 3, b: 9, c: 12 },
    });
    const leaky = {
      ...progress,
      departments: progress.departments.map((d) => ({ ...d, responses: d.responses ?? 3 })),
    };
    expect(progressForChannel(leaky, unitOf, 'a')).toBeNull();
    expect(progressForChannel(leaky, unitOf, 'c')).toMatchObject({ answered: 12 });
  });

  it('gives no figures for a group whose count is missing, even if not marked withheld', () => {
    const { progress, unitOf } = campaignProgress({
      headcounts: { a: 10, b: 10 },
      responses: { a: 9, b: 9 },
    });
    const odd = {
      ...progress,
      departments: progress.departments.map((d) => (d.departmentId === 'a' ? { ...d, responses: null } : d)),
    };
    expect(progressForChannel(odd, unitOf, 'a')).toBeNull();
    expect(progressForChannel(odd, unitOf, 'b')).toMatchObject({ answered: 9, headcount: 10 });
  });
});
