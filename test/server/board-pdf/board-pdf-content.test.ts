// What the board's PDF says, read from its blocks before any drawing: the sections in order, the figures
// worded as the report words them, the plan's owners, and a department head's copy cut as their report is.
// The report is the demo organization's, as the report route answers it.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restrictReport } from '../../../server/domain/anonymity/restrict-report';
import type { CampaignReport } from '../../../server/domain/analysis/campaign-report';
import type { PlanAction } from '../../../server/domain/decisions/action-plan';
import type { Check } from '../../../server/domain/decisions/checks';
import {
  boardDocument,
  chartedGroup,
  formatCheckValue,
  formatInterval,
  formatPercent,
  formatScore,
  formatThreshold,
  ownerText,
  straightQuotes,
  type Block,
  type BoardPdfInput,
} from '../../../server/board-pdf/board-pdf-content';
import { BOARD_PDF_TEXT } from '../../../server/board-pdf/board-pdf-text';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
let report: CampaignReport;
beforeAll(async () => {
  t = await startTestApp();
  const { campaignId } = (await t.call('POST', '/api/demo')).body;
  report = (await t.call('GET', `/api/campaigns/${campaignId}/report`)).body;
}, 60_000);
afterAll(async () => t?.close());

const EN = BOARD_PDF_TEXT.en;

const check = (over: Partial<Check>): Check => ({
  subject: 'participation',
  label: { en: 'Participation', 'zh-cn': '参与' },
  value: 56.4,
  low: 51.2,
  high: 61.7,
  threshold: 65,
  barrierWhen: 'below',
  unit: 'score',
  status: 'fail',
  ...over,
});

describe('the figures, worded as the report words them', () => {
  it.each([
    ['a score, whole', check({}), 56.4, '56'],
    ['a score rounding up', check({}), 56.5, '57'],
    ['a share, as a percentage', check({ unit: 'share' }), 0.834, '83%'],
    ['a count, as it is', check({ unit: 'count' }), 58, '58'],
    ['a coefficient, to two places', check({ unit: 'coefficient' }), 0.7, '0.70'],
    ['nothing', check({}), null, '—'],
  ])('%s', (_, c, value, text) => {
    expect(formatCheckValue(c, value)).toBe(text);
  });

  it.each([
    ['a score’s interval', check({}), '51–62'],
    ['a share’s interval', check({ unit: 'share', low: 0.1, high: 0.25 }), '10%–25%'],
    ['none for a count', check({ unit: 'count' }), '—'],
    ['none for a fact', check({ unit: 'fact' }), '—'],
    ['none for the response rate, a census', check({ subject: 'response-rate', unit: 'share' }), '—'],
    ['none without a low end', check({ low: null }), '—'],
    ['none without a high end', check({ high: null }), '—'],
    ['none when both ends agree', check({ low: 60, high: 60 }), '—'],
  ])('%s', (_, c, text) => {
    expect(formatInterval(c)).toBe(text);
  });

  it.each([
    ['healthy at or above a line a barrier falls below', check({ barrierWhen: 'below' }), '≥ 65'],
    [
      'healthy above a line a barrier is at or below',
      check({ barrierWhen: 'at-or-below', threshold: 50 }),
      '> 50',
    ],
    ['healthy below a line a barrier reaches', check({ barrierWhen: 'at-or-above', threshold: 1 }), '< 1'],
    ['a share’s line', check({ unit: 'share', threshold: 0.6 }), '≥ 60%'],
    ['no line for a fact', check({ unit: 'fact' }), '—'],
  ])('%s', (_, c, text) => {
    expect(formatThreshold(c)).toBe(text);
  });

  it.each([
    [0.834, '83%'],
    [1, '100%'],
    [0, '0%'],
    [null, '—'],
  ])('a rate of %s reads %s', (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });

  it.each([
    [68.6, '69'],
    [0, '0'],
    [null, '—'],
    [undefined, '—'],
  ])('a score of %s reads %s', (score, text) => {
    expect(formatScore(score)).toBe(text);
  });

  it('sets curly quotes straight, which the one font draws full-width', () => {
    expect(straightQuotes('the team’s “goals” and ‘keys’')).toBe(`the team's "goals" and 'keys'`);
    expect(straightQuotes('plain')).toBe('plain');
  });
});

const action = (over: Partial<PlanAction>): PlanAction => ({
  id: 'a1',
  organizationId: 'o',
  campaignId: 'c',
  recommendationId: null,
  title: 'Pick two pilot teams',
  owner: null,
  due: null,
  status: 'planned',
  note: '',
  departmentIds: [],
  comments: [],
  createdOn: '2026-03-02T12:00:00Z',
  updatedOn: '2026-03-02T12:00:00Z',
  ...over,
});

describe('ownerText', () => {
  const names = new Map([['acc-1', 'Mei Chen']]);
  it.each([
    ['nobody yet', null, 'not assigned'],
    ['someone without an account, by name and address', { name: 'Lars', email: 'l@x.org' }, 'Lars <l@x.org>'],
    ['a person of the organization, by their account’s name', { accountId: 'acc-1' }, 'Mei Chen'],
    ['an account no longer there', { accountId: 'gone' }, '—'],
  ] as const)('%s', (_, owner, text) => {
    expect(ownerText(action({ owner }), names, EN)).toBe(text);
  });
});

const input = (over: Partial<BoardPdfInput> = {}): BoardPdfInput => ({
  report,
  plan: { actions: [], progress: { done: 0, total: 0 } },
  accountNames: new Map(),
  openedOn: '2026-03-01',
  closedOn: null,
  today: '2026-03-02',
  language: 'en',
  ...over,
});

const headings = (blocks: Block[], level: number) =>
  blocks.flatMap((b) => (b.kind === 'heading' && b.level === level ? [b.text] : []));
const tables = (blocks: Block[]) => blocks.filter((b) => b.kind === 'table');
const texts = (blocks: Block[]) => JSON.stringify(blocks);

describe('boardDocument', () => {
  it('runs title, summary, charts, recommendations and plan, then the appendix on a page of its own', () => {
    const { blocks, title } = boardDocument(input());
    expect(title).toBe(`${EN.documentTitle}: ${report.organizationName}, ${report.campaignName}`);
    expect(blocks[0]).toEqual({ kind: 'title', text: EN.documentTitle });
    expect(headings(blocks, 1)).toEqual([
      EN.summaryHeading,
      EN.chartsHeading,
      EN.recommendationsHeading,
      EN.planHeading,
      EN.appendixHeading,
    ]);
    const appendix = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.appendixHeading);
    expect(blocks[appendix - 1]).toEqual({ kind: 'page-break' });
    expect(headings(blocks, 2)).toEqual([
      EN.changeHeading,
      EN.barriersHeading,
      EN.actionsHeading,
      EN.trustHeading,
      EN.gatesHeading,
      EN.scalesHeading,
      EN.departmentsHeading,
    ]);
  });

  it('opens on the organization, the campaign, its days and how many answered', () => {
    const facts = boardDocument(input()).blocks.find((b) => b.kind === 'facts');
    expect(facts).toEqual({
      kind: 'facts',
      rows: [
        [EN.organization, report.organizationName],
        [EN.campaign, report.campaignName],
        [EN.opened, '2026-03-01'],
        [EN.closed, EN.stillOpen],
        [
          EN.responses,
          EN.answered(report.release!.received, report.headcount, formatPercent(report.responseRate)),
        ],
        [EN.produced, '2026-03-02'],
      ],
    });
    const closed = boardDocument(input({ closedOn: '2026-04-01', openedOn: null })).blocks.find(
      (b) => b.kind === 'facts',
    );
    expect(closed?.kind === 'facts' && closed.rows.slice(2, 4)).toEqual([
      [EN.opened, '—'],
      [EN.closed, '2026-04-01'],
    ]);
  });

  it('quotes the summary: verdict, its meaning, what would change it, barriers with figures, first actions, trust', () => {
    const { blocks } = boardDocument(input());
    const { summary } = report;
    expect(blocks).toContainEqual({ kind: 'paragraph', style: 'verdict', text: summary.title.en });
    expect(blocks).toContainEqual({ kind: 'paragraph', style: 'body', text: EN.meaning[summary.verdict] });
    const barriers = blocks.find((b) => b.kind === 'barriers');
    expect(barriers?.kind === 'barriers' && barriers.items.map((i) => [i.label, i.figure])).toEqual(
      summary.barriers.map((c) => [c.label.en, formatCheckValue(c, c.value)]),
    );
    expect(blocks).toContainEqual({
      kind: 'list',
      numbered: true,
      items: summary.actions.map((a) => a.title.en),
    });
    expect(blocks).toContainEqual({
      kind: 'list',
      numbered: false,
      items: summary.toChange.map((c) =>
        EN.change(
          c.label.en,
          EN.target(c.barrierWhen, formatCheckValue(c, c.threshold)),
          formatCheckValue(c, c.value),
        ),
      ),
    });
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      style: 'body',
      text: EN.trust(
        summary.trust.received!,
        summary.trust.headcount,
        formatPercent(summary.trust.responseRate),
      ),
    });
  });

  it('charts the organization beside every department shown, never a hidden one', () => {
    const { blocks } = boardDocument(input());
    const radar = blocks.find((b) => b.kind === 'radar');
    const shown = report.departments.filter((d) => !d.hidden).map((d) => d.name);
    expect(radar?.kind === 'radar' && radar.series.map((s) => s.label)).toEqual([
      EN.organizationSeries,
      ...shown,
    ]);
    expect(shown).not.toContain('Finance');
    const readiness = report.dimensions.filter((d) => d.role === 'readiness');
    expect(radar?.kind === 'radar' && radar.labels).toEqual(readiness.map((d) => d.title.en));
    const bars = blocks.find((b) => b.kind === 'bars');
    expect(bars).toMatchObject({
      title: EN.organizationSeries,
      red: report.thresholds.red,
      green: report.thresholds.green,
      items: readiness.map((d) => ({
        label: d.title.en,
        score: report.overall!.dimensions[d.id]!.mean,
        low: report.overall!.dimensions[d.id]!.low,
        high: report.overall!.dimensions[d.id]!.high,
      })),
    });
  });

  it('gives a recommendation’s steps, the departments it concerns, and a starter plan where it has one', () => {
    const [first, ...rest] = report.recommendations;
    const plan = [
      {
        heading: { en: 'KPI dashboard', 'zh-cn': 'KPI 看板' },
        finding: { en: 'Work is steady.', 'zh-cn': '工作稳定。' },
        actions: [{ en: 'Pick five KPIs', 'zh-cn': '选出五个 KPI' }],
      },
    ];
    const { blocks } = boardDocument(
      input({ report: { ...report, recommendations: [{ ...first!, plan }, ...rest] } }),
    );
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === `1. ${first!.title.en}`);
    expect(blocks.slice(at + 1, at + 3)).toEqual([
      { kind: 'list', numbered: false, items: first!.steps.map((step) => straightQuotes(step.en)) },
      { kind: 'paragraph', style: 'muted', text: EN.concerns('Sales, Operations') },
    ]);
    expect(blocks.slice(at + 3, at + 7)).toEqual([
      { kind: 'paragraph', style: 'lead', text: EN.starterPlan },
      { kind: 'paragraph', style: 'strong', text: 'KPI dashboard' },
      { kind: 'paragraph', style: 'muted', text: 'Work is steady.' },
      { kind: 'list', numbered: false, items: ['Pick five KPIs'] },
    ]);
    expect(headings(blocks, 3).filter((h) => /^\d+\. /.test(h))).toEqual(
      report.recommendations.map((r, i) => straightQuotes(`${i + 1}. ${r.title.en}`)),
    );
  });

  it('lists the plan with owners, days and statuses, and its progress', () => {
    const actions = [
      action({ owner: { accountId: 'acc-1' }, due: '2026-04-15' }),
      action({
        id: 'a2',
        title: 'Brief managers',
        owner: { name: 'Lars', email: 'l@x.org' },
        status: 'done',
      }),
    ];
    const { blocks } = boardDocument(
      input({
        plan: { actions, progress: { done: 1, total: 2 } },
        accountNames: new Map([['acc-1', 'Mei Chen']]),
      }),
    );
    expect(blocks).toContainEqual({ kind: 'paragraph', style: 'body', text: EN.planProgress(1, 2) });
    expect(tables(blocks)[0]).toMatchObject({
      rows: [
        ['Pick two pilot teams', 'Mei Chen', '2026-04-15', 'Planned'],
        ['Brief managers', 'Lars <l@x.org>', EN.notDated, 'Done'],
      ],
    });
    expect(boardDocument(input()).blocks).toContainEqual({
      kind: 'paragraph',
      style: 'body',
      text: EN.planEmpty,
    });
  });

  it('labels a hidden department as the report does, with no figures', () => {
    const { blocks } = boardDocument(input());
    const departments = tables(blocks).at(-1)!;
    const finance = departments.kind === 'table' && departments.rows.find((r) => r[0] === 'Finance');
    expect(finance).toEqual(['Finance', EN.fewerThan(report.minGroupSize), '—', ...Array(5).fill('—')]);
    expect(departments.kind === 'table' && departments.rows[0]![0]).toBe(EN.wholeOrganization);
  });

  it('gives one table per gate, each check with its value, interval, line and result', () => {
    const { blocks } = boardDocument(input());
    // No plan here: the gates' tables come first.
    const gateTables = tables(blocks).slice(0, report.decision.gates.length);
    expect(gateTables.map((g) => g.kind === 'table' && g.rows.length)).toEqual(
      report.decision.gates.map((g) => g.checks.length),
    );
    const deciding = report.decision.gates.find((g) => g.id === report.decision.decidingGate)!;
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      style: 'body',
      text: straightQuotes(EN.decidedBy(deciding.title.en)),
    });
  });

  it('sets English quotes straight and keeps Chinese ones', () => {
    expect(texts(boardDocument(input()).blocks)).not.toMatch(/[‘’“”]/);
    expect(texts(boardDocument(input({ language: 'zh-cn' })).blocks)).toMatch(/[“”]/);
  });

  it('is written in Chinese throughout when asked', () => {
    const zh = BOARD_PDF_TEXT['zh-cn'];
    const { blocks, title } = boardDocument(input({ language: 'zh-cn' }));
    expect(title.startsWith(zh.documentTitle)).toBe(true);
    expect(headings(blocks, 1)).toEqual([
      zh.summaryHeading,
      zh.chartsHeading,
      zh.recommendationsHeading,
      zh.planHeading,
      zh.appendixHeading,
    ]);
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      style: 'verdict',
      text: report.summary.title['zh-cn'],
    });
  });
});

describe('a department head’s copy', () => {
  it('says whose view it is and leaves out every other department', () => {
    const sales = report.departments.find((d) => d.name === 'Sales')!;
    const restricted = restrictReport(report, [sales.departmentId]);
    const { blocks } = boardDocument(input({ report: restricted }));
    expect(blocks).toContainEqual({ kind: 'paragraph', style: 'muted', text: EN.scope('Sales') });
    const all = texts(blocks);
    for (const other of ['Marketing', 'Operations', 'Product & R&D', 'Finance'])
      expect(all).not.toContain(other);
    const radar = blocks.find((b) => b.kind === 'radar');
    expect(radar?.kind === 'radar' && radar.series.map((s) => s.label)).toEqual([
      EN.organizationSeries,
      'Sales',
    ]);
  });

  it('charts their department when the organization’s figures are withheld, and says so', () => {
    const sales = report.departments.find((d) => d.name === 'Sales')!;
    const withheld: CampaignReport = {
      ...report,
      overall: null,
      departments: [sales],
      departmentView: true,
      view: { organizationShown: false, acrossDepartmentsShown: false, withheldRecommendations: 2 },
    };
    const { blocks } = boardDocument(input({ report: withheld }));
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      style: 'muted',
      text: straightQuotes(EN.scopeOrganizationWithheld),
    });
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      style: 'muted',
      text: EN.scopeRecommendationsWithheld(2),
    });
    expect(blocks.find((b) => b.kind === 'bars')).toMatchObject({ title: 'Sales' });
    expect(chartedGroup(withheld, EN)?.label).toBe('Sales');
  });

  it('has no chart where nothing is shown', () => {
    const nothing: CampaignReport = { ...report, overall: null, departments: [] };
    const { blocks } = boardDocument(input({ report: nothing }));
    expect(blocks.some((b) => b.kind === 'radar' || b.kind === 'bars')).toBe(false);
    expect(blocks).toContainEqual({
      kind: 'paragraph',
      style: 'muted',
      text: EN.noScores(report.minGroupSize),
    });
  });
});
