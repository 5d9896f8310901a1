// The words of the report's benchmark section, in English and Chinese.

import type { Language } from '../../components/language-switch';
import type { PlacedBenchmark } from '../../../server/http/api-types';

type Band = NonNullable<PlacedBenchmark['dimensions'][number]['band']>;

export interface BenchmarkText {
  heading: string;
  intro: string;
  notShown: string;
  local: (organizations: number) => string;
  localTooFew: string;
  tooFew: (needed: number) => string;
  file: (createdOn: string, organizations: number) => string;
  figure: string;
  score: string;
  band: string;
  bands: Record<Band, string>;
  /** A band said in full, for a screen reader and for the strip's label. */
  bandSentence: (band: string) => string;
  noBand: string;
  download: string;
  downloadNote: string;
  loadFailed: string;
}

export const BENCHMARK_TEXT: Record<Language, BenchmarkText> = {
  en: {
    heading: 'Among other organizations',
    intro:
      'Where your organization’s score on each readiness dimension sits among organizations that answered the same questionnaire and chose to be pooled: a band of the range, never a rank. Only organizations’ overall scores are pooled, never a person’s answers.',
    notShown:
      'This report does not show the organization’s overall figures, so nothing is placed among other organizations.',
    local: (n) => `Organizations on this installation (${n})`,
    localTooFew: 'Organizations on this installation',
    tooFew: (needed) =>
      `No benchmark yet: it needs at least ${needed} organizations that opted in, each with a closed campaign on this questionnaire whose report shows its figures.`,
    file: (day, n) => `Benchmark file of ${day} (${n} organizations)`,
    figure: 'Dimension or scale',
    score: 'Score',
    band: 'Among them',
    bands: {
      'bottom-10': 'bottom 10%',
      '10-25': '10–25%',
      '25-50': '25–50%',
      '50-75': '50–75%',
      '75-90': '75–90%',
      'top-10': 'top 10%',
    },
    bandSentence: (band) => `In the ${band} of organizations`,
    noBand: 'no band',
    download: 'Download this table (CSV)',
    downloadNote: 'The bands as shown here, in the page’s language.',
    loadFailed: 'The comparison with other organizations could not be loaded.',
  },
  'zh-cn': {
    heading: '与其他组织相比',
    intro:
      '您的组织在各个就绪维度上的得分，在回答同一问卷并选择加入基准的组织中处于哪个区间：只显示区间，从不显示排名。汇入的只是各组织的整体得分，从不包括任何个人的回答。',
    notShown: '此报告不显示组织的整体结果，因此无法与其他组织比较。',
    local: (n) => `本系统中的组织（${n} 个）`,
    localTooFew: '本系统中的组织',
    tooFew: (needed) =>
      `暂无基准：至少需要 ${needed} 个已加入的组织，且每个组织在此问卷上都有已结束、报告显示整体结果的调研。`,
    file: (day, n) => `${day} 的基准文件（${n} 个组织）`,
    figure: '维度或量表',
    score: '得分',
    band: '所处区间',
    bands: {
      'bottom-10': '后 10%',
      '10-25': '10%–25% 之间',
      '25-50': '25%–50% 之间',
      '50-75': '50%–75% 之间',
      '75-90': '75%–90% 之间',
      'top-10': '前 10%',
    },
    bandSentence: (band) => `处于各组织的${band}`,
    noBand: '无区间',
    download: '下载此表（CSV）',
    downloadNote: '与此处显示的区间相同，使用页面当前的语言。',
    loadFailed: '无法载入与其他组织的比较。',
  },
};
