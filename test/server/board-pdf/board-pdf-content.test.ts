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

  it('says, before the summary, that a campaign of chosen departments speaks for them alone', () => {
    const names = report.departments.map((d) => d.name).join(', ');
    const scoped = boardDocument(input({ report: { ...report, scope: 'departments' } })).blocks;
    const line = { kind: 'paragraph', style: 'body', text: EN.campaignScope(names) };
    expect(scoped).toContainEqual(line);
    expect(scoped.findIndex((b) => b.kind === 'paragraph' && b.text === line.text)).toBeLessThan(
      scoped.findIndex((b) => b.kind === 'heading' && b.text === EN.summaryHeading),
    );
    expect(EN.campaignScope(names)).toContain(names);
    expect(texts(boardDocument(input()).blocks)).not.toContain(EN.campaignScope(names));
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
    // Neither the charts nor the appendix's score table have figures: each says when they will.
    const charts = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.chartsHeading);
    const scales = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.scalesHeading);
    for (const at of [charts, scales]) {
      expect(blocks[at + 1]).toEqual({
        kind: 'paragraph',
        style: 'muted',
        text: EN.noScores(report.minGroupSize),
      });
    }
  });

  it('charts the first department shown when the organization is withheld, passing over a hidden one', () => {
    const shown = report.departments.find((d) => d.name === 'Sales')!;
    const hidden = { ...report.departments[0]!, hidden: true };
    const withheld: CampaignReport = { ...report, overall: null, departments: [hidden, shown] };
    expect(chartedGroup(withheld, EN)).toEqual({ label: 'Sales', summary: shown.summary });
    const empty = { ...report.departments[0]!, summary: null };
    expect(chartedGroup({ ...withheld, departments: [empty, shown] }, EN)?.label).toBe('Sales');
  });
});

// A small report whose every figure is known, so each table is checked cell by cell.
const t2 = (en: string, zh: string) => ({ en, 'zh-cn': zh });
const estimate = (n: number, mean: number | null, low: number | null, high: number | null) => ({
  n,
  mean,
  sd: null,
  low,
  high,
});
const scale = (e: ReturnType<typeof estimate>) => ({ estimate: e, missingRate: 0, favourability: null });

function tiny(): CampaignReport {
  const checks: Check[] = [
    check({
      subject: 'hygiene',
      label: t2('Hygiene factors', '保健因素'),
      value: 68.6,
      low: 62.2,
      high: 74.9,
      threshold: 50,
      barrierWhen: 'at-or-below',
      status: 'pass',
    }),
    check({
      subject: 'silo-signals',
      label: t2('Silo signals', '部门墙信号'),
      value: null,
      low: null,
      high: null,
      threshold: 1,
      barrierWhen: 'at-or-above',
      unit: 'count',
      status: 'fail',
      withheld: true,
    }),
    check({
      subject: 'businessUnits',
      label: t2('Several business units', '多个业务单元'),
      value: 1,
      low: null,
      high: null,
      threshold: 1,
      unit: 'fact',
      answer: t2('Yes', '是'),
      status: 'leans-pass',
    }),
    check({
      subject: 'kpiSystem',
      label: t2('KPI system', 'KPI 体系'),
      value: null,
      low: null,
      high: null,
      threshold: 1,
      unit: 'fact',
      status: 'not-assessed',
    }),
  ];
  return {
    ...report,
    organizationName: 'Tiny Co',
    campaignName: 'Baseline',
    minGroupSize: 5,
    headcount: 14,
    responses: 12,
    responseRate: 0.857,
    release: { received: 12, heldBack: 0, releasedOn: '2026-03-01' },
    thresholds: { red: 50, green: 65 },
    dimensions: [
      {
        id: 'hygiene',
        title: t2('Hygiene factors', '保健因素'),
        role: 'readiness',
        scales: [
          { id: 'hygiene.pay', title: t2('Fair pay', '薪酬公平') },
          { id: 'hygiene.security', title: t2('Job security', '工作保障') },
        ],
      },
      { id: 'fit', title: t2('Fit profile', '适配画像'), role: 'routing', scales: [] },
    ] as unknown as CampaignReport['dimensions'],
    overall: {
      n: 12,
      dimensions: { hygiene: estimate(12, 68.6, 62.2, 74.9), fit: estimate(11, 54.6, null, 70) },
      scales: { 'hygiene.pay': scale(estimate(12, 60.4, 55, null)) },
    } as unknown as CampaignReport['overall'],
    departments: [
      {
        departmentId: 's',
        name: 'Sales',
        headcount: 10,
        responses: 7,
        responseRate: 0.7,
        hidden: false,
        summary: { n: 7, dimensions: { hygiene: estimate(7, 71.2, 60, 80) }, scales: {} },
      },
      {
        departmentId: 'f',
        name: 'Finance',
        headcount: 4,
        responses: null,
        responseRate: null,
        hidden: true,
        summary: null,
      },
    ] as unknown as CampaignReport['departments'],
    decision: {
      ...report.decision,
      decidingGate: null,
      gates: [
        {
          id: 'g',
          verdict: 'pilot-first',
          title: t2('Pilot first', '先试点'),
          rule: t2('The rule.', '规则。'),
          status: 'pass',
          checks,
        },
      ],
    },
    recommendations: [
      {
        id: 'r',
        title: t2('Do one thing', '做一件事'),
        evidence: [],
        steps: [],
        departmentIds: ['s', 'gone'],
        plan: [{ heading: t2('Part', '部分'), finding: t2('Found.', '发现。'), actions: [] }],
      },
    ],
    view: null,
  };
}

describe('a report whose every figure is known', () => {
  it('tabulates every dimension and its scales, dimensions in bold, a missing figure as a dash', () => {
    const { blocks } = boardDocument(input({ report: tiny() }));
    const scalesAt = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.scalesHeading);
    expect(blocks.slice(scalesAt + 1, scalesAt + 3)).toEqual([
      { kind: 'paragraph', style: 'muted', text: EN.organizationSeries },
      {
        kind: 'table',
        columns: [
          { header: 'Dimension / Scale', width: 0.52, align: 'left' },
          { header: 'Score', width: 0.14, align: 'right' },
          { header: '95% interval', width: 0.2, align: 'right' },
          { header: 'People', width: 0.14, align: 'right' },
        ],
        rows: [
          ['Hygiene factors', '69', '62–75', '12'],
          ['   Fair pay', '60', '—', '12'],
          ['   Job security', '—', '—', '—'],
          ['Fit profile', '55', '—', '11'],
        ],
        strongRows: [0, 3],
      },
    ]);
  });

  it('tabulates the departments as shown, a hidden one labelled and empty, the organization first in bold', () => {
    const { blocks } = boardDocument(input({ report: tiny() }));
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.departmentsHeading);
    expect(blocks.slice(at + 1)).toEqual([
      {
        kind: 'table',
        columns: [
          { header: 'Department', width: 0.19, align: 'left' },
          { header: 'Responses', width: 0.11, align: 'right' },
          { header: 'Rate', width: 0.08, align: 'right' },
          { header: 'Hygiene factors', width: 0.62, align: 'right' },
        ],
        rows: [
          ['Whole organization', '12', '86%', '69'],
          ['Sales', '7', '70%', '71'],
          ['Finance', 'fewer than 5', '—', '—'],
        ],
        strongRows: [0],
        size: 8,
      },
      { kind: 'paragraph', style: 'muted', text: straightQuotes(EN.hiddenNote(5)) },
    ]);
    // The organization's count withheld while its figures are shown: a dash, not a number.
    const uncounted = boardDocument(input({ report: { ...tiny(), responses: null } })).blocks;
    expect(uncounted.at(-2)).toMatchObject({
      rows: [
        ['Whole organization', '—', '86%', '69'],
        ['Sales', '7', '70%', '71'],
        ['Finance', 'fewer than 5', '—', '—'],
      ],
    });
    // Without the organization's figures the table starts with the departments, none in bold.
    const withheld = boardDocument(input({ report: { ...tiny(), overall: null, responses: null } })).blocks;
    expect(withheld.at(-2)).toMatchObject({
      rows: [
        ['Sales', '7', '70%', '71'],
        ['Finance', 'fewer than 5', '—', '—'],
      ],
      strongRows: [],
    });
  });

  it('gives each gate check its value, interval, line and result, a withheld one and HR’s facts in words', () => {
    const { blocks } = boardDocument(input({ report: tiny() }));
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.gatesHeading);
    expect(blocks.slice(at + 1, at + 5)).toEqual([
      { kind: 'paragraph', style: 'body', text: EN.allPassed },
      { kind: 'heading', level: 3, text: 'Pilot first: Pass' },
      { kind: 'paragraph', style: 'muted', text: 'The rule.' },
      {
        kind: 'table',
        columns: [
          { header: 'Measure', width: 0.33, align: 'left' },
          { header: 'Value', width: 0.23, align: 'right' },
          { header: '95% interval', width: 0.14, align: 'right' },
          { header: 'Healthy when', width: 0.13, align: 'right' },
          { header: 'Result', width: 0.17, align: 'left' },
        ],
        rows: [
          ['Hygiene factors', '69', '62–75', '> 50', 'Pass'],
          ['Silo signals', 'withheld in this view', '—', '< 1', 'Barrier'],
          ['Several business units', 'Yes (stated by HR)', '—', '—', 'Likely pass'],
          ['KPI system', 'not stated by HR', '—', '—', 'Not measured'],
        ],
        strongRows: [],
      },
    ]);
    const zh = boardDocument(input({ report: tiny(), language: 'zh-cn' })).blocks;
    expect(zh).toContainEqual({ kind: 'heading', level: 3, text: '先试点：通过' });
  });

  it('charts the dimensions of the organization and each department shown', () => {
    const { blocks } = boardDocument(input({ report: tiny() }));
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.chartsHeading);
    expect(blocks.slice(at + 1, at + 5)).toEqual([
      { kind: 'paragraph', style: 'muted', text: EN.radarCaption },
      {
        kind: 'radar',
        labels: ['Hygiene factors'],
        series: [
          { label: EN.organizationSeries, scores: [68.6] },
          { label: 'Sales', scores: [71.2] },
        ],
      },
      { kind: 'paragraph', style: 'muted', text: straightQuotes(EN.barsCaption('50', '65')) },
      {
        kind: 'bars',
        title: EN.organizationSeries,
        red: 50,
        green: 65,
        items: [{ label: 'Hygiene factors', score: 68.6, low: 62.2, high: 74.9 }],
      },
    ]);
    // A department shown without figures, and a dimension without a score, leave gaps rather than zeros.
    const sparse = tiny();
    sparse.overall = { ...sparse.overall!, dimensions: {} };
    sparse.departments = [{ ...sparse.departments[0]!, hidden: true }, sparse.departments[1]!];
    const radar = boardDocument(input({ report: sparse })).blocks.find((b) => b.kind === 'radar');
    expect(radar).toEqual({
      kind: 'radar',
      labels: ['Hygiene factors'],
      series: [{ label: EN.organizationSeries, scores: [null] }],
    });
    const bars = boardDocument(input({ report: sparse })).blocks.find((b) => b.kind === 'bars');
    expect(bars).toMatchObject({ items: [{ label: 'Hygiene factors', score: null, low: null, high: null }] });
  });

  it('names only the departments a recommendation concerns that the report shows, and a plan part without actions', () => {
    const { blocks } = boardDocument(input({ report: tiny() }));
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.recommendationsHeading);
    expect(blocks.slice(at + 1, at + 6)).toEqual([
      { kind: 'heading', level: 3, text: '1. Do one thing' },
      { kind: 'paragraph', style: 'muted', text: EN.concerns('Sales') },
      { kind: 'paragraph', style: 'lead', text: EN.starterPlan },
      { kind: 'paragraph', style: 'strong', text: 'Part' },
      { kind: 'paragraph', style: 'muted', text: 'Found.' },
    ]);
    expect(blocks[at + 6]).toEqual({ kind: 'heading', level: 1, text: EN.planHeading });
    const none = boardDocument(input({ report: { ...tiny(), recommendations: [] } })).blocks;
    const noneAt = none.findIndex((b) => b.kind === 'heading' && b.text === EN.recommendationsHeading);
    expect(none.slice(noneAt + 1, noneAt + 3)).toEqual([
      { kind: 'paragraph', style: 'body', text: EN.noRecommendations },
      { kind: 'heading', level: 1, text: EN.planHeading },
    ]);
    const plain = boardDocument(
      input({
        report: {
          ...tiny(),
          recommendations: [{ ...tiny().recommendations[0]!, departmentIds: [], plan: [] }],
        },
      }),
    ).blocks;
    const plainAt = plain.findIndex((b) => b.kind === 'heading' && b.text === '1. Do one thing');
    expect(plain[plainAt + 1]).toEqual({ kind: 'heading', level: 1, text: EN.planHeading });
  });

  it('lays the plan out in four columns', () => {
    const { blocks } = boardDocument(
      input({ report: tiny(), plan: { actions: [action({})], progress: { done: 0, total: 1 } } }),
    );
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.planHeading);
    expect(blocks.slice(at + 1, at + 3)).toEqual([
      { kind: 'paragraph', style: 'body', text: EN.planProgress(0, 1) },
      {
        kind: 'table',
        columns: [
          { header: 'Action', width: 0.42, align: 'left' },
          { header: 'Owner', width: 0.3, align: 'left' },
          { header: 'Due', width: 0.14, align: 'left' },
          { header: 'Status', width: 0.14, align: 'left' },
        ],
        rows: [['Pick two pilot teams', 'not assigned', 'no date', 'Planned']],
        strongRows: [],
      },
    ]);
    expect(blocks.slice(at + 3, at + 6)).toEqual([
      { kind: 'page-break' },
      { kind: 'heading', level: 1, text: EN.appendixHeading },
      { kind: 'paragraph', style: 'muted', text: EN.appendixLead },
    ]);
  });
});

type Summary = CampaignReport['summary'];

describe('the summary in every shape', () => {
  const summaryBlocks = (summary: Partial<Summary>, over: Partial<CampaignReport> = {}) => {
    const base = tiny();
    const { blocks } = boardDocument(
      input({ report: { ...base, ...over, summary: { ...base.summary, ...summary } } }),
    );
    const from = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.summaryHeading);
    const to = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.chartsHeading);
    return blocks.slice(from + 1, to);
  };
  const participation = check({});
  const likely = check({
    subject: 'goal',
    label: t2('Goal breakdown', '目标分解'),
    value: 0.58,
    unit: 'share',
    threshold: 0.6,
    status: 'leans-fail',
  });

  it.each([
    [
      'ready: a later survey could change it',
      { verdict: 'ready' as const, toChange: [participation] },
      EN.changeReady,
    ],
    [
      'for want of evidence: more answers',
      { verdict: 'insufficient-evidence' as const, toChange: [participation] },
      EN.changeEvidence,
    ],
    [
      'no measure to quote: the appendix',
      { verdict: 'pilot-first' as const, toChange: [] },
      EN.changeElsewhere,
    ],
  ])('%s', (_, summary, change) => {
    const blocks = summaryBlocks(summary);
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === EN.changeHeading);
    expect(blocks[at + 1]).toEqual({ kind: 'paragraph', style: 'body', text: straightQuotes(change) });
  });

  it('opens on the verdict, its meaning and, when provisional, that more answers could tip it', () => {
    const blocks = summaryBlocks({
      verdict: 'fix-hygiene',
      title: t2('Fix hygiene first', '先解决保健因素'),
      provisional: true,
      toChange: [participation],
    });
    expect(blocks.slice(0, 5)).toEqual([
      { kind: 'paragraph', style: 'lead', text: EN.verdictLead },
      { kind: 'paragraph', style: 'verdict', text: 'Fix hygiene first' },
      { kind: 'paragraph', style: 'body', text: straightQuotes(EN.meaning['fix-hygiene']) },
      { kind: 'paragraph', style: 'muted', text: EN.provisional },
      { kind: 'heading', level: 2, text: EN.changeHeading },
    ]);
    expect(blocks[5]).toEqual({
      kind: 'list',
      numbered: false,
      items: ['Participation rising above 65 (now 56)'],
    });
    expect(summaryBlocks({ provisional: false })[3]).toEqual({
      kind: 'heading',
      level: 2,
      text: EN.changeHeading,
    });
  });

  it('gives each barrier its figure, out of 100 for a score, and says whether it is beyond doubt', () => {
    const blocks = summaryBlocks({ barriers: [participation, likely] });
    expect(blocks.find((b) => b.kind === 'barriers')).toEqual({
      kind: 'barriers',
      items: [
        {
          figure: '56',
          unit: 'out of 100',
          label: 'Participation',
          text: EN.barrier('rising above 65', true),
        },
        { figure: '58%', unit: '', label: 'Goal breakdown', text: EN.barrier('rising above 60%', false) },
      ],
    });
  });

  it('says so when there is no barrier, no action, or no count to trust', () => {
    const blocks = summaryBlocks({
      barriers: [],
      actions: [],
      trust: { received: null, responseRate: null, headcount: 14 },
    });
    const after = (heading: string) =>
      blocks[blocks.findIndex((b) => b.kind === 'heading' && b.text === heading) + 1];
    expect(after(EN.barriersHeading)).toEqual({ kind: 'paragraph', style: 'body', text: EN.noBarriers });
    expect(after(EN.actionsHeading)).toEqual({ kind: 'paragraph', style: 'body', text: EN.noActions });
    expect(after(EN.trustHeading)).toEqual({
      kind: 'paragraph',
      style: 'body',
      text: straightQuotes(EN.trustWithheld),
    });
    expect(blocks.at(-1)).toEqual(after(EN.trustHeading));
    const counted = summaryBlocks({ trust: { received: 12, responseRate: 0.857, headcount: 14 } });
    expect(counted.at(-1)).toEqual({ kind: 'paragraph', style: 'body', text: EN.trust(12, 14, '86%') });
  });

  it('says in the title block how many answered, or that the counts are withheld, and whose view it is', () => {
    const facts = (over: Partial<CampaignReport>) =>
      boardDocument(input({ report: { ...tiny(), ...over } })).blocks.find((b) => b.kind === 'facts');
    expect(facts({})).toMatchObject({
      rows: expect.arrayContaining([[EN.responses, EN.answered(12, 14, '86%')]]),
    });
    expect(facts({ release: null })).toMatchObject({
      rows: expect.arrayContaining([[EN.responses, straightQuotes(EN.answeredWithheld)]]),
    });
    expect(facts({ responseRate: null })).toMatchObject({
      rows: expect.arrayContaining([[EN.responses, straightQuotes(EN.answeredWithheld)]]),
    });
    const view = { organizationShown: true, acrossDepartmentsShown: false, withheldRecommendations: 0 };
    const { blocks } = boardDocument(input({ report: { ...tiny(), view } }));
    const at = blocks.findIndex((b) => b.kind === 'facts');
    expect(blocks.slice(at + 1, at + 3)).toEqual([
      { kind: 'paragraph', style: 'muted', text: EN.scope('Sales, Finance') },
      { kind: 'heading', level: 1, text: EN.summaryHeading },
    ]);
    expect(boardDocument(input({ report: tiny() })).blocks[2]).toEqual({
      kind: 'heading',
      level: 1,
      text: EN.summaryHeading,
    });
  });
});
