// The pilot's dimensions combined: each person's mean over the dimensions the pilot was meant to move, per
// reporting unit, from exactly the answers the wave's report uses. The reports keep only each dimension's
// group figures, and a mean's spread needs the people's own scores (how their dimensions vary together), so
// the responses are read again: filed under their reporting units in stored order, released by the report's
// own rule (release.ts), and scored by the report's own scoring. MODEL.md "Waves".

import { releaseResponses } from '../anonymity/release';
import { decidingScales, type BarrierModel } from '../instrument/barrier-model';
import type { Questionnaire } from '../instrument/questionnaire';
import type { SurveyResponse } from '../instrument/response';
import type { Answers } from '../instrument/validate-answers';
import { scoreResponse } from '../instrument/scoring';
import { summarizeSample } from '../statistics/descriptive';
import type { Figure } from './wave-change';

/** Per reporting unit, each released person's mean over the pilot's dimensions they have a score on. */
export type CombinedScores = ReadonlyMap<string, readonly number[]>;

/**
 * Keeps of a response's answers only those the combined score reads: the questions of the pilot
 * dimensions' deciding scales. Each figure is released on its own (its own people and batches), so responses
 * cut down to these are released on those figures exactly as whole ones are, and the rest need not be held
 * while a wave's responses are read.
 */
export function pilotAnswersOnly(
  questionnaire: Questionnaire,
  model: BarrierModel,
  dimensions: readonly string[],
): (answers: Answers) => Answers {
  const scales = new Set(
    model.dimensions
      .filter((d) => dimensions.includes(d.id))
      .flatMap((d) => decidingScales(d).map((s) => s.id)),
  );
  const read = new Set(questionnaire.questions.filter((q) => scales.has(q.scale ?? '')).map((q) => q.id));
  return (answers) => Object.fromEntries(Object.entries(answers).filter(([id]) => read.has(id)));
}

/**
 * Each released person's mean over `dimensions`, per reporting unit. `responses` are those the report was
 * made from, already filed under their reporting units, in stored order, whole or cut down by
 * `pilotAnswersOnly`. A person none of whose pilot dimensions has a released score is not counted.
 */
export function combinedScoresByUnit(
  questionnaire: Questionnaire,
  model: BarrierModel,
  responses: readonly SurveyResponse[],
  minGroupSize: number,
  dimensions: readonly string[],
): Map<string, number[]> {
  const byUnit = new Map<string, number[]>();
  for (const r of releaseResponses(questionnaire, responses, minGroupSize).responses) {
    const scored = scoreResponse(questionnaire, model, r.answers).dimensions as Record<string, unknown>;
    const own = dimensions.map((id) => scored[id]).filter((v): v is number => typeof v === 'number');
    if (own.length === 0) continue;
    let unit = byUnit.get(r.departmentId);
    if (!unit) byUnit.set(r.departmentId, (unit = []));
    unit.push(own.reduce((sum, v) => sum + v, 0) / own.length);
  }
  return byUnit;
}

/** The units' people together as one group's figure on the combined score. */
export function combinedFigure(scores: CombinedScores, units: ReadonlySet<string>): Figure {
  const values = [...units].flatMap((id) => scores.get(id) ?? []);
  const summary = summarizeSample(values);
  return {
    n: summary.n,
    mean: summary.mean,
    sd: summary.variance === null ? null : Math.sqrt(summary.variance),
  };
}
