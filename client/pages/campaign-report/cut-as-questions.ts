// A cut's groups in the place of the report's units in the question-by-question reply, so its rows come
// from toQuestionRows as the units' do: each group's counts as the cut disclosure rule let them through,
// none where it held them back (a hidden group, or an item too few answered in it).

import type { CampaignQuestions, CutReport, QuestionItem } from '../../../server/http/api-types';
import type { Language } from '../../../shared/languages';

type Counts = NonNullable<QuestionItem['organization']>['counts'];

/** A group's answers to one item as shares of everyone in it who answered; null where none are shown. */
function sharesOf(counts: Counts | undefined): QuestionItem['organization'] {
  if (!counts) return null;
  const n = counts.favourable + counts.neutral + counts.unfavourable + counts.dontKnow;
  if (n === 0) return null;
  const share = (k: keyof Counts) => counts[k] / n;
  return {
    n,
    counts,
    shares: {
      favourable: share('favourable'),
      neutral: share('neutral'),
      unfavourable: share('unfavourable'),
      dontKnow: share('dontKnow'),
    },
    // The bars read the shares; an interval of a cut's share is not worked out here.
    favourable: { successes: counts.favourable, n, p: share('favourable'), low: null, high: null },
  };
}

/**
 * The reply with the cut's groups as its groups. Where the cut is not shown to this reader (not closed,
 * or not theirs), it has no groups at all: the units must not be read as the cut's.
 */
export function cutAsQuestions(
  reply: CampaignQuestions,
  cut: CutReport,
  language: Language,
): CampaignQuestions {
  return {
    ...reply,
    groups: cut.groups.map((g) => ({ id: g.value, name: g.label[language], hidden: g.hidden })),
    results: {
      ...reply.results,
      dimensions: reply.results.dimensions.map((d) => ({
        ...d,
        questions: d.questions.map((q) => ({
          ...q,
          groups: cut.groups.map((g) => ({ groupId: g.value, shares: sharesOf(g.answers[q.questionId]) })),
        })),
      })),
    },
  };
}
