// The board's PDF's own words in both languages. The model's words (verdict titles, gate rules, dimension
// and scale names, recommendations) come with the report as the page shows them, so the PDF and the page
// name each verdict and dimension alike; what is written here frames them for a reader holding paper.

import type { Language } from '../../shared/languages';
import type { ActionStatus } from '../domain/decisions/action-plan';
import type { CheckStatus } from '../domain/decisions/checks';
import type { Verdict } from '../domain/decisions/verdicts';

export interface BoardPdfText {
  documentTitle: string;
  organization: string;
  campaign: string;
  opened: string;
  closed: string;
  stillOpen: string;
  produced: string;
  answered: (received: number, headcount: number, rate: string) => string;
  answeredWithheld: string;
  scope: (departments: string) => string;
  /** The departments a campaign of chosen departments asked, or null when the reader sees only some. */
  campaignScope: (departments: string | null) => string;
  scopeOrganizationWithheld: string;
  scopeRecommendationsWithheld: (n: number) => string;
  summaryHeading: string;
  verdictLead: string;
  meaning: Record<Verdict, string>;
  changeHeading: string;
  change: (label: string, target: string, now: string) => string;
  changeReady: string;
  changeEvidence: string;
  changeElsewhere: string;
  provisional: string;
  barriersHeading: string;
  noBarriers: string;
  target: (barrierWhen: string, threshold: string) => string;
  outOf100: string;
  barrier: (target: string, clear: boolean) => string;
  actionsHeading: string;
  noActions: string;
  trustHeading: string;
  trust: (received: number, headcount: number, rate: string) => string;
  trustWithheld: string;
  chartsHeading: string;
  radarCaption: string;
  barsCaption: (red: string, green: string) => string;
  noScores: (n: number) => string;
  organizationSeries: string;
  barrierLine: string;
  healthyLine: string;
  recommendationsHeading: string;
  noRecommendations: string;
  concerns: (departments: string) => string;
  starterPlan: string;
  planHeading: string;
  planProgress: (done: number, total: number) => string;
  planEmpty: string;
  planTitle: string;
  planOwner: string;
  planDue: string;
  planStatus: string;
  unassigned: string;
  notDated: string;
  actionStatus: Record<ActionStatus, string>;
  appendixHeading: string;
  appendixLead: string;
  gatesHeading: string;
  decidedBy: (gate: string) => string;
  gateHeading: (gate: string, result: string) => string;
  allPassed: string;
  gate: string;
  measure: string;
  value: string;
  interval: string;
  threshold: string;
  result: string;
  statedByHr: (answer: string) => string;
  notStated: string;
  withheld: string;
  checkStatus: Record<CheckStatus, string>;
  scalesHeading: string;
  dimension: string;
  scale: string;
  mean: string;
  people: string;
  departmentsHeading: string;
  department: string;
  responses: string;
  rate: string;
  wholeOrganization: string;
  fewerThan: (n: number) => string;
  hiddenNote: (n: number) => string;
  page: (page: number, pages: number) => string;
}

export const BOARD_PDF_TEXT: Record<Language, BoardPdfText> = {
  en: {
    documentTitle: 'OKR readiness: report for the board',
    organization: 'Organization',
    campaign: 'Survey',
    opened: 'Opened',
    closed: 'Closed',
    stillOpen: 'still open',
    produced: 'This copy made on',
    answered: (received, headcount, rate) => `${received} of ${headcount} people answered (${rate})`,
    answeredWithheld: 'The organization’s counts are not shown in this view.',
    scope: (departments) => `Prepared for a department head: shows ${departments} only.`,
    campaignScope: (departments) =>
      departments === null
        ? 'This survey asked chosen departments only. Its advice is for them, not for the whole organization.'
        : `This survey asked ${departments} only. Its advice is for these departments, not for the whole organization.`,
    scopeOrganizationWithheld:
      'The organization’s own figures are left out too: beside this department they would be one other department’s.',
    scopeRecommendationsWithheld: (n) =>
      `${n} ${n === 1 ? 'recommendation concerns' : 'recommendations concern'} other departments and ${n === 1 ? 'is' : 'are'} left out.`,
    summaryHeading: 'In short',
    verdictLead: 'Our advice',
    meaning: {
      'insufficient-evidence':
        'Too few people have answered to advise yet: make no decision about OKRs until more have taken part.',
      'kpi-projects':
        'Most work here is steady routine: steer it with a few key figures and short improvement projects instead of OKRs.',
      'balanced-scorecard':
        'A balanced set of measures across finance, customers, processes and learning will steer this organization better than OKRs.',
      'fix-hygiene':
        'Basic working conditions hold people back: put them right before asking anyone for ambitious goals.',
      'clarify-okr-kpi':
        'Many people see OKRs as one more way of rating their performance: explain the difference before starting.',
      'strengthen-culture':
        'People do not yet feel safe to aim for goals they may miss or to speak openly: build that trust first.',
      'pilot-first':
        'Start small: run OKRs for one quarter in two teams that depend on each other, learn, then widen.',
      ready:
        'The organization is ready: use OKRs for its strategic goals and keep the usual figures for running the business.',
    },
    changeHeading: 'What would change this advice',
    change: (label, target, now) => `${label} ${target} (now ${now})`,
    changeReady: 'A barrier found by a later survey: ask again before each new cycle of goals.',
    changeEvidence: 'More answers: advice becomes possible once enough people have taken part.',
    changeElsewhere: 'The appendix lists the measures behind the advice and the lines they must cross.',
    provisional: 'Some figures lie close to their line: more answers could still tip this advice either way.',
    barriersHeading: 'What holds the organization back most',
    noBarriers: 'No measure shown here falls on the wrong side of its line.',
    target: (barrierWhen, threshold) =>
      barrierWhen === 'at-or-above' ? `falling below ${threshold}` : `rising above ${threshold}`,
    outOf100: 'out of 100',
    barrier: (target, clear) =>
      `OKRs can go to the whole organization only after ${target}. ${
        clear ? 'This barrier is beyond doubt.' : 'It lies close to its line: more answers would settle it.'
      }`,
    actionsHeading: 'Where to start',
    noActions: 'No action is proposed in this view.',
    trustHeading: 'How far to trust it',
    trust: (received, headcount, rate) =>
      `Based on the answers of ${received} of ${headcount} people (${rate}).`,
    trustWithheld:
      'The organization’s counts are not shown in this view, as they would reveal another department’s.',
    chartsHeading: 'Readiness at a glance',
    radarCaption: 'Readiness score of each dimension, 0 to 100: the further out, the readier.',
    barsCaption: (red, green) =>
      `Each dimension’s score with its 95% interval. At or below ${red} is a barrier; from ${green} up it is healthy enough for a full rollout.`,
    noScores: (n) => `Scores appear once at least ${n} people have answered.`,
    organizationSeries: 'Whole organization',
    barrierLine: 'barrier',
    healthyLine: 'healthy',
    recommendationsHeading: 'Recommendations',
    noRecommendations: 'No recommendation is shown in this view.',
    concerns: (departments) => `Concerns: ${departments}.`,
    starterPlan: 'A first version of the plan, filled in from the survey:',
    planHeading: 'Action plan',
    planProgress: (done, total) => `${done} of ${total} actions done (dropped actions not counted).`,
    planEmpty: 'No action has been planned yet.',
    planTitle: 'Action',
    planOwner: 'Owner',
    planDue: 'Due',
    planStatus: 'Status',
    unassigned: 'not assigned',
    notDated: 'no date',
    actionStatus: { planned: 'Planned', 'in-progress': 'In progress', done: 'Done', dropped: 'Dropped' },
    appendixHeading: 'Appendix: the full analysis',
    appendixLead:
      'The measures each decision gate read, in the order they are tested, then every score and the departments as this reader may see them.',
    gatesHeading: 'Decision gates',
    decidedBy: (gate) => `Decided by the gate “${gate}”.`,
    gateHeading: (gate, result) => `${gate}: ${result}`,
    allPassed: 'Every gate passed.',
    gate: 'Gate',
    measure: 'Measure',
    value: 'Value',
    interval: '95% interval',
    threshold: 'Healthy when',
    result: 'Result',
    statedByHr: (answer) => `${answer} (stated by HR)`,
    notStated: 'not stated by HR',
    withheld: 'withheld in this view',
    checkStatus: {
      pass: 'Pass',
      'leans-pass': 'Likely pass',
      'leans-fail': 'Likely barrier',
      fail: 'Barrier',
      'not-assessed': 'Not measured',
    },
    scalesHeading: 'Scores by dimension and scale',
    dimension: 'Dimension',
    scale: 'Scale',
    mean: 'Score',
    people: 'People',
    departmentsHeading: 'Departments',
    department: 'Department',
    responses: 'Responses',
    rate: 'Rate',
    wholeOrganization: 'Whole organization',
    fewerThan: (n) => `fewer than ${n}`,
    hiddenNote: (n) =>
      `Departments with fewer than ${n} answers in the figures are hidden, and their answers are kept out of the organization’s figures too, so that nobody’s answers can be worked out by subtraction.`,
    page: (page, pages) => `Page ${page} of ${pages}`,
  },
  'zh-cn': {
    documentTitle: 'OKR 准备度：董事会报告',
    organization: '组织',
    campaign: '调查',
    opened: '开始日期',
    closed: '结束日期',
    stillOpen: '仍在进行',
    produced: '本文件生成于',
    answered: (received, headcount, rate) => `${headcount} 人中有 ${received} 人作答（${rate}）`,
    answeredWithheld: '此视图不显示组织整体的人数。',
    scope: (departments) => `为部门负责人准备：仅显示${departments}。`,
    campaignScope: (departments) =>
      departments === null
        ? '本次调研只覆盖所选部门，建议仅针对这些部门，不代表整个组织。'
        : `本次调研只覆盖${departments}，建议仅针对这些部门，不代表整个组织。`,
    scopeOrganizationWithheld: '组织整体的数据也不显示：除去本部门，它们就是另一个部门的数据。',
    scopeRecommendationsWithheld: (n) => `有 ${n} 条建议涉及其他部门，未列出。`,
    summaryHeading: '要点概览',
    verdictLead: '我们的建议',
    meaning: {
      'insufficient-evidence': '作答人数还太少，尚不能给出建议：在更多人参与之前，请暂不就 OKR 作出决定。',
      'kpi-projects': '这里的工作多为稳定的日常事务：建议用少量关键指标加短期改进项目来管理，而不是 OKR。',
      'balanced-scorecard': '与 OKR 相比，一套兼顾财务、客户、流程和学习成长的平衡指标更适合引导本组织。',
      'fix-hygiene': '基本工作条件在拖累员工：请先改善这些条件，再要求大家设定有挑战性的目标。',
      'clarify-okr-kpi': '许多人把 OKR 看作又一种绩效考核方式：开始之前，请先讲清两者的区别。',
      'strengthen-culture': '员工还不敢追求可能达不到的目标，也不敢坦率发言：请先建立这份信任。',
      'pilot-first': '从小处着手：请两个相互依赖的团队先试行一个季度的 OKR，总结经验后再推广。',
      ready: '组织已准备就绪：可以用 OKR 管理战略目标，日常经营仍沿用常规指标。',
    },
    changeHeading: '什么会改变这一建议',
    change: (label, target, now) => `“${label}”${target}（目前为 ${now}）`,
    changeReady: '今后的调查发现新的障碍：建议在每个新的目标周期开始前重新调查。',
    changeEvidence: '更多的回答：足够多的人参与后，才能给出建议。',
    changeElsewhere: '附录列出了建议背后的各项指标及其需要跨越的界线。',
    provisional: '部分数值离界线很近：更多的回答仍可能改变这一建议。',
    barriersHeading: '最主要的障碍',
    noBarriers: '本文件显示的指标中，没有落在界线错误一侧的。',
    target: (barrierWhen, threshold) =>
      barrierWhen === 'at-or-above' ? `降到 ${threshold} 以下` : `升到 ${threshold} 以上`,
    outOf100: '满分 100',
    barrier: (target, clear) =>
      `这一项${target}之后，才适合在全组织推行 OKR。${clear ? '这一障碍确定存在。' : '这一项离界线很近，更多的回答才能确定。'}`,
    actionsHeading: '从哪里开始',
    noActions: '此视图中没有建议的行动。',
    trustHeading: '结论有多可信',
    trust: (received, headcount, rate) => `基于 ${headcount} 人中 ${received} 人的回答（${rate}）。`,
    trustWithheld: '此视图不显示组织整体的人数，因为它会暴露另一个部门的数据。',
    chartsHeading: '准备度一览',
    radarCaption: '各维度的准备度得分（0–100）：越靠外，准备越充分。',
    barsCaption: (red, green) =>
      `各维度得分及其 95% 区间。不高于 ${red} 即为障碍；达到 ${green} 及以上，即足以全面推行。`,
    noScores: (n) => `至少 ${n} 人作答后才会显示得分。`,
    organizationSeries: '组织整体',
    barrierLine: '障碍线',
    healthyLine: '健康线',
    recommendationsHeading: '建议',
    noRecommendations: '此视图中没有可显示的建议。',
    concerns: (departments) => `涉及：${departments}。`,
    starterPlan: '根据本次调查拟定的初版方案：',
    planHeading: '行动计划',
    planProgress: (done, total) => `共 ${total} 项行动，已完成 ${done} 项（已放弃的行动不计）。`,
    planEmpty: '尚未规划任何行动。',
    planTitle: '行动',
    planOwner: '负责人',
    planDue: '截止日期',
    planStatus: '状态',
    unassigned: '未指派',
    notDated: '未定日期',
    actionStatus: { planned: '已计划', 'in-progress': '进行中', done: '已完成', dropped: '已放弃' },
    appendixHeading: '附录：完整分析',
    appendixLead: '按检验顺序列出每个决策关口所依据的指标，随后是各项得分，以及本读者可查看的各部门情况。',
    gatesHeading: '决策关口',
    decidedBy: (gate) => `由关口“${gate}”决定。`,
    gateHeading: (gate, result) => `${gate}：${result}`,
    allPassed: '所有关口均已通过。',
    gate: '关口',
    measure: '指标',
    value: '数值',
    interval: '95% 区间',
    threshold: '健康标准',
    result: '结果',
    statedByHr: (answer) => `${answer}（HR 填写）`,
    notStated: 'HR 未说明',
    withheld: '此视图中不显示',
    checkStatus: {
      pass: '通过',
      'leans-pass': '可能通过',
      'leans-fail': '可能是障碍',
      fail: '障碍',
      'not-assessed': '未测量',
    },
    scalesHeading: '各维度及分量表得分',
    dimension: '维度',
    scale: '分量表',
    mean: '得分',
    people: '人数',
    departmentsHeading: '各部门',
    department: '部门',
    responses: '作答人数',
    rate: '作答率',
    wholeOrganization: '组织整体',
    fewerThan: (n) => `少于 ${n}`,
    hiddenNote: (n) =>
      `计入数据的回答少于 ${n} 份的部门不予显示，其回答也不计入组织整体数据，以免有人通过相减推算出任何人的回答。`,
    page: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
  },
};
