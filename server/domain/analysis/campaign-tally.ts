// A campaign's report figures kept up to date as answers arrive, so that reading them costs the same at a
// million responses as at a thousand. Each response is filed once, in stored order; the release rule
// (batch-release.ts) says when its answers enter which figure, and only then do they reach the running
// totals: per reporting unit the people counted, each scale's exact moments and favourability classes, each
// dimension's moments of people's own scores, and the profile shares. The organization's figures are the
// sum of its units'. Of each response only its unit, day and which of its slots are released are kept (a
// few bytes), and its answers only while some figure's queue holds it: a response whose later slot is let in
// moves its own dimension scores from those.
// Scores are held as integers (a scale score times SCALE_FACTOR) so that sums are exact: the figures equal
// those of summarizeGroup over the released responses (group-summary.ts), whatever the order of arrival.

import { createBatchRelease } from '../anonymity/batch-release';
import { isAnswered, releasePlan } from '../anonymity/release';
import type { BarrierModel, DimensionId, ProfileTrait } from '../instrument/barrier-model';
import type { Question, Questionnaire } from '../instrument/questionnaire';
import type { SurveyResponse } from '../instrument/response';
import { scoreItem } from '../instrument/scoring';
import { DONT_KNOW } from '../../../questionnaires/scoring-properties';
import type { Answers } from '../instrument/validate-answers';
import type { FavourabilityClass } from '../statistics/favourability';
import { wilsonInterval, type ProportionEstimate } from '../statistics/intervals';
import {
  addCross,
  addMoment,
  emptyCrossMoments,
  emptyMoments,
  mergeMoments,
  type CrossMoments,
  type Moments,
} from '../statistics/moments';
import { MAX_COMMENTS_SHOWN, type CommentDigest } from './comment-digest';
import { namedIn } from './conflict-map';
import {
  auditGoal,
  countGoalAudit,
  emptyGoalAuditCounts,
  mergeGoalAuditCounts,
  type GoalAudit,
  type GoalAuditCounts,
} from './goal-audit';
import { summarizeMoments, type GroupSummary } from './group-summary';
import { tallyPlan, type TallyPlan } from './tally-plan';

/** lcm(1…5): a scale of up to five items scored on j of them gives (sum of item scores)/j, an integer here. */
const SCALE_FACTOR = 60;
/** Times lcm(1…8): a person's dimension score, the mean of up to eight of their scale scores, likewise. */
const DIMENSION_FACTOR = SCALE_FACTOR * 840;

interface ScaleTotals {
  moments: Moments;
  classes: Record<FavourabilityClass, number>;
}

interface GroupTotals {
  n: number;
  scales: ScaleTotals[];
  dimensions: Moments[];
  profile: { answered: number; yes: number }[];
  /** Per agreement item, the moments of its keyed answers (1–5): within-group agreement reads them. */
  items: Moments[];
  /** How many gave each meaning of success, and how many answered at all. */
  meanings: Map<string, number>;
  /** How many named each department as one they depend on. */
  named: Map<string, number>;
  /** The SMART audit of the sample objectives in the figures: judged, SMART, failing each check. */
  goals: GoalAuditCounts;
  /**
   * Per scored item (as `plan.scored`), how many answers fell in each class, four numbers apiece in
   * ANSWER_CLASSES order: the per-question distributions read them.
   */
  answers: number[];
}

/** The classes an item's answers are counted in: by the item's own 0–100 score, and "don't know" apart. */
export const ANSWER_CLASSES = ['favourable', 'neutral', 'unfavourable', 'dontKnow'] as const;
export type AnswerClass = (typeof ANSWER_CLASSES)[number];
export type AnswerCounts = Record<AnswerClass, number>;

/** The organization's totals that no unit shows on its own. */
interface OrganizationTotals {
  /** Per scale (as `scales`), cross moments of its agreement items' keyed answers over complete cases. */
  reliability: (CrossMoments | null)[];
  /** Per dimension (as `dimensions`), cross moments of (own dimension score, outcome answer). */
  drivers: CrossMoments[];
}

const emptyGroup = (plan: TallyPlan): GroupTotals => ({
  n: 0,
  scales: plan.scales.map(() => ({
    moments: emptyMoments(),
    classes: { favourable: 0, neutral: 0, unfavourable: 0 },
  })),
  dimensions: plan.dimensions.map(() => emptyMoments()),
  profile: plan.profile.map(() => ({ answered: 0, yes: 0 })),
  items: plan.likert.map(() => emptyMoments()),
  meanings: new Map(),
  named: new Map(),
  goals: emptyGoalAuditCounts(),
  answers: plan.scored.flatMap(() => [0, 0, 0, 0]),
});

/** A response still waiting in some figure's queue: all the tally keeps of a response, and only till then. */
interface Waiting {
  unit: number;
  day: string;
  answers: Answers;
  /** The queues it waits in: figures and reliability. */
  queued: number;
  /** Figure slots it answered that are not in their figure yet: it is held back while any are. */
  pending: number;
  /** Its figure slots let in so far (1 for each), and how many. */
  released: Uint8Array;
  releasedCount: number;
  /** Its score on each scale times SCALE_FACTOR (whether let in or not yet), null where too few answers. */
  scaled: (number | null)[];
  /** Its keyed answer (1–5) to each agreement item, 0 where it gave none. */
  keyed: Int8Array;
  /** Per scored item, where its answer is counted in ANSWER_CLASSES, −1 where it gave none. */
  classes: Int8Array;
  /** The audit of its sample objective, made on arrival, counted when that figure lets it in. */
  audit: GoalAudit | null;
}

/** Where an item's answer is counted in ANSWER_CLASSES: by its score as a scale's is, "don't know" last. */
function answerClassOf(question: Question, value: unknown): number | null {
  if (value === DONT_KNOW) return 3;
  const score = scoreItem(question, value);
  if (score === null) return null;
  return score >= 75 ? 0 : score <= 25 ? 2 : 1;
}

function classOf(scaled: number): FavourabilityClass {
  if (scaled >= 75 * SCALE_FACTOR) return 'favourable';
  if (scaled <= 25 * SCALE_FACTOR) return 'unfavourable';
  return 'neutral';
}

/** An agreement answer as scored (reverse-coded items turned round), 1–5; null when not a number. */
function keyedAnswer(question: Question, value: unknown): number | null {
  if (typeof value !== 'number') return null;
  return question.reverse ? 6 - value : value;
}

/** One unit's totals the deeper analysis reads, beside its summary. */
export interface UnitTotals {
  n: number;
  /** Moments of people's own dimension scores times `DIMENSION_FACTOR`, per dimension the questionnaire scores. */
  dimensions: ReadonlyMap<DimensionId, Moments>;
  /** Moments of each agreement item's keyed answers (1–5), by question id. */
  items: ReadonlyMap<string, Moments>;
  meanings: ReadonlyMap<string, number>;
  named: ReadonlyMap<string, number>;
  goals: GoalAuditCounts;
  /** Per scored item, by question id, how its released answers fall in ANSWER_CLASSES. */
  answers: ReadonlyMap<string, AnswerCounts>;
}

/** One group of a cut (people who gave one answer to a demographic question): its summary and totals. */
export interface CutCell {
  summary: GroupSummary;
  totals: UnitTotals;
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
  /** Per reporting unit, the totals behind its deeper analysis. */
  unitTotals: Map<string, UnitTotals>;
  /** The organization's goal audit counts, over every unit's released sample objectives. */
  goals: GoalAuditCounts;
  /** Per scale with agreement items, cross moments of their keyed answers over the complete cases released. */
  reliability: ReadonlyMap<string, CrossMoments>;
  /** Per dimension, cross moments of (own dimension score × DIMENSION_FACTOR, outcome answer). */
  drivers: ReadonlyMap<DimensionId, CrossMoments>;
  /** The comments as digestComments gives them for every response received. */
  comments: CommentDigest;
  /** The organization's per-item answer counts, over every unit's released answers. */
  answers: ReadonlyMap<string, AnswerCounts>;
  /**
   * Per cut (TallyInput.cuts), per answer value, the figures of the people who gave it: each response
   * enters them exactly as, and when, it enters its unit's, so a cut's groups partition released answers.
   * Shown only through the cut disclosure rule, never as they are.
   */
  cuts: ReadonlyMap<string, ReadonlyMap<string, CutCell>>;
}

/** Scale scores are held times this, person's dimension scores times `DIMENSION_FACTOR`. */
export const TALLY_FACTORS = { scale: SCALE_FACTOR, dimension: DIMENSION_FACTOR } as const;

export interface CampaignTally {
  /** Files the next stored response under its reporting unit (`response.departmentId`). */
  add(response: SurveyResponse): void;
  figures(): TalliedFigures;
  /** How many responses it has filed: the position in stored order of the next one. */
  received(): number;
  /** Everything it holds, as data a checkpoint can store and `createCampaignTally` take up again. */
  state(): TallyState;
  /** How many responses' answers it holds: those still waiting for a batch, never more than the queues. */
  heldAnswers(): number;
}

export interface TallyInput {
  questionnaire: Questionnaire;
  model: BarrierModel;
  minGroupSize: number;
  /** Comments are shown once this many people wrote one, and move by batches of it (comment-digest.ts). */
  commentMinimum: number;
  /** Demographic questions to cut the figures by, each with the answers it offers; none when absent. */
  cuts?: readonly TallyCut[];
}

export interface TallyCut {
  id: string;
  /** The answer key the response holds it under. */
  question: string;
  values: readonly string[];
}

/** All a tally holds: kept beside the responses so that a start need not file every response again. */
export interface TallyState {
  /** What the tally was made for: a state taken up by a tally made otherwise is refused. */
  shape: string;
  received: number;
  heldBack: number;
  releasedOn: string | null;
  unitIds: string[];
  groups: GroupTotals[];
  /** Per cut and value in TallyInput.cuts order, that group's totals. */
  cutGroups: GroupTotals[];
  organization: OrganizationTotals;
  waiting: [number, Waiting][];
  queues: [number, number[][]][];
  comments: { waiting: string[]; released: number; shown: string[] };
}

/** What a state must have been made for to be taken up: the plan the figures are laid out by. */
function shapeOf(input: TallyInput, plan: TallyPlan, slots: number): string {
  return JSON.stringify([
    // The layout of the totals themselves: a state written before per-item counts is made again.
    'totals 2',
    input.questionnaire.id,
    input.model.version,
    input.minGroupSize,
    input.commentMinimum,
    slots,
    plan.scales.map((s) => [s.id, s.slot, s.needed, s.items.map((q) => q.id)]),
    plan.likert.map((l) => l.question.id),
    plan.dimensions,
    plan.profile.map((p) => [p.trait, p.slot]),
    plan.scored.map((q) => q.id),
    (input.cuts ?? []).map((c) => [c.id, c.question, c.values]),
  ]);
}

export function createCampaignTally(input: TallyInput, from?: TallyState): CampaignTally {
  const { questionnaire, model } = input;
  const release = releasePlan(questionnaire);
  const plan = tallyPlan(questionnaire, model);
  const shape = shapeOf(input, plan, release.slots);
  if (from && from.shape !== shape) throw new RangeError('The tally state was made for another plan');
  const batches = createBatchRelease(release, input.minGroupSize, from?.queues);
  const unitIds: string[] = from ? [...from.unitIds] : [];
  const unitIndex = new Map<string, number>(unitIds.map((id, i) => [id, i]));
  const groups: GroupTotals[] = from ? from.groups : [];
  /** Per scored item, the release slot of its scale: its answer is counted when that slot is let in. */
  const scoredSlot = plan.scored.map((q) => plan.scales[plan.byQuestion.get(q.id)!.scale]!.slot);
  const cuts = input.cuts ?? [];
  /** The first position in `cutGroups` of each cut's values. */
  const cutStart: number[] = [];
  cuts.reduce((at, cut) => (cutStart.push(at), at + cut.values.length), 0);
  const cutGroups: GroupTotals[] = from
    ? from.cutGroups
    : cuts.flatMap((cut) => cut.values.map(() => emptyGroup(plan)));
  let received = from?.received ?? 0;
  let heldBack = from?.heldBack ?? 0;
  let releasedOn: string | null = from?.releasedOn ?? null;
  const organization: OrganizationTotals = from?.organization ?? {
    reliability: plan.itemsOfScale.map((items) =>
      items.length > 0 ? emptyCrossMoments(items.length) : null,
    ),
    drivers: plan.dimensions.map(() => emptyCrossMoments(2)),
  };
  /** Responses waiting in some figure's queue, by position: at most m − 1 per unit and figure. */
  const waiting = new Map<number, Waiting>(from?.waiting);
  /** Comments are released in stored order, by whole batches of the comment minimum, for the organization. */
  const commentsWaiting: string[] = from ? [...from.comments.waiting] : [];
  let commentsReleased = from?.comments.released ?? 0;
  /** The released comments a report shows: the first MAX_COMMENTS_SHOWN in alphabetical order. */
  const commentsShown: string[] = from ? [...from.comments.shown] : [];

  function fileComment(value: unknown): void {
    if (typeof value !== 'string' || value.trim().length === 0) return;
    commentsWaiting.push(value.trim());
    if (commentsWaiting.length < input.commentMinimum) return;
    for (const comment of commentsWaiting) {
      // After any equal ones, as a stable sort of the whole list would leave them.
      let low = 0;
      let high = commentsShown.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (commentsShown[middle]!.localeCompare(comment) <= 0) low = middle + 1;
        else high = middle;
      }
      if (low < MAX_COMMENTS_SHOWN) {
        commentsShown.splice(low, 0, comment);
        if (commentsShown.length > MAX_COMMENTS_SHOWN) commentsShown.pop();
      }
    }
    commentsReleased += commentsWaiting.length;
    commentsWaiting.length = 0;
  }

  /**
   * One pass over a response's answers: how many questions of each release slot it answered (as
   * countAnswered counts them), its score on each scale times SCALE_FACTOR, its keyed agreement answers.
   */
  function read(answers: Answers) {
    const answered = new Uint16Array(release.slots);
    const sums = new Float64Array(plan.scales.length);
    const counts = new Uint8Array(plan.scales.length);
    const keyed = new Int8Array(plan.likert.length);
    const classes = new Int8Array(plan.scored.length).fill(-1);
    for (const id in answers) {
      const place = plan.byQuestion.get(id);
      if (!place) continue;
      const value = answers[id];
      if (place.slot >= 0 && isAnswered(value)) answered[place.slot]!++;
      if (place.scale >= 0) {
        const score = scoreItem(place.question, value);
        if (score !== null) {
          sums[place.scale]! += score;
          counts[place.scale]!++;
        }
      }
      if (place.likert >= 0) keyed[place.likert] = keyedAnswer(place.question, value) ?? 0;
      if (place.scored >= 0) classes[place.scored] = answerClassOf(place.question, value) ?? -1;
    }
    const scaled = plan.scales.map((scale, s) =>
      counts[s]! >= scale.needed ? (sums[s]! * SCALE_FACTOR) / counts[s]! : null,
    );
    return { answered, scaled, keyed, classes };
  }

  /**
   * What a waiting response's answers are kept as: without its sample objective and comment, which were
   * read on arrival, so no free text is held in memory or written into a checkpoint.
   */
  function withoutTexts(answers: Answers): Answers {
    if (!(plan.sample && plan.sample.id in answers) && !(plan.comment && plan.comment in answers))
      return answers;
    const kept = { ...answers };
    if (plan.sample) delete kept[plan.sample.id];
    if (plan.comment) delete kept[plan.comment];
    return kept;
  }

  /** An audit as the tally counts it: its checks, without the objective's text. */
  const verdictOf = (audit: GoalAudit | null): GoalAudit | null => audit && { ...audit, text: '' };

  /** The slots being let in by the current `letIn`, 1 for each: set and cleared by it. */
  const fresh = new Uint8Array(release.slots);

  /**
   * A person's own dimension scores, times DIMENSION_FACTOR, from the scale scores of the slots let in
   * before (and, with `withFresh`, of those being let in now).
   */
  function dimensionScores(w: Waiting, withFresh: boolean): (number | null)[] {
    const scores: (number | null)[] = [];
    for (const d of plan.dimensions) {
      let sum = 0;
      let count = 0;
      for (const s of d.scales) {
        const value = w.scaled[s]!;
        const slot = plan.scales[s]!.slot;
        if (value === null || (w.released[slot] === 0 && !(withFresh && fresh[slot] === 1))) continue;
        sum += value;
        count++;
      }
      scores.push(count === 0 ? null : (sum * (DIMENSION_FACTOR / SCALE_FACTOR)) / count);
    }
    return scores;
  }

  function letIn(w: Waiting, slots: readonly number[]): void {
    for (const slot of slots) fresh[slot] = 1;
    try {
      tallyFresh(w);
    } finally {
      fresh.fill(0);
    }
    for (const slot of slots) w.released[slot] = 1;
    w.releasedCount += slots.length;
    w.pending -= slots.length;
    if (w.pending === 0) heldBack--;
  }

  /** The totals a response is counted in: its unit's, and its group's in each cut it answered. */
  function targetsOf(w: Waiting): GroupTotals[] {
    const targets = [groups[w.unit]!];
    cuts.forEach((cut, c) => {
      const value = w.answers[cut.question];
      const at = typeof value === 'string' ? cut.values.indexOf(value) : -1;
      if (at >= 0) targets.push(cutGroups[cutStart[c]! + at]!);
    });
    return targets;
  }

  /** Adds to the totals what the slots in `fresh` let in of one response. */
  function tallyFresh(w: Waiting): void {
    const { answers } = w;
    const wasIn = w.releasedCount > 0;
    const before = wasIn ? dimensionScores(w, false) : null;
    const after = dimensionScores(w, true);
    if (!wasIn && (releasedOn === null || w.day > releasedOn)) releasedOn = w.day;
    const outcome =
      plan.outcome && typeof answers[plan.outcome.id] === 'number'
        ? (answers[plan.outcome.id] as number)
        : null;
    const outcomeBefore = outcome !== null && w.released[plan.outcome!.slot] === 1 ? outcome : null;
    const outcomeAfter =
      outcome !== null && (outcomeBefore !== null || fresh[plan.outcome!.slot] === 1) ? outcome : null;
    for (let d = 0; d < after.length; d++) {
      const old = before?.[d] ?? null;
      const value = after[d]!;
      // Drivers pair a person's own dimension score with their outcome answer, both released.
      if (old === value && outcomeBefore === outcomeAfter) continue;
      if (old !== null && outcomeBefore !== null)
        addCross(organization.drivers[d]!, [old, outcomeBefore], -1);
      if (value !== null && outcomeAfter !== null) addCross(organization.drivers[d]!, [value, outcomeAfter]);
    }
    for (const group of targetsOf(w)) addFresh(group, w, wasIn, before, after);
  }

  /** Adds to one group's totals what the slots in `fresh` let in of one response. */
  function addFresh(
    group: GroupTotals,
    w: Waiting,
    wasIn: boolean,
    before: readonly (number | null)[] | null,
    after: readonly (number | null)[],
  ): void {
    const { answers } = w;
    if (!wasIn) group.n++;
    for (let s = 0; s < plan.scales.length; s++) {
      const value = w.scaled[s]!;
      if (value === null || fresh[plan.scales[s]!.slot] === 0) continue;
      addMoment(group.scales[s]!.moments, value);
      group.scales[s]!.classes[classOf(value)]++;
    }
    for (let d = 0; d < after.length; d++) {
      const old = before?.[d] ?? null;
      const value = after[d]!;
      if (old === value) continue;
      if (old !== null) addMoment(group.dimensions[d]!, old, -1);
      if (value !== null) addMoment(group.dimensions[d]!, value);
    }
    for (let k = 0; k < plan.likert.length; k++) {
      const keyed = w.keyed[k]!;
      if (keyed !== 0 && fresh[plan.scales[plan.likert[k]!.scale]!.slot] === 1)
        addMoment(group.items[k]!, keyed);
    }
    for (let k = 0; k < scoredSlot.length; k++) {
      const answerClass = w.classes[k]!;
      if (answerClass >= 0 && fresh[scoredSlot[k]!] === 1) group.answers[k * 4 + answerClass]!++;
    }
    for (let k = 0; k < plan.profile.length; k++) {
      const p = plan.profile[k]!;
      if (fresh[p.slot] === 0) continue;
      const value = answers[p.question];
      if (typeof value !== 'string' || value === 'dk') continue;
      group.profile[k]!.answered++;
      if (p.values.includes(value)) group.profile[k]!.yes++;
    }
    if (plan.meaning && fresh[plan.meaning.slot] === 1) {
      const value = answers[plan.meaning.id];
      if (typeof value === 'string') group.meanings.set(value, (group.meanings.get(value) ?? 0) + 1);
    }
    if (plan.dependsOn && fresh[plan.dependsOn.slot] === 1) {
      for (const named of namedIn(answers[plan.dependsOn.id]))
        group.named.set(named, (group.named.get(named) ?? 0) + 1);
    }
    if (plan.sample && fresh[plan.sample.slot] === 1) countGoalAudit(group.goals, w.audit);
  }

  /** A complete case of some scales, released for reliability: their items' keyed answers, per scale. */
  function letInComplete(w: Waiting, slots: readonly number[]): void {
    for (let s = 0; s < plan.scales.length; s++) {
      const totals = organization.reliability[s];
      if (!totals || !slots.includes(plan.scales[s]!.slot)) continue;
      // Released for reliability only once every item is answered, so no value is missing here.
      addCross(
        totals,
        plan.itemsOfScale[s]!.map((k) => w.keyed[k]!),
      );
    }
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
      const { answered, scaled, keyed, classes } = read(response.answers);
      // Held back while a slot it answered is not yet in its figure (a "don't know" alone answers none);
      // for good when it answered a scale too sparsely to be scored on it.
      let pending = 0;
      for (let slot = 0; slot < release.slots; slot++) if (answered[slot]! > 0) pending++;
      if (pending > 0) heldBack++;
      // Its answers are kept while it waits in some figure's queue, and only then: the queues hold at most
      // m − 1 responses per unit and figure, so what is kept never grows with the number of responses.
      let queued = 0;
      for (const { slot, needed } of release.figures) if (answered[slot]! >= needed) queued++;
      for (const { slot, needed } of release.reliability) if (answered[slot]! >= needed) queued++;
      if (plan.comment) fileComment(response.answers[plan.comment]);
      if (queued === 0) return;
      // Texts are read once, on arrival: the audit waits with the answer for its batch, the text goes.
      const text = plan.sample ? response.answers[plan.sample.id] : undefined;
      waiting.set(index, {
        unit,
        day: response.submittedOn,
        answers: withoutTexts(response.answers),
        queued,
        pending,
        released: new Uint8Array(release.slots),
        releasedCount: 0,
        scaled,
        keyed,
        classes,
        audit:
          typeof text === 'string' && answered[plan.sample!.slot]! > 0 ? verdictOf(auditGoal(text)) : null,
      });
      for (const { index: i, figures, reliability } of batches.add(index, unit, answered)) {
        const w = waiting.get(i)!;
        if (figures.length > 0) letIn(w, figures);
        if (reliability.length > 0) letInComplete(w, reliability);
        w.queued -= figures.length + reliability.length;
        if (w.queued === 0) waiting.delete(i);
      }
    },
    heldAnswers: () => waiting.size,
    received: () => received,
    state: () =>
      // A deep copy through the codec, so the state taken stays as it was while filing goes on.
      decodeTallyState(
        encodeTallyState({
          shape,
          received,
          heldBack,
          releasedOn,
          unitIds,
          groups,
          cutGroups,
          organization,
          waiting: [...waiting],
          queues: batches.queues(),
          comments: { waiting: commentsWaiting, released: commentsReleased, shown: commentsShown },
        }),
      ),
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
      const goals = emptyGoalAuditCounts();
      for (const group of groups) mergeGoalAuditCounts(goals, group.goals);
      const unitTotals = new Map<string, UnitTotals>(
        groups.map((group, u) => [unitIds[u]!, totalsOf(group)]),
      );
      const answers = plan.scored.map(() => [0, 0, 0, 0]);
      for (const group of groups)
        answers.forEach((counts, k) => counts.forEach((_, c) => (counts[c]! += group.answers[k * 4 + c]!)));
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
        unitTotals,
        goals,
        reliability: new Map(
          plan.scales.flatMap((scale, s) => {
            const totals = organization.reliability[s];
            return totals ? [[scale.id, totals] as const] : [];
          }),
        ),
        drivers: new Map(plan.dimensions.map((d, i) => [d.id, organization.drivers[i]!])),
        comments: {
          minimum: input.commentMinimum,
          comments: commentsReleased > 0 ? [...commentsShown] : null,
        },
        answers: new Map(plan.scored.map((q, k) => [q.id, countsOf(answers[k]!)])),
        cuts: new Map(
          cuts.map((cut, c) => [
            cut.id,
            new Map(
              cut.values.map((value, v) => {
                const group = cutGroups[cutStart[c]! + v]!;
                return [
                  value,
                  { summary: summarizeMoments(model, momentsOf(group)), totals: totalsOf(group) },
                ];
              }),
            ),
          ]),
        ),
      };
    },
  };

  function totalsOf(group: GroupTotals): UnitTotals {
    return {
      n: group.n,
      dimensions: new Map(plan.dimensions.map((d, i) => [d.id, group.dimensions[i]!])),
      items: new Map(plan.likert.map(({ question }, i) => [question.id, group.items[i]!])),
      meanings: group.meanings,
      named: group.named,
      goals: group.goals,
      answers: new Map(plan.scored.map((q, k) => [q.id, countsOf(group.answers.slice(k * 4, k * 4 + 4))])),
    };
  }

  function momentsOf(group: GroupTotals) {
    return {
      n: group.n,
      scales: new Map(plan.scales.map((s, i) => [s.id, group.scales[i]!])),
      dimensions: new Map(plan.dimensions.map((d, i) => [d.id, group.dimensions[i]!])),
      factors: { scale: SCALE_FACTOR, dimension: DIMENSION_FACTOR },
    };
  }
}

const countsOf = (four: readonly number[]): AnswerCounts => ({
  favourable: four[0]!,
  neutral: four[1]!,
  unfavourable: four[2]!,
  dontKnow: four[3]!,
});

/**
 * A tally's state as text, and back: JSON, with the bigints of exact sums, the maps and the typed arrays
 * spelled out so they come back as they were.
 */
export function encodeTallyState(state: TallyState): string {
  return JSON.stringify(state, function replace(this: unknown, _key, value: unknown) {
    if (typeof value === 'bigint') return { $bigint: value.toString() };
    if (value instanceof Map) return { $map: [...value] };
    if (value instanceof Int8Array) return { $int8: [...value] };
    if (value instanceof Uint8Array) return { $uint8: [...value] };
    return value;
  });
}

export function decodeTallyState(text: string): TallyState {
  return JSON.parse(text, (_key, value: unknown) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const v = value as Record<string, unknown>;
    if (typeof v.$bigint === 'string') return BigInt(v.$bigint);
    if (Array.isArray(v.$map)) return new Map(v.$map as [unknown, unknown][]);
    if (Array.isArray(v.$int8)) return Int8Array.from(v.$int8 as number[]);
    if (Array.isArray(v.$uint8)) return Uint8Array.from(v.$uint8 as number[]);
    return value;
  }) as TallyState;
}
