// What the board's PDF says, section by section, as plain blocks: built only from the report the reader was
// given (already restricted to their view) and the action plan as the plan list shows it to them, so the PDF
// can quote nothing their report leaves out. No drawing here: board-pdf.ts lays the blocks out on A4.

import { joinList, type Language } from '../../shared/languages';
import type { CampaignReport } from '../domain/analysis/campaign-report';
import type { GroupSummary } from '../domain/analysis/group-summary';
import type { PlanAction } from '../domain/decisions/action-plan';
import type { Check } from '../domain/decisions/checks';
import { BOARD_PDF_TEXT, type BoardPdfText } from './board-pdf-text';

export interface TableColumn {
  header: string;
  /** Share of the text width. */
  width: number;
  align: 'left' | 'right';
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style: 'body' | 'muted' | 'verdict' | 'lead' | 'strong' }
  | { kind: 'list'; items: string[]; numbered: boolean }
  | { kind: 'facts'; rows: [string, string][] }
  | { kind: 'barriers'; items: { figure: string; unit: string; label: string; text: string }[] }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][]; strongRows: number[]; size?: number }
  | { kind: 'radar'; labels: string[]; series: { label: string; scores: (number | null)[] }[] }
  | {
      kind: 'bars';
      title: string;
      items: { label: string; score: number | null; low: number | null; high: number | null }[];
      red: number;
      green: number;
    }
  | { kind: 'page-break' };

export interface BoardDocument {
  /** The document's title in its metadata. */
  title: string;
  blocks: Block[];
}

export interface BoardPdfInput {
  report: CampaignReport;
  /** The plan as the plan list shows it to this reader, with its progress. */
  plan: { actions: readonly PlanAction[]; progress: { done: number; total: number } };
  /** Names of the accounts that own actions, by account id. */
  accountNames: ReadonlyMap<string, string>;
  /** Days the campaign opened and closed, YYYY-MM-DD; null while not. */
  openedOn: string | null;
  closedOn: string | null;
  today: string;
  language: Language;
}

const DASH = '—';

export const formatPercent = (share: number | null): string =>
  share === null ? DASH : `${Math.round(share * 100)}%`;

export const formatScore = (score: number | null | undefined): string =>
  score === null || score === undefined ? DASH : String(Math.round(score));

/** A check's figure as the report shows it: a score whole, a share as a percentage, a coefficient to 2 places. */
export function formatCheckValue(check: Check, value: number | null): string {
  if (value === null) return DASH;
  if (check.unit === 'share') return `${Math.round(value * 100)}%`;
  if (check.unit === 'coefficient') return value.toFixed(2);
  if (check.unit === 'count') return String(value);
  return String(Math.round(value));
}

export function formatInterval(check: Check): string {
  // A figure known exactly (a count, a census share, a fact HR stated) has no interval to show.
  if (check.unit === 'count' || check.unit === 'fact' || check.subject === 'response-rate') return DASH;
  if (check.low === null || check.high === null || check.low === check.high) return DASH;
  return `${formatCheckValue(check, check.low)}–${formatCheckValue(check, check.high)}`;
}

/** The healthy side of the line, the opposite of the barrier condition; a fact has no line. */
export function formatThreshold(check: Check): string {
  if (check.unit === 'fact') return DASH;
  const sign = check.barrierWhen === 'below' ? '≥' : check.barrierWhen === 'at-or-below' ? '>' : '<';
  return `${sign} ${formatCheckValue(check, check.threshold)}`;
}

function checkValue(check: Check, text: BoardPdfText, language: Language): string {
  if (check.withheld) return text.withheld;
  if (check.unit === 'fact') return check.answer ? text.statedByHr(check.answer[language]) : text.notStated;
  return formatCheckValue(check, check.value);
}

/** Whose scores the charts and score table show: the organization's, or where the reader may not see them, their one department's. */
export function chartedGroup(
  report: CampaignReport,
  text: BoardPdfText,
): { label: string; summary: GroupSummary } | null {
  if (report.overall) return { label: text.organizationSeries, summary: report.overall };
  const shown = report.departments.filter((d) => !d.hidden && d.summary);
  return shown.length > 0 ? { label: shown[0]!.name, summary: shown[0]!.summary! } : null;
}

export function ownerText(action: PlanAction, names: ReadonlyMap<string, string>, text: BoardPdfText) {
  if (action.owner === null) return text.unassigned;
  if ('email' in action.owner) return `${action.owner.name} <${action.owner.email}>`;
  return names.get(action.owner.accountId) ?? DASH;
}

function titleBlock(input: BoardPdfInput, text: BoardPdfText): Block[] {
  const { report, language } = input;
  const rows: [string, string][] = [
    [text.organization, report.organizationName],
    [text.campaign, report.campaignName],
    [text.opened, input.openedOn ?? DASH],
    [text.closed, input.closedOn ?? text.stillOpen],
    [
      text.responses,
      report.release && report.responseRate !== null
        ? text.answered(report.release.received, report.headcount, formatPercent(report.responseRate))
        : text.answeredWithheld,
    ],
    [text.produced, input.today],
  ];
  const blocks: Block[] = [
    { kind: 'title', text: text.documentTitle },
    { kind: 'facts', rows },
  ];
  // A campaign of chosen departments speaks for them, which the board must read before the verdict.
  if (report.scope === 'departments') {
    const asked = report.view
      ? null
      : joinList(
          language,
          report.departments.map((d) => d.name),
        );
    blocks.push({ kind: 'paragraph', style: 'body', text: text.campaignScope(asked) });
  }
  if (report.view) {
    const names = joinList(
      language,
      report.departments.map((d) => d.name),
    );
    blocks.push({ kind: 'paragraph', style: 'muted', text: text.scope(names) });
    if (!report.view.organizationShown)
      blocks.push({ kind: 'paragraph', style: 'muted', text: text.scopeOrganizationWithheld });
    if (report.view.withheldRecommendations > 0)
      blocks.push({
        kind: 'paragraph',
        style: 'muted',
        text: text.scopeRecommendationsWithheld(report.view.withheldRecommendations),
      });
  }
  return blocks;
}

function summaryBlocks(input: BoardPdfInput, text: BoardPdfText): Block[] {
  const { summary } = input.report;
  const { language } = input;
  const target = (check: Check) => text.target(check.barrierWhen, formatCheckValue(check, check.threshold));
  const change: Block =
    summary.verdict === 'ready'
      ? { kind: 'paragraph', style: 'body', text: text.changeReady }
      : summary.verdict === 'insufficient-evidence'
        ? { kind: 'paragraph', style: 'body', text: text.changeEvidence }
        : summary.toChange.length === 0
          ? { kind: 'paragraph', style: 'body', text: text.changeElsewhere }
          : {
              kind: 'list',
              numbered: false,
              items: summary.toChange.map((c) =>
                text.change(c.label[language], target(c), formatCheckValue(c, c.value)),
              ),
            };
  const { trust } = summary;
  return [
    { kind: 'heading', level: 1, text: text.summaryHeading },
    { kind: 'paragraph', style: 'lead', text: text.verdictLead },
    { kind: 'paragraph', style: 'verdict', text: summary.title[language] },
    { kind: 'paragraph', style: 'body', text: text.meaning[summary.verdict] },
    ...(summary.provisional ? [{ kind: 'paragraph', style: 'muted', text: text.provisional } as const] : []),
    { kind: 'heading', level: 2, text: text.changeHeading },
    change,
    { kind: 'heading', level: 2, text: text.barriersHeading },
    summary.barriers.length === 0
      ? { kind: 'paragraph', style: 'body', text: text.noBarriers }
      : {
          kind: 'barriers',
          items: summary.barriers.map((c) => ({
            figure: formatCheckValue(c, c.value),
            unit: c.unit === 'score' ? text.outOf100 : '',
            label: c.label[language],
            text: text.barrier(target(c), c.status === 'fail'),
          })),
        },
    { kind: 'heading', level: 2, text: text.actionsHeading },
    summary.actions.length === 0
      ? { kind: 'paragraph', style: 'body', text: text.noActions }
      : { kind: 'list', numbered: true, items: summary.actions.map((a) => a.title[language]) },
    { kind: 'heading', level: 2, text: text.trustHeading },
    {
      kind: 'paragraph',
      style: 'body',
      text:
        trust.received === null
          ? text.trustWithheld
          : text.trust(trust.received, trust.headcount, formatPercent(trust.responseRate)),
    },
  ];
}

function chartBlocks(input: BoardPdfInput, text: BoardPdfText): Block[] {
  const { report, language } = input;
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  const group = chartedGroup(report, text);
  const heading: Block = { kind: 'heading', level: 1, text: text.chartsHeading };
  if (!group)
    return [heading, { kind: 'paragraph', style: 'muted', text: text.noScores(report.minGroupSize) }];
  // The organization beside each department shown, as on the page; hidden departments have no scores.
  const series = [
    ...(report.overall ? [{ label: text.organizationSeries, summary: report.overall }] : []),
    ...report.departments.flatMap((d) =>
      !d.hidden && d.summary ? [{ label: d.name, summary: d.summary }] : [],
    ),
  ].map((s) => ({ label: s.label, scores: dimensions.map((d) => s.summary.dimensions[d.id]?.mean ?? null) }));
  const { red, green } = report.thresholds;
  return [
    heading,
    { kind: 'paragraph', style: 'muted', text: text.radarCaption },
    { kind: 'radar', labels: dimensions.map((d) => d.title[language]), series },
    { kind: 'paragraph', style: 'muted', text: text.barsCaption(formatScore(red), formatScore(green)) },
    {
      kind: 'bars',
      title: group.label,
      red,
      green,
      items: dimensions.map((d) => {
        const estimate = group.summary.dimensions[d.id];
        return {
          label: d.title[language],
          score: estimate?.mean ?? null,
          low: estimate?.low ?? null,
          high: estimate?.high ?? null,
        };
      }),
    },
  ];
}

function recommendationBlocks(input: BoardPdfInput, text: BoardPdfText): Block[] {
  const { report, language } = input;
  const names = new Map(report.departments.map((d) => [d.departmentId, d.name]));
  const heading: Block = { kind: 'heading', level: 1, text: text.recommendationsHeading };
  if (report.recommendations.length === 0)
    return [heading, { kind: 'paragraph', style: 'body', text: text.noRecommendations }];
  return [
    heading,
    ...report.recommendations.flatMap((r, i): Block[] => {
      const concerned = r.departmentIds.flatMap((id) => (names.has(id) ? [names.get(id)!] : []));
      return [
        { kind: 'heading', level: 3, text: `${i + 1}. ${r.title[language]}` },
        ...(r.steps.length > 0
          ? [{ kind: 'list', numbered: false, items: r.steps.map((s) => s[language]) } as const]
          : []),
        ...(concerned.length > 0
          ? [
              {
                kind: 'paragraph',
                style: 'muted',
                text: text.concerns(joinList(language, concerned)),
              } as const,
            ]
          : []),
        // An alternative to OKR comes with a first version of its plan, filled in from the survey.
        ...(r.plan && r.plan.length > 0
          ? [
              { kind: 'paragraph', style: 'lead', text: text.starterPlan } as const,
              ...r.plan.flatMap((section): Block[] => [
                { kind: 'paragraph', style: 'strong', text: section.heading[language] },
                { kind: 'paragraph', style: 'muted', text: section.finding[language] },
                ...(section.actions.length > 0
                  ? [
                      {
                        kind: 'list',
                        numbered: false,
                        items: section.actions.map((a) => a[language]),
                      } as const,
                    ]
                  : []),
              ]),
            ]
          : []),
      ];
    }),
  ];
}

function planBlocks(input: BoardPdfInput, text: BoardPdfText): Block[] {
  const { actions, progress } = input.plan;
  const heading: Block = { kind: 'heading', level: 1, text: text.planHeading };
  if (actions.length === 0) return [heading, { kind: 'paragraph', style: 'body', text: text.planEmpty }];
  return [
    heading,
    { kind: 'paragraph', style: 'body', text: text.planProgress(progress.done, progress.total) },
    {
      kind: 'table',
      columns: [
        { header: text.planTitle, width: 0.42, align: 'left' },
        { header: text.planOwner, width: 0.3, align: 'left' },
        { header: text.planDue, width: 0.14, align: 'left' },
        { header: text.planStatus, width: 0.14, align: 'left' },
      ],
      rows: actions.map((a) => [
        a.title,
        ownerText(a, input.accountNames, text),
        a.due ?? text.notDated,
        text.actionStatus[a.status],
      ]),
      strongRows: [],
    },
  ];
}

function gateBlocks(input: BoardPdfInput, text: BoardPdfText): Block[] {
  const { report, language } = input;
  const { decision } = report;
  const deciding = decision.gates.find((g) => g.id === decision.decidingGate);
  return [
    { kind: 'heading', level: 2, text: text.gatesHeading },
    {
      kind: 'paragraph',
      style: 'body',
      text: deciding ? text.decidedBy(deciding.title[language]) : text.allPassed,
    },
    ...decision.gates.flatMap((gate): Block[] => [
      {
        kind: 'heading',
        level: 3,
        text: text.gateHeading(gate.title[language], text.checkStatus[gate.status]),
      },
      { kind: 'paragraph', style: 'muted', text: gate.rule[language] },
      {
        kind: 'table',
        columns: [
          { header: text.measure, width: 0.33, align: 'left' },
          { header: text.value, width: 0.23, align: 'right' },
          { header: text.interval, width: 0.14, align: 'right' },
          { header: text.threshold, width: 0.13, align: 'right' },
          { header: text.result, width: 0.17, align: 'left' },
        ],
        rows: gate.checks.map((check) => [
          check.label[language],
          checkValue(check, text, language),
          check.withheld ? DASH : formatInterval(check),
          formatThreshold(check),
          text.checkStatus[check.status],
        ]),
        strongRows: [],
      },
    ]),
  ];
}

function scaleBlocks(input: BoardPdfInput, text: BoardPdfText): Block[] {
  const { report, language } = input;
  const group = chartedGroup(report, text);
  const heading: Block = { kind: 'heading', level: 2, text: text.scalesHeading };
  if (!group)
    return [heading, { kind: 'paragraph', style: 'muted', text: text.noScores(report.minGroupSize) }];
  const rows: string[][] = [];
  const strongRows: number[] = [];
  const interval = (low: number | null | undefined, high: number | null | undefined) =>
    low === null || low === undefined || high === null || high === undefined
      ? DASH
      : `${formatScore(low)}–${formatScore(high)}`;
  for (const dimension of report.dimensions) {
    const estimate = group.summary.dimensions[dimension.id];
    strongRows.push(rows.length);
    rows.push([
      dimension.title[language],
      formatScore(estimate?.mean),
      interval(estimate?.low, estimate?.high),
      estimate ? String(estimate.n) : DASH,
    ]);
    for (const scale of dimension.scales) {
      const s = group.summary.scales[scale.id]?.estimate;
      rows.push([
        `   ${scale.title[language]}`,
        formatScore(s?.mean),
        interval(s?.low, s?.high),
        s ? String(s.n) : DASH,
      ]);
    }
  }
  return [
    heading,
    { kind: 'paragraph', style: 'muted', text: group.label },
    {
      kind: 'table',
      columns: [
        { header: `${text.dimension} / ${text.scale}`, width: 0.52, align: 'left' },
        { header: text.mean, width: 0.14, align: 'right' },
        { header: text.interval, width: 0.2, align: 'right' },
        { header: text.people, width: 0.14, align: 'right' },
      ],
      rows,
      strongRows,
    },
  ];
}

function departmentBlocks(input: BoardPdfInput, text: BoardPdfText): Block[] {
  const { report, language } = input;
  const dimensions = report.dimensions.filter((d) => d.role === 'readiness');
  const share = 0.62 / Math.max(dimensions.length, 1);
  const scores = (summary: GroupSummary | null) =>
    dimensions.map((d) => formatScore(summary?.dimensions[d.id]?.mean));
  const rows: string[][] = [];
  const strongRows: number[] = [];
  if (report.overall) {
    strongRows.push(0);
    rows.push([
      text.wholeOrganization,
      report.responses === null ? DASH : String(report.responses),
      formatPercent(report.responseRate),
      ...scores(report.overall),
    ]);
  }
  for (const d of report.departments) {
    rows.push([
      d.name,
      d.responses === null ? text.fewerThan(report.minGroupSize) : String(d.responses),
      formatPercent(d.responseRate),
      ...scores(d.hidden ? null : d.summary),
    ]);
  }
  return [
    { kind: 'heading', level: 2, text: text.departmentsHeading },
    {
      kind: 'table',
      columns: [
        { header: text.department, width: 0.19, align: 'left' },
        { header: text.responses, width: 0.11, align: 'right' },
        { header: text.rate, width: 0.08, align: 'right' },
        ...dimensions.map((d) => ({ header: d.title[language], width: share, align: 'right' as const })),
      ],
      rows,
      strongRows,
      // Many narrow columns: a smaller size keeps each dimension's name whole on its lines.
      size: 8,
    },
    { kind: 'paragraph', style: 'muted', text: text.hiddenNote(report.minGroupSize) },
  ];
}

/**
 * Curly quotes and apostrophes as straight ones. The one font that holds Chinese draws ‘’“” full-width, as
 * Chinese sets them, which in an English sentence reads as a gap ("dimension’ s"); in Chinese they stay.
 */
export const straightQuotes = (text: string): string => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  }
  return value;
}

/** The whole document in reading order: title, summary, charts, recommendations, plan, then the appendix. */
export function boardDocument(input: BoardPdfInput): BoardDocument {
  const text = BOARD_PDF_TEXT[input.language];
  const document: BoardDocument = {
    title: `${text.documentTitle}: ${input.report.organizationName}, ${input.report.campaignName}`,
    blocks: [
      ...titleBlock(input, text),
      ...summaryBlocks(input, text),
      ...chartBlocks(input, text),
      ...recommendationBlocks(input, text),
      ...planBlocks(input, text),
      { kind: 'page-break' },
      { kind: 'heading', level: 1, text: text.appendixHeading },
      { kind: 'paragraph', style: 'muted', text: text.appendixLead },
      ...gateBlocks(input, text),
      ...scaleBlocks(input, text),
      ...departmentBlocks(input, text),
    ],
  };
  return input.language === 'en' ? mapStrings(document, straightQuotes) : document;
}
