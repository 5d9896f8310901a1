// Recommendation rules for goals and rollout: goal breakdown, shared definitions of success, data,
// participation across departments, the pilot, and the layered OKR/KPI design with quarterly calibration.

import { localText as t } from '../../../shared/languages';
import { anyScaleBelow, isVerdict, type RecommendationRule } from './recommendation';

/** Goal breakdown, participation and how to roll out. */
export const GOAL_RULES: readonly RecommendationRule[] = [
  {
    id: 'smart-workshop',
    title: t('Run a goal-writing workshop', '开展目标撰写工作坊'),
    condition: t(
      'Specific goals or outcomes-not-tasks is below 65, or fewer than half of the sample objectives pass every SMART check.',
      '“目标具体”或“关注成果而非任务”得分低于 65，或样例目标中通过全部 SMART 检查的不到一半。',
    ),
    when: (ctx) => {
      const scales =
        anyScaleBelow(ctx, ['breakdown.specificity', 'breakdown.granularity'], 'healthy')?.evidence ?? [];
      const smart = ctx.analysis?.goalAudit.overall.smart;
      const audit =
        smart && smart.p !== null && smart.n > 0 && smart.p < 0.5
          ? [
              {
                label: t('Sample objectives passing every SMART check', '通过全部 SMART 检查的样例目标'),
                value: smart.p,
                low: smart.low,
                high: smart.high,
                unit: 'share' as const,
                threshold: 0.5,
              },
            ]
          : [];
      const evidence = [...scales, ...audit];
      return evidence.length ? { evidence } : null;
    },
    steps: [
      t(
        'Rewrite real objectives from this survey in a workshop: one number, one date, an outcome rather than a task.',
        '在工作坊中改写本次调查收集到的真实目标：一个数字、一个期限、写结果而不是任务。',
      ),
      t(
        'Move routine work (keeping levels steady) to KPIs; keep OKRs for change.',
        '把日常维持类工作放进 KPI；OKR 只用于推动改变。',
      ),
      t(
        'Practise on a simulation: a made-up quarter with a surprise mid-way, and a review at the end.',
        '用模拟练习：设定一个虚构季度，中途加入突发情况，最后进行复盘。',
      ),
    ],
  },
  {
    id: 'agree-on-success',
    title: t('Agree what "better" means across departments', '各部门对“做得更好”达成共同定义'),
    condition: t(
      'Shared definition of success is below 65, or departments that depend on each other mean different things by "better".',
      '“对成功的共同定义”得分低于 65，或相互依赖的部门对“做得更好”的理解不同。',
    ),
    when: (ctx) => {
      const evidence = anyScaleBelow(ctx, ['breakdown.shared-definitions'], 'healthy')?.evidence ?? [];
      const conflicts = ctx.analysis?.conflictMap.conflicts ?? [];
      if (conflicts.length) {
        evidence.push({
          label: t(
            'Dependent department pairs that define "better" differently',
            '对“更好”定义不同的相互依赖部门对',
          ),
          value: conflicts.length,
          low: null,
          high: null,
          unit: 'count',
          threshold: null,
        });
      }
      const departmentIds = [...new Set(conflicts.flatMap((c) => [c.a, c.b]))];
      return evidence.length ? { evidence, departmentIds } : null;
    },
    steps: [
      t(
        'Bring each conflicting pair together to agree one shared measure of success for their common work.',
        '让每一对存在分歧的部门坐下来，为共同的工作约定一个共享的成功指标。',
      ),
      t(
        'Write shared key results that both departments own, rather than one each that pull apart.',
        '制定由双方共同负责的关键结果，而不是各自一个、彼此拉扯的指标。',
      ),
    ],
  },
  {
    id: 'invest-in-data',
    title: t('Make key-result data automatic and visible', '让关键结果数据自动获取、人人可见'),
    condition: t('Data to track results is below 65.', '“结果数据支撑”得分低于 65。'),
    when: (ctx) => anyScaleBelow(ctx, ['breakdown.data'], 'healthy'),
    steps: [
      t(
        'Track goals in the tool teams already use (for example Jira or Teambition) and build one shared dashboard.',
        '在团队已在用的工具（如 Jira 或 Teambition）中跟踪目标，并建立一个共享看板。',
      ),
      t(
        'For each key result, name where its number comes from before the quarter starts.',
        '季度开始前，为每个关键结果写明数据来源。',
      ),
    ],
  },
  {
    id: 'include-interdependent-departments',
    title: t('Work across department lines', '打破部门壁垒，协同推进'),
    condition: t(
      'Breadth of participation is below 65, or a silo signal appears.',
      '参与广度得分低于 65，或出现部门墙信号。',
    ),
    when: (ctx) => {
      const evidence = anyScaleBelow(ctx, ['participation.breadth'], 'healthy')?.evidence ?? [];
      const signals = ctx.analysis?.siloSignals ?? [];
      if (signals.length) {
        evidence.push({
          label: t('Silo signals', '部门墙信号'),
          value: signals.length,
          low: null,
          high: null,
          unit: 'count',
          threshold: null,
        });
      }
      const departmentIds = [...new Set(signals.flatMap((s) => s.departmentIds))];
      return evidence.length ? { evidence, departmentIds } : null;
    },
    steps: [
      t(
        'Never pilot in one department alone: include the departments it depends on.',
        '不要只在一个部门试点：把它所依赖的部门一并纳入。',
      ),
      t('Let the people affected have a say in how goals are set.', '让受影响的员工参与决定目标如何设定。'),
    ],
  },
  {
    id: 'mvp-pilot',
    leads: 'pilot-first',
    title: t('Pilot for one quarter before rolling out', '全面推行前先试点一个季度'),
    condition: t('The verdict is "Pilot first".', '结论为“先试点”。'),
    when: (ctx) => {
      if (!isVerdict(ctx, 'pilot-first')) return null;
      const pilot = ctx.analysis?.pilot;
      return { evidence: [], departmentIds: pilot?.departmentIds ?? [] };
    },
    steps: [
      t(
        'Set two or three OKRs per pilot department for one quarter, including at least one key result they share.',
        '每个试点部门设定两到三个 OKR，为期一个季度，其中至少有一个双方共享的关键结果。',
      ),
      t(
        'Hold a SMART goal-writing workshop before the quarter and a calibration review at its end.',
        '季度开始前开展 SMART 目标撰写工作坊，季度结束时召开校准复盘会。',
      ),
      t(
        'Survey again after the pilot and compare the waves before rolling out further.',
        '试点结束后再次调查，比较前后两轮结果，再决定是否扩大推行。',
      ),
    ],
  },
  {
    id: 'state-long-term-direction',
    title: t('Write down the long-term direction first', '先写清长期方向'),
    condition: t('Clear long-term direction is below 65.', '长期方向清晰得分低于 65。'),
    // The strategic layer OKRs hang from: without it, team objectives have nothing to align with.
    when: (ctx) => anyScaleBelow(ctx, ['okr-kpi.strategy'], 'healthy'),
    steps: [
      t(
        'State where the company wants to be in three years on one page, and explain it in every department.',
        '用一页纸写清公司三年后想达到的位置，并在每个部门讲解。',
      ),
      t(
        'Ask each team to show which part of that direction its goals serve before the next quarter starts.',
        '下个季度开始前，请每个团队说明其目标服务于这一方向的哪一部分。',
      ),
    ],
  },
  {
    id: 'train-before-rollout',
    title: t('Train people before they write OKRs', '先培训，再让大家写 OKR'),
    condition: t(
      'The verdict is "Ready for OKR" or "Pilot first", and fewer than half of respondents say they have had OKR training.',
      '结论为“可以推行 OKR”或“先试点”，且表示接受过 OKR 培训的受访者不到一半。',
    ),
    when: (ctx) => {
      const share = ctx.trainedShare;
      if (!isVerdict(ctx, 'ready', 'pilot-first') || share === null || share.p === null || share.p >= 0.5)
        return null;
      const label = t('Respondents with OKR training', '接受过 OKR 培训的受访者');
      return {
        evidence: [
          { label, value: share.p, low: share.low, high: share.high, unit: 'share', threshold: 0.5 },
        ],
      };
    },
    steps: [
      t(
        'Run a half-day workshop with exercises on writing objectives and key results for the teams that start first.',
        '为率先推行的团队举办半天的工作坊，练习撰写目标和关键结果。',
      ),
    ],
  },
  {
    id: 'learn-from-last-attempt',
    title: t('Learn why the last attempt stopped', '先弄清上次为何中止'),
    condition: t(
      'HR states that the organization tried OKRs across the organization and stopped.',
      'HR 说明公司曾在全公司试行 OKR，后来中止。',
    ),
    when: (ctx) => (ctx.facts.okrExperience === 'stopped' ? { evidence: [] } : null),
    steps: [
      t(
        'Before starting again, ask the people who took part what made the last attempt stop, and say openly what will be different.',
        '重新开始之前，先听取参与过的人讲讲上次为何中止，并公开说明这次会有什么不同。',
      ),
    ],
  },
  {
    id: 'layered-okr-kpi',
    title: t('Layer OKRs over KPIs', '构建 OKR 在上、KPI 在下的分层体系'),
    condition: t('The verdict is "Ready for OKR" or "Pilot first".', '结论为“可以推行 OKR”或“先试点”。'),
    when: (ctx) => (isVerdict(ctx, 'ready', 'pilot-first') ? { evidence: [] } : null),
    steps: [
      t(
        'Strategic layer: a few OKRs for what must change in the next year or three.',
        '战略层：少量 OKR，聚焦未来一到三年必须改变的方向。',
      ),
      t(
        'Operational layer: KPIs with thresholds for what must keep running, reviewed monthly.',
        '运营层：为必须持续运转的业务设定带阈值的 KPI，每月检视。',
      ),
    ],
  },
  {
    id: 'quarterly-calibration',
    title: t('Hold a quarterly calibration review', '每季度召开校准复盘会'),
    condition: t('The verdict is "Ready for OKR" or "Pilot first".', '结论为“可以推行 OKR”或“先试点”。'),
    when: (ctx) => (isVerdict(ctx, 'ready', 'pilot-first') ? { evidence: [] } : null),
    steps: [
      t(
        'Each quarter, grade key results, discuss what was learned, and reset goals and their weights for the next quarter.',
        '每季度为关键结果打分、讨论收获，并为下一季度重新设定目标及其权重。',
      ),
      t(
        'Re-survey once a year, or after a pilot, to see what moved.',
        '每年或每次试点后重新调查一次，看哪些方面有了变化。',
      ),
    ],
  },
];
