// The heatmap's words, in English and Chinese.

import type { Language } from '../../components/language-switch';

export interface HeatmapText {
  heading: string;
  intro: string;
  legend: string;
  unit: string;
  sortBy: (column: string) => string;
  cell: (unit: string, dimension: string, score: string, interval: string | null) => string;
  noScore: (unit: string, dimension: string) => string;
  apartFrom: (label: string, others: string) => string;
  joiner: string;
}

export const HEATMAP_TEXT: Record<Language, HeatmapText> = {
  en: {
    heading: 'Heatmap',
    intro:
      'Each unit’s score on each dimension, coloured red at or below the barrier line and green from the healthy line up. Hover over a cell to see its 95% interval; a screen reader reads it with the score.',
    legend:
      '◆ marks a score the analysis found clearly apart from another unit’s on the same dimension; hover over it to see which.',
    unit: 'Unit',
    sortBy: (column) => `Sort by ${column}`,
    cell: (unit, dimension, score, interval) =>
      `${unit}, ${dimension}: ${score}${interval === null ? '' : ` (${interval})`}`,
    noScore: (unit, dimension) => `${unit}, ${dimension}: no score`,
    apartFrom: (label, others) => `${label}; clearly apart from ${others}`,
    joiner: ', ',
  },
  'zh-cn': {
    heading: '热力图',
    intro:
      '各单位在各维度上的得分：处于或低于障碍线为红色，达到健康线及以上为绿色。将鼠标悬停在单元格上可查看其 95% 区间；读屏软件会连同得分一并读出。',
    legend: '◆ 表示分析认定该得分与另一单位在同一维度上明显不同；将鼠标悬停其上可查看是哪一个单位。',
    unit: '单位',
    sortBy: (column) => `按“${column}”排序`,
    cell: (unit, dimension, score, interval) =>
      `${unit}，${dimension}：${score}${interval === null ? '' : `（${interval}）`}`,
    noScore: (unit, dimension) => `${unit}，${dimension}：无得分`,
    apartFrom: (label, others) => `${label}；与${others}明显不同`,
    joiner: '、',
  },
};
