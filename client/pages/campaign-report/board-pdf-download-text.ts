// The words of the report's link to the board's PDF, in both languages.

import type { Language } from '../../../shared/languages';

export const BOARD_PDF_TEXT = {
  en: {
    label: 'The report for the board',
    language: 'PDF language',
    download: 'Download PDF for the board',
    note: 'A4: the summary, charts, recommendations and action plan, with the full analysis as an appendix.',
    notYet: (n: number) =>
      `The PDF can be made once at least ${n} people in a department or reporting group have answered.`,
  },
  'zh-cn': {
    label: '董事会报告',
    language: 'PDF 语言',
    download: '下载董事会 PDF 报告',
    note: 'A4 纸张：包含要点概览、图表、建议和行动计划，完整分析附于附录。',
    notYet: (n: number) => `某个部门或报告组至少有 ${n} 人作答后，才能生成 PDF。`,
  },
} satisfies Record<Language, unknown>;
