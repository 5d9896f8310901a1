import { describe, expect, it } from 'vitest';
import {
  columnOf,
  sortHeatmapRows,
  toHeatmapRows,
  type HeatmapReport,
  type HeatmapRow,
} from '../../../../client/pages/campaign-report/heatmap-cells';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';

type Department = HeatmapReport['departments'][number];
type Difference = NonNullable<HeatmapReport['analysis']>['differences'][number];
type Signal = NonNullable<HeatmapReport['analysis']>['siloSignals'][number];

const estimate = (mean: number | null) => ({
  n: 8,
  mean,
  sd: 10,
  low: mean === null ? null : mean - 7,
  high: mean === null ? null : mean + 7,
});

/** A unit with these dimension scores, and scale scores for the ids holding a dot (`culture.trust`). */
function unit(id: string, scores: Record<string, number | null> | null): Department {
  const of = (scale: boolean) => Object.entries(scores ?? {}).filter(([key]) => key.includes('.') === scale);
  return {
    departmentId: id,
    name: id.toUpperCase(),
    headcount: 10,
    responses: scores ? 8 : null,
    responseRate: scores ? 0.8 : null,
    hidden: scores === null,
    summary: scores
      ? {
          n: 8,
          scales: Object.fromEntries(
            of(true).map(([scale, m]) => [
              scale,
              {
                estimate: estimate(m),
                missingRate: 0,
                favourability: { n: 0, favourable: share, neutral: share, unfavourable: share },
              },
            ]),
          ),
          dimensions: Object.fromEntries(of(false).map(([d, m]) => [d, estimate(m)])),
        }
      : null,
  };
}

function difference(dimension: Difference['dimension'], a: string, b: string, flagged: boolean): Difference {
  return {
    dimension,
    a,
    b,
    diff: 20,
    low: 10,
    high: 30,
    g: 1,
    gLow: 0.5,
    gHigh: 1.5,
    p: 0.01,
    flagged,
    degenerate: false,
  };
}

const gap = (subject: string, ids: string[], kind: Signal['kind'] = 'gap'): Signal => ({
  kind,
  departmentIds: ids,
  subject,
  value: 0.9,
});

function report(
  departments: Department[],
  analysis: HeatmapReport['analysis'] = { differences: [], siloSignals: [] },
): HeatmapReport {
  return {
    departments,
    dimensions: BARRIER_MODEL_V1.dimensions,
    thresholds: { red: 50, green: 65 },
    analysis,
  };
}

const share = { successes: 0, n: 0, p: null, low: null, high: null };
const READINESS = BARRIER_MODEL_V1.dimensions.filter((d) => d.role === 'readiness').map((d) => d.id);
/** Each readiness dimension's id followed by its scales' ids: the columns a row holds, in order. */
const COLUMNS = BARRIER_MODEL_V1.dimensions
  .filter((d) => d.role === 'readiness')
  .flatMap((d) => [d.id, ...d.scales.map((s) => s.id)]);
/** A row's dimension cells, without its scales'. */
const own = (row: HeatmapRow) => row.cells!.filter((c) => c.scale === null);
const marksOf = (rows: HeatmapRow[]) =>
  Object.fromEntries(
    rows.map((r) => [
      r.departmentId,
      (r.cells ?? []).filter((c) => c.apartFrom.length).map((c) => `${columnOf(c)}:${c.apartFrom.join('+')}`),
    ]),
  );

describe('toHeatmapRows', () => {
  it('gives a shown unit one cell per readiness dimension with its score, interval and colour', () => {
    const [row] = toHeatmapRows(report([unit('s', { participation: 48, culture: 70, hygiene: 50 })]));
    expect(row).toMatchObject({ departmentId: 's', name: 'S', hidden: false });
    expect(own(row!).map((c) => c.dimension)).toEqual(READINESS);
    const cell = (id: string) => own(row!).find((c) => c.dimension === id);
    expect(cell('participation')).toEqual({
      dimension: 'participation',
      scale: null,
      mean: 48,
      low: 41,
      high: 55,
      band: 'band-red',
      apartFrom: [],
    });
    expect(cell('hygiene')!.band).toBe('band-red');
    expect(cell('culture')!.band).toBe('band-green');
    expect(cell('breakdown')).toEqual({
      dimension: 'breakdown',
      scale: null,
      mean: null,
      low: null,
      high: null,
      band: 'band-none',
      apartFrom: [],
    });
  });

  it('gives a hidden unit its name and no cells at all', () => {
    const rows = toHeatmapRows(report([unit('s', { participation: 60 }), unit('h', null)]));
    expect(rows[1]).toEqual({ departmentId: 'h', name: 'H', hidden: true, cells: null });
    expect(rows[0]!.cells!.find((c) => c.dimension === 'participation')!.band).toBe('band-amber');
  });

  it.each<[string, HeatmapReport['analysis'], Record<string, string[]>]>([
    ['no analysis', null, { a: [], b: [], c: [] }],
    [
      'nothing flagged',
      { differences: [difference('culture', 'a', 'b', false)], siloSignals: [] },
      { a: [], b: [], c: [] },
    ],
    [
      'a flagged difference marks both sides on its dimension only',
      { differences: [difference('culture', 'a', 'b', true)], siloSignals: [] },
      { a: ['culture:b'], b: ['culture:a'], c: [] },
    ],
    [
      'a gap silo signal marks both sides',
      { differences: [], siloSignals: [gap('participation', ['b', 'c'])] },
      { a: [], b: ['participation:c'], c: ['participation:b'] },
    ],
    [
      'low agreement and polarised signals are not gaps between units',
      {
        differences: [],
        siloSignals: [
          gap('participation', ['a'], 'low-agreement'),
          gap('breakdown', ['a', 'b'], 'polarised'),
        ],
      },
      { a: [], b: [], c: [] },
    ],
    [
      'a gap signal naming one unit only marks nothing',
      { differences: [], siloSignals: [gap('participation', ['a'])] },
      { a: [], b: [], c: [] },
    ],
    [
      'the same gap found twice names the other unit once, and several others in turn',
      {
        differences: [
          difference('participation', 'a', 'b', true),
          difference('participation', 'c', 'a', true),
        ],
        siloSignals: [gap('participation', ['b', 'a'])],
      },
      { a: ['participation:b+c'], b: ['participation:a'], c: ['participation:a'] },
    ],
  ])('%s', (_, analysis, expected) => {
    const scores = { participation: 60, culture: 60 };
    const rows = toHeatmapRows(report([unit('a', scores), unit('b', scores), unit('c', scores)], analysis));
    expect(marksOf(rows)).toEqual(expected);
  });

  it('gives a shown unit the report has no summary for a cell without a figure on every dimension', () => {
    const [row] = toHeatmapRows(report([{ ...unit('s', {}), summary: null }]));
    expect(row!.cells!.map((c) => c.mean)).toEqual(COLUMNS.map(() => null));
    expect(row!.cells!.map((c) => c.band)).toEqual(COLUMNS.map(() => 'band-none'));
  });

  it('follows each dimension’s cell with a cell per scale of it, each with its own score and interval', () => {
    const [row] = toHeatmapRows(
      report([unit('s', { culture: 60, 'culture.safety': 44, 'culture.support': 70 })]),
    );
    expect(row!.cells!.map(columnOf)).toEqual(COLUMNS);
    const culture = row!.cells!.filter((c) => c.dimension === 'culture');
    expect(culture.map((c) => [c.scale, c.mean, c.low, c.high, c.band])).toEqual(
      [null, ...BARRIER_MODEL_V1.dimensions.find((d) => d.id === 'culture')!.scales.map((s) => s.id)].map(
        (scale) => {
          const mean = scale === null ? 60 : ({ 'culture.safety': 44, 'culture.support': 70 }[scale] ?? null);
          return [
            scale,
            mean,
            mean === null ? null : mean - 7,
            mean === null ? null : mean + 7,
            mean === null ? 'band-none' : mean <= 50 ? 'band-red' : mean >= 65 ? 'band-green' : 'band-amber',
          ];
        },
      ),
    );
  });

  it('marks a scale cell where a gap signal names that scale, and no dimension cell for it', () => {
    const rows = toHeatmapRows(
      report([unit('a', { culture: 60 }), unit('b', { culture: 60 })], {
        differences: [],
        siloSignals: [gap('culture.support', ['a', 'b'])],
      }),
    );
    const marked = rows[0]!.cells!.filter((c) => c.apartFrom.length > 0);
    expect(marked.map((c) => [columnOf(c), c.apartFrom])).toEqual([['culture.support', ['b']]]);
  });

  it('never names a hidden unit as the other side of a gap, nor marks it', () => {
    const rows = toHeatmapRows(
      report([unit('a', { culture: 60 }), unit('h', null)], {
        differences: [difference('culture', 'a', 'h', true)],
        siloSignals: [gap('culture', ['h', 'a'])],
      }),
    );
    expect(marksOf(rows)).toEqual({ a: [], h: [] });
  });
});

describe('sortHeatmapRows', () => {
  const rows = () =>
    toHeatmapRows(
      report([
        unit('b', { culture: 70, participation: 40, 'culture.support': 30 }),
        unit('h', null),
        unit('a', { culture: 55, participation: null, 'culture.support': 90 }),
        unit('c', { culture: 80, participation: 45, 'culture.support': 50 }),
      ]),
    );
  const order = (sorted: HeatmapRow[]) => sorted.map((r) => r.departmentId).join('');

  it.each<[string, Parameters<typeof sortHeatmapRows>[1], string]>([
    ['keeps the report’s order with no sort chosen', null, 'bhac'],
    ['sorts by name A to Z', { column: 'name', direction: 'ascending' }, 'abch'],
    ['sorts by name Z to A', { column: 'name', direction: 'descending' }, 'hcba'],
    [
      'sorts by a score, highest first, the unit without a figure last',
      { column: 'culture', direction: 'descending' },
      'cbah',
    ],
    [
      'sorts by a score, lowest first, the unit without a figure still last',
      { column: 'culture', direction: 'ascending' },
      'abch',
    ],
    [
      'puts units with no score on that dimension after those with one',
      { column: 'participation', direction: 'ascending' },
      'bcha',
    ],
    [
      'keeps the report’s order among units without a score',
      { column: 'participation', direction: 'descending' },
      'cbha',
    ],
    [
      'sorts by a scale’s score, highest first',
      { column: 'culture.support', direction: 'descending' },
      'acbh',
    ],
    ['sorts by a scale’s score, lowest first', { column: 'culture.support', direction: 'ascending' }, 'bcah'],
    [
      'keeps the report’s order for a column no unit has a score in',
      { column: 'fit', direction: 'ascending' },
      'bhac',
    ],
  ])('%s', (_, sort, expected) => {
    expect(order(sortHeatmapRows(rows(), sort))).toBe(expected);
  });

  it('leaves the rows it was given untouched', () => {
    const given = rows();
    sortHeatmapRows(given, { column: 'culture', direction: 'descending' });
    expect(order(given)).toBe('bhac');
  });

  it('keeps the report’s order between units with the same score or the same name', () => {
    const tied = toHeatmapRows(
      report([unit('b', { culture: 60 }), unit('a', { culture: 60 }), unit('c', { culture: 50 })]),
    ).map((r, i) => ({ ...r, name: i < 2 ? 'Same' : r.name }));
    for (const direction of ['ascending', 'descending'] as const) {
      expect(order(sortHeatmapRows(tied, { column: 'culture', direction }))).toBe(
        direction === 'ascending' ? 'cba' : 'bac',
      );
      expect(order(sortHeatmapRows(tied, { column: 'name', direction }))).toBe(
        direction === 'ascending' ? 'cba' : 'bac',
      );
    }
  });
});
