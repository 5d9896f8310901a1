import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, synthesizeAnswers } from '../../../../server/demo/synthesize-responses';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { analyseCampaign, type ScoredResponse } from '../../../../server/domain/analysis/campaign-analysis';
import { dimensionAgreement } from '../../../../server/domain/analysis/group-agreement';
import { summarizeGroup } from '../../../../server/domain/analysis/group-summary';
import { scoreItems, scoreResponse } from '../../../../server/domain/instrument/scoring';
import { loadQuestionnaires } from '../../../../server/load-questionnaires';
import { makeResponse } from '../../../fixtures/make-response';

const MODEL = BARRIER_MODEL_V1;
const QUESTIONNAIRE = (await loadQuestionnaires()).get('readiness-okr')!;
const READINESS = ['hygiene', 'participation', 'culture', 'okr-kpi', 'breakdown'];

// R&D and marketing rely on each other but mean different things by "better"; operations relies on
// finance, which is too small to be shown and so must not appear anywhere a department is named.
const DEPARTMENTS = [
  { id: 'rnd', size: 12, level: 72, meaning: 'innovation', dependsOn: ['marketing'] },
  { id: 'marketing', size: 10, level: 66, meaning: 'volume', dependsOn: ['rnd'] },
  { id: 'ops', size: 8, level: 64, meaning: 'cost', dependsOn: ['finance'] },
  { id: 'finance', size: 3, level: 60, meaning: 'cost', dependsOn: ['ops'] },
];
const SHOWN = ['rnd', 'marketing', 'ops'];
const RESPONDENTS = 33;
const OBJECTIVE =
  'O: Win more mid-size customers. ' +
  'KR1: Increase qualified leads from mid-size firms by 20% within 3 months. ' +
  'KR2: Raise the win rate on them from 15% to 25% this quarter.';

/** Every respondent comments with an objective; every third (4 + 4 + 3 + 1 = 12) also gives a sample one. */
function scenario(seed: number) {
  const random = seededRandom(seed);
  let next = 0;
  const all: ScoredResponse[] = DEPARTMENTS.flatMap((d) =>
    Array.from({ length: d.size }, (_, i) => {
      const answers = {
        ...synthesizeAnswers(
          QUESTIONNAIRE,
          {
            levels: {},
            defaultLevel: d.level,
            dontKnowRate: 0,
            fixedAnswers: { success_meaning: d.meaning },
          },
          random,
        ),
        depends_on: d.dependsOn,
        comment: OBJECTIVE,
        ...(i % 3 === 0 ? { sample_okr: OBJECTIVE } : {}),
      };
      return {
        response: makeResponse({ id: `response-${++next}`, departmentId: d.id, answers }),
        score: scoreResponse(QUESTIONNAIRE, MODEL, answers),
        items: scoreItems(QUESTIONNAIRE, MODEL, answers),
      };
    }),
  );
  const shown = SHOWN.map((id) => {
    const members = all.filter((s) => s.response.departmentId === id);
    return {
      departmentId: id,
      members,
      summary: summarizeGroup(
        MODEL,
        members.map((m) => m.score),
      ),
    };
  });
  return {
    all,
    shown,
    analysis: analyseCampaign({ questionnaire: QUESTIONNAIRE, model: MODEL, all, shown, minGroupSize: 5 }),
  };
}

let all: ScoredResponse[];
let shown: ReturnType<typeof scenario>['shown'];
let analysis: ReturnType<typeof scenario>['analysis'];

describe('analyseCampaign on synthetic responses to the real questionnaire', () => {
  // Built before the tests rather than while the file loads, so that a failure in the analysis fails the
  // tests instead of the file (which a mutation run would not see).
  beforeAll(() => {
    ({ all, shown, analysis } = scenario(20260302));
  });

  it('rates the reliability of every likert scale, and of no knowledge scenario', () => {
    const likertScales = [
      ...new Set(QUESTIONNAIRE.questions.filter((q) => q.role === 'likert').map((q) => q.scale)),
    ];
    expect(analysis.reliability.map((r) => r.scaleId)).toEqual(likertScales);
    expect(likertScales).toContain('fit.control');
    expect(likertScales).not.toContain('okr-kpi.knowledge');
  });

  it('counts each scale’s items, and rates it on every respondent, hidden departments included', () => {
    for (const r of analysis.reliability) {
      const items = QUESTIONNAIRE.questions.filter((q) => q.role === 'likert' && q.scale === r.scaleId);
      expect(r).toMatchObject({ k: items.length, n: RESPONDENTS });
      expect(r.alpha).not.toBeNull();
    }
  });

  it('keys agreement by the shown departments only, each on every readiness dimension', () => {
    expect(Object.keys(analysis.agreement)).toEqual(SHOWN);
    for (const id of SHOWN)
      expect(Object.keys(analysis.agreement[id]!).sort()).toEqual([...READINESS].sort());
  });

  it('computes a department’s agreement from its own members only', () => {
    const rnd = shown.find((d) => d.departmentId === 'rnd')!;
    expect(analysis.agreement.rnd!.culture).toEqual(
      dimensionAgreement(
        QUESTIONNAIRE,
        BARRIER_MODEL_V1.dimensions.find((d) => d.id === 'culture')!,
        rnd.members.map((m) => m.items),
      ),
    );
  });

  it('gives the share of shown departments that agree as a count out of three', () => {
    expect([0, 1 / 3, 2 / 3, 1]).toContainEqual(analysis.agreementShare);
  });

  it('audits only sample objectives, not comments, for the organization and each shown department', () => {
    expect(analysis.goalAudit.overall.audited).toBe(12);
    expect(Object.keys(analysis.goalAudit.departments)).toEqual(SHOWN);
    expect(SHOWN.map((id) => analysis.goalAudit.departments[id]!.audited)).toEqual([4, 4, 3]);
  });

  it('compares the shown departments pair by pair on each readiness dimension', () => {
    expect(analysis.differences).toHaveLength(READINESS.length * 3);
    expect(new Set(analysis.differences.flatMap((d) => [d.a, d.b]))).toEqual(new Set(SHOWN));
    expect(Object.keys(analysis.icc).sort()).toEqual([...READINESS].sort());
  });

  it('maps meanings and dependencies among shown departments, ignoring the hidden one', () => {
    const { meanings, dependencies, conflicts } = analysis.conflictMap;
    expect(meanings.map((m) => [m.departmentId, m.dominant, m.share])).toEqual([
      ['rnd', 'innovation', 1],
      ['marketing', 'volume', 1],
      ['ops', 'cost', 1],
    ]);
    expect(dependencies.map((d) => `${d.from}>${d.to}`)).toEqual(['rnd>marketing', 'marketing>rnd']);
    expect(conflicts).toEqual([
      { a: 'rnd', b: 'marketing', meaningA: 'innovation', meaningB: 'volume', direction: 'mutual' },
    ]);
  });

  it('proposes the two departments that rely on each other as the pilot', () => {
    expect(analysis.pilot).toEqual({ departmentIds: ['rnd', 'marketing'], basis: 'dependency' });
  });

  it('finds drivers on every respondent and never on the routing dimension', () => {
    expect(analysis.drivers.map((d) => d.dimension).sort()).toEqual([...READINESS].sort());
    for (const d of analysis.drivers) expect(d.n).toBe(RESPONDENTS);
    const rs = analysis.drivers.map((d) => d.r);
    expect(rs).toEqual([...rs].sort((a, b) => b - a));
  });

  it('names only shown departments in silo signals', () => {
    for (const s of analysis.siloSignals) for (const id of s.departmentIds) expect(SHOWN).toContain(id);
  });

  it('gives the same analysis for the same seed, and a different one for another seed', () => {
    expect(scenario(20260302).analysis).toEqual(analysis);
    expect(scenario(7).analysis.reliability).not.toEqual(analysis.reliability);
    expect(all).toHaveLength(RESPONDENTS);
  });
});

// ——— Small, hand-built departments: each a figure per dimension beside its people's own scores —————————

type Dimensions = Partial<Record<'hygiene' | 'participation' | 'culture' | 'okr-kpi' | 'breakdown', number>>;
let nextId = 0;

/** One person: their own dimension scores, and answers where a test needs them. */
const person = (departmentId: string, dimensions: Dimensions, answers: Record<string, unknown> = {}) => ({
  response: makeResponse({ id: `p-${++nextId}`, departmentId, answers: answers as never }),
  score: { scales: {}, dimensions },
  items: {},
});

/** A shown department: its people, and the figure its report shows for each dimension. */
function department(departmentId: string, members: ReturnType<typeof person>[], figures: Dimensions) {
  const dimensions = Object.fromEntries(
    Object.entries(figures).map(([dim, mean]) => [
      dim,
      { n: members.length, mean, sd: 10, low: null, high: null },
    ]),
  );
  return { departmentId, members, summary: { n: members.length, scales: {}, dimensions } };
}

const analyse = (shown: ReturnType<typeof department>[], all = shown.flatMap((d) => d.members)) =>
  analyseCampaign({ questionnaire: QUESTIONNAIRE, model: MODEL, all, shown, minGroupSize: 5 });

/** Five people scoring 40, 45, 50, 55, 60 on participation: their own mean is 50. */
const spread = (departmentId: string, extra: Dimensions = {}, answers: Record<string, unknown> = {}) =>
  [40, 45, 50, 55, 60].map((p) => person(departmentId, { participation: p, ...extra }, answers));

describe('analyseCampaign on hand-built departments', () => {
  it('compares departments on the figures the report shows, with their people’s spread around them', () => {
    // a's people average 50 and b's 60 on their own scores; the report shows 70 and 50.
    const a = department('a', spread('a'), { participation: 70 });
    const higher = [50, 55, 60, 65, 70].map((p) => person('b', { participation: p }));
    const b = department('b', higher, { participation: 50 });
    const [difference] = analyse([a, b]).differences.filter((d) => d.dimension === 'participation');
    expect(difference!.diff).toBeCloseTo(20, 9);
    expect(difference).toMatchObject({ a: 'a', b: 'b', flagged: true });
    expect(difference!.high! - difference!.diff).toBeGreaterThan(0);
  });

  it('compares no department on a dimension it shows no figure for, or whose people have no score on it', () => {
    const a = department('a', spread('a'), { participation: 70 });
    const noFigure = department('b', spread('b'), {});
    const noScores = department(
      'c',
      [1, 2, 3, 4, 5].map(() => person('c', {})),
      { participation: 60 },
    );
    const nullFigure = department('d', spread('d'), {});
    nullFigure.summary.dimensions = {
      participation: { n: 5, mean: null, sd: null, low: null, high: null },
    } as never;
    const compared = analyse([a, noFigure, noScores, nullFigure]).differences;
    expect(compared.filter((d) => d.dimension === 'participation')).toEqual([]);
  });

  it('floors an ICC below zero at zero, and gives none with a single department', () => {
    // Figures a point apart with the same wide spread: less lies between departments than chance would
    // put there, so both estimates come out below zero.
    const close = analyse([
      department('a', spread('a'), { participation: 60 }),
      department('b', spread('b'), { participation: 61 }),
    ]);
    expect(close.icc.participation).toMatchObject({ icc1: 0, icc2: 0 });
    // With exactly the same figures there is no spread between departments to put the ICC(2) against.
    const same = analyse([
      department('a', spread('a'), { participation: 60 }),
      department('b', spread('b'), { participation: 60 }),
    ]);
    expect(same.icc.participation).toMatchObject({ icc1: 0, icc2: null });
    expect(analyse([department('a', spread('a'), { participation: 60 })]).icc).toEqual({});
  });

  it('gives no share of agreeing departments when none is shown', () => {
    expect(analyse([], []).agreementShare).toBeNull();
  });

  it('counts the departments agreeing on every readiness dimension, and only those', () => {
    const likert = QUESTIONNAIRE.questions.filter((q) => q.role === 'likert');
    const itemsFor = (split: string | null, i: number) =>
      Object.fromEntries(
        likert.map((q) => [q.id, q.scale?.startsWith(`${split}.`) ? (i % 2 ? 100 : 0) : 75]),
      );
    const members = (id: string, split: string | null) =>
      [0, 1, 2, 3, 4, 5].map((i) => ({ ...person(id, {}), items: itemsFor(split, i) }));
    const shown = [
      department('a', members('a', null), {}),
      department('b', members('b', 'culture'), {}),
      department('c', members('c', 'breakdown'), {}),
      department('d', members('d', null), {}),
    ];
    expect(analyse(shown).agreementShare).toBe(0.5);
  });

  it('counts as agreeing only a department agreeing on every readiness dimension', () => {
    const { analysis } = scenario(20260302);
    const expected =
      SHOWN.filter((id) =>
        READINESS.every(
          (dim) => (analysis.agreement[id]![dim as 'culture']?.rwgJ ?? 0) >= MODEL.thresholds.agreement,
        ),
      ).length / SHOWN.length;
    expect(analysis.agreementShare).toBe(expected);
  });

  it('proposes a dependent pair only of departments with sound basics, readiest first otherwise', () => {
    const sound = { hygiene: 70, culture: 70, 'okr-kpi': 70 };
    const dependsOn = (other: string) => ({ depends_on: [other] });
    const a = department('a', spread('a', {}, dependsOn('b')), {
      ...sound,
      participation: 60,
      breakdown: 60,
    });
    const b = department('b', spread('b', {}, dependsOn('a')), {
      ...sound,
      participation: 70,
      breakdown: 70,
    });
    const c = department('c', spread('c'), { ...sound, participation: 90, breakdown: 90 });
    expect(analyse([a, b, c]).pilot).toEqual({ departmentIds: ['a', 'b'], basis: 'dependency' });
    // With hygiene at the barrier line, b has no sound basics: the readiest two that have are proposed.
    const shaky = department('b', spread('b', {}, dependsOn('a')), {
      ...sound,
      hygiene: 50,
      participation: 70,
      breakdown: 70,
    });
    expect(analyse([a, shaky, c]).pilot).toEqual({ departmentIds: ['c', 'a'], basis: 'readiness' });
    // Readiness is the mean of the participation and breakdown figures a department has.
    const halfKnown = department('e', spread('e'), { ...sound, participation: 75 });
    expect(analyse([halfKnown, b, c]).pilot).toEqual({ departmentIds: ['c', 'e'], basis: 'readiness' });
    // A department without a readiness figure is passed over.
    const unknown = department('d', spread('d'), { ...sound });
    expect(analyse([unknown, c, a]).pilot).toEqual({ departmentIds: ['c', 'a'], basis: 'readiness' });
  });

  it('finds drivers against the outcome question’s numeric answers only', () => {
    const people = Array.from({ length: 12 }, (_, i) =>
      person(
        'a',
        { hygiene: 40 + 4 * i, participation: 80 - 3 * i },
        { outcome_better_results: i < 10 ? 1 + (i % 5) : 'dk' },
      ),
    );
    const drivers = analyse([department('a', people, { hygiene: 60 })], people).drivers;
    expect(drivers.map((d) => [d.dimension, d.n])).toEqual([
      ['hygiene', 10],
      ['participation', 10],
    ]);
  });

  it('rates reliability on the complete cases it is given, or else on every response', () => {
    const pay = (x: number) => ({ pay_fair: x, pay_market: x + 10, pay_less_than_peers: 100 - x });
    const people = spread('a').map((p, i) => ({ ...p, items: pay(20 * i) }));
    const shown = [department('a', people, { participation: 60 })];
    const given = analyseCampaign({
      questionnaire: QUESTIONNAIRE,
      model: MODEL,
      all: people,
      shown,
      minGroupSize: 5,
      completeCases: [],
    });
    const payOf = (analysis: typeof given) =>
      analysis.reliability.find((r) => r.scaleId === 'hygiene.pay')!.n;
    expect(payOf(given)).toBe(0);
    expect(payOf(analyse(shown, people))).toBe(5);
  });
});
