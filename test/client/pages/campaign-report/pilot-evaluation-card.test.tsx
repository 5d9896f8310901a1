// @vitest-environment jsdom
// The pilot's evaluation in words: the advice that follows from it, the reasons to read it with care, and
// why it was not evaluated or is not shown, in the shape the waves reply gives it (wave-replies.ts).

import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Waves } from '../../../../server/http/api-types';
import { PilotEvaluationCard } from '../../../../client/pages/campaign-report/pilot-evaluation-card';
import type { ReportLabels } from '../../../../client/pages/campaign-report/report-labels';

afterEach(cleanup);

type Pilot = NonNullable<Waves['pilot']>;

const labels = (language: 'en' | 'zh-cn'): ReportLabels => ({
  language,
  department: (id) => id,
  dimension: (id) => ({ hygiene: 'Hygiene factors', culture: 'Readiness and culture' })[id] ?? id,
  scale: (id) => id,
});
const context = { minimum: 5, earlier: '2026 Q1', later: '2026 Q3' };
const effect = (dimension: string, pilotChange: number, othersChange: number, low: number, high: number) => ({
  dimension,
  pilotChange,
  othersChange,
  effect: pilotChange - othersChange,
  low,
  high,
  se: 2.4,
  df: 48.2,
  p: 0.001,
  adjustedP: 0.002,
});
const pilot = (evaluation: Pilot['evaluation']): Pilot => ({
  departments: ['Product', 'Design'],
  dimensions: ['hygiene', 'culture'],
  evaluation,
});

describe('PilotEvaluationCard', () => {
  it('advises widening the rollout, with each dimension’s difference in differences and the combined one', () => {
    render(
      <PilotEvaluationCard
        pilot={pilot({
          evaluated: true,
          dimensions: [effect('hygiene', 12.4, 2.1, 4.6, 16), effect('culture', 9, 1.5, 1.2, 13.8)],
          combined: effect('combined', 10.7, 1.8, 4.1, 13.7),
          recommendation: 'widen',
          caveats: [
            'no-random-assignment',
            'small-groups',
            'different-people-answered',
            'regression-to-the-mean',
          ],
        })}
        context={context}
        labels={labels('en')}
      />,
    );
    expect(
      screen.getByText('The pilot ran in Product, Design; the other departments are the comparison.'),
    ).toBeDefined();
    expect(screen.getByText(/Widen the rollout: the pilot departments improved credibly more/)).toBeDefined();
    const table = screen.getByRole('table', { name: 'The pilot’s change against the others’' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual([
      'Hygiene factors+12.4+2.1+10.3 [+4.6, +16.0]',
      'Readiness and culture+9.0+1.5+7.5 [+1.2, +13.8]',
      'The pilot’s measures together+10.7+1.8+8.9 [+4.1, +13.7]',
    ]);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The pilot departments were chosen, not drawn by lot, so they may differ from the others in ways that matter.',
      'Some of the groups are small, so their figures are uncertain.',
      'The answers are anonymous, so nobody is followed from one wave to the next, and partly different people answered each time.',
      'The pilot departments started low, and low scores tend to drift back up by chance alone.',
    ]);
  });

  it('advises stopping in Chinese', () => {
    render(
      <PilotEvaluationCard
        pilot={pilot({
          evaluated: true,
          dimensions: [effect('hygiene', -4, 3, -12.5, -1.5)],
          combined: null,
          recommendation: 'stop',
          caveats: ['no-random-assignment'],
        })}
        context={context}
        labels={labels('zh-cn')}
      />,
    );
    expect(screen.getByRole('heading', { name: '试点是否有效？' })).toBeDefined();
    expect(screen.getByText('试点部门：Product、Design；其他部门作为对照。')).toBeDefined();
    expect(screen.getByText(/暂停并重新考虑/)).toBeDefined();
    expect(screen.getByText('−7.0')).toBeDefined();
  });

  it.each([
    [
      'pilot-below-minimum-earlier',
      'Not evaluated: fewer than 5 people in the pilot departments answered in 2026 Q1.',
    ],
    [
      'pilot-below-minimum-later',
      'Not evaluated: fewer than 5 people in the pilot departments answered in 2026 Q3.',
    ],
    [
      'others-below-minimum-earlier',
      'Not evaluated: fewer than 5 people in the other departments answered in 2026 Q1.',
    ],
    [
      'others-below-minimum-later',
      'Not evaluated: fewer than 5 people in the other departments answered in 2026 Q3.',
    ],
    ['no-dimensions', 'Not evaluated: no measure was named for the pilot to move.'],
    ['no-spread', 'Not evaluated: a group answered all alike, leaving nothing to test.'],
  ] as const)('says why a pilot is not evaluated (%s), with no figures', (reason, said) => {
    render(
      <PilotEvaluationCard
        pilot={pilot({ evaluated: false, reason })}
        context={context}
        labels={labels('en')}
      />,
    );
    expect(screen.getByText(said)).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
