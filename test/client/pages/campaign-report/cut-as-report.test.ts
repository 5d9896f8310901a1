import { describe, expect, it } from 'vitest';
import { cutAsQuestions } from '../../../../client/pages/campaign-report/cut-as-questions';
import { cutAsReport } from '../../../../client/pages/campaign-report/cut-as-report';
import { toHeatmapRows } from '../../../../client/pages/campaign-report/heatmap-cells';
import { BARRIER_MODEL_V1 } from '../../../../server/domain/instrument/barrier-model';
import type { CampaignQuestions, CampaignReport, CutReport } from '../../../../server/http/api-types';

const estimate = (n: number, mean: number) => ({ n, mean, sd: 9, low: mean - 5, high: mean + 5 });
const counts = { favourable: 6, neutral: 2, unfavourable: 1, dontKnow: 1 };

const CUT: CutReport = {
  campaignId: 'c',
  cut: 'level',
  title: { en: 'Which best describes your role?', 'zh-cn': '以下哪一项最符合您的岗位？' },
  minGroupSize: 5,
  shown: true,
  reason: null,
  n: 25,
  groups: [
    {
      value: 'staff',
      label: { en: 'Staff', 'zh-cn': '普通员工' },
      hidden: false,
      n: 10,
      summary: { scales: {}, dimensions: { hygiene: estimate(10, 62) } },
      answers: { q1: counts },
    },
    {
      value: 'executive',
      label: { en: 'Executive', 'zh-cn': '高层管理者' },
      hidden: true,
      n: null,
      summary: null,
      answers: {},
    },
  ],
};

const REPORT = {
  campaignId: 'c',
  departments: [],
  dimensions: BARRIER_MODEL_V1.dimensions,
  thresholds: { red: 50, green: 70 },
  analysis: { differences: [], siloSignals: [] },
} as unknown as CampaignReport;

describe('cutAsReport', () => {
  it('puts the cut’s groups in the place of the units, named in the reader’s language, with no marks', () => {
    const report = cutAsReport(REPORT, CUT, 'zh-cn');
    expect(report.analysis).toBeNull();
    expect(report.departments).toEqual([
      {
        departmentId: 'staff',
        name: '普通员工',
        headcount: 0,
        responses: 10,
        responseRate: null,
        hidden: false,
        summary: { n: 10, scales: {}, dimensions: { hygiene: estimate(10, 62) } },
      },
      {
        departmentId: 'executive',
        name: '高层管理者',
        headcount: 0,
        responses: null,
        responseRate: null,
        hidden: true,
        summary: null,
      },
    ]);
  });

  it('gives the heatmap a row per group, a hidden group without cells', () => {
    const rows = toHeatmapRows(cutAsReport(REPORT, CUT, 'en'));
    expect(rows.map((r) => [r.departmentId, r.name, r.hidden, r.cells === null])).toEqual([
      ['staff', 'Staff', false, false],
      ['executive', 'Executive', true, true],
    ]);
    expect(rows[0]!.cells!.find((c) => c.dimension === 'hygiene' && c.scale === null)!.mean).toBe(62);
  });
});

describe('cutAsQuestions', () => {
  const reply = {
    campaignId: 'c',
    minGroupSize: 5,
    groups: [{ id: 'sales', name: 'Sales', hidden: false }],
    results: {
      organizationShown: true,
      pullsDownFrom: 'organization',
      dimensions: [
        {
          dimension: 'hygiene',
          title: { en: 'Hygiene', 'zh-cn': '保健因素' },
          role: 'readiness',
          pullsDown: [],
          questions: [
            { questionId: 'q1', groups: [{ groupId: 'sales', shares: null }] },
            { questionId: 'q2', groups: [{ groupId: 'sales', shares: null }] },
          ],
        },
      ],
    },
  } as unknown as CampaignQuestions;

  it('puts the cut’s groups in the place of the units, with each item’s shares where they were shown', () => {
    const regrouped = cutAsQuestions(reply, CUT, 'en');
    expect(regrouped.groups).toEqual([
      { id: 'staff', name: 'Staff', hidden: false },
      { id: 'executive', name: 'Executive', hidden: true },
    ]);
    const [q1, q2] = regrouped.results.dimensions[0]!.questions;
    expect(q1!.groups).toEqual([
      {
        groupId: 'staff',
        shares: {
          n: 10,
          counts,
          shares: { favourable: 0.6, neutral: 0.2, unfavourable: 0.1, dontKnow: 0.1 },
          favourable: { successes: 6, n: 10, p: 0.6, low: null, high: null },
        },
      },
      { groupId: 'executive', shares: null },
    ]);
    expect(q2!.groups.map((g) => g.shares)).toEqual([null, null]);
  });

  it('gives no shares to a group whose counts hold nobody', () => {
    const empty = {
      ...CUT,
      groups: [
        { ...CUT.groups[0]!, answers: { q1: { favourable: 0, neutral: 0, unfavourable: 0, dontKnow: 0 } } },
      ],
    };
    expect(cutAsQuestions(reply, empty, 'en').results.dimensions[0]!.questions[0]!.groups).toEqual([
      { groupId: 'staff', shares: null },
    ]);
  });
});
