// The words of the report's "Across waves" section: the advice wave by wave, each measure's trend, what
// changed since the wave before and whether a pilot worked. The server sends codes; these word them.

import type { Waves } from '../../../server/http/api-types';

type Comparison = NonNullable<Waves['comparison']>;
type Group = Comparison['groups'][number];
type RowReason = Extract<Comparison['change']['rows'][number]['result'], { compared: false }>['reason'];
type DisclosureReason = Exclude<Group['disclosure']['reason'], 'shown' | 'not-compared'>;
type RefusalReason = Comparison['refusedDeclarations'][number]['reason'];
type Pilot = NonNullable<Waves['pilot']>;
type Evaluation = NonNullable<Pilot['evaluation']>;
type Recommendation = Extract<Evaluation, { evaluated: true }>['recommendation'];
type Caveat = Extract<Evaluation, { evaluated: true }>['caveats'][number];
type NotEvaluated = Extract<Evaluation, { evaluated: false }>['reason'];
export type EffectSize = 'negligible' | 'small' | 'medium' | 'large';
export type ChangeVerdict = 'rose' | 'fell' | 'within-noise';

/** A reason worded with the minimum group size and the two waves' labels, whichever it needs. */
type Reason = (minimum: number, earlier: string, later: string) => string;

const ZH_QUARTERS = ['一', '二', '三', '四'];

export const WAVES_TEXT = {
  en: {
    heading: 'Across waves',
    firstWave: 'This is the first wave of its kind: the next one will be compared with it.',
    loadFailed: 'The comparison with earlier waves could not be loaded.',
    quarter: (year: number, quarter: number) => `${year} Q${quarter}`,
    withName: (label: string, name: string) => `${label} (${name})`,
    pilotWave: (label: string) => `${label}, pilot`,
    stillOpen: '(still open)',
    historyHeading: 'The advice, wave by wave',
    historyRun: (verdict: string, from: string, to: string) =>
      from === to ? `${verdict} in ${from}` : `${verdict} from ${from} to ${to}`,
    historySentence: (runs: string[]) => `${runs.join(', ')}.`,
    historyItem: (label: string, verdict: string) => `${label}: ${verdict}`,
    trendHeading: 'Each measure, wave by wave',
    trendChart:
      'Line chart of each readiness measure’s score out of 100, wave by wave. The same figures follow as a table.',
    trendTable: 'The chart’s figures as a table',
    wave: 'Wave',
    redLine: (score: number) => `Barrier line (${score})`,
    greenLine: (score: number) => `Healthy line (${score})`,
    pilotPoints:
      'Triangles mark pilot waves: the chosen departments’ scores, not the whole organization’s, so no line joins them to the others.',
    changeHeading: (previous: string) => `What changed since ${previous}`,
    testLine: (alpha: string) =>
      `Each change is tested with Welch’s t-test, unpaired because the answers are anonymous, and Holm-corrected across all rows below, so the chance of any false “rose” or “fell” stays at ${alpha}.`,
    welch: {
      name: 'Welch’s t-test',
      plain:
        'asks whether two averages differ by more than chance would make them, without assuming both waves vary alike. Nobody’s two answers can be paired, so the waves are treated as separate groups of people.',
    },
    hedgesG: {
      name: 'Hedges g',
      plain:
        'how far the two waves’ answers lie apart, measured in their usual spread: about 0.2 is small, 0.5 medium, 0.8 large. A large change may still be within the noise when few people answered.',
    },
    organization: 'The whole organization',
    surveyedDepartments: 'The departments surveyed',
    measure: 'Measure',
    before: 'Before',
    now: 'Now',
    change: 'Change (95% interval)',
    effect: 'Effect size',
    verdictColumn: 'What it says',
    changeVerdict: {
      rose: 'rose beyond the noise',
      fell: 'fell beyond the noise',
      'within-noise': 'within the noise',
    } satisfies Record<ChangeVerdict, string>,
    effectSize: {
      negligible: 'negligible',
      small: 'small',
      medium: 'medium',
      large: 'large',
    } satisfies Record<EffectSize, string>,
    scales: (unit: string) => `${unit}: each scale`,
    tableLabel: (unit: string) => `${unit}: what changed`,
    rowReason: {
      'below-minimum-earlier': (minimum, earlier) =>
        `not compared: fewer than ${minimum} answered in ${earlier}`,
      'below-minimum-later': (minimum, _earlier, later) =>
        `not compared: fewer than ${minimum} answered in ${later}`,
      'scale-not-comparable': () =>
        'not compared: the two questionnaire versions do not measure this scale alike',
      'dimension-not-comparable': () =>
        'not compared: one of its scales is measured differently in the two questionnaire versions',
      'no-figure-earlier': (_minimum, earlier) => `not compared: ${earlier} has no figure for it`,
      'no-figure-later': (_minimum, _earlier, later) => `not compared: ${later} has no figure for it`,
      'no-spread': () => 'not compared: everyone answered alike in one of the waves, leaving nothing to test',
    } satisfies Record<RowReason, Reason>,
    notComparedHeading: 'Not compared',
    notComparedBecause: (unit: string, reason: string) => `${unit} is not compared: ${reason}`,
    unitNote: (unit: string, note: string) => `${unit}: ${note}`,
    disclosureReason: {
      'below-minimum-earlier': (minimum, earlier) => `fewer than ${minimum} answered in ${earlier}`,
      'below-minimum-later': (minimum, _earlier, later) => `fewer than ${minimum} answered in ${later}`,
      'hidden-part-earlier': (minimum, earlier) =>
        `part of it had fewer than ${minimum} answers in ${earlier}, and the combined figure would give that part away`,
      'hidden-part-later': (minimum, _earlier, later) =>
        `part of it had fewer than ${minimum} answers in ${later}, and the combined figure would give that part away`,
      'different-people': () =>
        'the two waves did not ask the same departments, so their totals are not the same people’s; their shared departments are compared below',
      'not-in-this-view': () =>
        'your own report does not show the organization’s figures for one of the waves',
    } satisfies Record<DisclosureReason, Reason>,
    lineage: {
      'same-id-same-name': 'the same unit in both waves',
      'same-id-new-name': 'renamed since the last wave',
      'declared-successor': 'declared to carry on the earlier unit under a new name',
      'declared-merge': 'merged since the last wave: compared as the combined group on both sides',
      'declared-split': 'split since the last wave: compared as the combined group on both sides',
      'new-id': 'new since the last wave',
      'id-gone': 'no longer exists',
      'id-declared-elsewhere': 'declared part of another change, so not compared on its own',
    } satisfies Record<Group['reason'], string>,
    refusedHeading: 'Declared changes left out',
    refused: (earlier: string[], later: string[]) => `${earlier.join(' + ')} → ${later.join(' + ')}: `,
    refusal: {
      'unknown-unit': 'it names a unit one of the waves does not have',
      'not-a-merge-or-split': 'several units into several: nobody can say whose people went where',
      'overlapping-declarations': 'it shares a unit with another declared change',
    } satisfies Record<RefusalReason, string>,
    pilotHeading: 'Did the pilot work?',
    pilotDepartments: (names: string[]) =>
      `The pilot ran in ${names.join(', ')}; the other departments are the comparison.`,
    pilotTable: 'The pilot’s change against the others’',
    pilotChange: 'Pilot’s change',
    othersChange: 'Others’ change',
    difference: 'Difference (95% interval)',
    combined: 'The pilot’s measures together',
    differenceInDifferences: {
      name: 'Difference in differences',
      plain:
        'the pilot departments’ change minus the other departments’ change over the same months, so that what changed everywhere is not counted as the pilot’s doing.',
    },
    recommendationLead: 'What we advise',
    recommendation: {
      widen: 'Widen the rollout: the pilot departments improved credibly more than the others.',
      'another-quarter': 'Run another quarter: the result is not clear yet either way.',
      stop: 'Stop and rethink: the pilot brought no worthwhile gain, or made things worse.',
    } satisfies Record<Recommendation, string>,
    caveatsHeading: 'Read it with care',
    caveat: {
      'no-random-assignment':
        'The pilot departments were chosen, not drawn by lot, so they may differ from the others in ways that matter.',
      'small-groups': 'Some of the groups are small, so their figures are uncertain.',
      'different-people-answered':
        'The answers are anonymous, so nobody is followed from one wave to the next, and partly different people answered each time.',
      'regression-to-the-mean':
        'The pilot departments started low, and low scores tend to drift back up by chance alone.',
    } satisfies Record<Caveat, string>,
    notEvaluated: {
      'pilot-below-minimum-earlier': (minimum, earlier) =>
        `Not evaluated: fewer than ${minimum} people in the pilot departments answered in ${earlier}.`,
      'pilot-below-minimum-later': (minimum, _earlier, later) =>
        `Not evaluated: fewer than ${minimum} people in the pilot departments answered in ${later}.`,
      'others-below-minimum-earlier': (minimum, earlier) =>
        `Not evaluated: fewer than ${minimum} people in the other departments answered in ${earlier}.`,
      'others-below-minimum-later': (minimum, _earlier, later) =>
        `Not evaluated: fewer than ${minimum} people in the other departments answered in ${later}.`,
      'no-dimensions': () => 'Not evaluated: no measure was named for the pilot to move.',
      'no-spread': () => 'Not evaluated: a group answered all alike, leaving nothing to test.',
    } satisfies Record<NotEvaluated, Reason>,
  },
  'zh-cn': {
    heading: '历次调研对比',
    firstWave: '这是同类调研的第一次：下一次调研将与本次进行对比。',
    loadFailed: '无法加载与往次调研的对比。',
    quarter: (year: number, quarter: number) => `${year} 年第${ZH_QUARTERS[quarter - 1] ?? quarter}季度`,
    withName: (label: string, name: string) => `${label}（${name}）`,
    pilotWave: (label: string) => `${label}，试点`,
    stillOpen: '（仍在进行）',
    historyHeading: '历次建议',
    historyRun: (verdict: string, from: string, to: string) =>
      from === to ? `${from}：${verdict}` : `${from}至${to}：${verdict}`,
    historySentence: (runs: string[]) => `${runs.join('；')}。`,
    historyItem: (label: string, verdict: string) => `${label}：${verdict}`,
    trendHeading: '各维度历次得分',
    trendChart: '折线图：各准备度维度历次调研的得分（满分 100）。下方表格列出相同的数据。',
    trendTable: '以表格查看图表数据',
    wave: '调研批次',
    redLine: (score: number) => `障碍线（${score}）`,
    greenLine: (score: number) => `健康线（${score}）`,
    pilotPoints: '三角形表示试点批次：那是所选部门的得分，而非整个组织的得分，因此不与其他批次连线。',
    changeHeading: (previous: string) => `自${previous}以来的变化`,
    testLine: (alpha: string) =>
      `每项变化均采用 Welch t 检验；由于作答匿名，按非配对样本处理，并对下列所有行做 Holm 校正，使任何一项“上升”或“下降”属于误判的概率保持在 ${alpha}。`,
    welch: {
      name: 'Welch t 检验',
      plain:
        '判断两个平均分的差距是否超出偶然因素所能造成的范围，且不假定两次调研的离散程度相同。由于无法将同一人的两次作答对应起来，两次调研按两组不同的人处理。',
    },
    hedgesG: {
      name: 'Hedges g 效应量',
      plain:
        '两次调研作答之间的差距，以作答的通常离散程度为单位：约 0.2 为小，0.5 为中，0.8 为大。作答人数较少时，即使变化较大，也可能仍在随机波动范围内。',
    },
    organization: '整个组织',
    surveyedDepartments: '所调研的部门',
    measure: '维度',
    before: '之前',
    now: '现在',
    change: '变化（95% 区间）',
    effect: '效应量',
    verdictColumn: '结论',
    changeVerdict: {
      rose: '上升，超出随机波动',
      fell: '下降，超出随机波动',
      'within-noise': '在随机波动范围内',
    } satisfies Record<ChangeVerdict, string>,
    effectSize: {
      negligible: '可忽略',
      small: '小',
      medium: '中',
      large: '大',
    } satisfies Record<EffectSize, string>,
    scales: (unit: string) => `${unit}：各量表`,
    tableLabel: (unit: string) => `${unit}：变化`,
    rowReason: {
      'below-minimum-earlier': (minimum, earlier) => `未比较：${earlier}的作答人数少于 ${minimum} 人`,
      'below-minimum-later': (minimum, _earlier, later) => `未比较：${later}的作答人数少于 ${minimum} 人`,
      'scale-not-comparable': () => '未比较：两个问卷版本对该量表的测量方式不同',
      'dimension-not-comparable': () => '未比较：该维度的某个量表在两个问卷版本中测量方式不同',
      'no-figure-earlier': (_minimum, earlier) => `未比较：${earlier}没有该项数据`,
      'no-figure-later': (_minimum, _earlier, later) => `未比较：${later}没有该项数据`,
      'no-spread': () => '未比较：某次调研中所有人作答完全相同，无从检验',
    } satisfies Record<RowReason, Reason>,
    notComparedHeading: '未比较',
    notComparedBecause: (unit: string, reason: string) => `${unit}未作比较：${reason}`,
    unitNote: (unit: string, note: string) => `${unit}：${note}`,
    disclosureReason: {
      'below-minimum-earlier': (minimum, earlier) => `${earlier}的作答人数少于 ${minimum} 人`,
      'below-minimum-later': (minimum, _earlier, later) => `${later}的作答人数少于 ${minimum} 人`,
      'hidden-part-earlier': (minimum, earlier) =>
        `其中一部分在${earlier}的作答少于 ${minimum} 人，合并后的数据会暴露这一部分`,
      'hidden-part-later': (minimum, _earlier, later) =>
        `其中一部分在${later}的作答少于 ${minimum} 人，合并后的数据会暴露这一部分`,
      'different-people': () => '两次调研覆盖的部门不同，总体结果不是同一批人的；下面比较双方共有的部门',
      'not-in-this-view': () => '在您的报告中，其中一次调研未显示整个组织的数据',
    } satisfies Record<DisclosureReason, Reason>,
    lineage: {
      'same-id-same-name': '两次调研中为同一单位',
      'same-id-new-name': '自上次调研后已更名',
      'declared-successor': '已声明以新名称承接原单位',
      'declared-merge': '自上次调研后已合并：两次均按合并后的整体比较',
      'declared-split': '自上次调研后已拆分：两次均按拆分前的整体比较',
      'new-id': '上次调研后新设',
      'id-gone': '已不存在',
      'id-declared-elsewhere': '已被声明为另一项变更的一部分，因此不单独比较',
    } satisfies Record<Group['reason'], string>,
    refusedHeading: '未采用的变更声明',
    refused: (earlier: string[], later: string[]) => `${earlier.join(' + ')} → ${later.join(' + ')}：`,
    refusal: {
      'unknown-unit': '其中提到的单位在某次调研中不存在',
      'not-a-merge-or-split': '多个单位对应多个单位：无法确定哪些人去了哪里',
      'overlapping-declarations': '与另一项变更声明涉及同一单位',
    } satisfies Record<RefusalReason, string>,
    pilotHeading: '试点是否有效？',
    pilotDepartments: (names: string[]) => `试点部门：${names.join('、')}；其他部门作为对照。`,
    pilotTable: '试点部门与其他部门的变化对比',
    pilotChange: '试点部门的变化',
    othersChange: '其他部门的变化',
    difference: '差异（95% 区间）',
    combined: '试点各维度合计',
    differenceInDifferences: {
      name: '双重差分',
      plain: '试点部门的变化减去其他部门在同一时期的变化，这样各处共同发生的变化就不会被算作试点的成效。',
    },
    recommendationLead: '我们的建议',
    recommendation: {
      widen: '扩大推行范围：试点部门的提升明显大于其他部门。',
      'another-quarter': '再试行一个季度：目前结果尚不明朗。',
      stop: '暂停并重新考虑：试点没有带来值得的提升，甚至有所下降。',
    } satisfies Record<Recommendation, string>,
    caveatsHeading: '解读时请注意',
    caveat: {
      'no-random-assignment': '试点部门是挑选出来的，而非随机抽取，它们可能在某些重要方面与其他部门不同。',
      'small-groups': '部分组别人数较少，数据的不确定性较大。',
      'different-people-answered': '作答是匿名的，无法追踪同一人在两次调研中的变化，且两次作答者不完全相同。',
      'regression-to-the-mean': '试点部门起点较低，而低分即使不做任何改变，也往往会自然回升。',
    } satisfies Record<Caveat, string>,
    notEvaluated: {
      'pilot-below-minimum-earlier': (minimum, earlier) =>
        `未评估：${earlier}中试点部门的作答人数少于 ${minimum} 人。`,
      'pilot-below-minimum-later': (minimum, _earlier, later) =>
        `未评估：${later}中试点部门的作答人数少于 ${minimum} 人。`,
      'others-below-minimum-earlier': (minimum, earlier) =>
        `未评估：${earlier}中其他部门的作答人数少于 ${minimum} 人。`,
      'others-below-minimum-later': (minimum, _earlier, later) =>
        `未评估：${later}中其他部门的作答人数少于 ${minimum} 人。`,
      'no-dimensions': () => '未评估：没有指定试点要改善的维度。',
      'no-spread': () => '未评估：某一组所有人作答完全相同，无从检验。',
    } satisfies Record<NotEvaluated, Reason>,
  },
};

export type WavesText = (typeof WAVES_TEXT)['en'];
