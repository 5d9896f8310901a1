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
  /** The disclosure button of a dimension's column: show or hide its scales' columns. */
  showScales: (dimension: string) => string;
  hideScales: (dimension: string) => string;
  /** A scale's column heading and the name a cell's label gives it. */
  scaleColumn: (dimension: string, scale: string) => string;
  /** The disclosure button of a scale's column: show or hide one column per item of that scale. */
  showItems: (scale: string) => string;
  hideItems: (scale: string) => string;
  /** An item's short heading; its wording is in the header's title and accessible name. */
  itemShort: (number: number) => string;
  itemHeading: (number: number, wording: string) => string;
  /** An item's cell: the unit's favourable share and how many answered. */
  itemCell: (unit: string, item: string, share: string, n: number) => string;
  itemNoFigure: (unit: string, item: string) => string;
  itemsLoading: string;
  itemsFailed: string;
  itemsNote: string;
  download: string;
  downloadNote: string;
}

export const HEATMAP_TEXT: Record<Language, HeatmapText> = {
  en: {
    heading: 'Heatmap',
    intro:
      'Each unit’s score on each dimension, coloured red at or below the barrier line and green from the healthy line up. Hover over a cell to see its 95% interval; a screen reader reads it with the score. The + beside a dimension opens its scales, and the + beside a scale its questions.',
    legend:
      '◆ marks a score the analysis found clearly apart from another unit’s on the same dimension; hover over it to see which.',
    unit: 'Unit',
    sortBy: (column) => `Sort by ${column}`,
    cell: (unit, dimension, score, interval) =>
      `${unit}, ${dimension}: ${score}${interval === null ? '' : ` (${interval})`}`,
    noScore: (unit, dimension) => `${unit}, ${dimension}: no score`,
    apartFrom: (label, others) => `${label}; clearly apart from ${others}`,
    joiner: ', ',
    showScales: (dimension) => `Show the scales of ${dimension}`,
    hideScales: (dimension) => `Hide the scales of ${dimension}`,
    scaleColumn: (dimension, scale) => `${dimension} › ${scale}`,
    showItems: (scale) => `Show the questions of ${scale}`,
    hideItems: (scale) => `Hide the questions of ${scale}`,
    itemShort: (number) => `Q${number}`,
    itemHeading: (number, wording) => `Q${number}: ${wording}`,
    itemCell: (unit, item, share, n) => `${unit}, ${item}: ${share} favourable (${n} answered)`,
    itemNoFigure: (unit, item) => `${unit}, ${item}: no figure shown`,
    itemsLoading: 'Loading the questions…',
    itemsFailed: 'The questions could not be loaded. Reload the page to try again.',
    itemsNote:
      'A question’s column (Q1, Q2 …) shows the share of the row’s people who answered it favourably; hover over its heading for the wording.',
    download: 'Download the heatmap (CSV)',
    downloadNote:
      'Every unit of this view with each dimension’s and scale’s score, its 95% interval and how many people are behind it; hidden units are listed with no figure.',
  },
  'zh-cn': {
    heading: '热力图',
    intro:
      '各单位在各维度上的得分：处于或低于障碍线为红色，达到健康线及以上为绿色。将鼠标悬停在单元格上可查看其 95% 区间；读屏软件会连同得分一并读出。点击维度旁的 + 可展开其各量表，点击量表旁的 + 可展开其各题。',
    legend: '◆ 表示分析认定该得分与另一单位在同一维度上明显不同；将鼠标悬停其上可查看是哪一个单位。',
    unit: '单位',
    sortBy: (column) => `按“${column}”排序`,
    cell: (unit, dimension, score, interval) =>
      `${unit}，${dimension}：${score}${interval === null ? '' : `（${interval}）`}`,
    noScore: (unit, dimension) => `${unit}，${dimension}：无得分`,
    apartFrom: (label, others) => `${label}；与${others}明显不同`,
    joiner: '、',
    showScales: (dimension) => `展开“${dimension}”的各量表`,
    hideScales: (dimension) => `收起“${dimension}”的各量表`,
    scaleColumn: (dimension, scale) => `${dimension}：${scale}`,
    showItems: (scale) => `展开“${scale}”的各题`,
    hideItems: (scale) => `收起“${scale}”的各题`,
    itemShort: (number) => `第${number}题`,
    itemHeading: (number, wording) => `第${number}题：${wording}`,
    itemCell: (unit, item, share, n) => `${unit}，${item}：${share} 持肯定态度（${n} 人作答）`,
    itemNoFigure: (unit, item) => `${unit}，${item}：不显示数字`,
    itemsLoading: '正在加载各题……',
    itemsFailed: '未能加载各题，请刷新页面后重试。',
    itemsNote:
      '题目列（第1题、第2题……）显示该行人员中对此题持肯定态度者所占的比例；将鼠标悬停在列标题上可查看题目原文。',
    download: '下载热力图（CSV）',
    downloadNote:
      '包含本视图中每个单位在各维度和各量表上的得分、95% 区间及其背后的人数；被隐藏的单位只列出名称，不含任何数字。',
  },
};
