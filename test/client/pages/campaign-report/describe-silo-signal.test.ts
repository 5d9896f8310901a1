import { describe, expect, it } from 'vitest';
import { ANALYSIS_TEXT } from '../../../../client/pages/campaign-report/analysis-text';
import { describeSiloSignal } from '../../../../client/pages/campaign-report/describe-silo-signal';
import type { ReportLabels } from '../../../../client/pages/campaign-report/report-labels';

const NAMES: Record<string, string> = {
  rnd: 'Product & R&D',
  sales: 'Sales',
  participation: 'Breadth of participation',
  'participation.silos': 'Cross-department links',
};
const LABELS: ReportLabels = {
  language: 'en',
  department: (id) => NAMES[id] ?? id,
  dimension: (id) => NAMES[id] ?? id,
  scale: (id) => NAMES[id] ?? id,
};
const EN = ANALYSIS_TEXT.en;

describe('describeSiloSignal', () => {
  it('names both departments of a gap and gives the size of the effect without its sign', () => {
    const text = describeSiloSignal(
      { kind: 'gap', departmentIds: ['rnd', 'sales'], subject: 'participation', value: -0.82 },
      LABELS,
      EN,
    );
    expect(text).toBe('Product & R&D and Sales see Breadth of participation differently (Hedges g 0.82).');
  });

  it('says a department disagrees within itself, with its rwg(J)', () => {
    const text = describeSiloSignal(
      { kind: 'low-agreement', departmentIds: ['sales'], subject: 'participation', value: 0.456 },
      LABELS,
      EN,
    );
    expect(text).toBe('Sales: people disagree among themselves on Breadth of participation (rwg(J) 0.46).');
  });

  it('names the scale a department is split on, with the smaller side as a percentage', () => {
    const text = describeSiloSignal(
      { kind: 'polarised', departmentIds: ['rnd'], subject: 'participation.silos', value: 0.3 },
      LABELS,
      EN,
    );
    expect(text).toContain('Product & R&D is split on Cross-department links: at least 30%');
  });

  it('speaks Chinese with the Chinese text', () => {
    const text = describeSiloSignal(
      { kind: 'gap', departmentIds: ['rnd', 'sales'], subject: 'participation', value: 1.1 },
      { ...LABELS, language: 'zh-cn' },
      ANALYSIS_TEXT['zh-cn'],
    );
    expect(text).toBe('Product & R&D与Sales对“Breadth of participation”的看法明显不同（Hedges g 1.10）。');
  });
});
