// Each readiness dimension's score wave by wave, as the trend chart and its table draw them. A pilot wave's
// scores are its chosen departments', never the organization's: they are kept apart from the line.

import type { Waves } from '../../../server/http/api-types';
import type { Language } from '../../components/language-switch';

export interface WaveTrendSeries {
  id: string;
  label: string;
  /** The organization's score at each wave; null at a pilot wave and where the score is hidden. */
  organization: (number | null)[];
  /** The pilot's score at each pilot wave; null everywhere else. */
  pilot: (number | null)[];
}

export interface WaveTrendData {
  labels: string[];
  series: WaveTrendSeries[];
  hasPilot: boolean;
}

export function toWaveTrendData(
  trend: Waves['trend'],
  labels: ReadonlyMap<string, string>,
  language: Language,
): WaveTrendData {
  const isPilot = trend.waves.map((w) => w.scope === 'departments');
  const at = (wave: Waves['trend']['waves'][number], id: string) => wave.scores[id] ?? null;
  return {
    labels: trend.waves.map((w) => labels.get(w.campaignId) ?? w.name),
    hasPilot: isPilot.some(Boolean),
    series: trend.dimensions
      .filter((d) => d.role === 'readiness')
      .map((d) => ({
        id: d.id,
        label: d.title[language],
        organization: trend.waves.map((w, i) => (isPilot[i] ? null : at(w, d.id))),
        pilot: trend.waves.map((w, i) => (isPilot[i] ? at(w, d.id) : null)),
      })),
  };
}
