// Words of the organization page's waves section: its calibration cadence (cadence-field.tsx) and the series
// of waves with each one's verdict (series-list.tsx), in both languages.

import { joinList, type Language } from '../../../shared/languages';

const EN = {
  heading: 'Waves and calibration cadence',
  cadence: 'Calibration cadence',
  cadenceIs: (cadence: string) => `Calibration cadence: ${cadence}`,
  cadenceNone: 'none (a next wave is made whenever you choose)',
  cadenceEvery: (months: number) =>
    months === 3 ? 'Every 3 months (quarterly)' : months === 1 ? 'Every month' : `Every ${months} months`,
  cadenceHelp:
    'With a cadence, the start page says when the next wave is due (counted from the day the latest wave closed) and offers to make it.',
  changeCadence: 'Change the cadence',
  setCadence: 'Set a cadence',
  cadenceChoice: 'Survey again',
  optionNone: 'No cadence',
  optionOther: 'Another number of months',
  months: 'Months between waves (1 to 24)',
  save: 'Save the cadence',
  saving: 'Saving…',
  cancel: 'Cancel',
  series: 'The series',
  seriesHelp:
    'Each campaign that has opened is a wave, oldest first; the report of each wave compares it with the one before.',
  noSeries: 'No wave yet: the series starts when a campaign opens.',
  quarter: (year: number, quarter: number) => `${year} Q${quarter}`,
  /** A wave's name before its verdict. */
  nameThen: (name: string) => `${name}: `,
  verdictSoFar: (verdict: string) => `${verdict} (so far: still open)`,
  wholeOrganization: 'whole organization',
  pilot: (departments: readonly string[]) => `pilot: ${joinList('en', departments)}`,
  madeFrom: (name: string) => `made from ${name}`,
};

export type WavesText = typeof EN;

const ZH: WavesText = {
  heading: '调研轮次与校准周期',
  cadence: '校准周期',
  cadenceIs: (cadence) => `校准周期：${cadence}`,
  cadenceNone: '未设置（由您决定何时开展下一轮）',
  cadenceEvery: (months) =>
    months === 3 ? '每 3 个月（每季度）' : months === 1 ? '每个月' : `每 ${months} 个月`,
  cadenceHelp: '设置周期后，首页会显示下一轮的到期日（从最近一轮结束之日算起），并提供一键创建。',
  changeCadence: '修改周期',
  setCadence: '设置周期',
  cadenceChoice: '再次调研的间隔',
  optionNone: '不设周期',
  optionOther: '其他月数',
  months: '两轮之间的月数（1 至 24）',
  save: '保存周期',
  saving: '正在保存…',
  cancel: '取消',
  series: '历次调研',
  seriesHelp: '每个已开始的调查活动都是一轮，按时间先后排列；每一轮的报告都会与上一轮比较。',
  noSeries: '还没有任何一轮：调查活动开始后，系列即从这里开始。',
  quarter: (year, quarter) => `${year} 年第 ${quarter} 季度`,
  nameThen: (name) => `${name}：`,
  verdictSoFar: (verdict) => `${verdict}（目前结果：仍在进行中）`,
  wholeOrganization: '整个组织',
  pilot: (departments) => `试点：${joinList('zh-cn', departments)}`,
  madeFrom: (name) => `由“${name}”生成`,
};

export const WAVES_TEXT = { en: EN, 'zh-cn': ZH } satisfies Record<Language, WavesText>;
