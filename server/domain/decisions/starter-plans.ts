// First versions of the alternatives to OKR, filled in from what the survey found: a KPI dashboard with
// chartered improvement projects, and a Balanced Scorecard with its four perspectives (Kaplan & Norton 1992).

import type { LocalText } from '../instrument/barrier-model';
import { localText as t } from '../../../shared/languages';
import { scaleEvidence, type Evidence, type RecommendationContext, type RuleOutcome } from './recommendation';

const score = (ctx: RecommendationContext, scaleId: string) =>
  ctx.overall?.scales[scaleId]?.estimate.mean ?? null;
const rounded = (x: number | null) => (x === null ? '—' : String(Math.round(x)));

function found(en: string, zh: string, values: (number | null)[]): LocalText {
  const fill = (text: string) =>
    values.reduce<string>((out, v, i) => out.replace(`{${i}}`, rounded(v)), text);
  return { en: fill(en), 'zh-cn': fill(zh) };
}

function evidenceFor(ctx: RecommendationContext, scaleIds: string[]): Evidence[] {
  return scaleIds.map((id) => scaleEvidence(ctx, id)).filter((e): e is Evidence => e !== null);
}

export function kpiProjectsPlan(ctx: RecommendationContext): RuleOutcome {
  return {
    evidence: evidenceFor(ctx, ['fit.dynamism', 'fit.control']),
    plan: [
      {
        heading: t('KPI dashboard', 'KPI 看板'),
        finding: found(
          'Work is mostly steady (dynamism {0}) and run by procedure (preference for control {1}).',
          '工作以稳定为主（变化程度 {0}），并以流程管控为主（管控偏好 {1}）。',
          [score(ctx, 'fit.dynamism'), score(ctx, 'fit.control')],
        ),
        actions: [
          t(
            'Pick the five to eight KPIs that show each department is running well.',
            '为每个部门选出五到八个能反映运营状况的 KPI。',
          ),
          t(
            'Give each a green, amber and red threshold, an owner and a monthly review.',
            '为每个 KPI 设定绿、黄、红阈值，指定负责人，并每月检视。',
          ),
        ],
      },
      {
        heading: t('Improvement projects', '改进项目'),
        finding: found(
          'Goal breakdown quality is {0}: improvements are best run as scoped projects.',
          '目标分解质量为 {0}：改进工作更适合以界定清楚的项目方式推进。',
          [ctx.overall?.dimensions.breakdown?.mean ?? null],
        ),
        actions: [
          t(
            'When a KPI stays red for two reviews, charter a project: owner, scope, budget, end date.',
            '当某 KPI 连续两次检视为红色时，立项改进：明确负责人、范围、预算和截止日期。',
          ),
          t(
            'Close each project with the KPI back in green, or a decision to change the target.',
            '每个项目以 KPI 回到绿色结束，或以调整目标的决定结束。',
          ),
        ],
      },
    ],
  };
}

export function balancedScorecardPlan(ctx: RecommendationContext): RuleOutcome {
  const customerShare = ctx.analysis
    ? (() => {
        const meanings = ctx.analysis.conflictMap.meanings;
        const answered = meanings.reduce((sum, m) => sum + m.answered, 0);
        const customer = meanings.reduce(
          (sum, m) => sum + (m.counts.customer ?? 0) + (m.counts.quality ?? 0),
          0,
        );
        return answered ? (100 * customer) / answered : null;
      })()
    : null;
  return {
    evidence: evidenceFor(ctx, ['fit.dynamism', 'breakdown.data', 'culture.efficacy']),
    plan: [
      {
        heading: t('Financial', '财务'),
        finding: t('An established KPI system is already in place.', '已有成熟的 KPI 体系。'),
        actions: [
          t(
            'Carry over the financial KPIs already tracked (revenue, margin, cost) as the top of the scorecard.',
            '把已在跟踪的财务 KPI（收入、利润率、成本）作为计分卡的顶层。',
          ),
        ],
      },
      {
        heading: t('Customer', '客户'),
        finding: found(
          '{0}% of respondents mean customer satisfaction or quality when they say their department did better.',
          '{0}% 的受访者所说的“做得更好”指客户满意度或质量。',
          [customerShare],
        ),
        actions: [
          t(
            'Choose two or three customer measures (satisfaction, retention, complaints) with targets.',
            '选定两到三个带目标值的客户指标（满意度、留存率、投诉）。',
          ),
        ],
      },
      {
        heading: t('Internal processes', '内部流程'),
        finding: found(
          'Data to track results scores {0}; clear systems scores {1}.',
          '“结果数据支撑”得分 {0}；“制度清晰”得分 {1}。',
          [score(ctx, 'breakdown.data'), score(ctx, 'hygiene.systems')],
        ),
        actions: [
          t(
            'Measure the few processes customers feel most: lead time, error rate, cost per unit.',
            '衡量客户感受最明显的少数流程：交付周期、差错率、单位成本。',
          ),
        ],
      },
      {
        heading: t('Learning and growth', '学习与成长'),
        finding: found(
          'Confidence to change scores {0}; transparency and autonomy {1}.',
          '“变革效能”得分 {0}；“透明与自主”得分 {1}。',
          [score(ctx, 'culture.efficacy'), score(ctx, 'culture.transparency')],
        ),
        actions: [
          t(
            'Track skills, training time and the share of staff with clear development plans.',
            '跟踪技能、培训时长，以及拥有清晰发展计划的员工比例。',
          ),
        ],
      },
    ],
  };
}
