// Each scored item's answers as shares of favourable, neutral, unfavourable and "don't know", for each group
// a reader is shown and for the organization, and per readiness dimension the items that pull it down most.
// Read from the tally's released answer counts (campaign-tally.ts), so it shows nothing the report hides.

import type { BarrierModel, DimensionId, LocalText } from '../instrument/barrier-model';
import type { Questionnaire } from '../instrument/questionnaire';
import { wilsonInterval, type ProportionEstimate } from '../statistics/intervals';
import { ANSWER_CLASSES, type AnswerClass, type AnswerCounts } from './campaign-tally';

/**
 * A group of people whose answers are counted apart: a reporting unit, or later a demographic cut's group.
 * `answers` null: the reader is not shown this group's figures (hidden below the minimum, or withheld).
 */
export interface QuestionGroup {
  id: string;
  answers: ReadonlyMap<string, AnswerCounts> | null;
}

/** How one group answered one item; shares are of `n`, everyone who answered it, "don't know" included. */
export interface AnswerShares {
  n: number;
  counts: AnswerCounts;
  shares: Record<AnswerClass, number>;
  /** The favourable share of `n` with its 95% Wilson interval. */
  favourable: ProportionEstimate;
}

export interface QuestionResult {
  questionId: string;
  title: LocalText;
  kind: 'likert' | 'knowledge';
  dimension: DimensionId;
  scale: string;
  scaleTitle: LocalText;
  /** Worded against readiness: agreeing with it counts as unfavourable. */
  reverse: boolean;
  /** As `groups` were given; shares null where the group is not shown, or nobody in it answered the item. */
  groups: { groupId: string; shares: AnswerShares | null }[];
  /** Null where the reader may not see the organization, or nobody answered the item. */
  organization: AnswerShares | null;
}

/** An item among those pulling its dimension down: its favourable share of the people who gave a view. */
export interface PullingItem {
  questionId: string;
  favourableShare: number;
  /** People who gave a view: "don't know" left out. */
  views: number;
}

export interface DimensionQuestions {
  dimension: DimensionId;
  title: LocalText;
  role: 'readiness' | 'routing';
  questions: QuestionResult[];
  /**
   * For a readiness dimension, the (at most) PULLING_ITEMS items of its deciding scales with the lowest
   * favourable share among people who gave a view, lowest first; null for a routing dimension.
   */
  pullsDown: PullingItem[] | null;
}

export interface QuestionResults {
  /** Whether the reader is shown the organization's figures: each item's `organization` is null otherwise. */
  organizationShown: boolean;
  /**
   * What `pullsDown` was read from: the organization's counts; where the reader may not see those, the
   * shown groups' counts added together (nothing they do not see already); nothing when neither exists.
   */
  pullsDownFrom: 'organization' | 'shown-groups' | 'none';
  dimensions: DimensionQuestions[];
}

export interface QuestionResultsInput {
  questionnaire: Questionnaire;
  model: BarrierModel;
  groups: readonly QuestionGroup[];
  /** The organization's counts; null where the reader may not see them. */
  organization: ReadonlyMap<string, AnswerCounts> | null;
}

export const PULLING_ITEMS = 3;

const NO_ANSWERS: AnswerCounts = { favourable: 0, neutral: 0, unfavourable: 0, dontKnow: 0 };

/** Shares of one item's counts; null when nobody answered it, so no share of nothing is shown as 0%. */
export function answerShares(counts: AnswerCounts | undefined): AnswerShares | null {
  const n = counts ? ANSWER_CLASSES.reduce((sum, c) => sum + counts[c], 0) : 0;
  if (!counts || n === 0) return null;
  const shares = Object.fromEntries(ANSWER_CLASSES.map((c) => [c, counts[c] / n])) as Record<
    AnswerClass,
    number
  >;
  return { n, counts: { ...counts }, shares, favourable: wilsonInterval(counts.favourable, n) };
}

/** Counts added up over several groups, item by item. */
function pooled(groups: readonly ReadonlyMap<string, AnswerCounts>[]): Map<string, AnswerCounts> {
  const sum = new Map<string, AnswerCounts>();
  for (const group of groups) {
    for (const [id, counts] of group) {
      const total = sum.get(id) ?? { ...NO_ANSWERS };
      for (const c of ANSWER_CLASSES) total[c] += counts[c];
      sum.set(id, total);
    }
  }
  return sum;
}

/** The items pulling a dimension down: lowest favourable share of views first, ties in the order listed. */
function pullingItems(ids: readonly string[], counts: ReadonlyMap<string, AnswerCounts>): PullingItem[] {
  return ids
    .flatMap((questionId) => {
      const c = counts.get(questionId);
      const views = c ? c.favourable + c.neutral + c.unfavourable : 0;
      return c && views > 0 ? [{ questionId, favourableShare: c.favourable / views, views }] : [];
    })
    .sort((a, b) => a.favourableShare - b.favourableShare)
    .slice(0, PULLING_ITEMS);
}

/**
 * Per dimension of the model (in its order), its scored items (in questionnaire order) with each group's and
 * the organization's shares, and for readiness dimensions the items that pull it down most.
 * @example questionResults({ questionnaire, model, groups: [{ id: 'sales', answers }], organization })
 */
export function questionResults(input: QuestionResultsInput): QuestionResults {
  const { questionnaire, model, groups, organization } = input;
  const shown = groups.flatMap((g) => (g.answers ? [g.answers] : []));
  // A reader without the organization gets the groups they see pooled: a sum of figures they are shown, so
  // it says nothing about anyone else; the organization's own counts are never read for them.
  const basis = organization ?? (shown.length > 0 ? pooled(shown) : null);
  const dimensions = model.dimensions.map((dimension): DimensionQuestions => {
    const deciding = new Set(dimension.scales.filter((s) => !s.reportedOnly).map((s) => s.id));
    const questions = dimension.scales.flatMap((scale) =>
      questionnaire.questions
        .filter((q) => q.scale === scale.id && (q.role === 'likert' || q.role === 'knowledge'))
        .map((q): QuestionResult => ({
          questionId: q.id,
          title: q.title,
          kind: q.role === 'knowledge' ? 'knowledge' : 'likert',
          dimension: dimension.id,
          scale: scale.id,
          scaleTitle: scale.title,
          reverse: q.reverse,
          groups: groups.map((g) => ({
            groupId: g.id,
            shares: g.answers ? answerShares(g.answers.get(q.id)) : null,
          })),
          organization: organization ? answerShares(organization.get(q.id)) : null,
        })),
    );
    const deciders = questions.filter((q) => deciding.has(q.scale)).map((q) => q.questionId);
    return {
      dimension: dimension.id,
      title: dimension.title,
      role: dimension.role,
      questions,
      pullsDown: dimension.role === 'readiness' ? pullingItems(deciders, basis ?? new Map()) : null,
    };
  });
  return {
    organizationShown: organization !== null,
    pullsDownFrom: organization ? 'organization' : basis ? 'shown-groups' : 'none',
    dimensions,
  };
}
