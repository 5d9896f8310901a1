// The names the "Across waves" section speaks in: each wave's label, the advice's history as runs of one
// verdict, a group's name through a merge or split, a change with its interval, and the size of an effect.

import type { Waves } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';
import type { EffectSize, WavesText } from './waves-text';

type HistoryEntry = Waves['history'][number];
type Group = NonNullable<Waves['comparison']>['groups'][number];
type Scope = Waves['trend']['waves'][number]['scope'];

/** Hedges g's customary lines (as the report's term note gives them): about 0.2 small, 0.5 medium, 0.8 large. */
export const EFFECT_SIZE_LINES = { small: 0.2, medium: 0.5, large: 0.8 } as const;

export function effectSize(g: number): EffectSize {
  const size = Math.abs(g);
  if (size >= EFFECT_SIZE_LINES.large) return 'large';
  if (size >= EFFECT_SIZE_LINES.medium) return 'medium';
  if (size >= EFFECT_SIZE_LINES.small) return 'small';
  return 'negligible';
}

/**
 * Each wave's label by campaign id: its own name when the server labels it so, else its quarter. Two waves
 * of one quarter would read alike, so each of those also carries its name; a pilot wave (of chosen
 * departments only) says so, so it is never read as the organization.
 */
export function labelWaves(
  history: readonly HistoryEntry[],
  scopes: ReadonlyMap<string, Scope>,
  text: Pick<WavesText, 'quarter' | 'withName' | 'pilotWave'>,
): Map<string, string> {
  const base = history.map((h) =>
    h.label.kind === 'named' ? h.label.name : text.quarter(h.label.year, h.label.quarter),
  );
  return new Map(
    history.map((h, i) => {
      const own = base[i]!;
      const shared = base.filter((b) => b === own).length > 1 && h.name !== own;
      const named = shared ? text.withName(own, h.name) : own;
      return [h.campaignId, scopes.get(h.campaignId) === 'departments' ? text.pilotWave(named) : named];
    }),
  );
}

/** The advice over time, one phrase per run of waves with the same verdict: "Pilot first in 2026 Q1, …". */
export function historyRuns(
  history: readonly HistoryEntry[],
  labels: ReadonlyMap<string, string>,
  text: Pick<WavesText, 'historyRun'>,
  language: Language,
): string[] {
  const runs: { verdict: HistoryEntry['verdict']; title: string; from: string; to: string }[] = [];
  for (const h of history) {
    const label = labels.get(h.campaignId) ?? h.name;
    const last = runs.at(-1);
    if (last && last.verdict === h.verdict) last.to = label;
    else runs.push({ verdict: h.verdict, title: h.title[language], from: label, to: label });
  }
  return runs.map((r) => text.historyRun(r.title, r.from, r.to));
}

/**
 * A group by its later names, with where it came from when that differs: "Sales + Ops → Commercial" for a
 * merge, "Legal → Compliance" for a rename. A unit that no longer exists goes by its earlier names.
 */
export function groupName(group: Pick<Group, 'earlierNames' | 'laterNames'>): string {
  const earlier = group.earlierNames.join(' + ');
  const later = group.laterNames.join(' + ');
  if (later === '') return earlier;
  if (earlier === '' || earlier === later) return later;
  return `${earlier} → ${later}`;
}

/** A score on 0–100 to one decimal with a true minus sign, and a plus when it rose. */
export function formatSigned(x: number): string {
  const text = Math.abs(x).toFixed(1);
  if (Number(text) === 0) return text;
  return x < 0 ? `−${text}` : `+${text}`;
}

/** A 95% interval of a change: "[+7.2, +16.0]". */
export function formatInterval(low: number, high: number): string {
  return `[${formatSigned(low)}, ${formatSigned(high)}]`;
}

/** A change with its 95% interval: "+11.6 [+7.2, +16.0]". */
export function formatChange(diff: number, low: number, high: number): string {
  return `${formatSigned(diff)} ${formatInterval(low, high)}`;
}
