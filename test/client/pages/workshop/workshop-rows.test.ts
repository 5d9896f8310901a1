import { describe, expect, it } from 'vitest';
import { toCheckRows } from '../../../../client/pages/workshop/to-check-rows';
import { toWarmUpRows } from '../../../../client/pages/workshop/to-warm-up-rows';
import { toVoteRows } from '../../../../client/pages/workshop/to-vote-rows';
import { keyResultsOf, pickDrafts } from '../../../../client/pages/workshop/pick-drafts';
import type { Workshop, WorkshopDraft } from '../../../../client/api/workshop-types';
import { newerWorkshop } from '../../../../client/pages/workshop/use-live-workshop';

describe('toCheckRows', () => {
  it('lists the checks in the coach’s order with the change since the first draft', () => {
    const rows = toCheckRows([
      { check: 'time-bound', first: 0.2, now: 0.8 },
      { check: 'measurable', first: 0.5, now: 0.75 },
    ]);
    expect(rows).toEqual([
      { check: 'measurable', first: 0.5, now: 0.75, change: 0.25 },
      { check: 'time-bound', first: 0.2, now: 0.8, change: expect.closeTo(0.6, 10) as number },
    ]);
  });
  it('puts a check it does not know after the known ones, and leaves out checks nobody was judged on', () => {
    const rows = toCheckRows([
      { check: 'new-check' as 'outcome', first: 0, now: 1 },
      { check: 'outcome', first: null, now: null },
      { check: 'specific', first: null, now: 0.5 },
    ]);
    expect(rows.map((r) => [r.check, r.change])).toEqual([
      ['specific', null],
      ['new-check', 1],
    ]);
  });
});

describe('toWarmUpRows', () => {
  const scenarios = [
    {
      id: 'a',
      situation: { en: 'A', 'zh-cn': '甲' },
      answer: 'kpi' as const,
      explanation: { en: 'E', 'zh-cn': '解' },
    },
    { id: 'b', situation: { en: 'B', 'zh-cn': '乙' } },
  ];
  it('counts each class and the share right once the answer is known', () => {
    const [a, b] = toWarmUpRows(scenarios, { a: { kpi: 3, okr: 1 }, b: { project: 2 } });
    expect(a).toMatchObject({
      counts: { okr: 1, kpi: 3, project: 0 },
      total: 4,
      shareRight: 0.75,
      answer: 'kpi',
    });
    expect(b).toMatchObject({
      counts: { okr: 0, kpi: 0, project: 2 },
      total: 2,
      shareRight: null,
      answer: null,
    });
    expect(b!.explanation).toBeNull();
  });
  it('gives no share for a scenario nobody answered', () => {
    expect(toWarmUpRows(scenarios, {})[0]).toMatchObject({ total: 0, shareRight: null });
  });
});

describe('toVoteRows', () => {
  it('orders the shared objectives by votes, ties as made, unvoted ones at nought', () => {
    const rows = toVoteRows({
      groups: [
        { id: 'g1', title: 'One', draftIds: ['d1'] },
        { id: 'g2', title: 'Two', draftIds: [] },
        { id: 'g3', title: 'Three', draftIds: [] },
      ],
      votes: { g2: 3, g3: 3 },
    });
    expect(rows.map((r) => [r.title, r.votes])).toEqual([
      ['Two', 3],
      ['Three', 3],
      ['One', 0],
    ]);
  });
});

const draft = (id: string, keyResults: string[]): WorkshopDraft => ({
  id,
  participantId: `p-${id}`,
  name: null,
  objective: `Objective ${id}`,
  keyResults,
  advice: [],
  score: null,
  firstScore: null,
  updatedAt: '2026-12-06T21:00:00Z',
  version: 1,
});

describe('pickDrafts and keyResultsOf', () => {
  const drafts = [
    draft('d1', ['Reach 40 clients by June', ' ']),
    draft('d2', ['Reach 40 clients by June', 'NPS 30 to 45']),
  ];
  it('keeps the list’s order and skips an id whose draft is gone', () => {
    expect(pickDrafts(drafts, ['d2', 'gone', 'd1']).map((d) => d.id)).toEqual(['d2', 'd1']);
  });
  it('gathers the grouped drafts’ key results once each, without blanks', () => {
    expect(keyResultsOf(drafts)).toEqual(['Reach 40 clients by June', 'NPS 30 to 45']);
  });
});

describe('newerWorkshop', () => {
  const at = (id: string, version: number) => ({ id, version }) as Workshop;
  it.each([
    ['the first view', null, at('w', 3), 3],
    ['a newer view', at('w', 3), at('w', 4), 4],
    ['the same version again', at('w', 4), at('w', 4), 4],
  ] as const)('takes %s', (_what, held, arrived, version) => {
    expect(newerWorkshop(held, arrived).version).toBe(version);
  });
  it('keeps what it holds when a late reply brings an older version', () => {
    const held = at('w', 7);
    expect(newerWorkshop(held, at('w', 5))).toBe(held);
  });
  it('takes another workshop’s view whatever its version', () => {
    expect(newerWorkshop(at('w', 7), at('v', 1)).id).toBe('v');
  });
});
