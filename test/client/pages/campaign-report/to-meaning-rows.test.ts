import { describe, expect, it } from 'vitest';
import type { ConflictMap } from '../../../../client/pages/campaign-report/report-types';
import { toMeaningRows } from '../../../../client/pages/campaign-report/to-meaning-rows';

const meaning = (departmentId: string, dominant: string | null, share: number | null) => ({
  departmentId,
  answered: 10,
  counts: dominant ? { [dominant]: 10 } : {},
  dominant,
  share,
});

const MAP: ConflictMap = {
  meanings: [meaning('rnd', 'innovation', 1), meaning('mkt', 'volume', 0.8), meaning('sales', null, null)],
  dependencies: [
    { from: 'rnd', to: 'mkt', share: 0.9 },
    { from: 'mkt', to: 'rnd', share: 0.7 },
    { from: 'mkt', to: 'sales', share: 0.5 },
  ],
  conflicts: [{ a: 'rnd', b: 'mkt', meaningA: 'innovation', meaningB: 'volume', direction: 'mutual' }],
};

describe('toMeaningRows', () => {
  it('marks both departments of a conflicting pair, each with the other one’s meaning', () => {
    const rows = toMeaningRows(MAP);
    expect(rows.find((r) => r.departmentId === 'rnd')!.conflicts).toEqual([
      { departmentId: 'mkt', theirMeaning: 'volume' },
    ]);
    expect(rows.find((r) => r.departmentId === 'mkt')!.conflicts).toEqual([
      { departmentId: 'rnd', theirMeaning: 'innovation' },
    ]);
  });

  it('lists only the departments each one depends on, with the share that named them', () => {
    expect(toMeaningRows(MAP).find((r) => r.departmentId === 'mkt')!.dependsOn).toEqual([
      { departmentId: 'rnd', share: 0.7 },
      { departmentId: 'sales', share: 0.5 },
    ]);
  });

  it('keeps a department with a tied meaning and no conflict, in the server’s order', () => {
    const rows = toMeaningRows(MAP);
    expect(rows.map((r) => r.departmentId)).toEqual(['rnd', 'mkt', 'sales']);
    expect(rows[2]).toMatchObject({ dominant: null, share: null, conflicts: [], dependsOn: [] });
  });
});
