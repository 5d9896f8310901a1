// The question-by-question section's rows, every figure already worded: per dimension the items pulling it
// down, then each item with one bar per group the reader chose to see. Built from the generic groups of the
// reply (today the units of the report; a demographic cut's groups have the same shape), so a new way of
// grouping feeds the same rows.

import type { CampaignQuestions, QuestionItem } from '../../../server/http/api-types';
import { formatPercent } from '../../components/format';
import type { Language } from '../../components/language-switch';
import { QUESTION_TEXT, type AnswerClassName } from './question-text';

export const ANSWER_CLASS_NAMES: readonly AnswerClassName[] = [
  'favourable',
  'neutral',
  'unfavourable',
  'dontKnow',
];

/** Whose answers the bars show: the organization, every group, or one group (`group:<id>`). */
export type QuestionView = string;
export const ORGANIZATION_VIEW = 'organization';
export const EVERY_GROUP_VIEW = 'all';
export const groupView = (id: string) => `group:${id}`;

export interface ViewOption {
  value: QuestionView;
  label: string;
  disabled: boolean;
}

export interface AnswerSegment {
  answerClass: AnswerClassName;
  /** 0–1, the bar's width for this part. */
  share: number;
}

export interface AnswerBar {
  key: string;
  label: string;
  /** Null with `note` where there is nothing to draw: a hidden group, or nobody answered. */
  segments: AnswerSegment[] | null;
  /** The figures in words (or why there are none): the bar is never read by its colours alone. */
  note: string;
}

export interface QuestionRow {
  questionId: string;
  wording: string;
  scale: string;
  /** The note beside a reverse-worded or knowledge item; null for a plain agreement item. */
  note: string | null;
  bars: AnswerBar[];
}

export interface PullingRow {
  questionId: string;
  wording: string;
  figure: string;
}

export interface DimensionRows {
  id: string;
  title: string;
  /** Null for a dimension that only routes (no gate to pull down). */
  pullsDown: PullingRow[] | null;
  questions: QuestionRow[];
}

type Reply = Pick<CampaignQuestions, 'groups' | 'minGroupSize' | 'results'>;
type Shares = QuestionItem['organization'];

/** The choices of whose answers to show, the organization first where the reader sees it. */
export function viewOptions(reply: Reply, language: Language): ViewOption[] {
  const text = QUESTION_TEXT[language];
  return [
    ...(reply.results.organizationShown
      ? [{ value: ORGANIZATION_VIEW, label: text.organization, disabled: false }]
      : []),
    ...reply.groups.map((g) => ({
      value: groupView(g.id),
      label: g.hidden ? text.hiddenOption(g.name) : g.name,
      disabled: g.hidden,
    })),
    { value: EVERY_GROUP_VIEW, label: text.everyUnit, disabled: false },
  ];
}

/** What opens first: the organization, or without it the reader's first shown group, or every group. */
export function defaultView(reply: Reply): QuestionView {
  if (reply.results.organizationShown) return ORGANIZATION_VIEW;
  const first = reply.groups.find((g) => !g.hidden);
  return first ? groupView(first.id) : EVERY_GROUP_VIEW;
}

function barOf(
  key: string,
  label: string,
  shares: Shares,
  hidden: boolean,
  reply: Reply,
  language: Language,
): AnswerBar {
  const text = QUESTION_TEXT[language];
  if (hidden) return { key, label, segments: null, note: text.hidden(reply.minGroupSize) };
  if (shares === null) return { key, label, segments: null, note: text.noAnswers };
  const parts = ANSWER_CLASS_NAMES.map((c) => text.part(text.classes[c], formatPercent(shares.shares[c])));
  return {
    key,
    label,
    segments: ANSWER_CLASS_NAMES.map((c) => ({ answerClass: c, share: shares.shares[c] })),
    note: text.figures(parts.join(text.joiner), shares.n),
  };
}

/** The bars of one item for the chosen view; a view naming no group the reply holds shows none. */
function barsOf(item: QuestionItem, view: QuestionView, reply: Reply, language: Language): AnswerBar[] {
  const text = QUESTION_TEXT[language];
  const organization =
    reply.results.organizationShown && (view === ORGANIZATION_VIEW || view === EVERY_GROUP_VIEW)
      ? [barOf(ORGANIZATION_VIEW, text.organization, item.organization, false, reply, language)]
      : [];
  const sharesOf = new Map(item.groups.map((g) => [g.groupId, g.shares]));
  const groups = reply.groups.flatMap((g) =>
    view === EVERY_GROUP_VIEW || view === groupView(g.id)
      ? [barOf(groupView(g.id), g.name, sharesOf.get(g.id) ?? null, g.hidden, reply, language)]
      : [],
  );
  return [...organization, ...groups];
}

export function toQuestionRows(reply: Reply, view: QuestionView, language: Language): DimensionRows[] {
  const text = QUESTION_TEXT[language];
  return reply.results.dimensions.map((d) => {
    const wording = new Map(d.questions.map((q) => [q.questionId, q.title[language]]));
    return {
      id: d.dimension,
      title: d.title[language],
      pullsDown:
        d.pullsDown?.map((p) => ({
          questionId: p.questionId,
          wording: wording.get(p.questionId) ?? p.questionId,
          figure: text.pulling(formatPercent(p.favourableShare), p.views),
        })) ?? null,
      questions: d.questions.map((q) => ({
        questionId: q.questionId,
        wording: q.title[language],
        scale: q.scaleTitle[language],
        note: q.reverse ? text.reverse : q.kind === 'knowledge' ? text.knowledge : null,
        bars: barsOf(q, view, reply, language),
      })),
    };
  });
}
