import { describe, expect, it } from 'vitest';
import { VERDICT_TEXT } from '../../../../server/domain/decisions/verdicts';
import {
  effectSize,
  formatChange,
  formatSigned,
  groupName,
  historyRuns,
  labelWaves,
} from '../../../../client/pages/campaign-report/describe-waves';
import { WAVES_TEXT } from '../../../../client/pages/campaign-report/waves-text';

const en = WAVES_TEXT.en;
const zh = WAVES_TEXT['zh-cn'];

type Label = { kind: 'named'; name: string } | { kind: 'quarter'; year: number; quarter: number };
const wave = (
  campaignId: string,
  name: string,
  label: Label,
  verdict: 'pilot-first' | 'ready' | 'fix-hygiene' = 'ready',
) => ({
  campaignId,
  name,
  label,
  day: '2026-03-01',
  closed: true,
  verdict,
  // The model's own words, as the waves reply carries them.
  title: VERDICT_TEXT[verdict].title,
  changed: false,
});
const quarter = (year: number, q: number): Label => ({ kind: 'quarter', year, quarter: q });

describe('effectSize', () => {
  it.each([
    [0, 'negligible'],
    [0.19, 'negligible'],
    [0.2, 'small'],
    [-0.2, 'small'],
    [0.49, 'small'],
    [0.5, 'medium'],
    [-0.79, 'medium'],
    [0.8, 'large'],
    [-1.4, 'large'],
  ])('calls g = %s %s, whichever way it points', (g, size) => {
    expect(effectSize(g)).toBe(size);
  });
});

describe('labelWaves', () => {
  it('labels a wave by its quarter in either language, or by the name the server labels it with', () => {
    const history = [
      wave('a', 'Baseline', quarter(2026, 1)),
      wave('b', 'Spring', { kind: 'named', name: 'Spring' }),
    ];
    expect([...labelWaves(history, new Map(), en).values()]).toEqual(['2026 Q1', 'Spring']);
    expect([...labelWaves(history, new Map(), zh).values()]).toEqual(['2026 年第一季度', 'Spring']);
  });

  it('tells two waves of one quarter apart by their names', () => {
    const history = [
      wave('a', 'Baseline', quarter(2026, 1)),
      wave('b', 'Q2', quarter(2026, 1)),
      wave('c', 'Late', quarter(2026, 3)),
    ];
    expect([...labelWaves(history, new Map(), en).values()]).toEqual([
      '2026 Q1 (Baseline)',
      '2026 Q1 (Q2)',
      '2026 Q3',
    ]);
    expect(labelWaves(history, new Map(), zh).get('b')).toBe('2026 年第一季度（Q2）');
  });

  it('does not repeat a name that is already the label', () => {
    const named = { kind: 'named', name: 'Pulse' } as const;
    expect([
      ...labelWaves([wave('a', 'Pulse', named), wave('b', 'Pulse', named)], new Map(), en).values(),
    ]).toEqual(['Pulse', 'Pulse']);
  });

  it('marks a wave of chosen departments as a pilot, and only that one', () => {
    const history = [
      wave('a', 'A', quarter(2026, 1)),
      wave('b', 'B', quarter(2026, 2)),
      wave('c', 'C', quarter(2026, 4)),
    ];
    const scopes = new Map([
      ['a', 'organization' as const],
      ['b', 'departments' as const],
    ]);
    expect([...labelWaves(history, scopes, en).values()]).toEqual(['2026 Q1', '2026 Q2, pilot', '2026 Q4']);
    expect(labelWaves(history, scopes, zh).get('b')).toBe('2026 年第二季度，试点');
  });
});

describe('historyRuns', () => {
  const history = [
    wave('a', 'A', quarter(2026, 1), 'pilot-first'),
    wave('b', 'B', quarter(2026, 2), 'pilot-first'),
    wave('c', 'C', quarter(2026, 3), 'ready'),
  ];
  const labels = new Map([
    ['a', '2026 Q1'],
    ['b', '2026 Q2'],
    ['c', '2026 Q3'],
  ]);

  it('says each verdict once for the waves it held, in order', () => {
    expect(en.historySentence(historyRuns(history, labels, en, 'en'))).toBe(
      'Pilot first (MVP) from 2026 Q1 to 2026 Q2, Ready for OKR in 2026 Q3.',
    );
    expect(zh.historySentence(historyRuns(history, labels, zh, 'zh-cn'))).toBe(
      '2026 Q1至2026 Q2：先试点（MVP）；2026 Q3：可以推行 OKR。',
    );
  });

  it('starts a new run when a verdict comes back after another', () => {
    const back = [...history, wave('d', 'D', quarter(2026, 4), 'pilot-first')];
    const runs = historyRuns(back, new Map([...labels, ['d', '2026 Q4']]), en, 'en');
    expect(runs).toEqual([
      'Pilot first (MVP) from 2026 Q1 to 2026 Q2',
      'Ready for OKR in 2026 Q3',
      'Pilot first (MVP) in 2026 Q4',
    ]);
  });

  it('falls back on the wave’s name where it has no label', () => {
    expect(historyRuns([wave('x', 'Spring', quarter(2026, 2), 'fix-hygiene')], new Map(), en, 'en')).toEqual([
      'Fix hygiene first in Spring',
    ]);
  });
});

describe('groupName', () => {
  it.each([
    [['Sales'], ['Sales'], 'Sales'],
    [['Legal'], ['Compliance'], 'Legal → Compliance'],
    [['Sales', 'Ops'], ['Commercial'], 'Sales + Ops → Commercial'],
    [['Ops'], ['Ops North', 'Ops South'], 'Ops → Ops North + Ops South'],
    [[], ['Design'], 'Design'],
    [['Archive'], [], 'Archive'],
  ])('names %j becoming %j as “%s”', (earlierNames, laterNames, name) => {
    expect(groupName({ earlierNames, laterNames })).toBe(name);
  });
});

describe('formatChange', () => {
  it.each([
    [11.6049, 7.1829, 16.027, '+11.6 [+7.2, +16.0]'],
    [-3.25, -8.04, 1.5, '−3.3 [−8.0, +1.5]'],
    [0.04, -0.04, 0.2, '0.0 [0.0, +0.2]'],
  ])('writes %s in [%s, %s] as %s', (diff, low, high, written) => {
    expect(formatChange(diff, low, high)).toBe(written);
  });

  it('never puts a sign before a change that rounds to nothing', () => {
    expect(formatSigned(-0.04)).toBe('0.0');
    expect(formatSigned(0.05)).toBe('+0.1');
  });
});
