// The pilot's dimensions combined: each person's mean over the dimensions the pilot was meant to move, per
// reporting unit, from exactly the answers the wave's report uses. The reports keep only each dimension's
// group figures, and a mean's spread needs the people's own scores (how their dimensions vary together), so
// the responses are read again: filed under their reporting units in stored order, released by the report's
// own rule (release.ts), and scored by the report's own scoring. MODEL.md "Waves".

import { releaseResponses } from '../anonymity/release';
import type { BarrierModel } from '../instrument/barrier-model';
import type { Questionnaire } from '../instrument/questionnaire';
import type { SurveyResponse } from '../instrument/response';
import { scoreResponse } from '../instrument/scoring';
import { summarizeSample } from '../statistics/descriptive';
import type { Figure } from './wave-change';

/** Per reporting unit, each released person's mean over the pilot's dimensions they have a score on. */
export type CombinedScores = ReadonlyMap<string, readonly number[]>;

/**
 * Each released person's mean over `dimensions`, per reporting unit. `responses` are those the report was
 * made from, already filed under their reporting units, in stored order. Only the answers to the
 * dimensions' questions are kept before the release: each figure is released on its own (its own people
 * and batches), so those figures' release is the report's, and the rest of each response is not held.
 * A person none of whose pilot dimensions has a released score is not counted.
 */
export function combinedScoresByUnit(
  questionnaire: Questionnaire,
  model: BarrierModel,
  responses: readonly SurveyResponse[],
  minGroupSize: number,
  dimensions: readonly string[],
): Map<string, number[]> {
  const scales = new Set(
    model.dimensions.filter((d) => dimensions.includes(d.id)).flatMap((d) => d.scales.map((s) => s.id)),
  );
  const asked = new Set(
    questionnaire.questions.filter((q) => q.scale !== null && scales.has(q.scale)).map((q) => q.id),
  );
  const trimmed = responses.map((r) => ({
    ...r,
    answers: Object.fromEntries(Object.entries(r.answers).filter(([id]) => asked.has(id))),
  }));
  const byUnit = new Map<string, number[]>();
  for (const r of releaseResponses(questionnaire, trimmed, minGroupSize).responses) {
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
