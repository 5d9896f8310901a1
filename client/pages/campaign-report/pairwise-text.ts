// The words of "Compare two units", in English and Chinese.

import type { Language } from '../../components/language-switch';
import type { PairRow } from '../../../server/http/api-types';

type Reason = Extract<PairRow['result'], { compared: false }>['reason'];

export interface PairwiseText {
  heading: string;
  intro: string;
  first: string;
  second: string;
  needTwo: string;
  sameUnit: string;
  measure: string;
  /** The column of one unit's score: its name and the interval's meaning. */
  scoreOf: (unit: string) => string;
  difference: (a: string, b: string) => string;
  effect: string;
  /** A score with its 95% interval. */
  withInterval: (score: string, low: string, high: string) => string;
  /** The effect's size in words with Hedges g beside it. */
  sizeWithG: (size: string, g: string) => string;
  verdict: string;
  higher: (unit: string) => string;
  withinNoise: string;
  reasons: Record<Reason, (min: number) => string>;
  tableLabel: (a: string, b: string) => string;
  legend: string;
}

export const PAIRWISE_TEXT: Record<Language, PairwiseText> = {
  en: {
    heading: 'Compare two units',
    intro:
      'Pick two units to see their dimensions and scales side by side: each score with its 95% interval, the gap between them with its own interval, how large the gap is, and whether it stands out from the noise.',
    first: 'First unit',
    second: 'Second unit',
    needTwo: 'Comparing needs two units that this report shows.',
    sameUnit: 'Pick two different units.',
    measure: 'Dimension or scale',
    scoreOf: (unit) => `${unit} (95% interval)`,
    difference: (a, b) => `${a} − ${b} [95% interval]`,
    effect: 'Size of the gap',
    sizeWithG: (size, g) => `${size} (g ${g})`,
    withInterval: (score, low, high) => `${score} (${low}–${high})`,
    verdict: 'Beyond the noise?',
    higher: (unit) => `${unit} higher`,
    withinNoise: 'within the noise',
    reasons: {
      'no-figure': () => 'no score on one side',
      'too-few': (min) => `fewer than ${min} people behind a score`,
      'no-spread': () => 'everyone answered alike: no test is possible',
    },
    tableLabel: (a, b) => `${a} compared with ${b}`,
    legend:
      'A gap counts as beyond the noise when Welch’s test, corrected by Holm for all the rows of this pair at 5%, says so; its size is Hedges g in words (about 0.2 small, 0.5 medium, 0.8 large). Scales are indented under their dimension.',
  },
  'zh-cn': {
    heading: '比较两个单位',
    intro:
      '选择两个单位，并排查看它们在各维度和各量表上的情况：各自的得分及 95% 区间、两者之差及其区间、差距的大小，以及差距是否超出随机波动。',
    first: '第一个单位',
    second: '第二个单位',
    needTwo: '比较需要本报告显示的两个单位。',
    sameUnit: '请选择两个不同的单位。',
    measure: '维度或量表',
    scoreOf: (unit) => `${unit}（95% 区间）`,
    difference: (a, b) => `${a} − ${b}［95% 区间］`,
    effect: '差距大小',
    sizeWithG: (size, g) => `${size}（g ${g}）`,
    withInterval: (score, low, high) => `${score}（${low}–${high}）`,
    verdict: '是否超出随机波动？',
    higher: (unit) => `${unit}较高`,
    withinNoise: '在随机波动范围内',
    reasons: {
      'no-figure': () => '其中一方没有得分',
      'too-few': (min) => `某个得分背后少于 ${min} 人`,
      'no-spread': () => '所有人的回答都相同，无法检验',
    },
    tableLabel: (a, b) => `${a}与${b}的比较`,
    legend:
      '当 Welch 检验经 Holm 校正（对该组比较的所有行，显著性水平 5%）后仍显著时，差距才算超出随机波动；差距大小以 Hedges g 描述（约 0.2 为小，0.5 为中，0.8 为大）。量表缩进列在其所属维度之下。',
  },
};
