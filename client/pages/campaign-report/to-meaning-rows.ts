// The conflict map as table rows: per department shown, what it mainly means by "better", whom it depends
// on, and the dependent departments that mean something else (the pairs the report highlights).

import type { ConflictMap } from './report-types';

export interface MeaningRow {
  departmentId: string;
  dominant: string | null;
  share: number | null;
  answered: number;
  dependsOn: { departmentId: string; share: number }[];
  conflicts: { departmentId: string; theirMeaning: string }[];
}

export function toMeaningRows(map: ConflictMap): MeaningRow[] {
  return map.meanings.map((m) => ({
    departmentId: m.departmentId,
    dominant: m.dominant,
    share: m.share,
    answered: m.answered,
    dependsOn: map.dependencies
      .filter((d) => d.from === m.departmentId)
      .map((d) => ({ departmentId: d.to, share: d.share })),
    conflicts: map.conflicts.flatMap((c) => {
      if (c.a === m.departmentId) return [{ departmentId: c.b, theirMeaning: c.meaningB }];
      if (c.b === m.departmentId) return [{ departmentId: c.a, theirMeaning: c.meaningA }];
      return [];
    }),
  }));
}
