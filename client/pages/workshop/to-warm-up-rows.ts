// The room's answers to the warm-up, scenario by scenario: how many chose OKR, KPI or project, and (once the
// right answers are known) the share who chose right.

import type { WarmUpClass, WarmUpScenarioView } from '../../api/workshop-types';
import type { LocalText } from '../../../shared/languages';

export const WARM_UP_CLASSES: readonly WarmUpClass[] = ['okr', 'kpi', 'project'];

export interface WarmUpRow {
  id: string;
  situation: LocalText;
  answer: WarmUpClass | null;
  explanation: LocalText | null;
  counts: Record<WarmUpClass, number>;
  total: number;
  /** The share who chose the right class; null before the answer is known or when nobody answered. */
  shareRight: number | null;
}

export function toWarmUpRows(
  scenarios: readonly WarmUpScenarioView[],
  answers: Readonly<Record<string, Partial<Record<WarmUpClass, number>>>>,
): WarmUpRow[] {
  return scenarios.map((s) => {
    const given = answers[s.id] ?? {};
    const counts = { okr: given.okr ?? 0, kpi: given.kpi ?? 0, project: given.project ?? 0 };
    const total = counts.okr + counts.kpi + counts.project;
    const answer = s.answer ?? null;
    return {
      id: s.id,
      situation: s.situation,
      answer,
      explanation: s.explanation ?? null,
      counts,
      total,
      shareRight: answer === null || total === 0 ? null : counts[answer] / total,
    };
  });
}
