import { describe, expect, it } from 'vitest';
import {
  columnOf,
  sortHeatmapRows,
  type HeatmapRow,
} from '../../../../client/pages/campaign-report/heatmap-cells';
import { heatmapItems, withItemCells } from '../../../../client/pages/campaign-report/heatmap-items';
import type { CampaignQuestions } from '../../../../server/http/api-types';

type Dimension = CampaignQuestions['results']['dimensions'][number];
type Item = Dimension['questions'][number];
type Shares = Item['organization'];

/** A group's answers: `favourable` of `n`, the rest neutral; an interval only where one is given. */
function shares(favourable: number, n: number, interval: [number, number] | null = null): Shares {
  return {
    n,
    counts: { favourable, neutral: n - favourable, unfavourable: 0, dontKnow: 0 },
    shares: { favourable: favourable / n, neutral: (n - favourable) / n, unfavourable: 0, dontKnow: 0 },
    favourable: {
      successes: favourable,
      n,
      p: favourable / n,
      low: interval?.[0] ?? null,
      high: interval?.[1] ?? null,
    },
  };
}

function item(id: string, dimension: Item['dimension'], scale: string, groups: Record<string, Shares>): Item {
  return {
    questionId: id,
    title: { en: `Wording of ${id}`, 'zh-cn': `${id} 的题目` },
    kind: 'likert',
    dimension,
    scale,
    scaleTitle: { en: scale, 'zh-cn': scale },
    reverse: false,
    groups: Object.entries(groups).map(([groupId, s]) => ({ groupId, shares: s })),
    organization: null,
  };
}

function dimension(id: Item['dimension'], role: Dimension['role'], questions: Item[]): Dimension {
  return { dimension: id, title: { en: id, 'zh-cn': id }, role, questions, pullsDown: null };
}

const reply: Pick<CampaignQuestions, 'results'> = {
  results: {
    organizationShown: true,
    pullsDownFrom: 'organization',
    dimensions: [
      dimension('hygiene', 'readiness', [
        item('h1', 'hygiene', 'hygiene.clarity', { sales: shares(3, 6, [0.2, 0.8]), ops: shares(1, 5) }),
        item('h2', 'hygiene', 'hygiene.review', { sales: shares(6, 6), ops: null }),
      ]),
      // A routing dimension has no column in the heatmap, so none of its items either.
      dimension('fit', 'routing', [item('f1', 'fit', 'fit.size', { sales: shares(1, 6) })]),
      dimension('culture', 'readiness', [item('c1', 'culture', 'culture.trust', { ops: shares(4, 5) })]),
    ],
  },
};

const row = (departmentId: string, hidden = false): HeatmapRow => ({
  departmentId,
  name: departmentId.toUpperCase(),
  hidden,
  cells: hidden
    ? null
    : [{ dimension: 'hygiene', scale: null, mean: 50, low: 40, high: 60, band: 'band-amber', apartFrom: [] }],
});

describe('heatmapItems', () => {
  it.each([
    ['en', ['Wording of h1', 'Wording of h2', 'Wording of c1']],
    ['zh-cn', ['h1 的题目', 'h2 的题目', 'c1 的题目']],
  ] as const)('numbers the readiness items in order with their wording in %s', (language, wordings) => {
    const items = heatmapItems(reply, language);
    expect(items).toEqual([
      {
        column: 'item:h1',
        questionId: 'h1',
        dimension: 'hygiene',
        scale: 'hygiene.clarity',
        number: 1,
        wording: wordings[0],
      },
      {
        column: 'item:h2',
        questionId: 'h2',
        dimension: 'hygiene',
        scale: 'hygiene.review',
        number: 2,
        wording: wordings[1],
      },
      {
        column: 'item:c1',
        questionId: 'c1',
        dimension: 'culture',
        scale: 'culture.trust',
        number: 3,
        wording: wordings[2],
      },
    ]);
  });
});

describe('withItemCells', () => {
  const rows = withItemCells([row('sales'), row('ops'), row('tiny', true)], reply);
  const cell = (unit: string, questionId: string) =>
    rows.find((r) => r.departmentId === unit)!.cells!.find((c) => c.item === questionId);

  it.each([
    // unit, item, favourable %, n, interval in %
    ['sales', 'h1', 50, 6, 20, 80],
    ['sales', 'h2', 100, 6, null, null],
    ['ops', 'h1', 20, 5, null, null],
    ['ops', 'c1', 80, 5, null, null],
  ] as const)('%s on %s: %s%% favourable of %s', (unit, questionId, mean, n, low, high) => {
    expect(cell(unit, questionId)).toEqual({
      dimension: questionId === 'c1' ? 'culture' : 'hygiene',
      scale: reply.results.dimensions.flatMap((d) => d.questions).find((q) => q.questionId === questionId)!
        .scale,
      item: questionId,
      n,
      mean: expect.closeTo(mean, 9),
      low: low === null ? null : expect.closeTo(low, 9),
      high: high === null ? null : expect.closeTo(high, 9),
      band: 'band-none',
      apartFrom: [],
    });
  });

  it.each([
    ['ops', 'h2', 'held back in the group'],
    ['sales', 'c1', 'the group is not in the item’s figures'],
  ])('%s on %s has no figure (%s)', (unit, questionId) => {
    expect(cell(unit, questionId)).toMatchObject({ mean: null, n: null, low: null, high: null });
  });

  it('keeps the score cells first, adds one cell per readiness item, and leaves a hidden row without any', () => {
    const sales = rows.find((r) => r.departmentId === 'sales')!;
    expect(sales.cells!.map(columnOf)).toEqual(['hygiene', 'item:h1', 'item:h2', 'item:c1']);
    expect(rows.find((r) => r.departmentId === 'tiny')!.cells).toBeNull();
    expect(rows.map((r) => r.departmentId)).toEqual(['sales', 'ops', 'tiny']);
  });

  it('sorts by an item column, rows without its figure last', () => {
    const by = (column: string, direction: 'ascending' | 'descending') =>
      sortHeatmapRows(rows, { column, direction }).map((r) => r.departmentId);
    expect(by('item:h1', 'descending')).toEqual(['sales', 'ops', 'tiny']);
    expect(by('item:h1', 'ascending')).toEqual(['ops', 'sales', 'tiny']);
    expect(by('item:c1', 'descending')).toEqual(['ops', 'sales', 'tiny']);
    expect(by('item:h2', 'ascending')).toEqual(['sales', 'ops', 'tiny']);
  });
});
