import { describe, expect, it } from 'vitest';
import type { Waves } from '../../../../server/http/api-types';
import { toWaveTrendData } from '../../../../client/pages/campaign-report/to-wave-trend-data';

const title = (en: string, zh: string) => ({ en, 'zh-cn': zh });
const trend: Waves['trend'] = {
  dimensions: [
    { id: 'hygiene', title: title('Hygiene factors', '保健因素'), role: 'readiness' as const },
    { id: 'fit', title: title('Fit profile', '适配画像'), role: 'routing' as const },
    { id: 'culture', title: title('Readiness and culture', '变革准备与文化'), role: 'readiness' as const },
  ],
  waves: [
    {
      campaignId: 'a',
      name: 'Baseline',
      scope: 'organization' as const,
      scores: { hygiene: 50, fit: 40, culture: 52 },
    },
    {
      campaignId: 'b',
      name: 'Pilot',
      scope: 'departments' as const,
      scores: { hygiene: 58, fit: 41, culture: 61 },
    },
    { campaignId: 'c', name: 'Q3', scope: 'organization' as const, scores: { hygiene: 62, culture: null } },
  ],
};
const labels = new Map([
  ['a', '2026 Q1'],
  ['b', '2026 Q2, pilot'],
]);

describe('toWaveTrendData', () => {
  it('draws one line per readiness dimension, in the reader’s language, with the waves as labels', () => {
    const data = toWaveTrendData(trend, labels, 'zh-cn');
    expect(data.series.map((s) => [s.id, s.label])).toEqual([
      ['hygiene', '保健因素'],
      ['culture', '变革准备与文化'],
    ]);
    // A wave the labels miss goes by its name.
    expect(data.labels).toEqual(['2026 Q1', '2026 Q2, pilot', 'Q3']);
  });

  it('keeps a pilot wave’s scores off the organization’s line, and a hidden score as a gap', () => {
    const data = toWaveTrendData(trend, labels, 'en');
    expect(data.hasPilot).toBe(true);
    expect(data.series[0]).toEqual({
      id: 'hygiene',
      label: 'Hygiene factors',
      organization: [50, null, 62],
      pilot: [null, 58, null],
    });
    expect(data.series[1]!.organization).toEqual([52, null, null]);
    expect(data.series[1]!.pilot).toEqual([null, 61, null]);
  });

  it('says there is no pilot when every wave asked the organization', () => {
    const whole = { ...trend, waves: [trend.waves[0]!, trend.waves[2]!] };
    const data = toWaveTrendData(whole, labels, 'en');
    expect(data.hasPilot).toBe(false);
    expect(data.series.every((s) => s.pilot.every((p) => p === null))).toBe(true);
  });
});
