// The words of the organization's benchmark choice, in English and Chinese.

import type { Language } from '../../components/language-switch';

export interface BenchmarkOptInText {
  heading: string;
  what: string;
  never: string;
  offByDefault: string;
  choice: string;
  isOn: string;
  isOff: string;
  saving: string;
  onlyAdministrators: string;
}

export const BENCHMARK_OPT_IN_TEXT: Record<Language, BenchmarkOptInText> = {
  en: {
    heading: 'Benchmark among organizations',
    what: 'What is pooled: the organization’s dimension and scale scores of its latest closed campaign, never a person’s answers. They join the pool other organizations’ reports are compared with, only where its report shows them (at least the minimum group size answered).',
    never:
      'No department’s figures and no name leave the organization either: a report elsewhere sees only a percentile band, and only once at least ten organizations are pooled.',
    offByDefault: 'It is off unless an administrator turns it on, and can be turned off at any time.',
    choice: 'Pool our organization’s scores into the benchmark',
    isOn: 'The organization’s scores are pooled into the benchmark.',
    isOff: 'The organization’s scores are not pooled into the benchmark.',
    saving: 'Saving…',
    onlyAdministrators: 'Only the organization’s administrators can change this.',
  },
  'zh-cn': {
    heading: '组织间基准',
    what: '汇入的内容：本组织最近一次已结束调研的各维度和量表得分，从不包括任何个人的回答。这些得分只在报告显示时（回答人数不少于最小分组人数）加入基准池，供其他组织的报告比较。',
    never:
      '任何部门的结果和组织名称也不会离开本组织：其他组织的报告只能看到百分位区间，而且要在至少十个组织加入之后。',
    offByDefault: '默认关闭，只有管理员可以开启，也可以随时关闭。',
    choice: '将本组织的得分汇入基准',
    isOn: '本组织的得分已汇入基准。',
    isOff: '本组织的得分未汇入基准。',
    saving: '正在保存…',
    onlyAdministrators: '只有本组织的管理员可以更改此设置。',
  },
};
