// The words of the owner's benchmark files, in English and Chinese.

import type { Language } from '../../components/language-switch';

export interface BenchmarkFilesText {
  heading: string;
  intro: string;
  export: string;
  exporting: string;
  load: string;
  loading: string;
  notJson: string;
  loaded: string;
  none: string;
  file: (
    createdOn: string,
    organizations: number,
    questionnaire: string,
    model: string,
    loadedOn: string,
  ) => string;
  remove: string;
  removeLabel: (createdOn: string) => string;
}

export const BENCHMARK_FILES_TEXT: Record<Language, BenchmarkFilesText> = {
  en: {
    heading: 'Benchmark files',
    intro:
      'As the installation’s owner you can carry the benchmark to another installation: the file holds, per dimension and scale, the percentiles of the pooled organizations’ scores and how many organizations and people they stand on; no row per organization and no name. A loaded file is compared with every report on the same questionnaire.',
    export: 'Download this installation’s benchmark file',
    exporting: 'Preparing…',
    load: 'Load a benchmark file',
    loading: 'Loading…',
    notJson: 'That file is not a benchmark file: it could not be read as JSON.',
    loaded: 'Loaded files',
    none: 'No benchmark file has been loaded.',
    file: (created, n, questionnaire, model, loadedOn) =>
      `Exported ${created}: ${n} organizations, ${questionnaire} (model ${model}), loaded ${loadedOn}`,
    remove: 'Remove',
    removeLabel: (created) => `Remove the benchmark file exported ${created}`,
  },
  'zh-cn': {
    heading: '基准文件',
    intro:
      '作为本系统的所有者，您可以把基准带到另一个系统：文件只包含每个维度和量表上各组织得分的百分位数，以及它们所基于的组织数和人数；不含任何单个组织的数据，也不含名称。载入的文件会与同一问卷的每份报告比较。',
    export: '下载本系统的基准文件',
    exporting: '正在准备…',
    load: '载入基准文件',
    loading: '正在载入…',
    notJson: '该文件不是基准文件：无法按 JSON 读取。',
    loaded: '已载入的文件',
    none: '尚未载入任何基准文件。',
    file: (created, n, questionnaire, model, loadedOn) =>
      `${created} 导出：${n} 个组织，${questionnaire}（模型 ${model}），${loadedOn} 载入`,
    remove: '移除',
    removeLabel: (created) => `移除 ${created} 导出的基准文件`,
  },
};
