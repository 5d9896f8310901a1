// Words of the statistical sections (trust, departments compared, what moves the outcome) in both
// languages, in plain terms first and the statistic's name after.

import type { Language } from '../../components/language-switch';

/** Statistics' symbols and names, written alike in both languages: column headings beside the words. */
export const STATISTIC_NAMES = { alpha: 'α', hedgesG: 'Hedges g [95%]', icc: 'ICC(1)' } as const;

export const ANALYSIS_TEXT = {
  en: {
    trust: 'How far to trust these numbers',
    trustLead:
      'Cronbach’s α shows whether the questions of a scale measure one thing. Read a scale marked unreliable question by question, not as one score.',
    scale: 'Scale',
    items: 'Questions',
    completeCases: 'Complete answers',
    status: 'Status',
    weakItems: 'Weak questions',
    reliability: {
      acceptable: '✓ Acceptable',
      questionable: '! Questionable',
      unreliable: '✗ Unreliable',
      'not-computed': '– Not computed (too few answers)',
    },
    agreement: (agreeing: number, total: number, share: string) =>
      `In ${agreeing} of ${total} departments shown (${share}), people agree with each other on every readiness dimension, so those departments’ averages speak for their members.`,
    noAgreement: 'Agreement within departments is measured once a department is shown.',
    compared: 'Departments compared',
    comparedLead:
      'Only differences that hold after correcting for the number of pairs compared (Holm p < 0.05) and are large enough to matter are listed.',
    dimension: 'Dimension',
    higher: 'Higher',
    lower: 'Lower',
    difference: 'Difference (points) [95%]',
    pHolm: 'p (Holm)',
    noSpread:
      'Everyone in each department gave the same score, so no test is possible. Real answers rarely look like this: check for repeated or scripted submissions.',
    noDifferences: 'Nothing flagged: no two departments differ clearly and by enough to matter.',
    silos: 'Silo signals',
    noSilos: 'No silo signals.',
    silo: {
      lowAgreement: (department: string, dimension: string, rwg: string) =>
        `${department}: people disagree among themselves on ${dimension} (rwg(J) ${rwg}).`,
      polarised: (department: string, scale: string, share: string) =>
        `${department} is split on ${scale}: at least ${share} are favourable and as many unfavourable.`,
      gap: (a: string, b: string, dimension: string, g: string) =>
        `${a} and ${b} see ${dimension} differently (Hedges g ${g}).`,
    },
    icc: 'How much the department explains',
    iccLead:
      'ICC(1): the share of the differences between people that comes from which department they are in. Near zero or below: departments look alike on that dimension.',
    drivers: 'What moves the outcome',
    driversLead:
      'How closely each dimension moves with people’s expectation that OKRs would help their team, strongest first (Pearson r with its 95% interval).',
    caveat:
      'Correlation is not cause: a dimension that moves with the outcome does not show that raising it would raise the outcome.',
    clearLink: 'the interval excludes zero',
    unclearLink: 'could be no link',
    noDrivers: 'Too few answers to the outcome question to relate it to anything.',
  },
  'zh-cn': {
    trust: '这些数字有多可信',
    trustLead: 'Cronbach α 表示一个量表的各题是否在测同一件事。标为“不可靠”的量表应逐题解读，而不是看总分。',
    scale: '量表',
    items: '题数',
    completeCases: '完整作答',
    status: '状态',
    weakItems: '较弱的题目',
    reliability: {
      acceptable: '✓ 可接受',
      questionable: '! 存疑',
      unreliable: '✗ 不可靠',
      'not-computed': '– 未计算（作答太少）',
    },
    agreement: (agreeing: number, total: number, share: string) =>
      `在显示的 ${total} 个部门中，有 ${agreeing} 个（${share}）部门内部在每个准备度维度上看法一致，因此这些部门的平均分能代表其成员。`,
    noAgreement: '部门显示后才会衡量部门内部的一致性。',
    compared: '部门比较',
    comparedLead: '仅列出经多重比较校正后仍显著（Holm p < 0.05）且幅度足以值得关注的差异。',
    dimension: '维度',
    higher: '较高',
    lower: '较低',
    difference: '差值（分）[95%]',
    pHolm: 'p（Holm 校正）',
    noSpread:
      '两个部门内每个人的得分都完全相同，无法进行检验。真实回答很少如此，请检查是否有重复或脚本提交。',
    noDifferences: '没有需要标记的差异：没有两个部门之间存在明确且足够大的差别。',
    silos: '部门墙信号',
    noSilos: '没有部门墙信号。',
    silo: {
      lowAgreement: (department: string, dimension: string, rwg: string) =>
        `${department}：成员在“${dimension}”上看法不一（rwg(J) ${rwg}）。`,
      polarised: (department: string, scale: string, share: string) =>
        `${department}在“${scale}”上意见两极：赞同与不赞同的各至少占 ${share}。`,
      gap: (a: string, b: string, dimension: string, g: string) =>
        `${a}与${b}对“${dimension}”的看法明显不同（Hedges g ${g}）。`,
    },
    icc: '部门能解释多少差异',
    iccLead: 'ICC(1)：人与人之间的差异中，有多大比例来自所在部门。接近零或为负：各部门在该维度上差别不大。',
    drivers: '什么在影响结果',
    driversLead: '各维度与“认为 OKR 能帮助团队”这一预期的相关程度，由强到弱（Pearson r 及其 95% 区间）。',
    caveat: '相关不等于因果：某维度与结果同升同降，并不说明提高它就能提高结果。',
    clearLink: '区间不含零',
    unclearLink: '可能并无关联',
    noDrivers: '对结果题的作答太少，无法分析相关。',
  },
} as const satisfies Record<Language, unknown>;

export type AnalysisText = (typeof ANALYSIS_TEXT)[Language];
