// @vitest-environment jsdom
// The heatmap as a reader meets it, drawn from a report the domain builds: hidden units show their name and
// no figure, any column sorts the rows, and a cell is marked only where the report's analysis flags a gap.

import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { HeatmapSection } from '../../../../client/pages/campaign-report/heatmap-section';
import { REPORT_TEXT } from '../../../../client/pages/campaign-report/report-text';
import type { CampaignReport } from '../../../../server/http/api-types';
import { buildCampaignReport } from '../../../../server/domain/analysis/campaign-report';
import { createCampaign } from '../../../../server/domain/campaigns/campaign';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import { makeResponse } from '../../../fixtures/make-response';
import { fixtureQuestionnaire, uniformAnswers } from '../../../fixtures/questionnaire';

afterEach(cleanup);

/** Sales answers 4 on every item (75), Ops 2 (25), Tiny too few to be shown. */
function demoReport(): CampaignReport {
  const departments = [
    { id: 'sales', name: 'Sales', headcount: 10, answer: 4, count: 6 },
    { id: 'ops', name: 'Ops', headcount: 10, answer: 2, count: 6 },
    { id: 'tiny', name: 'Tiny', headcount: 10, answer: 5, count: 2 },
  ];
  let n = 0;
  const campaign = createCampaign({
    id: 'c1',
    organizationId: 'org',
    name: 'Wave 1',
    questionnaireId: 'fixture',
    modelVersion: '1',
    departmentIds: departments.map((d) => d.id),
    today: '2026-11-26',
    newToken: () => `token${n++}`,
  });
  return buildCampaignReport({
    organization: { id: 'org', name: 'Org', departments, createdOn: '2026-11-26' },
    campaign,
    questionnaire: fixtureQuestionnaire(),
    model: BARRIER_MODEL_V1,
    responses: departments.flatMap((d) =>
      Array.from({ length: d.count }, () =>
        makeResponse({ campaignId: 'c1', departmentId: d.id, answers: uniformAnswers(d.answer) }),
      ),
    ),
  });
}

const show = (report: CampaignReport, language: 'en' | 'zh-cn' = 'en') =>
  render(<HeatmapSection report={report} text={REPORT_TEXT[language]} language={language} />);

const rowNames = () =>
  within(screen.getByRole('table'))
    .getAllByRole('rowheader')
    .map((th) => th.textContent);

it('shows each unit’s scores with their intervals, and a hidden unit by name with no figure', () => {
  const report = demoReport();
  show(report);
  const tiny = screen.getByRole('row', { name: /^Tiny/ });
  expect(tiny.className).toBe('hidden-group');
  expect(tiny.textContent).toBe('Tinyfewer than 5');
  expect(tiny.textContent).not.toMatch(/\d{2}/);
  const sales = screen.getByRole('row', { name: /^Sales/ });
  const cell = within(sales).getByRole('cell', { name: /^Sales, Participation: 75/ });
  expect(cell.textContent).toBe('75');
  expect(cell.className).toBe('num band-green');
  expect(cell.getAttribute('title')).toBe(cell.getAttribute('aria-label'));
  expect(
    within(screen.getByRole('row', { name: /^Ops/ })).getByRole('cell', { name: /^Ops, Participation: 25/ })
      .className,
  ).toBe('num band-red');
});

it('sorts by any column from its header button, saying so with aria-sort', async () => {
  const user = userEvent.setup();
  show(demoReport());
  expect(rowNames()).toEqual(['Sales', 'Ops', 'Tiny']);
  const participation = screen.getByRole('columnheader', { name: /Participation/ });
  expect(participation.getAttribute('aria-sort')).toBeNull();
  await user.click(within(participation).getByRole('button', { name: 'Participation' }));
  expect(participation.getAttribute('aria-sort')).toBe('descending');
  expect(rowNames()).toEqual(['Sales', 'Ops', 'Tiny']);
  await user.click(within(participation).getByRole('button', { name: 'Participation' }));
  expect(participation.getAttribute('aria-sort')).toBe('ascending');
  expect(rowNames()).toEqual(['Ops', 'Sales', 'Tiny']);
  const unit = screen.getByRole('columnheader', { name: /Unit/ });
  await user.click(within(unit).getByRole('button'));
  expect(unit.getAttribute('aria-sort')).toBe('ascending');
  expect(participation.getAttribute('aria-sort')).toBeNull();
  expect(rowNames()).toEqual(['Ops', 'Sales', 'Tiny']);
  await user.click(within(unit).getByRole('button'));
  expect(rowNames()).toEqual(['Tiny', 'Sales', 'Ops']);
});

it('marks a cell only where the report’s analysis flags a gap, naming the other unit, in either language', () => {
  const report = demoReport();
  // Everyone in a department answered alike, so no pair is testable and nothing is flagged as built.
  expect(report.analysis!.differences.some((d) => d.flagged)).toBe(false);
  show(report);
  expect(document.querySelectorAll('[data-marked]')).toHaveLength(0);
  cleanup();

  const flagged: CampaignReport = {
    ...report,
    analysis: {
      ...report.analysis!,
      differences: report.analysis!.differences.map((d) => ({ ...d, flagged: d.dimension === 'culture' })),
    },
  };
  show(flagged);
  const marked = [...document.querySelectorAll('[data-marked]')].map((c) => c.getAttribute('aria-label'));
  expect(marked).toEqual([
    expect.stringMatching(/^Sales, Readiness and culture: 75 \(75–75\); clearly apart from Ops$/),
    expect.stringMatching(/^Ops, Readiness and culture: 25 \(25–25\); clearly apart from Sales$/),
  ]);
  cleanup();

  show(flagged, 'zh-cn');
  const zh = [...document.querySelectorAll('[data-marked]')].map((c) => c.getAttribute('aria-label'));
  expect(zh[0]).toMatch(/^Sales，.+：75（\d+–\d+）；与Ops明显不同$/);
  expect(screen.getByRole('heading', { name: '热力图' })).toBeDefined();
});

it('opens a dimension into its scales’ columns, which sort too, and keeps a hidden unit without a figure', async () => {
  const user = userEvent.setup();
  const report = demoReport();
  show(report);
  const headers = () => screen.getAllByRole('columnheader').map((th) => th.getAttribute('data-column'));
  const before = headers();
  const expand = screen.getByRole('button', { name: 'Show the scales of Readiness and culture' });
  expect(expand.getAttribute('aria-expanded')).toBe('false');
  await user.click(expand);
  const open = screen.getByRole('button', { name: 'Hide the scales of Readiness and culture' });
  expect(open.getAttribute('aria-expanded')).toBe('true');
  const scales = BARRIER_MODEL_V1.dimensions.find((d) => d.id === 'culture')!.scales;
  const at = before.indexOf('culture');
  expect(headers()).toEqual([
    ...before.slice(0, at + 1),
    ...scales.map((s) => s.id),
    ...before.slice(at + 1),
  ]);
  // A scale's cell carries the unit's own scale score, and says which scale it is.
  const first = scales[0]!;
  const sales = screen.getByRole('row', { name: /^Sales/ });
  const cell = within(sales).getByRole('cell', {
    name: new RegExp(`^Sales, Readiness and culture › ${first.title.en}: `),
  });
  const estimate = report.departments.find((d) => d.name === 'Sales')!.summary!.scales[first.id]!.estimate;
  expect(cell.getAttribute('data-column')).toBe(first.id);
  expect(cell.textContent).toBe(estimate.mean === null ? '–' : String(Math.round(estimate.mean)));
  // The hidden unit spans every column, scales included, with no figure.
  const tiny = screen.getByRole('row', { name: /^Tiny/ });
  expect(within(tiny).getByRole('cell').getAttribute('colspan')).toBe(String(headers().length - 1));
  expect(tiny.textContent).not.toMatch(/\d{2}/);
  // Sorting by the scale puts Ops (2 on every item) before Sales (4) going up.
  const column = screen.getByRole('columnheader', { name: new RegExp(`› ${first.title.en}`) });
  const sortScale = within(column).getByRole('button', { name: /^Readiness and culture ›/ });
  await user.click(sortScale);
  await user.click(sortScale);
  expect(column.getAttribute('aria-sort')).toBe('ascending');
  expect(rowNames()).toEqual(['Ops', 'Sales', 'Tiny']);
  await user.click(open);
  expect(headers()).toEqual(before);
  // Its order went with the column: the rows are back in the report's order.
  expect(rowNames()).toEqual(['Sales', 'Ops', 'Tiny']);
});

it('offers the heatmap as a CSV file in the reader’s language', () => {
  show(demoReport(), 'zh-cn');
  const link = screen.getByRole('link', { name: '下载热力图（CSV）' });
  expect(link.getAttribute('href')).toBe('/api/campaigns/c1/heatmap.csv?lang=zh-cn');
  expect(link.hasAttribute('download')).toBe(true);
});
