import { describe, expect, it } from 'vitest';
import { seededRandom, synthesizeAnswers } from '../../../server/demo/synthesize-responses';
import { BARRIER_MODEL_V1 } from '../../../server/domain/barrier-model';
import { analyseCampaign, type ScoredResponse } from '../../../server/domain/campaign-analysis';
import { dimensionAgreement } from '../../../server/domain/group-agreement';
import { summarizeGroup } from '../../../server/domain/group-summary';
import { scoreItems, scoreResponse } from '../../../server/domain/scoring';
import { loadQuestionnaires } from '../../../server/load-questionnaires';
import { makeResponse } from '../../fixtures/make-response';

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

const { all, shown, analysis } = scenario(20260302);

describe('analyseCampaign on synthetic responses to the real questionnaire', () => {
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
