import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../server/domain/campaigns/campaign';
import {
  buildResponseProgress,
  type ProgressInput,
} from '../../../../server/domain/campaigns/response-progress';
import { countByUnit, reportingUnits } from '../../../../server/domain/campaigns/reporting-units';
import type { SurveyInvitation } from '../../../../server/domain/campaigns/survey-invitation';
import { makeDraft, makeOrganization } from '../../../fixtures/make-campaign';

type Invitation = Pick<SurveyInvitation, 'departmentId' | 'started' | 'answered'>;

/** `n` personal invitations in one department, the first `started` opened and the first `answered` used. */
function invitations(departmentId: string, n: number, started = 0, answered = 0): Invitation[] {
  return Array.from({ length: n }, (_, i) => ({
    departmentId,
    started: i < started,
    answered: i < answered,
  }));
}

/**
 * The progress page of a campaign over departments with these headcounts, built the way the route builds
 * it: units from the campaign, responses counted per unit. `responses` gives each department's count.
 */
function progressOf(spec: {
  headcounts: Record<string, number>;
  departmentIds?: string[];
  campaign?: Partial<Campaign>;
  responses?: Record<string, number>;
  invitations?: Invitation[];
  minGroupSize?: number;
  targetResponseRate?: number;
}) {
  const organization = makeOrganization(spec.headcounts);
  const campaign: Campaign = {
    ...makeDraft({ departmentIds: spec.departmentIds ?? Object.keys(spec.headcounts) }),
    ...spec.campaign,
  };
  const { units, unitOf } = reportingUnits(organization, campaign);
  const stored = Object.entries(spec.responses ?? {}).flatMap(([departmentId, n]) =>
    Array.from({ length: n }, () => ({ departmentId })),
  );
  const input: ProgressInput = {
    units,
    unitOf,
    responsesByUnit: countByUnit(stored, unitOf),
    invitations: spec.invitations ?? [],
    minGroupSize: spec.minGroupSize ?? campaign.minGroupSize,
    targetResponseRate: spec.targetResponseRate ?? campaign.targetResponseRate,
  };
  return buildResponseProgress(input);
}

describe('buildResponseProgress', () => {
  it('shows each department its count and response rate once the minimum is reached', () => {
    const progress = progressOf({ headcounts: { a: 10, b: 20 }, responses: { a: 5, b: 15 } });
    expect(progress.departments).toEqual([
      {
        departmentId: 'a',
        name: 'Dept a',
        headcount: 10,
        invited: 0,
        withheld: null,
        started: 0,
        answeredByLink: 0,
        answeredOtherwise: 5,
        responses: 5,
        responseRate: 0.5,
      },
      {
        departmentId: 'b',
        name: 'Dept b',
        headcount: 20,
        invited: 0,
        withheld: null,
        started: 0,
        answeredByLink: 0,
        answeredOtherwise: 15,
        responses: 15,
        responseRate: 0.75,
      },
    ]);
  });

  it('always shows the whole campaign count and rate', () => {
    const progress = progressOf({ headcounts: { a: 10, b: 20 }, responses: { a: 2, b: 1 } });
    expect(progress).toMatchObject({ minGroupSize: 5, headcount: 30, responses: 3, responseRate: 0.1 });
  });

  it.each<{
    situation: string;
    responses: Record<string, number>;
    shown: (number | null)[];
    rates: (number | null)[];
  }>([
    {
      situation: 'a small department and the next-smallest, by the same rule as the report',
      responses: { a: 3, b: 6, c: 9 },
      shown: [null, null, 9],
      rates: [null, null, 0.9],
    },
    {
      situation: 'a department with no responses yet, and the next-smallest, as for a department with a few',
      responses: { b: 7, c: 9 },
      shown: [null, null, 9],
      rates: [null, null, 0.9],
    },
    {
      situation: 'two small departments, which together reach the minimum',
      responses: { a: 2, b: 3, c: 9 },
      shown: [null, null, 9],
      rates: [null, null, 0.9],
    },
    {
      situation: 'every department, when all are small',
      responses: { a: 1, b: 2, c: 4 },
      shown: [null, null, null],
      rates: [null, null, null],
    },
  ])('withholds $situation', ({ responses, shown, rates }) => {
    const progress = progressOf({ headcounts: { a: 10, b: 10, c: 10 }, responses });
    expect(progress.departments.map((d) => d.responses)).toEqual(shown);
    expect(progress.departments.map((d) => d.responseRate)).toEqual(rates);
  });

  it('says why each count is withheld: too few answers, or hidden to protect a smaller group', () => {
    const progress = progressOf({ headcounts: { a: 10, b: 10, c: 10 }, responses: { a: 3, b: 9, c: 12 } });
    expect(progress.departments.map((d) => d.withheld)).toEqual(['too-few', 'protects-another', null]);
  });

  it('withholds by the campaign’s own minimum group size', () => {
    const progress = progressOf({ headcounts: { a: 10, b: 10 }, responses: { a: 6, b: 9 }, minGroupSize: 7 });
    expect(progress.departments.map((d) => d.responses)).toEqual([null, null]);
    expect(progress).toMatchObject({ minGroupSize: 7, responses: 15 });
  });

  it('counts only the departments the campaign surveys', () => {
    const progress = progressOf({
      headcounts: { a: 10, b: 10, other: 100 },
      departmentIds: ['a', 'b'],
      responses: { a: 5, b: 5, other: 40 },
      invitations: [...invitations('a', 10), ...invitations('other', 100, 50, 40)],
    });
    expect(progress.departments.map((d) => d.departmentId)).toEqual(['a', 'b']);
    expect(progress).toMatchObject({ headcount: 20, invited: 10, started: 0, responses: 10 });
  });
});

describe('buildResponseProgress: invited and started', () => {
  const headcounts = { a: 10, b: 12 };

  it('shows per department how many were invited and how many opened their link', () => {
    const progress = progressOf({
      headcounts,
      responses: { a: 6, b: 8 },
      invitations: [...invitations('a', 10, 7, 6), ...invitations('b', 12, 9, 8)],
    });
    expect(progress.departments.map((d) => [d.invited, d.started, d.responses])).toEqual([
      [10, 7, 6],
      [12, 9, 8],
    ]);
    expect(progress).toMatchObject({ invited: 22, started: 16, responses: 14 });
  });

  it('counts a person who answered as having started, even if the opening was not recorded', () => {
    const answeredOnly: Invitation[] = [
      { departmentId: 'a', started: false, answered: true },
      { departmentId: 'a', started: true, answered: false },
      { departmentId: 'a', started: false, answered: false },
    ];
    const progress = progressOf({ headcounts, responses: { a: 5, b: 5 }, invitations: answeredOnly });
    expect(progress.departments[0]).toMatchObject({ invited: 3, started: 2 });
    expect(progress.started).toBe(2);
  });

  it('withholds who started in a withheld department, but still shows how many were invited', () => {
    const progress = progressOf({
      headcounts: { a: 10, b: 12, c: 30 },
      responses: { a: 2, b: 8, c: 20 },
      invitations: [
        ...invitations('a', 10, 3, 2),
        ...invitations('b', 12, 9, 8),
        ...invitations('c', 30, 22, 20),
      ],
    });
    expect(progress.departments.map((d) => [d.invited, d.started, d.responses])).toEqual([
      [10, null, null],
      [12, null, null],
      [30, 22, 20],
    ]);
    expect(progress).toMatchObject({ invited: 52, started: 34, responses: 30 });
  });

  it('shows no one invited or started when the campaign uses shared links only', () => {
    const progress = progressOf({ headcounts, responses: { a: 6, b: 8 } });
    expect(progress).toMatchObject({
      invited: 0,
      started: 0,
      answeredByLink: 0,
      answeredOtherwise: 14,
      responses: 14,
    });
  });

  // Answers by personal link sit beside "invited" and "opened"; the rest (codes, shared links) apart, so no
  // row reads as more answered than opened.
  it.each([
    ['personal links only', { a: 6 }, invitations('a', 8, 7, 6), [8, 7, 6, 0, 6]],
    ['shared links only', { a: 19 }, [], [0, 0, 0, 19, 19]],
    ['personal links and codes', { a: 9 }, invitations('a', 8, 5, 5), [8, 5, 5, 4, 9]],
    [
      'a link marked answered before its response is counted',
      { a: 5 },
      invitations('a', 8, 6, 6),
      [8, 6, 5, 0, 5],
    ],
    ['withheld: only the invitations show', { a: 2 }, invitations('a', 8, 3, 2), [8, null, null, null, null]],
  ])('splits answers by the way they came: %s', (_, responses, invited, expected) => {
    const progress = progressOf({ headcounts: { a: 20 }, responses, invitations: invited });
    const a = progress.departments[0]!;
    expect([a.invited, a.started, a.answeredByLink, a.answeredOtherwise, a.responses]).toEqual(expected);
    expect(progress.answeredByLink + progress.answeredOtherwise).toBe(progress.responses);
  });
});

describe('buildResponseProgress: responses still needed to reach the target', () => {
  it.each([
    { headcount: 30, target: 0.75, responses: 10, toTarget: 13, why: '75% of 30 is 22.5, so 23 are needed' },
    { headcount: 20, target: 0.75, responses: 0, toTarget: 15, why: '75% of 20 is exactly 15' },
    {
      headcount: 10,
      target: 0.7,
      responses: 0,
      toTarget: 7,
      why: '70% of 10 is 7, not 8 (10 × 0.7 > 7 in floats)',
    },
    { headcount: 30, target: 0.1, responses: 1, toTarget: 2, why: '10% of 30 is 3, not 4' },
    { headcount: 20, target: 0.75, responses: 15, toTarget: 0, why: 'the target is just reached' },
    {
      headcount: 20,
      target: 0.75,
      responses: 19,
      toTarget: 0,
      why: 'more than the target never goes negative',
    },
    { headcount: 20, target: 1, responses: 19, toTarget: 1, why: 'everyone is the target' },
  ])(
    'shows $toTarget to go with $responses of $headcount at $target ($why)',
    ({ headcount, target, responses, toTarget }) => {
      const progress = progressOf({
        headcounts: { a: headcount },
        responses: { a: responses },
        targetResponseRate: target,
      });
      expect(progress).toMatchObject({ targetResponseRate: target, toTarget });
    },
  );

  it('measures the target against the imported staff list, not the headcount', () => {
    const progress = progressOf({
      headcounts: { a: 100, b: 100 },
      campaign: { staffCounts: { a: 8, b: 12 } },
      responses: { a: 5, b: 5 },
    });
    expect(progress).toMatchObject({ headcount: 20, responseRate: 0.5, toTarget: 5 });
    expect(progress.departments.map((d) => [d.headcount, d.responseRate])).toEqual([
      [8, 0.625],
      [12, 5 / 12],
    ]);
  });

  it('shows no rate and nothing to go when nobody is on the staff list', () => {
    const progress = progressOf({ headcounts: { a: 10 }, campaign: { staffCounts: { a: 0 } } });
    expect(progress).toMatchObject({ headcount: 0, responseRate: null, toTarget: 0 });
    expect(progress.departments[0]).toMatchObject({ headcount: 0, responses: null, responseRate: null });
  });
});

describe('buildResponseProgress with reporting groups', () => {
  const headcounts = { a: 4, b: 5, c: 20, d: 15 };
  const responses = { a: 2, b: 3, c: 12, d: 9 };
  const invited = [
    ...invitations('a', 4, 3, 2),
    ...invitations('b', 5, 4, 3),
    ...invitations('c', 20, 14, 12),
    ...invitations('d', 15, 10, 9),
  ];

  it('withholds two small departments reported on their own, and the next-smallest with them', () => {
    const progress = progressOf({ headcounts, responses, invitations: invited });
    expect(progress.departments.map((d) => [d.name, d.responses, d.started])).toEqual([
      ['Dept a', null, null],
      ['Dept b', null, null],
      ['Dept c', 12, 14],
      ['Dept d', 9, 10],
    ]);
  });

  it('shows them merged into a group that reaches the minimum, counted together', () => {
    const progress = progressOf({
      headcounts,
      campaign: { reportingGroups: [{ id: 'small', name: 'Small teams', departmentIds: ['a', 'b'] }] },
      responses,
      invitations: invited,
    });
    expect(progress.departments).toEqual([
      {
        departmentId: 'small',
        name: 'Small teams',
        headcount: 9,
        invited: 9,
        withheld: null,
        started: 7,
        answeredByLink: 5,
        answeredOtherwise: 0,
        responses: 5,
        responseRate: 5 / 9,
      },
      {
        departmentId: 'c',
        name: 'Dept c',
        headcount: 20,
        invited: 20,
        withheld: null,
        started: 14,
        answeredByLink: 12,
        answeredOtherwise: 0,
        responses: 12,
        responseRate: 0.6,
      },
      {
        departmentId: 'd',
        name: 'Dept d',
        headcount: 15,
        invited: 15,
        withheld: null,
        started: 10,
        answeredByLink: 9,
        answeredOtherwise: 0,
        responses: 9,
        responseRate: 0.6,
      },
    ]);
    expect(progress).toMatchObject({ headcount: 44, invited: 44, started: 31, responses: 26, toTarget: 7 });
  });

  it('still withholds a group that stays below the minimum, and the next-smallest with it', () => {
    const progress = progressOf({
      headcounts,
      campaign: { reportingGroups: [{ id: 'small', name: 'Small teams', departmentIds: ['a', 'b'] }] },
      responses: { a: 1, b: 2, c: 12, d: 9 },
      invitations: invited,
    });
    expect(progress.departments.map((d) => [d.name, d.invited, d.started, d.responses])).toEqual([
      ['Small teams', 9, null, null],
      ['Dept c', 20, 14, 12],
      ['Dept d', 15, null, null],
    ]);
  });
});
