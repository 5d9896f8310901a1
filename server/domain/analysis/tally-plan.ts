// How a campaign tally lays out a questionnaire's answers: its scales in scoring's order with the release
// slot each is let in by, its agreement items, the questions read beside the scales (outcome, meaning of
// success, departments depended on, sample objective, comment), each dimension's deciding scales, and the
// profile traits; and, per question, where its answer goes, so a response is read in one pass.

import { releasePlan } from '../anonymity/release';
import {
  PROFILE_TRAITS,
  type BarrierModel,
  type DimensionId,
  type ProfileTrait,
} from '../instrument/barrier-model';
import type { Question, Questionnaire } from '../instrument/questionnaire';
import { minimumAnswered, scoringPlan } from '../instrument/scoring';
import { DEPENDS_ON_QUESTION, SUCCESS_MEANING_QUESTION } from './conflict-map';

const isScoredItem = (q: Question) => q.scale !== null && (q.role === 'likert' || q.role === 'knowledge');

export interface ScalePlan {
  id: string;
  slot: number;
  needed: number;
  items: Question[];
}

export interface TallyPlan {
  scales: ScalePlan[];
  /** Agreement items (likert) in questionnaire order, with the position of their scale in `scales`. */
  likert: { question: Question; scale: number }[];
  /** Per scale, the positions in `likert` of its agreement items. */
  itemsOfScale: number[][];
  /** Scored items (agreement and knowledge) in questionnaire order: each one's answers are counted by class. */
  scored: Question[];
  /**
   * Per question a response may answer, where its answer goes: its release slot, its scale's position in
   * `scales` and its position in `likert` (−1 where none), so a response's answers are read in one pass.
   */
  byQuestion: Map<
    string,
    { question: Question; slot: number; scale: number; likert: number; scored: number }
  >;
  /** The questions read beside the scales, each with its slot; null where the questionnaire has none. */
  outcome: { id: string; slot: number } | null;
  meaning: { id: string; slot: number } | null;
  dependsOn: { id: string; slot: number } | null;
  sample: { id: string; slot: number } | null;
  comment: string | null;
  /** Per dimension the questionnaire scores, the positions in `scales` of its deciding scales. */
  dimensions: { id: DimensionId; scales: number[] }[];
  profile: { trait: ProfileTrait; slot: number; question: string; values: readonly string[] }[];
}

export function tallyPlan(questionnaire: Questionnaire, model: BarrierModel): TallyPlan {
  const release = releasePlan(questionnaire);
  // The scales, their items and each dimension's deciding scales, in the order scoring lays them out.
  const scoring = scoringPlan(questionnaire, model);
  const scales: ScalePlan[] = scoring.scales.map(({ id, total }, at) => {
    if (total > 5) throw new RangeError(`Scale ${id} has more than five items`);
    const items = scoring.items.filter((item) => item.scale === at).map((item) => item.question);
    return { id, slot: release.slotOf.get(items[0]!.id)!, needed: minimumAnswered(total), items };
  });
  const position = new Map(scales.map((s, at) => [s.id, at]));
  const dimensions = scoring.dimensions;
  for (const d of dimensions) {
    if (d.scales.length > 8) throw new RangeError(`Dimension ${d.id} decides on more than eight scales`);
  }
  const profile: TallyPlan['profile'] = [];
  for (const trait of Object.keys(PROFILE_TRAITS) as ProfileTrait[]) {
    const { question, values } = PROFILE_TRAITS[trait];
    const slot = release.slotOf.get(question);
    if (slot !== undefined) profile.push({ trait, slot, question, values });
  }
  const likert = questionnaire.questions
    .filter((q) => q.role === 'likert' && q.scale !== null && position.has(q.scale))
    .map((question) => ({ question, scale: position.get(question.scale!)! }));
  const scored = questionnaire.questions.filter((q) => isScoredItem(q) && position.has(q.scale!));
  const slotted = (role: Question['role']) => {
    const q = questionnaire.questions.find((x) => x.role === role);
    const slot = q && release.slotOf.get(q.id);
    return q && slot !== undefined ? { id: q.id, slot } : null;
  };
  // The conflict map reads these two by their ids, whatever role they were given.
  const byId = (id: string) => {
    const slot = release.slotOf.get(id);
    return slot === undefined ? null : { id, slot };
  };
  return {
    scales,
    dimensions,
    profile,
    likert,
    itemsOfScale: scales.map((_, s) => likert.flatMap((l, k) => (l.scale === s ? [k] : []))),
    scored,
    byQuestion: new Map(
      questionnaire.questions.map((question) => [
        question.id,
        {
          question,
          slot: release.slotOf.get(question.id) ?? -1,
          scale: isScoredItem(question) ? position.get(question.scale!)! : -1,
          likert: likert.findIndex((l) => l.question === question),
          scored: scored.indexOf(question),
        },
      ]),
    ),
    outcome: slotted('outcome'),
    meaning: byId(SUCCESS_MEANING_QUESTION),
    dependsOn: byId(DEPENDS_ON_QUESTION),
    sample: slotted('sample-okr'),
    comment: questionnaire.questions.find((q) => q.role === 'comment')?.id ?? null,
  };
}
