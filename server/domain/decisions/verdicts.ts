// The verdicts a readiness report can reach, in the order the decision gates test them, with the words an
// executive reads. Recommendations per verdict live with the rules that fire them.

import type { LocalText } from '../instrument/barrier-model';
import { localText as t } from '../../../shared/languages';

export const VERDICTS = [
  'insufficient-evidence',
  'kpi-projects',
  'balanced-scorecard',
  'fix-hygiene',
  'clarify-okr-kpi',
  'strengthen-culture',
  'pilot-first',
  'ready',
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_TEXT: Record<Verdict, { title: LocalText; summary: LocalText }> = {
  'insufficient-evidence': {
    title: t('Not enough evidence yet', '证据尚不充分'),
    summary: t(
      'Too few people have answered, too few of those invited took part, or a key scale could not be measured reliably. Collect more responses before deciding.',
      '作答人数或应答率过低，或某个关键量表无法可靠测量，尚无法得出可靠结论。请先收集更多回答再做决定。',
    ),
  },
  'kpi-projects': {
    title: t('Use KPI + projects', '采用 KPI + 项目制'),
    summary: t(
      'The work is mostly steady and run by procedure. Keep a KPI dashboard to run the business and open time-boxed improvement projects when a KPI drifts, instead of a full OKR rollout.',
      '工作以稳定、按流程执行为主。建议用 KPI 看板管理日常运营，在指标偏离时发起有时限的改进项目，而不是全面推行 OKR。',
    ),
  },
  'balanced-scorecard': {
    title: t('Use a Balanced Scorecard', '采用平衡计分卡'),
    summary: t(
      'A mature organization with several business units and an established KPI system is better governed by a Balanced Scorecard; OKRs can be added later for specific change initiatives.',
      '对于拥有多个业务单元和成熟 KPI 体系的组织，平衡计分卡更适合战略治理；之后可针对具体变革举措引入 OKR。',
    ),
  },
  'fix-hygiene': {
    title: t('Fix hygiene first', '先解决保健因素'),
    summary: t(
      'People are worried about pay, job security or unclear rules. Goals will not motivate anyone until these basics are addressed.',
      '员工对薪酬、工作保障或制度不清存在担忧。在这些基本问题解决之前，目标无法激励员工。',
    ),
  },
  'clarify-okr-kpi': {
    title: t('Clarify OKR vs KPI first', '先厘清 OKR 与 KPI'),
    summary: t(
      'OKRs would be mistaken for appraisal targets: people would set safe goals and goals would be rewritten whenever numbers dip. Separate the two systems before rolling out.',
      'OKR 容易被当成考核指标：员工会设定保守目标，数据一波动目标就被改写。推行前应先把两套体系分开。',
    ),
  },
  'strengthen-culture': {
    title: t('Strengthen culture first', '先夯实文化基础'),
    summary: t(
      'People do not yet feel safe to miss an ambitious goal, or do not believe the organization is committed and able to change. Build that first.',
      '员工尚不敢承担未达成挑战性目标的风险，或不相信组织有决心和能力变革。应先建立这种氛围。',
    ),
  },
  'pilot-first': {
    title: t('Pilot first (MVP)', '先试点（MVP）'),
    summary: t(
      'The basics are in place, but participation or goal breakdown is not yet strong enough for everyone at once. Run a one-quarter pilot with departments that depend on each other.',
      '基础条件已具备，但参与度或目标分解能力尚不足以全面推行。建议由相互依赖的部门先试点一个季度。',
    ),
  },
  ready: {
    title: t('Ready for OKR', '可以推行 OKR'),
    summary: t(
      'Every gate passes. Roll out OKRs for the strategic layer, keep KPIs for day-to-day operations, and review quarterly.',
      '所有关口均已通过。可在战略层推行 OKR，运营层保留 KPI，并按季度复盘校准。',
    ),
  },
};
