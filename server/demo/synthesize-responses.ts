// Generates plausible answers for a group whose true scale levels are given, for the demo organization and
// for test scenarios. Deterministic for a given random source, so a scenario always scores the same.

import { DONT_KNOW } from '../../questionnaires/scoring-properties';
import type { Questionnaire } from '../domain/questionnaire';
import type { Answers } from '../domain/validate-answers';

/** A uniform random number in [0, 1). */
export type Random = () => number;

/** Mulberry32: a tiny seeded generator, good enough for synthetic survey data. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export interface GroupProfile {
  /** True level per scale on 0–100; scales not named sit at `defaultLevel`. */
  levels: Record<string, number>;
  defaultLevel: number;
  /** Answers given to unscored questions (profile facts, meaning of "better"), by question id. */
  fixedAnswers?: Answers;
  /** Chance of answering "don't know" to any one item. */
  dontKnowRate?: number;
  /** Spread of individual answers around the group level, in scale points. */
  spread?: number;
}

export function synthesizeAnswers(
  questionnaire: Questionnaire,
  profile: GroupProfile,
  random: Random,
): Answers {
  const answers: Answers = { ...profile.fixedAnswers };
  const spread = profile.spread ?? 0.8;
  // People differ from their group as a whole, not only item by item.
  const personShift = normal(random) * 0.4;
  for (const q of questionnaire.questions) {
    if (q.scale === null) continue;
    const level = profile.levels[q.scale] ?? profile.defaultLevel;
    if (random() < (profile.dontKnowRate ?? 0.03)) {
      answers[q.id] = DONT_KNOW;
    } else if (q.role === 'knowledge' && q.correctAnswer !== null && q.accepts.kind === 'choice') {
      const wrong = q.accepts.values.filter((v) => v !== q.correctAnswer && v !== DONT_KNOW);
      answers[q.id] = random() < level / 100 ? q.correctAnswer : wrong[Math.floor(random() * wrong.length)]!;
    } else if (q.role === 'likert') {
      const keyed = Math.min(
        5,
        Math.max(1, Math.round(1 + level / 25 + personShift + normal(random) * spread)),
      );
      answers[q.id] = q.reverse ? 6 - keyed : keyed;
    }
  }
  return answers;
}
