// A campaign's report figures kept up to date as answers arrive, so that reading them costs the same at a
// million responses as at a thousand. Each response is filed once, in stored order; the release rule
// (batch-release.ts) says when its answers enter which figure, and only then do they reach the running
// totals: per reporting unit the people counted, each scale's exact moments and favourability classes, each
// dimension's moments of people's own scores, and the profile shares. The organization's figures are the
// sum of its units'. Nothing per response is kept but which of its slots are released (a few bits); a
// response whose later slot is released is read again through `answersAt` to move its dimension scores.
// Scores are held as integers (a scale score times SCALE_FACTOR) so that sums are exact: the figures equal
// those of summarizeGroup over the released responses (group-summary.ts), whatever the order of arrival.

import { createBatchRelease } from '../anonymity/batch-release';
import { countAnswered, releasePlan } from '../anonymity/release';
import {
  decidingScales,
  PROFILE_TRAITS,
  type BarrierModel,
  type DimensionId,
  type ProfileTrait,
} from '../instrument/barrier-model';
import type { Question, Questionnaire } from '../instrument/questionnaire';
import type { SurveyResponse } from '../instrument/response';
import { minimumAnswered, scoreItem } from '../instrument/scoring';
import type { Answers } from '../instrument/validate-answers';
import type { FavourabilityClass } from '../statistics/favourability';
import { wilsonInterval, type ProportionEstimate } from '../statistics/intervals';
import { addMoment, emptyMoments, mergeMoments, type Moments } from '../statistics/moments';
import { summarizeMoments, type GroupSummary } from './group-summary';

/** lcm(1…5): a scale of up to five items scored on j of them gives (sum of item scores)/j, an integer here. */
const SCALE_FACTOR = 60;
/** Times lcm(1…8): a person's dimension score, the mean of up to eight of their scale scores, likewise. */
const DIMENSION_FACTOR = SCALE_FACTOR * 840;

interface ScalePlan {
  id: string;
  slot: number;
  needed: number;
  items: Question[];
}

interface TallyPlan {
  scales: ScalePlan[];
  /** Per dimension the questionnaire scores, the positions in `scales` of its deciding scales. */
  dimensions: { id: DimensionId; scales: number[] }[];
  profile: { trait: ProfileTrait; slot: number; question: string; values: readonly string[] }[];
}

function tallyPlan(questionnaire: Questionnaire, model: BarrierModel): TallyPlan {
  const release = releasePlan(questionnaire);
  const scales: ScalePlan[] = [];
  const position = new Map<string, number>();
  for (const question of questionnaire.questions) {
    if (question.scale === null || (question.role !== 'likert' && question.role !== 'knowledge')) continue;
    let at = position.get(question.scale);
    if (at === undefined) {
      at =
        scales.push({ id: question.scale, slot: release.slotOf.get(question.id)!, needed: 0, items: [] }) - 1;
      position.set(question.scale, at);
    }
    scales[at]!.items.push(question);
  }
  for (const scale of scales) {
    if (scale.items.length > 5) throw new RangeError(`Scale ${scale.id} has more than five items`);
    scale.needed = minimumAnswered(scale.items.length);
  }
  const dimensions = model.dimensions
    .map((d) => ({
      id: d.id,
      scales: decidingScales(d)
        .map((s) => position.get(s.id))
        .filter((i): i is number => i !== undefined),
    }))
    .filter((d) => d.scales.length > 0);
  for (const d of dimensions) {
    if (d.scales.length > 8) throw new RangeError(`Dimension ${d.id} decides on more than eight scales`);
  }
  const profile: TallyPlan['profile'] = [];
  for (const trait of Object.keys(PROFILE_TRAITS) as ProfileTrait[]) {
    const { question, values } = PROFILE_TRAITS[trait];
    const slot = release.slotOf.get(question);
    if (slot !== undefined) profile.push({ trait, slot, question, values });
  }
  return { scales, dimensions, profile };
}

interface ScaleTotals {
  moments: Moments;
  classes: Record<FavourabilityClass, number>;
}

interface GroupTotals {
  n: number;
  scales: ScaleTotals[];
  dimensions: Moments[];
  profile: { answered: number; yes: number }[];
}

const emptyGroup = (plan: TallyPlan): GroupTotals => ({
  n: 0,
  scales: plan.scales.map(() => ({
    moments: emptyMoments(),
    classes: { favourable: 0, neutral: 0, unfavourable: 0 },
  })),
  dimensions: plan.dimensions.map(() => emptyMoments()),
  profile: plan.profile.map(() => ({ answered: 0, yes: 0 })),
});

/** A growable bit set per response: which of its slots are released. */
class SlotBits {
  private words: Uint32Array;
  constructor(private readonly perRow: number) {
    this.words = new Uint32Array(perRow * 1024);
  }
  has(row: number, slot: number): boolean {
    const at = row * this.perRow + (slot >>> 5);
    return at < this.words.length && (this.words[at]! & (1 << (slot & 31))) !== 0;
  }
  set(row: number, slot: number): void {
    const at = row * this.perRow + (slot >>> 5);
    if (at >= this.words.length) {
      const grown = new Uint32Array(Math.max(this.words.length * 2, at + this.perRow));
      grown.set(this.words);
      this.words = grown;
    }
    this.words[at]! |= 1 << (slot & 31);
  }
  any(row: number): boolean {
    for (let w = 0; w < this.perRow; w++) if ((this.words[row * this.perRow + w] ?? 0) !== 0) return true;
    return false;
  }
}

/** A person's score on a scale from the answers of its released slots, times SCALE_FACTOR; null if too few. */
function scaledScore(scale: ScalePlan, answers: Answers): number | null {
  let sum = 0;
  let answered = 0;
  for (const item of scale.items) {
    const score = scoreItem(item, answers[item.id]);
    if (score === null) continue;
    sum += score;
    answered++;
  }
  return answered >= scale.needed ? (sum * SCALE_FACTOR) / answered : null;
}

function classOf(scaled: number): FavourabilityClass {
  if (scaled >= 75 * SCALE_FACTOR) return 'favourable';
  if (scaled <= 25 * SCALE_FACTOR) return 'unfavourable';
  return 'neutral';
}

export interface TalliedFigures {
  /** Responses filed, released or not: participation. */
  received: number;
  /** Per reporting unit filed so far, its summary over its released answers (n = 0 when none). */
  units: Map<string, GroupSummary>;
  /** The organization's, over every unit's released answers. */
  overall: GroupSummary;
  /** Profile shares over the organization's released answers, as profileShares gives them. */
  profile: Partial<Record<ProfileTrait, ProportionEstimate>>;
  /** Responses some of whose answers wait for more people to answer alike. */
  heldBack: number;
  /** Day of the latest response with an answer in the figures. */
  releasedOn: string | null;
}

export interface CampaignTally {
  /** Files the next stored response under its reporting unit (`response.departmentId`). */
  add(response: SurveyResponse): void;
  figures(): TalliedFigures;
}

export function createCampaignTally(input: {
  questionnaire: Questionnaire;
  model: BarrierModel;
  minGroupSize: number;
  /** The answers of a response filed earlier, by its position in stored order. */
  answersAt: (index: number) => Answers;
}): CampaignTally {
  const { questionnaire, model } = input;
  const release = releasePlan(questionnaire);
  const plan = tallyPlan(questionnaire, model);
  const batches = createBatchRelease(release, input.minGroupSize);
  const released = new SlotBits(Math.ceil(release.slots / 32));
  const unitIds: string[] = [];
  const unitIndex = new Map<string, number>();
  const groups: GroupTotals[] = [];
  /** Per response, its unit; and whether some answered slot of it is not released (held back). */
  let unitOfResponse = new Int32Array(1024);
  let waitingSlots = new Uint16Array(1024);
  let received = 0;
  let heldBack = 0;
  let releasedOn: string | null = null;
  /** Days are few: each response keeps the position of its day in `days`. */
  const days: string[] = [];
  const dayIndex = new Map<string, number>();
  let dayOfResponse = new Uint16Array(1024);

  /** Scale scores (times SCALE_FACTOR) of a response from the answers of the slots released so far. */
  const scoresWith = (answers: Answers, index: number, extra: ReadonlySet<number>) =>
    plan.scales.map((scale) =>
      released.has(index, scale.slot) || extra.has(scale.slot) ? scaledScore(scale, answers) : null,
    );

  /** A person's own dimension scores, times DIMENSION_FACTOR, from their available scale scores. */
  const dimensionScores = (scales: readonly (number | null)[]) =>
    plan.dimensions.map((d) => {
      const own = d.scales.map((s) => scales[s]).filter((v): v is number => v !== null);
      if (own.length === 0) return null;
      return (own.reduce((a, b) => a + b, 0) * (DIMENSION_FACTOR / SCALE_FACTOR)) / own.length;
    });

  function letIn(index: number, slots: readonly number[], answers: Answers): void {
    const group = groups[unitOfResponse[index]!]!;
    const fresh = new Set(slots);
    const before = released.any(index) ? dimensionScores(scoresWith(answers, index, new Set())) : null;
    const after = scoresWith(answers, index, fresh);
    if (before === null) {
      group.n++;
      const day = days[dayOfResponse[index]!]!;
      if (releasedOn === null || day > releasedOn) releasedOn = day;
    }
    plan.scales.forEach((scale, s) => {
      const value = after[s];
      if (!fresh.has(scale.slot) || value === null || value === undefined) return;
      addMoment(group.scales[s]!.moments, value);
      group.scales[s]!.classes[classOf(value)]++;
    });
    dimensionScores(after).forEach((value, d) => {
      const old = before?.[d] ?? null;
      if (old === value) return;
      if (old !== null) addMoment(group.dimensions[d]!, old, -1);
      if (value !== null) addMoment(group.dimensions[d]!, value);
    });
    plan.profile.forEach((p, k) => {
      if (!fresh.has(p.slot)) return;
      const value = answers[p.question];
      if (typeof value !== 'string' || value === 'dk') return;
      group.profile[k]!.answered++;
      if (p.values.includes(value)) group.profile[k]!.yes++;
    });
    for (const slot of slots) released.set(index, slot);
    waitingSlots[index]! -= slots.length;
    if (waitingSlots[index] === 0) heldBack--;
  }

  return {
    add(response) {
      const index = received++;
      let unit = unitIndex.get(response.departmentId);
      if (unit === undefined) {
        unit = unitIds.push(response.departmentId) - 1;
        unitIndex.set(response.departmentId, unit);
        groups.push(emptyGroup(plan));
      }
      if (index >= unitOfResponse.length) {
        const units = new Int32Array(unitOfResponse.length * 2);
        units.set(unitOfResponse);
        unitOfResponse = units;
        const waits = new Uint16Array(waitingSlots.length * 2);
        waits.set(waitingSlots);
        waitingSlots = waits;
        const dayOf = new Uint16Array(dayOfResponse.length * 2);
        dayOf.set(dayOfResponse);
        dayOfResponse = dayOf;
      }
      unitOfResponse[index] = unit;
      let day = dayIndex.get(response.submittedOn);
      if (day === undefined) dayIndex.set(response.submittedOn, (day = days.push(response.submittedOn) - 1));
      dayOfResponse[index] = day;
      const answered = countAnswered(release, response.answers, new Uint16Array(release.slots));
      // Held back while a slot it answered is not yet in its figure (a "don't know" alone answers none).
      let waiting = 0;
      for (let slot = 0; slot < release.slots; slot++) if (answered[slot]! > 0) waiting++;
      waitingSlots[index] = waiting;
      if (waiting > 0) heldBack++;
      for (const { index: i, figures } of batches.add(index, unit, answered)) {
        // The response being filed may not be in storage yet when its own batch fills.
        if (figures.length > 0) letIn(i, figures, i === index ? response.answers : input.answersAt(i));
      }
    },
    figures() {
      const units = new Map<string, GroupSummary>();
      const all = emptyGroup(plan);
      groups.forEach((group, u) => {
        units.set(unitIds[u]!, summarizeMoments(model, momentsOf(group)));
        all.n += group.n;
        group.scales.forEach((s, i) => {
          mergeMoments(all.scales[i]!.moments, s.moments);
          for (const c of ['favourable', 'neutral', 'unfavourable'] as const)
            all.scales[i]!.classes[c] += s.classes[c];
        });
        group.dimensions.forEach((m, i) => mergeMoments(all.dimensions[i]!, m));
        group.profile.forEach((p, i) => {
          all.profile[i]!.answered += p.answered;
          all.profile[i]!.yes += p.yes;
        });
      });
      const profile: TalliedFigures['profile'] = {};
      plan.profile.forEach((p, i) => {
        const { answered, yes } = all.profile[i]!;
        if (answered > 0) profile[p.trait] = wilsonInterval(yes, answered);
      });
      return {
        received,
        units,
        overall: summarizeMoments(model, momentsOf(all)),
        profile,
        heldBack,
        releasedOn,
      };
    },
  };

  function momentsOf(group: GroupTotals) {
    return {
      n: group.n,
      scales: new Map(plan.scales.map((s, i) => [s.id, group.scales[i]!])),
      dimensions: new Map(plan.dimensions.map((d, i) => [d.id, group.dimensions[i]!])),
      factors: { scale: SCALE_FACTOR, dimension: DIMENSION_FACTOR },
    };
  }
}
