import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCampaignReport, type CampaignReport } from '../../../../server/domain/analysis/campaign-report';
import { createCampaign, openCampaign } from '../../../../server/domain/campaigns/campaign';
import type { Organization } from '../../../../server/domain/campaigns/organization';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { parseQuestionnaire } from '../../../../server/domain/instrument/questionnaire';
import type { SurveyResponse } from '../../../../server/domain/instrument/response';
import { scoreResponse } from '../../../../server/domain/instrument/scoring';
import {
  combinedFigure,
  combinedScoresByUnit,
  pilotAnswersOnly,
} from '../../../../server/domain/waves/pilot-combined-scores';
import {
  evaluatePilotFromReports,
  pilotDimensions,
} from '../../../../server/domain/waves/pilot-from-reports';
import { respondentAnswers } from '../../../fixtures/answers';
import { makeResponse } from '../../../fixtures/make-response';

const questionnaire = parseQuestionnaire(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../../questionnaires/readiness-okr.json'), 'utf8'),
  ),
);
const model = BARRIER_MODEL_V1;
const PILOT = ['participation', 'breakdown'];

/** The questions of a dimension's scales. */
const questionsOf = (dimension: string) => {
  const scales = new Set(model.dimensions.find((d) => d.id === dimension)!.scales.map((s) => s.id));
  return new Set(questionnaire.questions.filter((q) => q.scale && scales.has(q.scale)).map((q) => q.id));
};
const culture = () => questionsOf('culture');
/** Items worded the other way round: a lift towards the favourable end moves them down. */
const reversed = new Set(questionnaire.questions.filter((q) => q.reverse).map((q) => q.id));
/** Respondent i's answers, only those to `keep`'s questions when given, `lift` steps more favourable. */
const answersOf = (i: number, keep?: ReadonlySet<string>, lift = 0) =>
  Object.fromEntries(
    Object.entries(respondentAnswers(i))
      .filter(([k]) => !keep || keep.has(k))
      .map(([k, v]) => [
        k,
        typeof v !== 'number' ? v : Math.max(1, Math.min(5, reversed.has(k) ? v - lift : v + lift)),
      ]),
  );
const person = (unit: string, i: number, keep?: ReadonlySet<string>, lift = 0): SurveyResponse =>
  makeResponse({ departmentId: unit, answers: answersOf(i, keep, lift) });
const own = (r: SurveyResponse, dims = PILOT) => {
  const scored = scoreResponse(questionnaire, model, r.answers).dimensions as Record<string, number | null>;
  const values = dims.map((d) => scored[d]).filter((v): v is number => typeof v === 'number');
  return values.reduce((s, v) => s + v, 0) / values.length;
};
const people = (unit: string, count: number, from = 0) =>
  Array.from({ length: count }, (_, k) => person(unit, from + k));

describe('combinedScoresByUnit', () => {
  const participation = questionsOf('participation');

  it.each<{ case: string; responses: SurveyResponse[]; expected: Record<string, number[]> }>([
    {
      case: 'every person of units of the minimum and twice it, by unit, in stored order',
      responses: [...people('a', 5), ...people('b', 10, 10)],
      expected: { a: [0, 1, 2, 3, 4], b: [5, 6, 7, 8, 9, 10, 11, 12, 13, 14] },
    },
    {
      // The report's release rule: the first whole batch of 5 of 7, none of a unit of 4.
      case: 'only the whole batches the report releases',
      responses: [...people('a', 7), ...people('b', 4, 10)],
      expected: { a: [0, 1, 2, 3, 4] },
    },
    {
      // Those two answered no pilot question: the pilot's figures have 5 people behind them, all released.
      case: 'people with no pilot answer neither counted nor holding the others back',
      responses: [...people('a', 5), person('a', 20, culture()), person('a', 21, culture())],
      expected: { a: [0, 1, 2, 3, 4] },
    },
  ])('keeps $case', ({ responses, expected }) => {
    const scores = combinedScoresByUnit(questionnaire, model, responses, 5, PILOT);
    const want = Object.entries(expected).map(([unit, at]) => [unit, at.map((i) => own(responses[i]!))]);
    expect([...scores.entries()]).toEqual(want);
  });

  it('takes a person’s mean over the pilot dimensions of theirs that are released', () => {
    // Participation has 10 people behind it, all released; breakdown 9, of whom the first 5 are released.
    const responses = [...people('a', 9), person('a', 20, participation)];
    const scores = combinedScoresByUnit(questionnaire, model, responses, 5, PILOT).get('a')!;
    expect(scores).toHaveLength(10);
    const scored = (i: number) => scoreResponse(questionnaire, model, responses[i]!.answers).dimensions;
    for (let i = 0; i < 5; i++) {
      expect(scores[i]).toBeCloseTo((scored(i).participation! + scored(i).breakdown!) / 2, 9);
    }
    for (let i = 5; i < 10; i++) expect(scores[i]).toBe(scored(i).participation);
    expect(scores[0]).not.toBe(scored(0).participation);
  });

  it('reads only the dimensions named', () => {
    const responses = people('a', 5);
    const scores = combinedScoresByUnit(questionnaire, model, responses, 5, ['culture']).get('a')!;
    expect(scores).toEqual(responses.map((r) => own(r, ['culture'])));
  });

  it('counts nobody without a dimension named', () => {
    expect(combinedScoresByUnit(questionnaire, model, people('a', 5), 5, []).size).toBe(0);
  });

  it('holds to the report: each unit’s count is its figures’ count, its mean the mean of its dimensions’ means', () => {
    const responses = [...people('a', 12), ...people('b', 8, 30)];
    const report = reportOf('q1', responses);
    const scores = combinedScoresByUnit(questionnaire, model, responses, 5, PILOT);
    for (const unit of ['a', 'b']) {
      const summary = report.departments.find((d) => d.departmentId === unit)!.summary!;
      const values = scores.get(unit)!;
      expect(values.length, unit).toBe(summary.dimensions.participation!.n);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      const dims = PILOT.map((d) => summary.dimensions[d as 'participation']!.mean!);
      expect(mean, unit).toBeCloseTo(dims.reduce((s, v) => s + v, 0) / dims.length, 6);
    }
  });
});

describe('pilotAnswersOnly', () => {
  /** The scored questions of the scales named `<dimension>.…`, as the questionnaire files them. */
  const scored = (...prefixes: string[]) =>
    questionnaire.questions
      .filter(
        (q) =>
          (q.role === 'likert' || q.role === 'knowledge') &&
          prefixes.some((p) => q.scale?.startsWith(`${p}.`)),
      )
      .map((q) => q.id)
      .sort();
  const all = answersOf(3);

  it.each([
    { dimensions: ['participation'], kept: scored('participation') },
    { dimensions: ['participation', 'breakdown'], kept: scored('participation', 'breakdown') },
    { dimensions: ['breakdown', 'nothing-such'], kept: scored('breakdown') },
    { dimensions: [], kept: [] },
  ])('keeps the answers to the scored questions of $dimensions', ({ dimensions, kept }) => {
    const cut = pilotAnswersOnly(questionnaire, model, dimensions)(all);
    expect(Object.keys(cut).sort()).toEqual(kept);
    for (const id of kept) expect(cut[id]).toEqual(all[id]);
  });

  it('leaves out profile questions and comments, which no scale reads', () => {
    const others = questionnaire.questions.filter((q) => q.scale === null).map((q) => q.id);
    expect(others.length).toBeGreaterThan(0);
    const withThem = { ...all, ...Object.fromEntries(others.map((id) => [id, 'an answer'])) };
    const cut = pilotAnswersOnly(questionnaire, model, ['participation', 'breakdown'])(withThem);
    expect(others.filter((id) => id in cut)).toEqual([]);
    expect(Object.keys(cut).sort()).toEqual(scored('participation', 'breakdown'));
  });

  it('changes no combined score: the pilot figures are released alike from whole and cut responses', () => {
    // Partial answers, a unit of 7, people answering only another dimension: batches differ by figure.
    const responses = [
      ...people('a', 7),
      person('a', 20, culture()),
      person('a', 21, questionsOf('participation')),
      ...people('b', 9, 30),
      person('b', 40, questionsOf('breakdown')),
    ];
    const cut = pilotAnswersOnly(questionnaire, model, PILOT);
    const whole = combinedScoresByUnit(questionnaire, model, responses, 5, PILOT);
    const trimmed = combinedScoresByUnit(
      questionnaire,
      model,
      responses.map((r) => ({ ...r, answers: cut(r.answers) })),
      5,
      PILOT,
    );
    expect(trimmed).toEqual(whole);
    expect(whole.get('a')!.length).toBeGreaterThan(0);
  });
});

describe('combinedFigure', () => {
  const scores = new Map([
    ['a', [50, 60]],
    ['b', [70]],
    ['c', [40, 80]],
  ]);
  it.each([
    { units: ['a', 'b'], figure: { n: 3, mean: 60, sd: 10 } },
    { units: ['a'], figure: { n: 2, mean: 55, sd: Math.sqrt(50) } },
    { units: ['b'], figure: { n: 1, mean: 70, sd: null } },
    { units: ['a', 'x'], figure: { n: 2, mean: 55, sd: Math.sqrt(50) } },
    { units: [], figure: { n: 0, mean: null, sd: null } },
    { units: ['a', 'b', 'c'], figure: { n: 5, mean: 60, sd: Math.sqrt(250) } },
  ])('pools the people of $units', ({ units, figure }) => {
    const got = combinedFigure(scores, new Set(units));
    expect(got.n).toBe(figure.n);
    expect(got.mean).toBe(figure.mean);
    if (figure.sd === null) expect(got.sd).toBeNull();
    else expect(got.sd).toBeCloseTo(figure.sd, 9);
  });
});

function reportOf(id: string, responses: SurveyResponse[], minGroupSize = 5): CampaignReport {
  const units = [...new Set(responses.map((r) => r.departmentId))];
  const organization: Organization = {
    id: 'org',
    name: 'Acme',
    createdOn: '2026-01-01',
    departments: units.map((u) => ({ id: u, name: u, headcount: 50 })),
  };
  const campaign = openCampaign(
    createCampaign({
      id,
      organizationId: 'org',
      name: id,
      questionnaireId: 'readiness-okr',
      modelVersion: '1',
      departmentIds: units,
      minGroupSize,
      today: '2026-01-01',
      newToken: () => 't',
    }),
    '2026-01-02',
    Date.parse('2026-01-02'),
  );
  return buildCampaignReport({ organization, campaign, questionnaire, model, responses });
}

describe('evaluating a pilot from the reports with the combined score', () => {
  const wave = (
    id: string,
    lift: number,
    seed: number,
    counts: Record<string, number> = { a: 10, b: 10, c: 10 },
    minGroupSize = 5,
  ) => {
    let i = seed;
    const responses = Object.entries(counts).flatMap(([unit, count]) =>
      Array.from({ length: count }, () => person(unit, i++, undefined, unit === 'a' ? lift : 0)),
    );
    return { responses, report: reportOf(id, responses, minGroupSize) };
  };
  const earlier = wave('q1', 0, 0);
  const scoresOf = (w: typeof earlier, dims: string[]) =>
    combinedScoresByUnit(questionnaire, model, w.responses, 5, dims);

  it('reads the combined score of the pilot against the units both waves show, the mean of the dimensions’ effects', () => {
    const later = wave('q2', 2, 500);
    const plain = evaluatePilotFromReports(earlier.report, later.report, ['a'])!;
    const dims = plain.dimensions;
    const view = evaluatePilotFromReports(earlier.report, later.report, ['a'], {
      earlier: scoresOf(earlier, dims),
      later: scoresOf(later, dims),
    })!;
    if (!view.evaluation?.evaluated || !plain.evaluation?.evaluated) throw new Error('not evaluated');
    expect(plain.evaluation.combined).toBeNull();
    // The per-dimension rows are the same with it or without it.
    expect(view.evaluation.dimensions).toEqual(plain.evaluation.dimensions);
    const effects = view.evaluation.dimensions.map((d) => d.effect);
    const combined = view.evaluation.combined!;
    expect(combined.dimension).toBe('combined');
    expect(combined.effect).toBeCloseTo(effects.reduce((s, e) => s + e, 0) / effects.length, 6);
    expect(view.evaluation.recommendation).toBe('widen');
  });

  it('compares only the units both waves show: a unit shown before only is in neither wave’s combined score', () => {
    // c falls to 3 people: below the minimum, no figures; the others are b alone in both waves.
    const later = wave('q2', 2, 500, { a: 10, b: 10, c: 3 });
    const dims = evaluatePilotFromReports(earlier.report, later.report, ['a'])!.dimensions;
    const view = evaluatePilotFromReports(earlier.report, later.report, ['a'], {
      earlier: scoresOf(earlier, dims),
      later: scoresOf(later, dims),
    })!;
    if (!view.evaluation?.evaluated) throw new Error('not evaluated');
    const b = (w: typeof earlier) => combinedFigure(scoresOf(w, dims), new Set(['b']));
    expect(view.evaluation.combined!.othersChange).toBeCloseTo(b(later).mean! - b(earlier).mean!, 9);
  });

  it('reads each dimension on its own when a group has no unit both waves show', () => {
    // The others: c alone shown before, b alone after.
    const before = wave('q1', 0, 0, { a: 10, b: 3, c: 10 });
    const after = wave('q2', 2, 500, { a: 10, b: 10, c: 3 });
    const dims = evaluatePilotFromReports(before.report, after.report, ['a'])!.dimensions;
    const view = evaluatePilotFromReports(before.report, after.report, ['a'], {
      earlier: scoresOf(before, dims),
      later: scoresOf(after, dims),
    })!;
    expect(view.evaluation).toMatchObject({ evaluated: true, combined: null });
  });
  it.each<[string, Record<string, number>, Record<string, number>, number, number, Record<string, unknown>]>([
    [
      // The pilot's 6 later are 5 released, enough for that wave's 5 but not the earlier wave's 7.
      'gates the groups by the larger of the two minimums',
      { a: 14, b: 14, c: 14 },
      { a: 6, b: 14, c: 14 },
      7,
      5,
      { evaluation: { evaluated: false, reason: 'pilot-below-minimum-later' } },
    ],
    [
      'says the others are below the minimum later',
      { a: 10, b: 10, c: 10 },
      { a: 10, b: 3, c: 3 },
      5,
      5,
      { evaluation: { evaluated: false, reason: 'others-below-minimum-later' } },
    ],
    [
      'says the others are below the minimum earlier',
      { a: 10, b: 3, c: 3 },
      { a: 10, b: 10, c: 10 },
      5,
      5,
      { evaluation: { evaluated: false, reason: 'others-below-minimum-earlier' } },
    ],
  ])('%s', (_, before, after, minBefore, minAfter, expected) => {
    const e = wave('q1', 0, 0, before, minBefore).report;
    const l = wave('q2', 0, 500, after, minAfter).report;
    const view = evaluatePilotFromReports(e, l, ['a']);
    expect(view).toMatchObject(expected);
  });

  it('compares the pilot with the units both waves name: one gone since, or new, is no other', () => {
    const before = wave('q1', 0, 0, { a: 10, b: 10, gone: 10 });
    const after = wave('q2', 2, 500, { a: 10, b: 10, added: 10 });
    const view = evaluatePilotFromReports(before.report, after.report, ['a'])!;
    const alone = evaluatePilotFromReports(
      wave('q1', 0, 0, { a: 10, b: 10 }).report,
      wave('q2', 2, 500, { a: 10, b: 10 }).report,
      ['a'],
    )!;
    if (!view.evaluation?.evaluated || !alone.evaluation?.evaluated) throw new Error('not evaluated');
    // The others are b alone: its own 10 people in each wave, as when no other unit exists.
    const othersOf = (w: typeof before) => combinedFigure(scoresOf(w, view.dimensions), new Set(['b']));
    expect(view.evaluation.dimensions.map((d) => d.othersChange)).toEqual(
      alone.evaluation.dimensions.map((d) => d.othersChange),
    );
    const combined = evaluatePilotFromReports(before.report, after.report, ['a'], {
      earlier: scoresOf(before, view.dimensions),
      later: scoresOf(after, view.dimensions),
    })!;
    if (!combined.evaluation?.evaluated) throw new Error('not evaluated');
    expect(combined.evaluation.combined!.othersChange).toBeCloseTo(
      othersOf(after).mean! - othersOf(before).mean!,
      9,
    );
  });

  it('evaluates the readiness dimensions named by the earlier wave’s barriers, else every readiness one', () => {
    const later = wave('q2', 0, 500).report;
    const readiness = later.dimensions.filter((d) => d.role === 'readiness').map((d) => d.id);
    const earlier = wave('q1', 0, 0).report;
    const barriers = (subjects: string[]) =>
      ({
        ...earlier,
        summary: { ...earlier.summary, barriers: subjects.map((subject) => ({ subject })) },
      }) as unknown as CampaignReport;
    expect(pilotDimensions(barriers(['reliability', 'breakdown', 'fit', 'participation']), later)).toEqual([
      'breakdown',
      'participation',
    ]);
    // Scales and checks of no dimension name none: every readiness dimension is evaluated.
    expect(pilotDimensions(barriers(['hygiene.pay', 'reliability']), later)).toEqual(readiness);
    expect(pilotDimensions(barriers([]), later)).toEqual(readiness);
  });
});
