// What the campaign's chat posts say, in each language the product speaks: one table of texts, with a
// function for each text that carries values. Values go in as they are (plain text): each platform's adapter
// escapes the whole message for its own markup.

import type { Language } from '../../../shared/languages';
import { MONTHS_EN } from '../campaigns/email-template';
import type { ChatPostKind } from './campaign-chat';

/** The values a post's texts are written from; names are already trimmed, the date already spelled out. */
export interface ChatTextValues {
  organization: string;
  campaign: string;
  /** The department whose group the post goes to; null for the whole campaign. */
  audience: string | null;
  minutes: number;
  /** The last day to answer, spelled out; null when the campaign has no closing date. */
  closes: string | null;
}

/** Figures already worked out: `percent` rounded down, `target` a whole percentage. */
export interface ChatFigures {
  answered: number;
  headcount: number;
  percent: number;
  target: number;
  /** The reported group's name; null for the whole campaign. */
  unit: string | null;
}

export interface ChatWords {
  /** What goes between two sentences run together in one paragraph: a space, or nothing in Chinese. */
  sentenceGap: string;
  title: Record<ChatPostKind, (campaign: string) => string>;
  testSetUp: (v: ChatTextValues) => string;
  testNoAction: string;
  askForView: (v: ChatTextValues) => string;
  length: (v: ChatTextValues) => string;
  answerBy: (closes: string) => string;
  anonymous: string;
  /** What to do, per way of reaching the survey; names the action's label. */
  howTo: { link: string; 'access-code': string };
  actionLabel: { link: string; 'access-code': string };
  reminder: (v: ChatTextValues) => string;
  progressSoFar: (f: ChatFigures) => string;
  everyAnswerCounts: string;
  closesOn: (closes: string) => string;
  stillAnonymous: string;
  closed: (v: ChatTextValues) => string;
  answeredInAll: (f: ChatFigures) => string;
  thanks: (v: ChatTextValues) => string;
  /** A date given as its year, month and day (month 1–12). */
  date: (year: number, month: number, day: number) => string;
}

export const CHAT_TEXT: Record<Language, ChatWords> = {
  en: {
    sentenceGap: ' ',
    title: {
      test: (campaign) => `Test message: ${campaign}`,
      announcement: (campaign) => `Your view, please: ${campaign}`,
      reminder: (campaign) => `Reminder: ${campaign}`,
      closing: (campaign) => `Survey closed: ${campaign}`,
    },
    testSetUp: (v) =>
      `This group is now set up to receive messages from ${v.organization} about the survey “${v.campaign}”` +
      (v.audience === null ? '.' : ` for ${v.audience}.`),
    testNoAction: 'This is only a test: there is nothing to do.',
    askForView: (v) =>
      `Before deciding whether and how to work with OKRs, ${v.organization} would like to hear from ` +
      (v.audience === null ? 'everyone' : `everyone in ${v.audience}`) +
      ' about how goals are set and followed up today.',
    length: (v) => `The survey “${v.campaign}” takes about ${v.minutes} minutes.`,
    answerBy: (closes) => `Please answer by ${closes}.`,
    anonymous:
      'It is anonymous: nobody sees individual answers, and results are only shown for groups large enough that no one can be singled out.',
    howTo: {
      link: 'Open it with “Answer the survey” below. The link is shared by the whole group, so please answer only once each.',
      'access-code':
        'Use the personal access code you were given (on paper or by HR): enter it on the page behind “Enter your access code” below.',
    },
    actionLabel: { link: 'Answer the survey', 'access-code': 'Enter your access code' },
    reminder: (v) => `A reminder from ${v.organization}: the survey “${v.campaign}” is still open.`,
    progressSoFar: (f) =>
      `So far ${f.answered} of ${f.headcount} people` +
      (f.unit === null ? '' : ` in ${f.unit}`) +
      ` have answered (${f.percent}%); the aim is ${f.target}%.`,
    everyAnswerCounts:
      'Every answer counts: the more people take part, the better the results show how things really are.',
    closesOn: (closes) => `The survey closes on ${closes}.`,
    stillAnonymous: 'Answers stay anonymous.',
    closed: (v) => `The survey “${v.campaign}” is now closed.`,
    answeredInAll: (f) =>
      `In all, ${f.answered} of ${f.headcount} people` +
      (f.unit === null ? '' : ` in ${f.unit}`) +
      ' answered.',
    thanks: (v) => `${v.organization} thanks everyone who took the time to answer.`,
    date: (year, month, day) => `${day} ${MONTHS_EN[month - 1]} ${year}`,
  },
  'zh-cn': {
    sentenceGap: '',
    title: {
      test: (campaign) => `测试消息：${campaign}`,
      announcement: (campaign) => `诚邀您参与问卷：${campaign}`,
      reminder: (campaign) => `提醒：${campaign}`,
      closing: (campaign) => `问卷已结束：${campaign}`,
    },
    testSetUp: (v) =>
      `本群已设置好，将接收${v.organization}关于问卷“${v.campaign}”的消息` +
      (v.audience === null ? '。' : `（面向${v.audience}）。`),
    testNoAction: '这只是一条测试消息，无需任何操作。',
    askForView: (v) =>
      `在决定是否以及如何使用 OKR 之前，${v.organization}想听听` +
      (v.audience === null ? '每一位同事' : `${v.audience}每一位同事`) +
      '对目前目标制定与跟进方式的看法。',
    length: (v) => `填写问卷“${v.campaign}”大约需要 ${v.minutes} 分钟。`,
    answerBy: (closes) => `请在${closes}之前完成。`,
    anonymous: '问卷为匿名填写：任何人都看不到个人的回答，结果只按人数足够多、无法识别出个人的群体汇总展示。',
    howTo: {
      link: '请点击下方的“填写问卷”打开问卷。此链接由全组共用，请每人只填写一次。',
      'access-code':
        '请使用发给您的个人访问码（纸质版或由人力资源部门发放）：点击下方的“输入访问码”，在打开的页面中输入。',
    },
    actionLabel: { link: '填写问卷', 'access-code': '输入访问码' },
    reminder: (v) => `${v.organization}温馨提醒：问卷“${v.campaign}”仍在进行中。`,
    progressSoFar: (f) =>
      `目前${f.unit === null ? '全部' : `${f.unit}的`} ${f.headcount} 人中已有 ${f.answered} 人填写（${f.percent}%），目标是 ${f.target}%。`,
    everyAnswerCounts: '每一份回答都很重要：参与的人越多，结果越能反映真实情况。',
    closesOn: (closes) => `问卷将于${closes}截止。`,
    stillAnonymous: '回答始终匿名。',
    closed: (v) => `问卷“${v.campaign}”现已结束。`,
    answeredInAll: (f) =>
      `${f.unit === null ? '全部' : `${f.unit}的`} ${f.headcount} 人中共有 ${f.answered} 人填写了问卷。`,
    thanks: (v) => `${v.organization}感谢每一位抽空填写的同事！`,
    date: (year, month, day) => `${year}年${month}月${day}日`,
  },
};
