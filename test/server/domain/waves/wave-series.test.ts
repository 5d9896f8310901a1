import { describe, expect, it } from 'vitest';
import { createCampaign, type Campaign } from '../../../../server/domain/campaigns/campaign';
import { previousWave, waveSeries } from '../../../../server/domain/waves/wave-series';

function wave(id: string, change: Partial<Campaign> = {}): Campaign {
  const draft = createCampaign({
    id,
    organizationId: 'org',
    name: id,
    questionnaireId: 'q',
    departmentIds: ['a'],
    today: '2026-01-01',
    newToken: () => 't',
  });
  return { ...draft, status: 'closed', openedOn: '2026-01-02', ...change };
}

describe('the series of waves', () => {
  it('holds the campaigns that opened and are not archived, oldest first, the day of creation breaking ties', () => {
    const series = waveSeries([
      wave('q3', { openedOn: '2026-07-01' }),
      wave('draft', { status: 'draft', openedOn: null }),
      wave('q1b', { openedOn: '2026-01-02', createdOn: '2026-01-02' }),
      wave('archived', { openedOn: '2026-04-01', archivedOn: '2026-05-01' }),
      wave('q1a', { openedOn: '2026-01-02', createdOn: '2025-12-20' }),
      wave('open', { status: 'open', openedOn: '2026-10-01' }),
    ]);
    expect(series.map((w) => w.id)).toEqual(['q1a', 'q1b', 'q3', 'open']);
  });

  const series = [
    wave('q1', { openedOn: '2026-01-02' }),
    wave('pilot', { openedOn: '2026-02-01', scope: 'departments' }),
    wave('q2', { openedOn: '2026-04-01' }),
    wave('q3', { openedOn: '2026-07-01', previousWaveId: 'q1' }),
  ];

  it.each<[string, Campaign, string | null]>([
    ['the first wave has none', series[0]!, null],
    ['a wave is compared with the latest of its scope before it', series[2]!, 'q1'],
    ['a wave made from another is compared with that one', series[3]!, 'q1'],
    ['the first pilot with the whole organization’s wave before it', series[1]!, 'q1'],
    ['a draft with the latest of its scope', wave('next', { status: 'draft', openedOn: null }), 'q3'],
    [
      'a draft pilot with the pilot',
      wave('next', { status: 'draft', openedOn: null, scope: 'departments' }),
      'pilot',
    ],
    [
      'a wave made from one no longer in the series by the rule',
      wave('x', { previousWaveId: 'gone', openedOn: '2026-12-01' }),
      'q3',
    ],
  ])('%s', (_, campaign, expected) => {
    expect(previousWave(campaign, series)?.id ?? null).toBe(expected);
  });

  it('gives a pilot before any wave of the organization none', () => {
    const early = wave('early', { scope: 'departments', openedOn: '2025-12-01' });
    expect(previousWave(early, waveSeries([early, ...series]))).toBeNull();
  });
});
