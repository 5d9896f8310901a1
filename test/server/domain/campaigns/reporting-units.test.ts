import { describe, expect, it } from 'vitest';
import type { Campaign, ReportingGroup } from '../../../../server/domain/campaigns/campaign';
import { DEPENDS_ON_QUESTION } from '../../../../server/domain/analysis/conflict-map';
import { asReported, countByUnit, reportingUnits } from '../../../../server/domain/campaigns/reporting-units';
import { makeDraft, makeOrganization } from '../../../fixtures/make-campaign';
import { makeResponse } from '../../../fixtures/make-response';

const organization = makeOrganization({ a: 3, b: 40, c: 4, d: 25, other: 100 });
const SMALL: ReportingGroup = { id: 'small', name: 'Small teams', departmentIds: ['c', 'a'] };

function campaignWith(parts: Partial<Campaign> = {}): Campaign {
  return { ...makeDraft({ departmentIds: ['a', 'b', 'c', 'd'] }), ...parts };
}

/** The units as a reader sees them: name and headcount, in order. */
const shown = (campaign: Campaign) =>
  reportingUnits(organization, campaign).units.map((u) => `${u.name}: ${u.headcount}`);

describe('reportingUnits', () => {
  it.each([
    {
      situation: 'without groups or a staff list, the campaign’s departments with their headcounts',
      campaign: campaignWith(),
      units: ['Dept a: 3', 'Dept b: 40', 'Dept c: 4', 'Dept d: 25'],
    },
    {
      situation: 'with a staff list, the people on it instead of the headcounts',
      campaign: campaignWith({ staffCounts: { a: 5, b: 38, c: 6, d: 30 } }),
      units: ['Dept a: 5', 'Dept b: 38', 'Dept c: 6', 'Dept d: 30'],
    },
    {
      situation: 'with a staff list missing a department, nobody in it',
      campaign: campaignWith({ staffCounts: { a: 5, b: 38, c: 6 } }),
      units: ['Dept a: 5', 'Dept b: 38', 'Dept c: 6', 'Dept d: 0'],
    },
    {
      situation: 'with a group, the group where its first department was, with their headcounts summed',
      campaign: campaignWith({ reportingGroups: [SMALL] }),
      units: ['Small teams: 7', 'Dept b: 40', 'Dept d: 25'],
    },
    {
      situation: 'with a group and a staff list, the group with the people on the list summed',
      campaign: campaignWith({ reportingGroups: [SMALL], staffCounts: { a: 5, b: 38, c: 6, d: 30 } }),
      units: ['Small teams: 11', 'Dept b: 38', 'Dept d: 30'],
    },
    {
      situation: 'with a group of later departments, the group in the place of the first of them',
      campaign: campaignWith({ reportingGroups: [{ id: 'g', name: 'Rest', departmentIds: ['d', 'c'] }] }),
      units: ['Dept a: 3', 'Dept b: 40', 'Rest: 29'],
    },
    {
      situation: 'with two groups, each in its own place',
      campaign: campaignWith({
        reportingGroups: [
          { id: 'g1', name: 'Front', departmentIds: ['a', 'b'] },
          { id: 'g2', name: 'Back', departmentIds: ['c', 'd'] },
        ],
      }),
      units: ['Front: 43', 'Back: 29'],
    },
  ])('reports, $situation', ({ campaign, units }) => {
    expect(shown(campaign)).toEqual(units);
  });

  it('leaves out departments of the organization the campaign does not survey', () => {
    const { units, unitOf } = reportingUnits(organization, campaignWith());
    expect(units.map((u) => u.id)).not.toContain('other');
    expect(unitOf.has('other')).toBe(false);
  });

  it('files each department under the group it belongs to, and the others under themselves', () => {
    const { unitOf } = reportingUnits(organization, campaignWith({ reportingGroups: [SMALL] }));
    expect(Object.fromEntries(unitOf)).toEqual({ a: 'small', b: 'b', c: 'small', d: 'd' });
  });
});

describe('countByUnit', () => {
  it('counts the responses of a group’s departments together and ignores departments outside the campaign', () => {
    const { unitOf } = reportingUnits(organization, campaignWith({ reportingGroups: [SMALL] }));
    const responses = ['a', 'a', 'c', 'b', 'other', 'other'].map((departmentId) => ({ departmentId }));
    expect(Object.fromEntries(countByUnit(responses, unitOf))).toEqual({ small: 3, b: 1 });
  });
});

describe('asReported', () => {
  const grouped = campaignWith({ reportingGroups: [SMALL] });

  it('shows the report the groups in place of their departments', () => {
    const reported = asReported(organization, grouped, []);
    expect(reported.organization.departments.map((d) => d.name)).toEqual(['Small teams', 'Dept b', 'Dept d']);
    expect(reported.campaign.departmentIds).toEqual(['small', 'b', 'd']);
  });

  it('files each response under its group', () => {
    const responses = ['a', 'b', 'c'].map((departmentId) => makeResponse({ departmentId }));
    expect(asReported(organization, grouped, responses).responses.map((r) => r.departmentId)).toEqual([
      'small',
      'b',
      'small',
    ]);
  });

  it.each([
    {
      situation: 'a department of another group becomes that group',
      named: ['c'],
      from: 'b',
      reported: ['small'],
    },
    {
      situation: 'two departments of one group become that group once',
      named: ['a', 'c', 'd'],
      from: 'b',
      reported: ['small', 'd'],
    },
    { situation: 'a fellow member of the group is dropped', named: ['c', 'b'], from: 'a', reported: ['b'] },
    { situation: 'the respondent’s own department is dropped', named: ['a'], from: 'a', reported: [] },
    { situation: 'an ungrouped department stays as it is', named: ['d'], from: 'b', reported: ['d'] },
    {
      situation: '"none" stays "none", an answer naming nobody',
      named: ['none'],
      from: 'a',
      reported: ['none'],
    },
  ])('reads the departments a response depends on by group: $situation', ({ named, from, reported }) => {
    const response = makeResponse({ departmentId: from, answers: { [DEPENDS_ON_QUESTION]: named, q1: 4 } });
    const [copy] = asReported(organization, grouped, [response]).responses;
    expect(copy!.answers).toEqual({ [DEPENDS_ON_QUESTION]: reported, q1: 4 });
  });

  it('never changes the stored responses, and maps each reported one back to its stored one', () => {
    const stored = makeResponse({ departmentId: 'a', answers: { [DEPENDS_ON_QUESTION]: ['c', 'd'] } });
    const before = structuredClone(stored);
    const reported = asReported(organization, grouped, [stored]);
    expect(stored).toEqual(before);
    expect(reported.storedOf.get(reported.responses[0]!)).toBe(stored);
  });

  it('reports the responses as stored when the campaign has no groups', () => {
    const stored = [
      makeResponse({ departmentId: 'a', answers: { [DEPENDS_ON_QUESTION]: ['c'] } }),
      makeResponse({ departmentId: 'b' }),
    ];
    const reported = asReported(organization, campaignWith(), stored);
    expect(reported.responses).toEqual(stored);
    expect(reported.responses.map((r) => reported.storedOf.get(r))).toEqual(stored);
  });
});
