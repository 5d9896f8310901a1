import { describe, expect, it } from 'vitest';
import {
  quarterOf,
  verdictHistory,
  type WaveVerdictInput,
} from '../../../../server/domain/waves/wave-verdict-history';

const wave = (over: Partial<WaveVerdictInput> & { campaignId: string }): WaveVerdictInput => ({
  closedOn: null,
  closesAt: null,
  openedOn: null,
  verdict: 'pilot-first',
  ...over,
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', 2026, 1],
    ['2026-03-31', 2026, 1],
    ['2026-04-01', 2026, 2],
    ['2026-06-30', 2026, 2],
    ['2026-07-01', 2026, 3],
    ['2026-09-30', 2026, 3],
    ['2026-10-01', 2026, 4],
    ['2026-12-31', 2026, 4],
  ])('%s is %i Q%i', (day, year, quarter) => {
    expect(quarterOf(day)).toEqual({ year, quarter });
  });
});

describe('verdictHistory', () => {
  it('reads "Pilot first in 2026 Q1, Ready in 2026 Q3", oldest first, by closing day', () => {
    const history = verdictHistory([
      wave({ campaignId: 'q3', closedOn: '2026-09-20', verdict: 'ready' }),
      wave({ campaignId: 'q1', closedOn: '2026-03-10', verdict: 'pilot-first' }),
    ]);
    expect(history).toEqual([
      {
        campaignId: 'q1',
        label: { kind: 'quarter', year: 2026, quarter: 1 },
        day: '2026-03-10',
        closed: true,
        verdict: 'pilot-first',
        changed: false,
      },
      {
        campaignId: 'q3',
        label: { kind: 'quarter', year: 2026, quarter: 3 },
        day: '2026-09-20',
        closed: true,
        verdict: 'ready',
        changed: true,
      },
    ]);
  });

  it('uses a name given to the wave, trimmed, over its quarter', () => {
    const [entry] = verdictHistory([
      wave({ campaignId: 'a', waveName: '  Baseline ', closedOn: '2026-03-10' }),
    ]);
    expect(entry!.label).toEqual({ kind: 'named', name: 'Baseline' });
  });

  it('falls back to the quarter for a blank name', () => {
    const [entry] = verdictHistory([wave({ campaignId: 'a', waveName: '  ', closedOn: '2026-05-10' })]);
    expect(entry!.label).toEqual({ kind: 'quarter', year: 2026, quarter: 2 });
  });

  it.each([
    {
      case: 'closed: its closing day',
      w: { closedOn: '2026-03-10', closesAt: '2026-06-01T00:00:00Z' },
      day: '2026-03-10',
      closed: true,
    },
    {
      case: 'open with a planned close: that day',
      w: { closesAt: '2026-06-01T17:00:00.000Z', openedOn: '2026-01-02' },
      day: '2026-06-01',
      closed: false,
    },
    {
      case: 'open without a planned close: its opening day',
      w: { openedOn: '2026-01-02' },
      day: '2026-01-02',
      closed: false,
    },
  ])('dates a wave $case', ({ w, day, closed }) => {
    const [entry] = verdictHistory([wave({ campaignId: 'a', ...w })]);
    expect(entry).toMatchObject({ day, closed });
  });

  it('leaves out a wave that never opened', () => {
    expect(verdictHistory([wave({ campaignId: 'draft' })])).toEqual([]);
  });

  it('marks each change of verdict and keeps waves of one day in the order given', () => {
    const history = verdictHistory([
      wave({ campaignId: 'a', closedOn: '2026-03-01', verdict: 'pilot-first' }),
      wave({ campaignId: 'b', closedOn: '2026-03-01', verdict: 'pilot-first' }),
      wave({ campaignId: 'c', closedOn: '2026-06-01', verdict: 'ready' }),
      wave({ campaignId: 'd', closedOn: '2026-09-01', verdict: 'ready' }),
      wave({ campaignId: 'e', closedOn: '2026-12-01', verdict: 'strengthen-culture' }),
    ]);
    expect(history.map((h) => [h.campaignId, h.changed])).toEqual([
      ['a', false],
      ['b', false],
      ['c', true],
      ['d', false],
      ['e', true],
    ]);
  });

  it('sorts by day whatever order the waves come in', () => {
    const history = verdictHistory([
      wave({ campaignId: 'late', closedOn: '2027-01-05' }),
      wave({ campaignId: 'early', closedOn: '2026-02-05' }),
      wave({ campaignId: 'middle', closedOn: '2026-08-05' }),
    ]);
    expect(history.map((h) => h.campaignId)).toEqual(['early', 'middle', 'late']);
  });
});
