// The words of the question-by-question section, in English and Chinese.

import type { Language } from '../../components/language-switch';

export type AnswerClassName = 'favourable' | 'neutral' | 'unfavourable' | 'dontKnow';

export interface QuestionText {
  heading: string;
  intro: string;
  /** The picker of whose answers the bars show. */
  show: string;
  organization: string;
  everyUnit: string;
  hiddenOption: (name: string) => string;
  classes: Record<AnswerClassName, string>;
  pullsDown: string;
  pullsDownPooled: string;
  pullsDownNone: string;
  /** A pulling item's figure: its favourable share of the people who gave a view. */
  pulling: (percent: string, views: number) => string;
  allQuestions: (count: number) => string;
  reverse: string;
  knowledge: string;
  /** The figures of one bar in words, so nothing is told by colour alone. */
  figures: (parts: string, n: number) => string;
  part: (name: string, percent: string) => string;
  joiner: string;
  noAnswers: string;
  hidden: (min: number) => string;
  organizationWithheld: string;
  download: string;
  downloadNote: string;
  loadFailed: string;
}

export const QUESTION_TEXT: Record<Language, QuestionText> = {
  en: {
    heading: 'Question by question',
    intro:
      'How people answered each question, in four parts: favourable to readiness, neutral, unfavourable, and “don’t know”. Shares are of everyone who answered the question, “don’t know” included.',
    show: 'Show the answers of',
    organization: 'Whole organization',
    everyUnit: 'Every unit, one bar each',
    hiddenOption: (name) => `${name} (hidden)`,
    classes: {
      favourable: 'Favourable',
      neutral: 'Neutral',
      unfavourable: 'Unfavourable',
      dontKnow: 'Don’t know',
    },
    pullsDown: 'Pulling it down most (lowest favourable share among those who gave a view):',
    pullsDownPooled:
      'Pulling it down most in your units (lowest favourable share among those who gave a view):',
    pullsDownNone: 'No question has answers to rank yet.',
    pulling: (percent, views) => `(${percent} favourable, of ${views} who gave a view)`,
    allQuestions: (count) => `All ${count} ${count === 1 ? 'question' : 'questions'}`,
    reverse: 'Worded against readiness: disagreeing with it is favourable, and the bar counts it so.',
    knowledge: 'A knowledge question: a right answer counts as favourable, a wrong one as unfavourable.',
    figures: (parts, n) => `${parts} (${n} answered)`,
    part: (name, percent) => `${name} ${percent}`,
    joiner: ' · ',
    noAnswers: 'No answers in the figures yet.',
    hidden: (min) => `Hidden: fewer than ${min} answers.`,
    organizationWithheld:
      'The organization as a whole is not shown: without your units it would be one other department.',
    download: 'Download these answers as CSV',
    downloadNote: 'One row per question and unit, in the language of this page.',
    loadFailed: 'The answers question by question could not be loaded. Reload the page to try again.',
  },
  'zh-cn': {
    heading: '逐题结果',
    intro:
      '每道题的回答分为四类：有利于准备度、中立、不利，以及“不知道”。占比的分母是回答了该题的全部人数，包括选择“不知道”的人。',
    show: '显示以下对象的回答：',
    organization: '组织整体',
    everyUnit: '所有单位，每个单位一条',
    hiddenOption: (name) => `${name}（已隐藏）`,
    classes: {
      favourable: '有利',
      neutral: '中立',
      unfavourable: '不利',
      dontKnow: '不知道',
    },
    pullsDown: '拉低最多的题目（在表达了看法的人中有利占比最低）：',
    pullsDownPooled: '在您的单位中拉低最多的题目（在表达了看法的人中有利占比最低）：',
    pullsDownNone: '尚无可排序的回答。',
    pulling: (percent, views) => `（有利 ${percent}，共 ${views} 人表达了看法）`,
    allQuestions: (count) => `全部 ${count} 道题`,
    reverse: '此题为反向表述：不同意才有利于准备度，条形图已按此计算。',
    knowledge: '此题为知识题：答对计为有利，答错计为不利。',
    figures: (parts, n) => `${parts}（${n} 人作答）`,
    part: (name, percent) => `${name}：${percent}`,
    joiner: '；',
    noAnswers: '统计中尚无回答。',
    hidden: (min) => `已隐藏：回答少于 ${min} 人。`,
    organizationWithheld: '不显示组织整体的数据：若去掉您的单位，这些数据就等于另一个部门的数据。',
    download: '下载逐题结果（CSV）',
    downloadNote: '每道题、每个单位一行，使用本页的语言。',
    loadFailed: '逐题结果未能加载。请刷新页面重试。',
  },
};
