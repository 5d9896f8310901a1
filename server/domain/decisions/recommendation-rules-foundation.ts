// Recommendation rules for the ground a rollout stands on: enough evidence, the right framework, hygiene,
// OKR/KPI confusion and culture. Each row names its condition, the evidence it cites and next steps.

import { localText as t } from '../../../shared/languages';
import { anyScaleBelow, hygieneConcern, isVerdict, type RecommendationRule } from './recommendation';
import { balancedScorecardPlan, kpiProjectsPlan } from './starter-plans';

/** Data quality, the alternatives to OKR, hygiene, OKR/KPI confusion and culture. */
export const FOUNDATION_RULES: readonly RecommendationRule[] = [
  {
    id: 'collect-more-responses',
    // Stryker disable next-line StringLiteral: equivalent, no rule above it in the table fires then
    leads: 'insufficient-evidence',
    title: t('Collect more responses before deciding', '先收集更多回答再做决定'),
    condition: t('The verdict is "Not enough evidence yet".', '结论为“证据尚不充分”。'),
    when: (ctx) =>
      isVerdict(ctx, 'insufficient-evidence')
        ? {
            // The data-quality checks that failed or lean to failing, exactly as the gate judged them.
            evidence: ctx.decision.gates[0]!.checks.flatMap((c) =>
              c.value === null || c.unit === 'fact' || (c.status !== 'fail' && c.status !== 'leans-fail')
                ? []
                : [
                    {
                      label: c.label,
                      value: c.value,
                      low: null,
                      high: null,
                      unit: c.unit,
                      threshold: c.threshold,
                    },
                  ],
            ),
          }
        : null,
    steps: [
      t(
        'Remind the departments with the lowest response rates; aim for 75% or more.',
        '提醒应答率最低的部门；目标是 75% 以上。',
      ),
      t('Keep the campaign open another week before reading the report.', '将调查再延长一周后再解读报告。'),
      t(
        'If a scale was unreliable, read its items one by one rather than its score.',
        '若某量表信度不足，应逐题解读而不是看总分。',
      ),
    ],
  },
  {
    id: 'kpi-projects-plan',
    // Stryker disable next-line StringLiteral: equivalent, no rule above it in the table fires then
    leads: 'kpi-projects',
    title: t('Run on KPIs and chartered improvement projects', '以 KPI 管运营，以立项改进推动变化'),
    condition: t('The verdict is "Use KPI + projects".', '结论为“采用 KPI + 项目制”。'),
    when: (ctx) => (isVerdict(ctx, 'kpi-projects') ? kpiProjectsPlan(ctx) : null),
    steps: [
      t(
        'Keep OKRs for at most one to three genuine change initiatives a year.',
        '每年最多为一到三个真正的变革举措设定 OKR。',
      ),
    ],
  },
  {
    id: 'charter-projects-first',
    // Stryker disable next-line StringLiteral: equivalent, no rule above it in the table fires then
    leads: 'kpi-projects',
    title: t('Learn to run improvements as projects', '先建立以项目方式推进改进的能力'),
    condition: t(
      'The verdict is "Use KPI + projects" and HR states that improvement work rarely runs as projects.',
      '结论为“采用 KPI + 项目制”，且 HR 说明改进工作很少以项目方式运作。',
    ),
    // The second half of "KPI + projects" needs a way to run projects; without one the advice stalls.
    when: (ctx) =>
      isVerdict(ctx, 'kpi-projects') && ctx.facts.projectPractice === 'none' ? { evidence: [] } : null,
    steps: [
      t(
        'Agree one short project charter (sponsor, scope, outcome, deadline) and use it for every improvement.',
        '统一一份简短的项目章程模板（发起人、范围、目标成果、截止日期），所有改进工作都按它立项。',
      ),
      t(
        'Start with two or three projects, reviewed monthly by their sponsors, before adding more.',
        '先从两三个项目做起，由发起人每月检视，再逐步增加。',
      ),
    ],
  },
  {
    id: 'balanced-scorecard-plan',
    // Stryker disable next-line StringLiteral: equivalent, no rule above it in the table fires then
    leads: 'balanced-scorecard',
    title: t('Govern strategy with a Balanced Scorecard', '用平衡计分卡管理战略'),
    condition: t('The verdict is "Use a Balanced Scorecard".', '结论为“采用平衡计分卡”。'),
    when: (ctx) => (isVerdict(ctx, 'balanced-scorecard') ? balancedScorecardPlan(ctx) : null),
    steps: [
      t(
        'Draw a one-page strategy map linking the four perspectives, and review it quarterly.',
        '绘制一页纸的战略地图，把四个维度串联起来，每季度复盘。',
      ),
      t(
        'Add OKRs later only for specific change initiatives, owned by one business unit each.',
        '之后仅为具体变革举措引入 OKR，每项由一个业务单元负责。',
      ),
    ],
  },
  {
    id: 'secure-jobs',
    title: t('Address job security before asking for stretch goals', '先回应工作保障问题，再提挑战性目标'),
    condition: t(
      'Job security is at or below 50, or 40% or more of respondents are unfavourable on it.',
      '工作保障得分不高于 50，或不利评价占比达到 40% 及以上。',
    ),
    when: (ctx) => hygieneConcern(ctx, 'hygiene.security'),
    steps: [
      t(
        'Do not launch OKRs during layoffs or a restructuring; say so openly.',
        '不要在裁员或重组期间推行 OKR，并公开说明这一点。',
      ),
      t(
        'Tell people plainly what is and is not changing in headcount and roles, and when they will hear more.',
        '坦率告知人员编制和岗位哪些会变、哪些不会，以及何时会有进一步消息。',
      ),
      t(
        'State in writing that OKR results will not be used to decide who leaves.',
        '书面承诺 OKR 结果不会用于裁员决定。',
      ),
    ],
  },
  {
    id: 'fair-pay',
    title: t('Review pay fairness', '审视薪酬公平性'),
    condition: t(
      'Fair pay is at or below 50, or 40% or more of respondents are unfavourable on it.',
      '薪酬公平得分不高于 50，或不利评价占比达到 40% 及以上。',
    ),
    when: (ctx) => hygieneConcern(ctx, 'hygiene.pay'),
    steps: [
      t(
        'Benchmark pay for the roles people compare themselves with, and publish the pay bands.',
        '对标员工常拿来比较的岗位薪酬，并公布薪酬带宽。',
      ),
      t(
        'Fix the clearest gaps before the first OKR cycle starts.',
        '在第一个 OKR 周期开始前先解决最明显的差距。',
      ),
    ],
  },
  {
    id: 'clear-rules',
    title: t('Make evaluation and decision rules clear', '让考核与决策规则清晰透明'),
    condition: t(
      'Clear systems is at or below 50, or 40% or more of respondents are unfavourable on it.',
      '制度清晰得分不高于 50，或不利评价占比达到 40% 及以上。',
    ),
    when: (ctx) => hygieneConcern(ctx, 'hygiene.systems'),
    steps: [
      t(
        'Write down how performance is evaluated and apply it the same way everywhere.',
        '把绩效考核方式写成文字，并在各处一致执行。',
      ),
      t(
        'Announce policy changes with the reason, before they take effect.',
        '政策变更在生效前公布，并说明原因。',
      ),
    ],
  },
  {
    id: 'decouple-from-appraisal',
    title: t('Keep OKRs out of performance ratings and bonuses', '让 OKR 与绩效评级和奖金脱钩'),
    condition: t('OKR kept out of appraisal is at or below 50.', '“OKR 与绩效考核脱钩”得分不高于 50。'),
    when: (ctx) => anyScaleBelow(ctx, ['okr-kpi.decoupling'], 'barrier'),
    steps: [
      t(
        'Announce that OKR scores are not inputs to ratings or bonuses; rate performance on KPIs and behaviour instead.',
        '宣布 OKR 得分不作为评级或奖金依据；绩效用 KPI 和行为表现来评价。',
      ),
      t(
        'Treat 60–70% achievement of an ambitious key result as a good result, and say so.',
        '明确说明：挑战性关键结果完成 60%–70% 就是好结果。',
      ),
      t(
        'Keep committed targets (must-hit) in the KPI layer, separate from aspirational OKRs.',
        '把必须完成的承诺性指标放在 KPI 层，与挑战性 OKR 分开。',
      ),
    ],
  },
  {
    id: 'stop-mid-cycle-rewrites',
    title: t('Stop rewriting goals mid-quarter', '停止在季度中途改写目标'),
    condition: t('Goal stability is at or below 50.', '目标稳定性得分不高于 50。'),
    when: (ctx) => anyScaleBelow(ctx, ['okr-kpi.stability'], 'barrier'),
    steps: [
      t(
        'Freeze OKRs for the quarter; change them only at the quarterly review, or for a stated, major change.',
        '季度内冻结 OKR；只在季度复盘时调整，或在出现明确的重大变化时调整。',
      ),
      t(
        'When a goal must change, explain why to everyone it affects.',
        '目标必须调整时，向所有相关人员说明原因。',
      ),
    ],
  },
  {
    id: 'teach-okr-vs-kpi',
    title: t('Teach the difference between OKRs, KPIs and projects', '讲清 OKR、KPI 与项目的区别'),
    condition: t(
      'Fewer than 60% of the OKR/KPI scenarios were answered correctly.',
      'OKR/KPI 情景题正确率低于 60%。',
    ),
    when: (ctx) => anyScaleBelow(ctx, ['okr-kpi.knowledge'], 'knowledge'),
    steps: [
      t(
        'Run a short session with real examples from your business: the direction the company wants to reach over the next years (OKRs), the figures that show how the business runs (KPIs), and fixed deliverables due by a date (projects).',
        '用本公司的真实例子开一次短会：公司未来几年要达到的方向（OKR），反映业务运转情况的数据（KPI），以及在限定日期前交付的确定成果（项目）。',
      ),
      t(
        'Check understanding with fresh examples of your own, not the survey’s scenarios: practising on those would inflate the next wave’s score.',
        '用新的本公司例子检验理解程度，不要用问卷里的情景题：拿它们练习会抬高下一轮的得分。',
      ),
    ],
  },
  {
    id: 'build-psychological-safety',
    title: t('Make it safe to miss an ambitious goal', '让员工敢于承担未达成挑战性目标的风险'),
    condition: t('Psychological safety is at or below 50.', '心理安全得分不高于 50。'),
    when: (ctx) => anyScaleBelow(ctx, ['culture.safety'], 'barrier'),
    steps: [
      t(
        'Have leaders share a missed goal of their own and what they learned from it.',
        '由管理者分享自己未达成的目标以及从中学到的东西。',
      ),
      t(
        'Review missed key results for learning, never for blame.',
        '复盘未达成的关键结果是为了学习，绝不是为了追责。',
      ),
    ],
  },
  {
    id: 'win-commitment',
    title: t('Build commitment and confidence before launching', '推行前先建立决心与信心'),
    condition: t(
      'Commitment to change or confidence to change is at or below 50.',
      '变革承诺或变革效能得分不高于 50。',
    ),
    when: (ctx) => anyScaleBelow(ctx, ['culture.commitment', 'culture.efficacy'], 'barrier'),
    steps: [
      t(
        'Explain why goals will be set this way, and what the organization will stop doing to make room.',
        '说明为什么要这样设定目标，以及组织会停止哪些工作来腾出精力。',
      ),
      t(
        'Give teams time and training for goal setting before asking for results.',
        '在要求结果之前，先给团队时间和培训来学习设定目标。',
      ),
    ],
  },
  {
    id: 'visible-leadership',
    title: t('Show that leaders use the goals', '让员工看到管理层真正在用目标'),
    condition: t('Management support is at or below 50.', '管理层支持得分不高于 50。'),
    when: (ctx) => anyScaleBelow(ctx, ['culture.support'], 'barrier'),
    steps: [
      t(
        'Have the leadership team publish its own OKRs first and review them in the open.',
        '由管理层率先公开自己的 OKR，并公开复盘。',
      ),
    ],
  },
  {
    id: 'open-up',
    title: t('From control to empowerment: open up information and time', '从管控转向赋能：开放信息与时间'),
    condition: t('Transparency and autonomy is below 65.', '透明与自主得分低于 65。'),
    when: (ctx) => anyScaleBelow(ctx, ['culture.transparency'], 'healthy'),
    steps: [
      t(
        'Share the key business figures with everyone in a short weekly update.',
        '每周用简短的例会向全员同步关键经营数据。',
      ),
      t('Make every team’s goals visible to every other team.', '让每个团队的目标对其他所有团队可见。'),
      t(
        'Protect a share of time (for example a day every two weeks) for improvement ideas people choose themselves.',
        '保留一部分时间（例如每两周一天）给员工自选的改进想法。',
      ),
    ],
  },
  {
    id: 'keep-commitments',
    title: t(
      'Rebuild trust: change goals only at set points, and say why',
      '重建信任：只在固定节点调整目标，并说明原因',
    ),
    condition: t('Trust in management is at or below 50.', '对管理层的信任得分不高于 50。'),
    when: (ctx) => anyScaleBelow(ctx, ['culture.trust'], 'barrier'),
    steps: [
      t(
        'Change goals only at the agreed review points, and explain each change to the teams it affects.',
        '只在约定的复盘节点调整目标，并向受影响的团队逐一说明原因。',
      ),
      t(
        'Keep a visible list of what management has promised teams, and report on it each quarter.',
        '公开列出管理层对各团队的承诺，每季度通报兑现情况。',
      ),
    ],
  },
  {
    id: 'recognise-progress',
    title: t('Recognise progress, not only rewards', '认可进展，而不只是奖惩'),
    condition: t('Motivation by achievement is below 65.', '成就驱动得分低于 65。'),
    when: (ctx) => anyScaleBelow(ctx, ['culture.motivation'], 'healthy'),
    steps: [
      t(
        'Keep OKR scores out of bonus decisions, so that goals are set for what they achieve.',
        '不要用 OKR 得分决定奖金，让目标回归成果本身。',
      ),
      t(
        'In each review, name what a team learned and achieved, including from goals it missed.',
        '每次复盘都点出团队学到和做成了什么，包括从未达成的目标中学到的东西。',
      ),
    ],
  },
  {
    id: 'plan-development',
    title: t('Give people a future here and time to improve things', '让员工看到发展前景，并有时间改进工作'),
    condition: t('Room to grow is below 65.', '成长空间得分低于 65。'),
    when: (ctx) => anyScaleBelow(ctx, ['culture.growth'], 'healthy'),
    steps: [
      t(
        'Hold a development conversation with every person at least once a year, and write down what was agreed.',
        '每年至少与每位员工进行一次发展面谈，并记录双方约定的内容。',
      ),
      t(
        'Set aside regular time (for example half a day a fortnight) for improvements people choose themselves.',
        '定期留出时间（例如每两周半天），用于员工自选的改进工作。',
      ),
    ],
  },
];
