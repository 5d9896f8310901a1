// The verdict's history across the waves of a series, for "Pilot first in 2026 Q1, Ready in 2026 Q3": each
// wave labelled by the name given to it, or else by the calendar quarter of its closing day, oldest first.

import type { Verdict } from '../decisions/verdicts';

export interface WaveVerdictInput {
  campaignId: string;
  /** A label the organization gave the wave; otherwise the quarter names it. */
  waveName?: string | null;
  /** The day it closed (YYYY-MM-DD, or an ISO instant whose day is taken); else its planned close. */
  closedOn: string | null;
  closesAt: string | null;
  openedOn: string | null;
  verdict: Verdict;
}

export type WaveLabel = { kind: 'named'; name: string } | { kind: 'quarter'; year: number; quarter: number };

export interface WaveVerdict {
  campaignId: string;
  label: WaveLabel;
  /** The day the label and the order are taken from. */
  day: string;
  /** Whether the wave has closed: an open wave's verdict can still change. */
  closed: boolean;
  verdict: Verdict;
  /** The verdict differs from the wave before's (false for the first). */
  changed: boolean;
}

/** The quarter a YYYY-MM-DD day falls in. */
export function quarterOf(day: string): { year: number; quarter: number } {
  return { year: Number(day.slice(0, 4)), quarter: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1 };
}

/**
 * The series' verdicts oldest first. Waves with no day at all (never opened) have no verdict to show and are
 * left out; waves on the same day keep the order given.
 */
export function verdictHistory(waves: readonly WaveVerdictInput[]): WaveVerdict[] {
  const dated = waves
    .map((w) => ({ wave: w, day: (w.closedOn ?? w.closesAt ?? w.openedOn)?.slice(0, 10) ?? null }))
    .filter((d): d is { wave: WaveVerdictInput; day: string } => d.day !== null)
    .sort((a, b) => a.day.localeCompare(b.day));
  return dated.map(({ wave, day }, i) => {
    const name = wave.waveName?.trim();
    return {
      campaignId: wave.campaignId,
      label: name ? { kind: 'named', name } : { kind: 'quarter', ...quarterOf(day) },
      day,
      closed: wave.closedOn !== null,
      verdict: wave.verdict,
      changed: i > 0 && dated[i - 1]!.wave.verdict !== wave.verdict,
    };
  });
}
