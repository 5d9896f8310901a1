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
import { DEPENDS_ON_QUESTION, namedIn, SUCCESS_MEANING_QUESTION } from './conflict-map';
import {
  auditGoal,
  countGoalAudit,
  emptyGoalAuditCounts,
  mergeGoalAuditCounts,
  type GoalAudit,
  type GoalAuditCounts,
} from './goal-audit';
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
  /** Agreement items (likert) in questionnaire order, with the position of their scale in `scales`. */
  likert: { question: Question; scale: number }[];
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
  const likert = questionnaire.questions
    .filter((q) => q.role === 'likert' && q.scale !== null && position.has(q.scale))
    .map((question) => ({ question, scale: position.get(question.scale!)! }));
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
    outcome: slotted('outcome'),
    meaning: byId(SUCCESS_MEANING_QUESTION),
    dependsOn: byId(DEPENDS_ON_QUESTION),
    sample: slotted('sample-okr'),
    comment: questionnaire.questions.find((q) => q.role === 'comment')?.id ?? null,
  };
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
  /** Per agreement item, the moments of its keyed answers (1–5): within-group agreement reads them. */
  items: Moments[];
  /** How many gave each meaning of success, and how many answered at all. */
  meanings: Map<string, number>;
  /** How many named each department as one they depend on. */
  named: Map<string, number>;
  /** The SMART audit of the sample objectives in the figures: judged, SMART, failing each check. */
  goals: GoalAuditCounts;
}

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
}

/** Scale scores are held times this, person's dimension scores times `DIMENSION_FACTOR`. */
export const TALLY_FACTORS = { scale: SCALE_FACTOR, dimension: DIMENSION_FACTOR } as const;

export interface CampaignTally {
  /** Files the next stored response under its reporting unit (`response.departmentId`). */
  add(response: SurveyResponse): void;
  figures(): TalliedFigures;
  /** How many responses it has filed: the position in stored order of the next one. */
  received(): number;
  /** How many responses' answers it holds: those still waiting for a batch, never more than the queues. */
  heldAnswers(): number;
}

export function createCampaignTally(input: {
  questionnaire: Questionnaire;
  model: BarrierModel;
  minGroupSize: number;
  /** Comments are shown once this many people wrote one, and move by batches of it (comment-digest.ts). */
  commentMinimum: number;
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
  const organization: OrganizationTotals = {
    reliability: plan.scales.map((_, s) => {
      const k = plan.likert.filter((l) => l.scale === s).length;
      return k > 0 ? emptyCrossMoments(k) : null;
    }),
    drivers: plan.dimensions.map(() => emptyCrossMoments(2)),
  };
  /** The answers of responses waiting in some figure's queue, and in how many queues each waits. */
  const waitingAnswers = new Map<number, { answers: Answers; queued: number }>();
  /** Audits of sample objectives waiting for their batch, by response: at most m − 1 per unit. */
  const auditWaiting = new Map<number, GoalAudit | null>();
  /** Comments are released in stored order, by whole batches of the comment minimum, for the organization. */
  const commentsWaiting: string[] = [];
  let commentsReleased = 0;
  /** The released comments a report shows: the first MAX_COMMENTS_SHOWN in alphabetical order. */
  const commentsShown: string[] = [];

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
    const wasIn = released.any(index);
    const before = wasIn ? dimensionScores(scoresWith(answers, index, new Set())) : null;
    const after = scoresWith(answers, index, fresh);
    if (!wasIn) {
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
    const dimensionsAfter = dimensionScores(after);
    const outcome =
      plan.outcome && typeof answers[plan.outcome.id] === 'number'
        ? (answers[plan.outcome.id] as number)
        : null;
    const outcomeBefore = outcome !== null && released.has(index, plan.outcome!.slot) ? outcome : null;
    const outcomeAfter =
      outcome !== null && (outcomeBefore !== null || fresh.has(plan.outcome!.slot)) ? outcome : null;
    dimensionsAfter.forEach((value, d) => {
      const old = before?.[d] ?? null;
      if (old !== value) {
        if (old !== null) addMoment(group.dimensions[d]!, old, -1);
        if (value !== null) addMoment(group.dimensions[d]!, value);
      }
      // Drivers pair a person's own dimension score with their outcome answer, both released.
      if (old === value && outcomeBefore === outcomeAfter) return;
      if (old !== null && outcomeBefore !== null)
        addCross(organization.drivers[d]!, [old, outcomeBefore], -1);
      if (value !== null && outcomeAfter !== null) addCross(organization.drivers[d]!, [value, outcomeAfter]);
    });
    plan.likert.forEach(({ question, scale }, k) => {
      if (!fresh.has(plan.scales[scale]!.slot)) return;
      const keyed = keyedAnswer(question, answers[question.id]);
      if (keyed !== null) addMoment(group.items[k]!, keyed);
    });
    plan.profile.forEach((p, k) => {
      if (!fresh.has(p.slot)) return;
      const value = answers[p.question];
      if (typeof value !== 'string' || value === 'dk') return;
      group.profile[k]!.answered++;
      if (p.values.includes(value)) group.profile[k]!.yes++;
    });
    if (plan.meaning && fresh.has(plan.meaning.slot)) {
      const value = answers[plan.meaning.id];
      if (typeof value === 'string') group.meanings.set(value, (group.meanings.get(value) ?? 0) + 1);
    }
    if (plan.dependsOn && fresh.has(plan.dependsOn.slot)) {
      for (const named of namedIn(answers[plan.dependsOn.id]))
        group.named.set(named, (group.named.get(named) ?? 0) + 1);
    }
    if (plan.sample && fresh.has(plan.sample.slot)) {
      const audit = auditWaiting.get(index);
      auditWaiting.delete(index);
      if (audit) countGoalAudit(group.goals, audit);
    }
    for (const slot of slots) released.set(index, slot);
    waitingSlots[index]! -= slots.length;
    if (waitingSlots[index] === 0) heldBack--;
  }

  /** A complete case of some scales, released for reliability: their items' keyed answers, per scale. */
  function letInComplete(slots: readonly number[], answers: Answers): void {
    plan.scales.forEach((scale, s) => {
      const totals = organization.reliability[s];
      if (!totals || !slots.includes(scale.slot)) return;
      const row = plan.likert
        .filter((l) => l.scale === s)
        .map(({ question }) => keyedAnswer(question, answers[question.id]));
      // Released for reliability only once every item is answered, so no value is missing here.
      addCross(totals, row as number[]);
    });
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
      // Texts are read once, on arrival: the audit waits with the answer for its batch, the text goes.
      if (plan.sample && answered[plan.sample.slot]! > 0) {
        const text = response.answers[plan.sample.id];
        auditWaiting.set(index, typeof text === 'string' ? auditGoal(text) : null);
      }
      if (plan.comment) fileComment(response.answers[plan.comment]);
      // Its answers are kept while it waits in some figure's queue, and only then: the queues hold at most
      // m − 1 responses per unit and figure, so what is kept never grows with the number of responses.
      let queued = 0;
      for (const { slot, needed } of release.figures) if (answered[slot]! >= needed) queued++;
      for (const { slot, needed } of release.reliability) if (answered[slot]! >= needed) queued++;
      if (queued > 0) waitingAnswers.set(index, { answers: response.answers, queued });
      for (const { index: i, figures, reliability } of batches.add(index, unit, answered)) {
        const kept = waitingAnswers.get(i)!;
        if (figures.length > 0) letIn(i, figures, kept.answers);
        if (reliability.length > 0) letInComplete(reliability, kept.answers);
        kept.queued -= figures.length + reliability.length;
        if (kept.queued === 0) waitingAnswers.delete(i);
      }
    },
    heldAnswers: () => waitingAnswers.size,
    received: () => received,
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
        groups.map((group, u) => [
          unitIds[u]!,
          {
            n: group.n,
            dimensions: new Map(plan.dimensions.map((d, i) => [d.id, group.dimensions[i]!])),
            items: new Map(plan.likert.map(({ question }, i) => [question.id, group.items[i]!])),
            meanings: group.meanings,
            named: group.named,
            goals: group.goals,
          },
        ]),
      );
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
