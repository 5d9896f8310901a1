// What a report may use of the answers collected so far: the release rule (MODEL.md §5.2). Each figure has
// its own set of people behind it, per reporting unit: a scale's figure, the people with a score on that
// scale; a profile question's shares, the people who answered it. Of those, a figure uses the first
// ⌊c/m⌋·m in the order their answers arrived (c people so far, m the minimum group size), and the rest wait.
// So a figure only ever changes by a whole batch of at least m new people: reading the report before and
// after one answer shows nothing of it, and five new responses holding two new pay answers leave the pay
// figure alone. The organization's figures are the union of its units' released answers, so the
// organization minus the units shown is always nothing, at any moment and between any two moments.

import type { Question, Questionnaire } from './questionnaire';
import type { SurveyResponse } from './response';
import { minimumAnswered } from './scoring';
import { DONT_KNOW } from '../../questionnaires/scoring-properties';

/** One figure's inputs: the questions whose answers it reads, and who counts as a person behind it. */
interface FigureKind {
  questionIds: string[];
  isContributor: (answers: SurveyResponse['answers']) => boolean;
}

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

const isAnswered = (value: unknown) =>
  value !== undefined && value !== DONT_KNOW && !(Array.isArray(value) && value.length === 0);

/** The figures a questionnaire's answers feed, each scale as one and each other reported question as one. */
function figureKinds(questionnaire: Questionnaire): FigureKind[] {
  return [...questionKinds(questionnaire), ...scaleKinds(questionnaire, 'scored')];
}

/** Each other reported question as one figure. */
function questionKinds(questionnaire: Questionnaire): FigureKind[] {
  // Comments have a release of their own (comment-digest.ts), at the comment minimum.
  return questionnaire.questions
    .filter((q) => !isScored(q) && q.role !== 'comment')
    .map((q) => ({ questionIds: [q.id], isContributor: (a) => isAnswered(a[q.id]) }));
}

const isScored = (q: Question) => q.scale !== null && (q.role === 'likert' || q.role === 'knowledge');

/**
 * Each scale as one figure. For its scores, a person is behind it when they have a score on it: partial
 * answers below the scoring minimum would otherwise feed item-level figures from fewer people than the
 * scale shows. For its reliability, when they answered every item: α reads complete cases only.
 */
function scaleKinds(questionnaire: Questionnaire, as: 'scored' | 'complete'): FigureKind[] {
  const byScale = new Map<string, Question[]>();
  for (const q of questionnaire.questions.filter(isScored)) {
    byScale.set(q.scale!, [...(byScale.get(q.scale!) ?? []), q]);
  }
  return [...byScale.values()].map((items) => {
    const needed = as === 'scored' ? minimumAnswered(items.length) : items.length;
    return {
      questionIds: items.map((q) => q.id),
      isContributor: (a: SurveyResponse['answers']) =>
        items.filter((q) => isAnswered(a[q.id])).length >= needed,
    };
  });
}

/** For each response, the question ids of every kind it is released for: earliest whole batches per unit. */
function releasedIds(
  kinds: readonly FigureKind[],
  responses: readonly SurveyResponse[],
  minGroupSize: number,
): Set<string>[] {
  const keep = responses.map(() => new Set<string>());
  for (const kind of kinds) {
    const byUnit = new Map<string, number[]>();
    responses.forEach((r, index) => {
      if (!kind.isContributor(r.answers)) return;
      const list = byUnit.get(r.departmentId) ?? [];
      list.push(index);
      byUnit.set(r.departmentId, list);
    });
    for (const contributors of byUnit.values()) {
      const released = Math.floor(contributors.length / minGroupSize) * minGroupSize;
      for (const index of contributors.slice(0, released)) {
        for (const id of kind.questionIds) keep[index]!.add(id);
      }
    }
  }
  return keep;
}

const only = (r: SurveyResponse, ids: ReadonlySet<string>): SurveyResponse => ({
  ...r,
  answers: Object.fromEntries(Object.entries(r.answers).filter(([id]) => ids.has(id))),
});

/**
 * The released view of responses already filed under their reporting units, given in the order they were
 * stored. Deterministic: the same responses always give the same view, so no state is kept between reads.
 */
export function releaseResponses(
  questionnaire: Questionnaire,
  responses: readonly SurveyResponse[],
  minGroupSize: number,
): ReleasedResponses {
  const keep = releasedIds(figureKinds(questionnaire), responses, minGroupSize);
  const complete = releasedIds(scaleKinds(questionnaire, 'complete'), responses, minGroupSize);
  const completeCases = responses.flatMap((r, i) => (complete[i]!.size > 0 ? [only(r, complete[i]!)] : []));
  const comments = new Set(questionnaire.questions.filter((q) => q.role === 'comment').map((q) => q.id));
  const released: SurveyResponse[] = [];
  let heldBack = 0;
  let releasedOn: string | null = null;
  responses.forEach((r, index) => {
    const ids = keep[index]!;
    // A "don't know" left out is no answer withheld: it counts toward no figure anyway.
    const withheld = Object.entries(r.answers).some(
      ([id, v]) => !ids.has(id) && !comments.has(id) && isAnswered(v),
    );
    if (withheld) heldBack++;
    if (ids.size === 0) return;
    // A response released whole is passed on as it is, so scores cached for it are used again. Its
    // comment goes with it: no figure reads comments, whose release is comment-digest.ts's.
    released.push(withheld ? only(r, ids) : r);
    if (releasedOn === null || r.submittedOn > releasedOn) releasedOn = r.submittedOn;
  });
  return { responses: released, completeCases, heldBack, releasedOn };
}
