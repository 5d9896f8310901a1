import { describe, expect, it } from 'vitest';
import { GOAL_RULE_SET_2 } from '../../../../server/domain/analysis/goal-rules';
import { COACH_CHECKS, coachDraft, draftScore } from '../../../../server/domain/workshop/coach';
import { WARM_UP_SCENARIOS } from '../../../../server/domain/workshop/warm-up-scenarios';
import {
  addGroup,
  answerWarmUp,
  castVotes,
  changeWorkshop,
  createWorkshop,
  joinWorkshop,
  keepObjective,
  writeDraft,
  type Naming,
  type Workshop,
} from '../../../../server/domain/workshop/workshop';
import {
  checkShares,
  facilitatorView,
  joinInfo,
  joinPath,
  KEPT_HEADERS,
  keptRows,
  needsHelp,
  participantView,
  workshopSummary,
  type DraftView,
} from '../../../../server/domain/workshop/workshop-view';

const NOW = '2026-05-04T09:00:00.000Z';
const EXPIRED = '2026-05-04T17:00:00.000Z';

const GOOD = {
  objective: 'Become the easiest bank to open an account with',
  keyResults: [
    'Cut account-opening time from 3 days to 1 day by the end of Q3',
    'Raise onboarding NPS from 20 to 40',
  ],
};
const POOR = { objective: 'Maintain 99.9% uptime', keyResults: [] };
const MIDDLING = {
  objective: 'Improve onboarding',
  keyResults: ['Write a guide by June', 'Raise NPS from 20 to 40'],
};

function room(naming: Naming = 'named'): Workshop {
  let w = createWorkshop(
    {
      id: 'w1',
      organizationId: 'o1',
      campaignId: null,
      title: 'Goals',
      languages: ['en'],
      departmentIds: ['d1'],
      naming,
      code: 'ABCDEFGH',
      createdBy: 'a1',
      ruleSetVersion: '2',
    },
    NOW,
  );
  for (const [i, name] of ['Li Wei', 'Wang Fang', 'Zhao Min'].entries())
    w = joinWorkshop(w, { participantId: `p${i + 1}`, tokenHash: `secret-${i + 1}`, name }, NOW);
  w = writeDraft(w, 'p1', POOR, 'd1', NOW);
  w = writeDraft(w, 'p1', GOOD, 'd1', NOW);
  w = writeDraft(w, 'p2', MIDDLING, 'd2', NOW);
  w = answerWarmUp(w, 'p1', { 'office-move': 'project', 'payroll-on-time': 'okr' }, NOW);
  w = answerWarmUp(w, 'p2', { 'office-move': 'project' }, NOW);
  return w;
}

const score = (d: { objective: string; keyResults: string[] }) => draftScore(coachDraft(d, GOAL_RULE_SET_2));

describe('facilitatorView', () => {
  it('shows every draft with the coach’s advice, its score now and at first, and the participants by name', () => {
    const view = facilitatorView(room(), NOW);
    expect(view.participants).toEqual([
      { id: 'p1', name: 'Li Wei', joinedAt: NOW },
      { id: 'p2', name: 'Wang Fang', joinedAt: NOW },
      { id: 'p3', name: 'Zhao Min', joinedAt: NOW },
    ]);
    expect(view.drafts).toEqual([
      {
        id: 'd1',
        participantId: 'p1',
        name: 'Li Wei',
        ...GOOD,
        advice: coachDraft(GOOD, GOAL_RULE_SET_2),
        score: score(GOOD),
        firstScore: score(POOR),
        updatedAt: NOW,
        version: 2,
      },
      {
        id: 'd2',
        participantId: 'p2',
        name: 'Wang Fang',
        ...MIDDLING,
        advice: coachDraft(MIDDLING, GOAL_RULE_SET_2),
        score: score(MIDDLING),
        firstScore: score(MIDDLING),
        updatedAt: NOW,
        version: 1,
      },
    ]);
    expect(score(GOOD)).toBeGreaterThan(score(POOR)!);
    expect(view).toMatchObject({
      id: 'w1',
      organizationId: 'o1',
      campaignId: null,
      title: 'Goals',
      languages: ['en'],
      departmentIds: ['d1'],
      naming: 'named',
      status: 'open',
      phase: 'warm-up',
      code: 'ABCDEFGH',
      joinUrl: '/w/ABCDEFGH',
      expiresAt: EXPIRED,
      version: room().version,
    });
  });

  it('gives the facilitator no names at all in an anonymous workshop, and never a token hash', () => {
    const view = facilitatorView(room('anonymous'), NOW);
    expect(view.participants.map((p) => p.name)).toEqual([null, null, null]);
    expect(view.drafts.map((d) => d.name)).toEqual([null, null]);
    const text = JSON.stringify(view);
    for (const hidden of ['Li Wei', 'Wang Fang', 'secret-1']) expect(text).not.toContain(hidden);
    expect(JSON.stringify(facilitatorView(room(), NOW))).not.toContain('secret-');
  });

  it('counts the warm-up’s answers per scenario and class, with the share right, and the right answers', () => {
    const { warmUp } = facilitatorView(room(), NOW);
    expect(warmUp.answers['office-move']).toEqual({ okr: 0, kpi: 0, project: 2 });
    expect(warmUp.answers['payroll-on-time']).toEqual({ okr: 1, kpi: 0, project: 0 });
    expect(warmUp.answers['japan-foothold']).toEqual({ okr: 0, kpi: 0, project: 0 });
    expect(warmUp.shareRight).toBeCloseTo(2 / 3);
    expect(warmUp.revealed).toBe(false);
    expect(warmUp.scenarios).toEqual(
      WARM_UP_SCENARIOS.map((s) => ({
        id: s.id,
        situation: s.situation,
        answer: s.answer,
        explanation: s.explanation,
      })),
    );
  });

  it('shows an expired workshop as ended, and groups, votes and kept objectives as they are', () => {
    let w = addGroup(room(), 'g1', { title: 'Customers', draftIds: ['d1', 'd2'] }, NOW);
    w = changeWorkshop(w, { phase: 'voting' }, NOW);
    w = castVotes(w, 'p1', ['g1'], NOW);
    w = castVotes(w, 'p3', ['g1', 'd2'], NOW);
    w = keepObjective(w, 'k1', { title: 'Delight', keyResults: ['NPS 40'], fromDraftIds: ['d1'] }, NOW);
    const view = facilitatorView(w, EXPIRED);
    expect(view.status).toBe('ended');
    expect(view.groups).toEqual([{ id: 'g1', title: 'Customers', draftIds: ['d1', 'd2'] }]);
    expect(view.votes).toEqual({ g1: 2, d2: 1 });
    expect(view.kept).toEqual([{ id: 'k1', title: 'Delight', keyResults: ['NPS 40'], fromDraftIds: ['d1'] }]);
  });
});

describe('checkShares', () => {
  it('gives, per check of the rule set, the share of drafts passing it at their first draft and now', () => {
    const shares = checkShares(room());
    expect(shares.map((s) => s.check)).toEqual(COACH_CHECKS['2']);
    const byCheck = Object.fromEntries(shares.map((s) => [s.check, s]));
    // POOR holds a level; GOOD and MIDDLING aim at a change.
    expect(byCheck['not-business-as-usual']).toEqual({ check: 'not-business-as-usual', first: 0.5, now: 1 });
    // POOR has no key results; both drafts now have two.
    expect(byCheck['key-result-count']).toEqual({ check: 'key-result-count', first: 0.5, now: 1 });
    // Only MIDDLING's first draft had key results to judge: one of its two is a task.
    expect(byCheck.outcome).toEqual({ check: 'outcome', first: 0, now: 0.5 });
  });

  it('judges each check only over the drafts it applies to', () => {
    let w = room();
    w = { ...w, drafts: [] };
    w = writeDraft(w, 'p1', { objective: 'Delight customers', keyResults: [] }, 'd1', NOW);
    w = writeDraft(
      w,
      'p2',
      { objective: 'Delight customers', keyResults: ['Raise NPS from 20 to 40 by Q3'] },
      'd2',
      NOW,
    );
    const outcome = checkShares(w).find((s) => s.check === 'outcome');
    // Only d2 has a key result to judge: it passes, and d1 does not count against it.
    expect(outcome).toEqual({ check: 'outcome', first: 1, now: 1 });
  });

  it('is null on every check before any draft', () => {
    const w = createWorkshop(
      {
        id: 'w',
        organizationId: 'o',
        campaignId: null,
        title: 'T',
        languages: ['en'],
        departmentIds: [],
        naming: 'named',
        code: 'ABCDEFGH',
        createdBy: 'a',
        ruleSetVersion: '1',
      },
      NOW,
    );
    expect(checkShares(w)).toEqual(COACH_CHECKS['1'].map((check) => ({ check, first: null, now: null })));
  });
});

describe('needsHelp', () => {
  const draft = (id: string, s: number | null): DraftView => ({
    id,
    participantId: id,
    name: null,
    objective: '',
    keyResults: [],
    advice: [],
    score: s,
    firstScore: s,
    updatedAt: NOW,
    version: 1,
  });

  it('names the lowest-scoring drafts first, at most five, ties in draft order, leaving out perfect and unjudged ones', () => {
    const drafts = [
      draft('a', 0.5),
      draft('b', 0.2),
      draft('c', null),
      draft('d', 1),
      draft('e', 0.2),
      draft('f', 0.9),
      draft('g', 0.6),
      draft('h', 0.7),
    ];
    expect(needsHelp(drafts)).toEqual(['b', 'e', 'a', 'g', 'h']);
    expect(needsHelp([draft('x', 0)])).toEqual(['x']);
    expect(needsHelp([draft('x', 1), draft('y', 0.99)])).toEqual(['y']);
    expect(needsHelp([draft('p', 0.5), draft('q', 0.5), draft('r', 0.5), draft('s', 0.1)])).toEqual([
      's',
      'p',
      'q',
      'r',
    ]);
  });
});

describe('participantView', () => {
  it('shows a participant their own draft and answers only, with no names and no right answers before the reveal', () => {
    const view = participantView(room(), 'p2', NOW)!;
    expect(view).toEqual({
      title: 'Goals',
      languages: ['en'],
      naming: 'named',
      phase: 'warm-up',
      status: 'open',
      warmUp: {
        scenarios: WARM_UP_SCENARIOS.map((s) => ({ id: s.id, situation: s.situation })),
        myAnswers: { 'office-move': 'project' },
        revealed: false,
        shareRight: null,
      },
      myDraft: {
        ...MIDDLING,
        advice: coachDraft(MIDDLING, GOAL_RULE_SET_2),
        score: score(MIDDLING),
        version: 1,
      },
      groups: [],
      myVotes: [],
      maxVotes: 3,
    });
    const text = JSON.stringify(view);
    for (const other of [
      'Li Wei',
      'Wang Fang',
      'Zhao Min',
      GOOD.objective,
      'secret-',
      '"answer"',
      'explanation',
    ])
      expect(text).not.toContain(other);
  });

  it('shows the right answers, their explanations and how the room answered once revealed', () => {
    const view = participantView(changeWorkshop(room(), { revealWarmUp: true }, NOW), 'p3', NOW)!;
    const move = view.warmUp.scenarios.find((s) => s.id === 'office-move')!;
    const scenario = WARM_UP_SCENARIOS.find((s) => s.id === 'office-move')!;
    expect(move).toEqual({
      id: 'office-move',
      situation: scenario.situation,
      answer: 'project',
      explanation: scenario.explanation,
      counts: { okr: 0, kpi: 0, project: 2 },
    });
    expect(view.warmUp.shareRight).toBeCloseTo(2 / 3);
    expect(view.warmUp.revealed).toBe(true);
    expect(view.myDraft).toBeNull();
  });

  it('lists the groups by title while voting and after, with the participant’s own votes', () => {
    let w = addGroup(room(), 'g1', { title: 'Customers', draftIds: ['d1'] }, NOW);
    expect(participantView(changeWorkshop(w, { phase: 'writing' }, NOW), 'p1', NOW)!.groups).toEqual([]);
    w = changeWorkshop(w, { phase: 'voting' }, NOW);
    w = castVotes(w, 'p1', ['g1'], NOW);
    w = castVotes(w, 'p2', ['d2'], NOW);
    const view = participantView(w, 'p1', NOW)!;
    expect(view.groups).toEqual([{ id: 'g1', title: 'Customers' }]);
    expect(view.myVotes).toEqual(['g1']);
    expect(participantView(changeWorkshop(w, { phase: 'done' }, NOW), 'p1', NOW)!.groups).toHaveLength(1);
    expect(JSON.stringify(view)).not.toContain('d1');
  });

  it('never names anyone in an anonymous workshop even where a name was stored, nor a draft whose author left', () => {
    const w = { ...room('named'), naming: 'anonymous' as const };
    const view = facilitatorView(w, NOW);
    expect(view.participants.map((p) => p.name)).toEqual([null, null, null]);
    expect(view.drafts.map((d) => d.name)).toEqual([null, null]);
    const orphan = { ...room('named'), participants: room('named').participants.slice(1) };
    expect(facilitatorView(orphan, NOW).drafts.map((d) => d.name)).toEqual([null, 'Wang Fang']);
  });

  it('answers undefined for someone who is not a participant, and shows an expired room as ended', () => {
    expect(participantView(room(), 'p9', NOW)).toBeUndefined();
    expect(participantView(room(), 'p1', EXPIRED)!.status).toBe('ended');
  });
});

describe('joinInfo and workshopSummary', () => {
  it('tells a joiner only the title, languages, naming, status and phase', () => {
    expect(joinInfo(room(), NOW)).toEqual({
      title: 'Goals',
      languages: ['en'],
      naming: 'named',
      status: 'open',
      phase: 'warm-up',
    });
    expect(joinInfo(room(), EXPIRED).status).toBe('ended');
    expect(joinPath('XYZ23456')).toBe('/w/XYZ23456');
  });

  it('sums the session up: people, drafts, the warm-up’s share right, the checks and the kept objectives', () => {
    const w = keepObjective(
      room(),
      'k1',
      { title: 'Delight', keyResults: ['NPS 40'], fromDraftIds: ['d2'] },
      NOW,
    );
    expect(workshopSummary(w, EXPIRED)).toEqual({
      title: 'Goals',
      languages: ['en'],
      createdAt: NOW,
      status: 'ended',
      participants: 3,
      drafts: 2,
      warmUpShareRight: 2 / 3,
      checks: checkShares(w),
      kept: [{ id: 'k1', title: 'Delight', keyResults: ['NPS 40'], fromDraftIds: ['d2'] }],
    });
  });
});

describe('keptRows', () => {
  it('writes a row per key result with the objective repeated, and one row for an objective without any', () => {
    expect(
      keptRows([
        { id: 'k1', title: 'Delight', keyResults: ['NPS 40', 'Churn 5%'], fromDraftIds: ['d1', 'd2'] },
        { id: 'k2', title: 'Focus', keyResults: [], fromDraftIds: [] },
      ]),
    ).toEqual([
      ['Delight', 'NPS 40', '2'],
      ['Delight', 'Churn 5%', '2'],
      ['Focus', '', '0'],
    ]);
    expect(KEPT_HEADERS.en).toEqual(['Objective', 'Key result', 'Drafts it came from']);
    expect(KEPT_HEADERS['zh-cn']).toEqual(['目标', '关键结果', '来源草稿数']);
  });
});
