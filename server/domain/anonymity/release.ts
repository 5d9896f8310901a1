// What a report may use of the answers collected so far: the release rule (MODEL.md §5.2). Each figure has
// its own set of people behind it, per reporting unit: a scale's figure, the people with a score on that
// scale; a profile question's shares, the people who answered it. Of those, a figure uses the first
// ⌊c/m⌋·m in the order their answers arrived (c people so far, m the minimum group size), and the rest wait.
// So a figure only ever changes by a whole batch of at least m new people: reading the report before and
// after one answer shows nothing of it, and five new responses holding two new pay answers leave the pay
// figure alone. The organization's figures are the union of its units' released answers, so the
// organization minus the units shown is always nothing, at any moment and between any two moments.

import type { Question, Questionnaire } from '../instrument/questionnaire';
import type { SurveyResponse } from '../instrument/response';
import { minimumAnswered } from '../instrument/scoring';
import { DONT_KNOW } from '../../../questionnaires/scoring-properties';

export interface ReleasedResponses {
  /** Each response with only its released answers; responses with none released are left out. */
  responses: SurveyResponse[];
  /**
   * For reliability (Cronbach's α, on complete cases): each response with the items of the scales it
   * answered in full, released in batches of their own, since complete cases are a figure of their own.
   */
  completeCases: SurveyResponse[];
  /** Responses some of whose answers wait for more people to answer alike. */
  heldBack: number;
  /** Day of the latest answer in the released set: when the figures last changed. */
  releasedOn: string | null;
}

/** Whether a value answers its question for the release rule: not missing, not "don't know", not empty. */
export const isAnswered = (value: unknown) =>
  value !== undefined && value !== DONT_KNOW && !(Array.isArray(value) && value.length === 0);

const isScored = (q: Question) => q.scale !== null && (q.role === 'likert' || q.role === 'knowledge');

/**
 * The figures a questionnaire's answers feed. Each has a slot: the questions it reads (a scale's items, or
 * one other reported question), and a person is behind it once they answered `needed` of them. A scale is
 * two figures on one slot: its scores, behind which is everyone with a score on it (partial answers below
 * the scoring minimum would otherwise feed item-level figures from fewer people than the scale shows), and
 * its reliability, behind which is everyone who answered every item (α reads complete cases only).
 * Comments are no figure here: they have a release of their own (comment-digest.ts).
 */
export interface ReleasePlan {
  /** The slot of each question a figure reads. */
  slotOf: Map<string, number>;
  slots: number;
  /** Figures the scores and shares read, then reliability's, each a slot and how many answers make a person. */
  figures: { slot: number; needed: number }[];
  reliability: { slot: number; needed: number }[];
}

const plans = new WeakMap<Questionnaire, ReleasePlan>();

export function releasePlan(questionnaire: Questionnaire): ReleasePlan {
  const cached = plans.get(questionnaire);
  if (cached) return cached;
  const slotOf = new Map<string, number>();
  // Stryker disable next-line ArrayDeclaration: equivalent, a figure without a slot releases nothing
  const figures: ReleasePlan['figures'] = [];
  const reliability: ReleasePlan['reliability'] = [];
  const scaleSlots = new Map<string, { slot: number; items: number }>();
  let slots = 0;
  for (const q of questionnaire.questions) {
    if (isScored(q)) {
      let scale = scaleSlots.get(q.scale!);
      if (!scale) scaleSlots.set(q.scale!, (scale = { slot: slots++, items: 0 }));
      scale.items++;
      slotOf.set(q.id, scale.slot);
    } else if (q.role !== 'comment') {
      slotOf.set(q.id, slots);
      figures.push({ slot: slots++, needed: 1 });
    }
  }
  for (const { slot, items } of scaleSlots.values()) {
    figures.push({ slot, needed: minimumAnswered(items) });
    reliability.push({ slot, needed: items });
  }
  const plan = { slotOf, slots, figures, reliability };
  plans.set(questionnaire, plan);
  return plan;
}

/** How many questions of each slot `answers` answered, written to `into` from `at` on (one row of slots). */
export function countAnswered(
  plan: ReleasePlan,
  answers: SurveyResponse['answers'],
  into: Uint16Array,
  at = 0,
): Uint16Array {
  for (const id in answers) {
    const slot = plan.slotOf.get(id);
    if (slot !== undefined && isAnswered(answers[id])) into[at + slot]!++;
  }
  return into;
}

/**
 * For each figure, which responses it releases: per unit (`unitOf`, numbered), its earliest ⌊c/m⌋·m
 * contributors in stored order. Returns, row by row (one row of `slots` a response), the slots released.
 */
function release(
  figures: readonly { slot: number; needed: number }[],
  answered: Uint16Array,
  unitOf: Int32Array,
  unitCount: number,
  minGroupSize: number,
  slots: number,
): Uint8Array {
  const n = unitOf.length;
  const released = new Uint8Array(n * slots);
  const contributors = new Int32Array(unitCount);
  const taken = new Int32Array(unitCount);
  for (const { slot, needed } of figures) {
    contributors.fill(0);
    taken.fill(0);
    for (let i = 0; i < n; i++) if (answered[i * slots + slot]! >= needed) contributors[unitOf[i]!]!++;
    for (let i = 0; i < n; i++) {
      if (answered[i * slots + slot]! < needed) continue;
      const unit = unitOf[i]!;
      if (taken[unit]! >= Math.floor(contributors[unit]! / minGroupSize) * minGroupSize) continue;
      taken[unit]!++;
      released[i * slots + slot] = 1;
    }
  }
  return released;
}

/**
 * The released view of responses already filed under their reporting units, given in the order they were
 * stored. Deterministic: the same responses always give the same view, so no state is kept between reads.
 */
export function releaseResponses(
  questionnaire: Questionnaire,
  responses: readonly SurveyResponse[],
  minGroupSize: number,
): ReleasedResponses {
  const plan = releasePlan(questionnaire);
  const unitIndex = new Map<string, number>();
  const unitOf = Int32Array.from(responses, (r) => {
    let index = unitIndex.get(r.departmentId);
    if (index === undefined) unitIndex.set(r.departmentId, (index = unitIndex.size));
    return index;
  });
  // One pass over each response's answers: how many questions of each slot it answered, row by row.
  const { slots } = plan;
  const answered = new Uint16Array(responses.length * slots);
  responses.forEach((r, i) => countAnswered(plan, r.answers, answered, i * slots));
  const forFigures = release(plan.figures, answered, unitOf, unitIndex.size, minGroupSize, plan.slots);
  const forReliability = release(
    plan.reliability,
    answered,
    unitOf,
    unitIndex.size,
    minGroupSize,
    plan.slots,
  );
  const only = (r: SurveyResponse, i: number, from: Uint8Array): SurveyResponse => ({
    ...r,
    answers: Object.fromEntries(
      Object.entries(r.answers).filter(([id]) => {
        const slot = plan.slotOf.get(id);
        return slot !== undefined && from[i * slots + slot] === 1;
      }),
    ),
  });
  const released: SurveyResponse[] = [];
  const completeCases: SurveyResponse[] = [];
  let heldBack = 0;
  let releasedOn: string | null = null;
  responses.forEach((r, i) => {
    let any = false;
    let withheld = false;
    let complete = false;
    for (let slot = 0, at = i * slots; slot < slots; slot++, at++) {
      if (forReliability[at] === 1) complete = true;
      if (forFigures[at] === 1) any = true;
      // A "don't know" left out is no answer withheld: it counts toward no figure anyway.
      else if (answered[at]! > 0) withheld = true;
    }
    if (complete) {
      // Whole when every scale it answered in full is released for reliability: α counts complete cases
      // only, so the scales it did not complete add nothing, and its cached item scores serve again.
      const whole = plan.reliability.every(
        ({ slot, needed }) => answered[i * slots + slot]! < needed || forReliability[i * slots + slot] === 1,
      );
      completeCases.push(whole ? r : only(r, i, forReliability));
    }
    if (withheld) heldBack++;
    if (!any) return;
    // A response released whole is passed on as it is, so scores cached for it are used again. Its
    // comment goes with it: no figure reads comments.
    released.push(withheld ? only(r, i, forFigures) : r);
    if (releasedOn === null || r.submittedOn > releasedOn) releasedOn = r.submittedOn;
  });
  return { responses: released, completeCases, heldBack, releasedOn };
}
