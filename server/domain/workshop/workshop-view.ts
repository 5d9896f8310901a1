// What each person in a workshop sees. The facilitator sees the room: who joined (names only in a named
// workshop), every draft with the coach's advice, how the room moved on each check since its first drafts,
// the drafts needing most help, groups, votes and kept objectives. A participant sees their own part only:
// never another's name or draft, and the warm-up's right answers only once the facilitator reveals them.

import { GOAL_RULE_SETS } from '../analysis/goal-rules';
import type { Language, LocalText } from '../../../shared/languages';
import { COACH_CHECKS, coachDraft, draftScore, type CoachAdvice, type CoachCheck } from './coach';
import { scoreWarmUp, WARM_UP_SCENARIOS, type WarmUpClass } from './warm-up-scenarios';
import {
  MAX_VOTES,
  statusAt,
  voteCounts,
  type DraftText,
  type KeptObjective,
  type Naming,
  type Workshop,
  type WorkshopDraft,
  type WorkshopGroup,
  type WorkshopPhase,
  type WorkshopStatus,
} from './workshop';

/** How many drafts the facilitator's "needs help" list names. */
export const NEEDS_HELP = 5;

export interface DraftView {
  id: string;
  participantId: string;
  /** Null in an anonymous workshop. */
  name: string | null;
  objective: string;
  keyResults: string[];
  advice: CoachAdvice[];
  score: number | null;
  firstScore: number | null;
  updatedAt: string;
  version: number;
}

export interface CheckShares {
  check: CoachCheck;
  /** The share of drafts passing the check as first written; null when no first draft was judged on it. */
  first: number | null;
  /** The share passing now; null when no draft is judged on it. */
  now: number | null;
}

export interface WarmUpScenarioView {
  id: string;
  situation: LocalText;
  answer: WarmUpClass;
  explanation: LocalText;
}

export interface FacilitatorView {
  id: string;
  organizationId: string;
  campaignId: string | null;
  title: string;
  languages: Workshop['languages'];
  departmentIds: string[];
  naming: Naming;
  status: WorkshopStatus;
  phase: WorkshopPhase;
  code: string;
  joinUrl: string;
  expiresAt: string;
  participants: { id: string; name: string | null; joinedAt: string }[];
  warmUp: {
    scenarios: WarmUpScenarioView[];
    answers: Record<string, Record<WarmUpClass, number>>;
    shareRight: number | null;
    revealed: boolean;
  };
  drafts: DraftView[];
  checks: CheckShares[];
  needsHelp: string[];
  groups: WorkshopGroup[];
  votes: Record<string, number>;
  kept: KeptObjective[];
  version: number;
}

/** Where a participant joins: the page of the room's code. */
export const joinPath = (code: string): string => `/w/${code}`;

const coach = (workshop: Workshop, draft: DraftText): CoachAdvice[] =>
  coachDraft(draft, GOAL_RULE_SETS[workshop.ruleSetVersion]);

/** Whether a draft's advice passes a check: judged on it at least once, and never advised. */
function passes(advice: readonly CoachAdvice[], check: CoachCheck): boolean | null {
  const judged = advice.filter((a) => a.check === check);
  if (judged.length === 0) return null;
  return judged.every((a) => a.level === 'ok');
}

function shareOf(advices: readonly CoachAdvice[][], check: CoachCheck): number | null {
  let judged = 0;
  let passing = 0;
  for (const advice of advices) {
    const passed = passes(advice, check);
    if (passed === null) continue;
    judged += 1;
    if (passed) passing += 1;
  }
  return judged === 0 ? null : passing / judged;
}

/** Per check of the workshop's rules, the share of drafts passing it at their first version and now. */
export function checkShares(workshop: Workshop): CheckShares[] {
  const first = workshop.drafts.map((d) => coach(workshop, d.first));
  const now = workshop.drafts.map((d) => coach(workshop, d));
  return COACH_CHECKS[workshop.ruleSetVersion].map((check) => ({
    check,
    first: shareOf(first, check),
    now: shareOf(now, check),
  }));
}

function warmUpAnswers(workshop: Workshop) {
  return scoreWarmUp(
    workshop.participants.flatMap((p) =>
      Object.entries(p.warmUp).map(([scenario, answer]) => ({ scenario, answer })),
    ),
  );
}

/** The ids of the drafts with the lowest scores, lowest first, at most NEEDS_HELP; unjudged drafts left out. */
export function needsHelp(drafts: readonly DraftView[]): string[] {
  return (
    drafts
      .filter((d): d is DraftView & { score: number } => d.score !== null && d.score < 1)
      // Array.prototype.sort is stable: drafts with the same score stay in the order they were first written.
      .sort((a, b) => a.score - b.score)
      .slice(0, NEEDS_HELP)
      .map((d) => d.id)
  );
}

export function facilitatorView(workshop: Workshop, now: string): FacilitatorView {
  const named = workshop.naming === 'named';
  const nameOf = (participantId: string): string | null =>
    named ? (workshop.participants.find((p) => p.id === participantId)?.name ?? null) : null;
  const drafts: DraftView[] = workshop.drafts.map((d) => {
    const advice = coach(workshop, d);
    return {
      id: d.id,
      participantId: d.participantId,
      name: nameOf(d.participantId),
      objective: d.objective,
      keyResults: [...d.keyResults],
      advice,
      score: draftScore(advice),
      firstScore: draftScore(coach(workshop, d.first)),
      updatedAt: d.updatedAt,
      version: d.version,
    };
  });
  const warmUp = warmUpAnswers(workshop);
  return {
    id: workshop.id,
    organizationId: workshop.organizationId,
    campaignId: workshop.campaignId,
    title: workshop.title,
    languages: [...workshop.languages],
    departmentIds: [...workshop.departmentIds],
    naming: workshop.naming,
    status: statusAt(workshop, now),
    phase: workshop.phase,
    code: workshop.code,
    joinUrl: joinPath(workshop.code),
    expiresAt: workshop.expiresAt,
    participants: workshop.participants.map((p) => ({
      id: p.id,
      name: named ? p.name : null,
      joinedAt: p.joinedAt,
    })),
    warmUp: {
      scenarios: WARM_UP_SCENARIOS.map((s) => ({
        id: s.id,
        situation: s.situation,
        answer: s.answer,
        explanation: s.explanation,
      })),
      answers: Object.fromEntries(warmUp.scenarios.map((s) => [s.scenario, s.counts])),
      shareRight: warmUp.shareRight,
      revealed: workshop.revealed,
    },
    drafts,
    checks: checkShares(workshop),
    needsHelp: needsHelp(drafts),
    groups: workshop.groups.map((g) => ({ ...g, draftIds: [...g.draftIds] })),
    votes: voteCounts(workshop),
    kept: workshop.kept.map((k) => ({
      ...k,
      keyResults: [...k.keyResults],
      fromDraftIds: [...k.fromDraftIds],
    })),
    version: workshop.version,
  };
}

export interface ParticipantScenarioView {
  id: string;
  situation: LocalText;
  /** Only once revealed. */
  answer?: WarmUpClass;
  explanation?: LocalText;
  /** How the room answered, only once revealed. */
  counts?: Record<WarmUpClass, number>;
}

export interface ParticipantView {
  title: string;
  languages: Workshop['languages'];
  naming: Naming;
  phase: WorkshopPhase;
  status: WorkshopStatus;
  warmUp: {
    scenarios: ParticipantScenarioView[];
    myAnswers: Record<string, WarmUpClass>;
    revealed: boolean;
    /** The room's share right, only once revealed. */
    shareRight: number | null;
  };
  myDraft: {
    objective: string;
    keyResults: string[];
    advice: CoachAdvice[];
    score: number | null;
    version: number;
  } | null;
  /** The groups to vote for (titles only), while the room votes or after; empty before. */
  groups: { id: string; title: string }[];
  myVotes: string[];
  maxVotes: number;
}

function ownDraft(workshop: Workshop, draft: WorkshopDraft): NonNullable<ParticipantView['myDraft']> {
  const advice = coach(workshop, draft);
  return {
    objective: draft.objective,
    keyResults: [...draft.keyResults],
    advice,
    score: draftScore(advice),
    version: draft.version,
  };
}

/** What one participant sees; undefined when `participantId` is not one of the workshop's. */
export function participantView(
  workshop: Workshop,
  participantId: string,
  now: string,
): ParticipantView | undefined {
  const me = workshop.participants.find((p) => p.id === participantId);
  if (!me) return undefined;
  const revealed = workshop.revealed;
  const room = revealed ? warmUpAnswers(workshop) : null;
  const draft = workshop.drafts.find((d) => d.participantId === participantId);
  const voting = workshop.phase === 'voting' || workshop.phase === 'done';
  return {
    title: workshop.title,
    languages: [...workshop.languages],
    naming: workshop.naming,
    phase: workshop.phase,
    status: statusAt(workshop, now),
    warmUp: {
      scenarios: WARM_UP_SCENARIOS.map((s) => {
        if (room === null) return { id: s.id, situation: s.situation };
        // scoreWarmUp answers every scenario of the warm-up, answered or not.
        const { counts } = room.scenarios.find((r) => r.scenario === s.id)!;
        return { id: s.id, situation: s.situation, answer: s.answer, explanation: s.explanation, counts };
      }),
      myAnswers: { ...me.warmUp },
      revealed,
      shareRight: room ? room.shareRight : null,
    },
    myDraft: draft ? ownDraft(workshop, draft) : null,
    groups: voting ? workshop.groups.map((g) => ({ id: g.id, title: g.title })) : [],
    myVotes: [...me.votes],
    maxVotes: MAX_VOTES,
  };
}

export interface JoinInfo {
  title: string;
  languages: Workshop['languages'];
  naming: Naming;
  status: WorkshopStatus;
  phase: WorkshopPhase;
}

export function joinInfo(workshop: Workshop, now: string): JoinInfo {
  return {
    title: workshop.title,
    languages: [...workshop.languages],
    naming: workshop.naming,
    status: statusAt(workshop, now),
    phase: workshop.phase,
  };
}

export interface WorkshopSummary {
  title: string;
  languages: Workshop['languages'];
  createdAt: string;
  status: WorkshopStatus;
  participants: number;
  drafts: number;
  warmUpShareRight: number | null;
  checks: CheckShares[];
  kept: KeptObjective[];
}

/** The one-page summary: how the room moved check by check, the warm-up's share right and what was kept. */
export function workshopSummary(workshop: Workshop, now: string): WorkshopSummary {
  return {
    title: workshop.title,
    languages: [...workshop.languages],
    createdAt: workshop.createdAt,
    status: statusAt(workshop, now),
    participants: workshop.participants.length,
    drafts: workshop.drafts.length,
    warmUpShareRight: warmUpAnswers(workshop).shareRight,
    checks: checkShares(workshop),
    kept: workshop.kept.map((k) => ({
      ...k,
      keyResults: [...k.keyResults],
      fromDraftIds: [...k.fromDraftIds],
    })),
  };
}

/** The export's column headings, in the reader's language. */
export const KEPT_HEADERS: Record<Language, [string, string, string]> = {
  en: ['Objective', 'Key result', 'Drafts it came from'],
  'zh-cn': ['目标', '关键结果', '来源草稿数'],
};

/**
 * The kept objectives as rows for a spreadsheet: one row per key result, the objective repeated so each row
 * reads on its own when sorted or filtered; an objective without key results gets one row of its own.
 */
export function keptRows(kept: readonly KeptObjective[]): string[][] {
  return kept.flatMap((k) =>
    (k.keyResults.length === 0 ? [''] : k.keyResults).map((kr) => [
      k.title,
      kr,
      String(k.fromDraftIds.length),
    ]),
  );
}
