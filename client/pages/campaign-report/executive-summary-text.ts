// The words of the report's first screen, for a reader with no statistics: what the verdict means in one
// sentence, what each barrier's figure says, and how far the whole rests on enough answers.

import type { Language } from '../../components/language-switch';
import type { CampaignReport } from '../../../server/http/api-types';

type Verdict = CampaignReport['summary']['verdict'];

export const SUMMARY_TEXT = {
  en: {
    heading: 'In short',
    speaksFor: (departments: string[]) =>
      departments.length === 0
        ? 'This survey asked chosen departments only. Its advice is for them, not for the whole organization.'
        : `This survey asked ${departments.join(', ')} only. Its advice is for ${departments.length === 1 ? 'that department' : 'those departments'}, not for the whole organization.`,
    verdictLead: 'Our advice',
    meaning: {
      'insufficient-evidence':
        'Too few answers to advise on yet: decide nothing about OKRs until more people have taken part.',
      'kpi-projects':
        'Most of the work here is steady routine, so run it with a handful of key figures and short improvement projects rather than OKRs.',
      'balanced-scorecard':
        'The organization is better steered by a balanced set of measures across finance, customers, processes and learning than by OKRs.',
      'fix-hygiene':
        'People’s basic working conditions hold them back: put those right before asking anyone to set ambitious goals.',
      'clarify-okr-kpi':
        'Many people take OKRs for another way of judging their performance: explain the difference before starting.',
      'strengthen-culture':
        'People do not yet feel safe to set goals they might miss or to speak openly: build that trust first.',
      'pilot-first':
        'Start small: try OKRs for one quarter in two teams that depend on each other, learn from it, then widen.',
      ready:
        'The organization is ready: start OKRs for its strategic goals and keep everyday figures for running the business.',
    } satisfies Record<Verdict, string>,
    changeHeading: 'What would change this advice',
    change: (label: string, target: string, now: string) => `${label} ${target} (it is ${now} now)`,
    changeReady:
      'A barrier found by a later survey. Ask again before each new cycle of goals to keep the advice current.',
    changeEvidence: 'More answers: the advice becomes possible once enough people have taken part.',
    changeElsewhere:
      'The full report shows, under “Why”, the measures behind it and the lines they must cross.',
    provisional:
      'Some figures sit close to their line, so more answers could still tip this advice either way.',
    barriersHeading: 'What holds you back most',
    noBarriers: 'No measure you may see falls below its line.',
    target: (check: { barrierWhen: string }, threshold: string) =>
      check.barrierWhen === 'at-or-above' ? `falling below ${threshold}` : `rising above ${threshold}`,
    outOf100: 'out of 100',
    barrier: (target: string, clear: boolean) =>
      `OKRs can go to the whole organization only after ${target}. ${
        clear
          ? 'It stands in the way beyond doubt.'
          : 'This one is close to its line: more answers would settle it.'
      }`,
    actionsHeading: 'Where to start',
    noActions: 'No action is proposed in your view.',
    trustHeading: 'How far to trust it',
    trust: (responses: number, headcount: number, rate: string) =>
      `Based on the answers of ${responses} of ${headcount} people (${rate}).`,
    trustWithheld:
      'The organization’s own counts are not shown in your view, as they would reveal another department’s.',
    fullReport: 'The full report: evidence, scores and analysis',
  },
  'zh-cn': {
    heading: '要点概览',
    speaksFor: (departments: string[]) =>
      departments.length === 0
        ? '本次调研只覆盖所选部门，建议仅针对这些部门，不代表整个组织。'
        : `本次调研只覆盖${departments.join('、')}，建议仅针对${departments.length === 1 ? '该部门' : '这些部门'}，不代表整个组织。`,
    verdictLead: '我们的建议',
    meaning: {
      'insufficient-evidence': '目前回答太少，尚不足以给出建议：在更多人参与之前，请暂不就 OKR 做任何决定。',
      'kpi-projects': '这里的工作大多稳定、按流程进行，建议用少量关键指标加短期改进项目来管理，而不是 OKR。',
      'balanced-scorecard': '相比 OKR，用兼顾财务、客户、流程和学习成长的一组平衡指标来引导组织更合适。',
      'fix-hygiene': '员工的基本工作条件在拖后腿：请先改善这些条件，再要求大家设定有挑战性的目标。',
      'clarify-okr-kpi': '很多人把 OKR 当成另一种绩效考核：开始之前，请先讲清两者的区别。',
      'strengthen-culture': '大家还不敢设定可能达不成的目标，也不敢坦率发言：请先建立这份信任。',
      'pilot-first': '从小处着手：先请两个相互依赖的团队试行一个季度的 OKR，总结经验后再推广。',
      ready: '组织已经准备就绪：可以用 OKR 管理战略目标，日常经营仍用常规指标。',
    } satisfies Record<Verdict, string>,
    changeHeading: '什么会改变这个建议',
    change: (label: string, target: string, now: string) => `“${label}”${target}（目前为 ${now}）`,
    changeReady: '今后的调查发现新的障碍。建议每个新目标周期开始前重新调查，让建议保持最新。',
    changeEvidence: '更多的回答：足够多的人参与后，才能给出建议。',
    changeElsewhere: '完整报告的“原因”部分列出了其背后的各项指标及需要跨越的界线。',
    provisional: '部分数值离界线很近，更多的回答仍可能改变这一建议。',
    barriersHeading: '最主要的障碍',
    noBarriers: '在您可查看的指标中，没有低于界线的。',
    target: (check: { barrierWhen: string }, threshold: string) =>
      check.barrierWhen === 'at-or-above' ? `降到 ${threshold} 以下` : `升到 ${threshold} 以上`,
    outOf100: '满分 100',
    barrier: (target: string, clear: boolean) =>
      `这一项${target}之后，才适合在全组织推行 OKR。${
        clear ? '这一障碍确定存在。' : '这一项离界线很近，更多的回答才能确定。'
      }`,
    actionsHeading: '从哪里开始',
    noActions: '在您的视图中没有建议的行动。',
    trustHeading: '结论有多可信',
    trust: (responses: number, headcount: number, rate: string) =>
      `基于 ${headcount} 人中 ${responses} 人的回答（${rate}）。`,
    trustWithheld: '在您的视图中不显示组织整体的人数，因为它会暴露另一个部门的数据。',
    fullReport: '完整报告：证据、得分与分析',
  },
} satisfies Record<Language, unknown>;

export type SummaryText = (typeof SUMMARY_TEXT)['en'];
