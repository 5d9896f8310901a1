// The report page's own words in both languages; verdicts, rules and labels come from the server's model.

import type { Language } from '../../components/language-switch';

export const REPORT_TEXT = {
  en: {
    language: 'Language',
    verdict: 'Verdict',
    provisional:
      'Provisional: a confidence interval straddles a threshold. More responses could change this verdict.',
    why: 'Why',
    decidedBy: 'Decided by the gate',
    allPassed: 'Every gate passed.',
    gates: 'All gates, in the order they are tested',
    rule: 'Rule',
    measure: 'Measure',
    value: 'Value',
    interval: '95% interval',
    threshold: 'Threshold',
    result: 'Result',
    statedByHr: (answer: string) => `${answer} (stated by HR)`,
    notStated: 'Not stated by HR',
    statedFacts: 'What HR stated about the organization',
    statedFactsNote:
      'HR gave these facts when setting up the campaign; staff were not asked them. The routing gates read them.',
    status: {
      pass: 'Pass',
      'leans-pass': 'Likely pass',
      'leans-fail': 'Likely barrier',
      fail: 'Barrier',
      'not-assessed': 'Not measured',
    },
    scores: 'Readiness by dimension',
    radarLabel:
      'Radar chart of the readiness score (0–100) of each dimension, for the organization and each department shown',
    organization: 'Whole organization',
    departments: 'Departments',
    department: 'Department',
    responses: 'Responses',
    rate: 'Response rate',
    withheld: 'withheld in your view',
    viewNote:
      'This is the report as a head of your department sees it. Findings that involve other departments (silo signals, differences between departments, conflicting definitions of success, agreement across departments) are not shown; where the verdict rests on them, its evidence says “withheld in your view”.',
    organizationWithheld:
      'The figures of the organization as a whole are not shown either, nor the recommendations that rest on them: without your department, they would be the figures of one other department.',
    recommendationsWithheld: (n: number) =>
      `${n} ${n === 1 ? 'recommendation is' : 'recommendations are'} about other departments and not shown here.`,
    fewerThan: (n: number) => `fewer than ${n}`,
    hiddenNote: (n: number) =>
      `Departments with fewer than ${n} answers in the figures are hidden, and their answers are kept out of the organization's figures too, so that no group's answers can be worked out by subtraction. Merge small departments into a reporting group before the next wave to count them.`,
    releaseLine: (used: number, heldBack: number, n: number, on: string | null) =>
      `The figures use the answers of ${used} ${used === 1 ? 'person' : 'people'}${on ? `, last updated with answers of ${on}` : ''}. ${
        heldBack === 0
          ? 'Every answer received is in them.'
          : `${heldBack} ${heldBack === 1 ? 'response waits' : 'responses wait'} (in whole or in part) until enough people answer alike: each figure changes only when at least ${n} more people are behind it, so that no single answer can be told apart by reading the report before and after it.`
      }`,
    summaryLine: (responses: number, headcount: number, rate: string) =>
      `${responses} responses from ${headcount} people (${rate}).`,
    noOverall: (n: number) => `Scores appear once at least ${n} people have answered.`,
    model: 'Model version',
    back: 'Back to the campaign',
    backHome: 'Back to the organization',
    notFound: 'There is no such report, or you have no role in its organization.',
    otherDepartment: 'another department',
    download: {
      title: 'Data for your own analysis',
      data: 'Download data (CSV)',
      codebook: 'Codebook (CSV)',
      note: 'One row per response in random order, with the answers and scale scores this report uses; for Excel, R or SPSS. The codebook explains every column and code.',
      notYet: (n: number) => `The data can be downloaded once at least ${n} people in a unit have answered.`,
    },
  },
  'zh-cn': {
    language: '语言',
    verdict: '结论',
    provisional: '暂定结论：某项置信区间跨越了阈值，更多回答可能改变这一结论。',
    why: '原因',
    decidedBy: '决定结论的关口',
    allPassed: '所有关口均已通过。',
    gates: '全部关口（按检验顺序）',
    rule: '规则',
    measure: '指标',
    value: '数值',
    interval: '95% 区间',
    threshold: '阈值',
    result: '结果',
    statedByHr: (answer: string) => `${answer}（HR 填写）`,
    notStated: 'HR 未说明',
    statedFacts: 'HR 填写的公司情况',
    statedFactsNote: '这些情况由 HR 在设置调查活动时填写，没有询问员工。选择路径的关口依据这些情况。',
    status: {
      pass: '通过',
      'leans-pass': '可能通过',
      'leans-fail': '可能是障碍',
      fail: '障碍',
      'not-assessed': '未测量',
    },
    scores: '各维度准备度',
    radarLabel: '雷达图：组织整体及各显示部门在每个维度上的准备度得分（0–100）',
    organization: '组织整体',
    departments: '各部门',
    department: '部门',
    responses: '回答数',
    rate: '应答率',
    withheld: '您的视图中不显示',
    viewNote:
      '这是您所在部门负责人看到的报告。涉及其他部门的发现（部门墙信号、部门间差异、对成功的不同定义、跨部门的一致程度）不在此显示；如结论依据了这些发现，其证据处标注为“您的视图中不显示”。',
    organizationWithheld:
      '组织整体的数据及以其为依据的建议同样不显示：若去掉您所在的部门，这些数据就等于另一个部门的数据。',
    recommendationsWithheld: (n: number) => `另有 ${n} 条建议涉及其他部门，不在此显示。`,
    fewerThan: (n: number) => `少于 ${n}`,
    hiddenNote: (n: number) =>
      `计入统计的回答少于 ${n} 份的部门不予显示，其回答也暂不计入组织整体的数据，以防通过相减推算出任何群体的回答。如需计入小部门，请在下一轮调查前将其合并为汇报小组。`,
    releaseLine: (used: number, heldBack: number, n: number, on: string | null) =>
      `各项数据基于 ${used} 人的回答${on ? `，最近一次更新纳入了 ${on} 的回答` : ''}。${
        heldBack === 0
          ? '收到的回答已全部计入。'
          : `另有 ${heldBack} 份回答（全部或部分）暂未计入，需等到足够多的人作答：每项数据只有在新增至少 ${n} 人时才会更新，因此无法通过对比前后两次报告辨认出任何一份回答。`
      }`,
    summaryLine: (responses: number, headcount: number, rate: string) =>
      `共 ${headcount} 人，收到 ${responses} 份回答（${rate}）。`,
    noOverall: (n: number) => `至少 ${n} 人作答后才会显示得分。`,
    model: '模型版本',
    back: '返回调查活动',
    backHome: '返回组织',
    notFound: '没有这份报告，或者您在它所属的组织中没有角色。',
    otherDepartment: '其他部门',
    download: {
      title: '供自行分析的数据',
      data: '下载数据（CSV）',
      codebook: '编码手册（CSV）',
      note: '每份回答一行，顺序随机，包含本报告所用的回答和量表得分，可用 Excel、R 或 SPSS 分析。编码手册说明每一列和每个代码的含义。',
      notYet: (n: number) => `某个单元至少有 ${n} 人作答后才能下载数据。`,
    },
  },
} as const satisfies Record<Language, unknown>;

export type ReportText = (typeof REPORT_TEXT)[Language];
