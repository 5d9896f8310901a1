import { describe, expect, it } from 'vitest';
import { createAction, type PlanAction } from '../../../../server/domain/decisions/action-plan';
import { pilotUnitsOf } from '../../../../server/domain/waves/pilot-units';

const action = (change: Partial<PlanAction>): PlanAction => ({
  ...createAction(
    { title: 'Pilot OKRs for a quarter' },
    {
      id: 'a',
      organizationId: 'o',
      campaignId: 'q1',
      recommendationId: 'mvp-pilot',
      departments: ['sales', 'ops', 'legal', 'rnd'],
      now: '2026-01-01T00:00:00Z',
    },
  ),
  ...change,
});
const groups = new Map([['legal', 'support']]);

describe('the units a pilot ran in', () => {
  it.each<[string, PlanAction[], string[], string[]]>([
    [
      'the plan’s pilot actions from the earlier wave',
      [action({ departmentIds: ['sales', 'ops'] })],
      ['rnd'],
      ['sales', 'ops'],
    ],
    [
      'several actions, each department once',
      [action({ departmentIds: ['sales'] }), action({ id: 'b', departmentIds: ['sales', 'ops'] })],
      [],
      ['sales', 'ops'],
    ],
    ['the proposal when the plan took no pilot up', [], ['rnd', 'ops'], ['rnd', 'ops']],
    ['not a dropped action', [action({ departmentIds: ['sales'], status: 'dropped' })], ['rnd'], ['rnd']],
    [
      'not an action of another wave',
      [action({ departmentIds: ['sales'], campaignId: 'q0' })],
      ['rnd'],
      ['rnd'],
    ],
    [
      'not another recommendation’s action',
      [action({ departmentIds: ['sales'], recommendationId: 'workshop' })],
      [],
      [],
    ],
    [
      'a department named by its reporting group',
      [action({ departmentIds: ['legal', 'sales'] })],
      [],
      ['support', 'sales'],
    ],
  ])('%s', (_, actions, proposed, expected) => {
    expect(pilotUnitsOf(actions, 'q1', proposed, groups)).toEqual(expected);
  });
});
