// Generates plausible answers for a group whose true scale levels are given, for the demo organization and
// for test scenarios. Deterministic for a given random source, so a scenario always scores the same.

import { DONT_KNOW } from '../../questionnaires/scoring-properties';
import type { Questionnaire } from '../domain/instrument/questionnaire';
import type { Answers } from '../domain/instrument/validate-answers';

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
  /** How far people differ from their group on a scale, in answer points (a per-person, per-scale shift). */
  personSpread?: number;
  /** Item-to-item noise around a person's own level, in answer points. */
  itemSpread?: number;
}

export function synthesizeAnswers(
  questionnaire: Questionnaire,
  profile: GroupProfile,
  random: Random,
): Answers {
  const answers: Answers = { ...profile.fixedAnswers };
  // A person sits above or below their group on each scale as a whole, so the items of one scale move
  // together (as in real data, where α is typically .7–.9), with smaller noise item by item.
  const personSpread = profile.personSpread ?? 0.6;
  const itemSpread = profile.itemSpread ?? 0.5;
  const shifts = new Map<string, number>();
  const shiftOf = (scale: string) => {
    if (!shifts.has(scale)) shifts.set(scale, normal(random) * personSpread);
    return shifts.get(scale)!;
  };
  const levels: number[] = [];
  for (const q of questionnaire.questions) {
    if (q.role === 'outcome' && q.accepts.kind === 'choice') {
      const mean = levels.length ? levels.reduce((a, b) => a + b, 0) / levels.length : profile.defaultLevel;
      answers[q.id] = Math.min(5, Math.max(1, Math.round(1 + mean / 25 + normal(random) * 0.7)));
      continue;
    }
    if (q.scale === null) continue;
    const level = (profile.levels[q.scale] ?? profile.defaultLevel) + shiftOf(q.scale) * 25;
    if (!q.scale.startsWith('fit.')) levels.push(level);
    if (random() < (profile.dontKnowRate ?? 0.03)) {
      answers[q.id] = DONT_KNOW;
    } else if (q.role === 'knowledge' && q.correctAnswer !== null && q.accepts.kind === 'choice') {
      const wrong = q.accepts.values.filter((v) => v !== q.correctAnswer && v !== DONT_KNOW);
      answers[q.id] = random() < level / 100 ? q.correctAnswer : wrong[Math.floor(random() * wrong.length)]!;
    } else if (q.role === 'likert') {
      const keyed = Math.min(5, Math.max(1, Math.round(1 + level / 25 + normal(random) * itemSpread)));
      answers[q.id] = q.reverse ? 6 - keyed : keyed;
    }
  }
  return answers;
}
