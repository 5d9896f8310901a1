// Words of the advice sections (what to do, what "better" means, goals as written) in both languages; the
// recommendations themselves, their steps and plans come from the server's rules.

import type { Language } from '../../components/language-switch';

export const ADVICE_TEXT = {
  en: {
    whatToDo: 'What to do',
    whatToDoLead: 'In priority order, each with the figures that called for it.',
    noRecommendations: 'Nothing to recommend yet.',
    evidence: 'Evidence',
    interval: '95% interval',
    threshold: 'threshold',
    steps: 'Steps',
    departments: 'Departments',
    pilotDepartments: 'Pilot departments',
    pilotBasis: {
      dependency: 'Chosen because they depend on each other and are the readiest such pair.',
      readiness:
        'Chosen only because they are the readiest: no two departments with sound basics depend on each other.',
    },
    noPilot: 'No department shown has sound enough basics to pilot in yet.',
    pilotHidden:
      'The proposed pilot pair is shown in the full report only, as it involves another department.',
    plan: 'A first version of the plan',
    finding: 'Found',
    meanings: 'What “better” means',
    meaningsLead:
      'What each department mainly means when it says it did better this quarter, and which departments it depends on. Two departments that depend on each other but mean different things will pull shared goals apart.',
    department: 'Department',
    mainlyMeans: 'Mainly means',
    share: 'Share',
    answered: 'Answered',
    dependsOn: 'Depends on (share naming it)',
    conflict: 'Conflict',
    tie: 'No single answer',
    conflictWith: (name: string, meaning: string) => `⚠ Conflicts with ${name} (“${meaning}”)`,
    dependence: {
      mutual: (a: string, b: string) => `${a} and ${b} depend on each other`,
      'a-on-b': (a: string, b: string) => `${a} depends on ${b}`,
      'b-on-a': (a: string, b: string) => `${b} depends on ${a}`,
    },
    conflictSentence: (link: string, a: string, meaningA: string, b: string, meaningB: string) =>
      `${link}, but ${a} mainly means “${meaningA}” and ${b} “${meaningB}”.`,
    noConflicts: 'No departments that depend on each other define “better” differently.',
    meaningText: {
      cost: 'Lower costs',
      volume: 'More sold or produced',
      quality: 'Better quality, fewer mistakes',
      speed: 'Work done faster',
      customer: 'Happier customers',
      innovation: 'Something new launched or tried',
    },
    goals: 'Goals as written today',
    goalsLead: (n: number) =>
      `Respondents could write one objective with its key results the way their team writes them today; ${n} answers were long enough to check. Each figure is the share of those answers that passes the check.`,
    check: 'Check',
    organization: 'Whole organization',
    smart: 'Passes every check',
    goalChecks: {
      measurable: 'Has a number to hit',
      'time-bound': 'Has a deadline or a period',
      outcome: 'Describes a result, not a task',
      'not-business-as-usual': 'Aims to change something, not to hold a level',
      specific: 'Says exactly what will change',
    },
  },
  'zh-cn': {
    whatToDo: '下一步怎么做',
    whatToDoLead: '按优先顺序排列，每条建议都附有触发它的数据。',
    noRecommendations: '暂无建议。',
    evidence: '依据',
    interval: '95% 区间',
    threshold: '阈值',
    steps: '步骤',
    departments: '涉及部门',
    pilotDepartments: '试点部门',
    pilotBasis: {
      dependency: '选择它们是因为两者相互依赖，且是准备度最高的一对。',
      readiness: '选择它们仅因为准备度最高：基础条件达标的部门之间没有相互依赖关系。',
    },
    noPilot: '目前没有哪个显示的部门基础条件足以开展试点。',
    pilotHidden: '建议的试点部门组合涉及其他部门，仅在完整报告中显示。',
    plan: '方案初稿',
    finding: '调查发现',
    meanings: '“做得更好”指什么',
    meaningsLead:
      '各部门说本季度“做得更好”时主要指什么，以及它依赖哪些部门。相互依赖的两个部门若对“更好”理解不同，共同目标就会被拉向两个方向。',
    department: '部门',
    mainlyMeans: '主要指',
    share: '占比',
    answered: '作答人数',
    dependsOn: '依赖的部门（提名比例）',
    conflict: '分歧',
    tie: '没有单一答案',
    conflictWith: (name: string, meaning: string) => `⚠ 与${name}（“${meaning}”）存在分歧`,
    dependence: {
      mutual: (a: string, b: string) => `${a}与${b}相互依赖`,
      'a-on-b': (a: string, b: string) => `${a}依赖${b}`,
      'b-on-a': (a: string, b: string) => `${b}依赖${a}`,
    },
    conflictSentence: (link: string, a: string, meaningA: string, b: string, meaningB: string) =>
      `${link}，但${a}主要指“${meaningA}”，${b}主要指“${meaningB}”。`,
    noConflicts: '相互依赖的部门对“更好”的理解一致。',
    meaningText: {
      cost: '成本更低',
      volume: '卖得更多或产量更高',
      quality: '质量更好、差错更少',
      speed: '做事更快',
      customer: '客户更满意',
      innovation: '推出或尝试了新东西',
    },
    goals: '目前的目标写法',
    goalsLead: (n: number) =>
      `受访者可按团队现在的写法写下一个目标及其关键结果；其中 ${n} 份回答足够长，可以检查。每个数字是通过该项检查的回答所占比例。`,
    check: '检查项',
    organization: '组织整体',
    smart: '全部检查均通过',
    goalChecks: {
      measurable: '有可衡量的数字',
      'time-bound': '有截止时间或周期',
      outcome: '写的是结果，不是任务',
      'not-business-as-usual': '追求改变，而非维持现状',
      specific: '说清楚要改变什么',
    },
  },
} as const satisfies Record<Language, unknown>;

export type AdviceText = (typeof ADVICE_TEXT)[Language];

/** A success-meaning value in words; an unknown value is shown as it came. */
export function meaningLabel(text: AdviceText, value: string): string {
  return (text.meaningText as Record<string, string>)[value] ?? value;
}
