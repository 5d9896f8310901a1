// What the survey page itself says, around the questionnaire, in both languages.

import type { Language } from '../../components/language-switch';

export const SURVEY_TEXT = {
  en: {
    language: 'Language',
    progress: (page: number, pages: number) => `Page ${page} of ${pages}`,
    minutes: (minutes: number) => `It takes about ${minutes} minutes.`,
    anonymity: (min: number) =>
      `Your answers are anonymous. Nobody, including HR and your manager, can see what you answered. Reports only show groups of at least ${min} people, and only the day of your answer is kept, not the time.`,
    resume: 'Welcome back: your earlier answers on this device have been kept. Carry on where you left off.',
    department: 'Which department do you work in?',
    personalNote: 'This link is yours alone and can be used to submit once.',
    saving: 'Sending your answers…',
    thanks: 'Thank you! Your answers have been received.',
    thanksDetail:
      'Your answers will be counted together with your colleagues’ answers; nobody will see yours on their own.',
    alreadyDone: 'Your answers to this survey have already been sent from this device. Thank you!',
    failed: 'Your answers could not be sent:',
    retry: 'Try again',
    incompleteWhere: 'Topics that still need answers:',
    backToQuestions: 'Back to the questions',
    codeNote: 'This code answers once; it does not say who you are.',
    nextPerson: 'Someone else answers on this device',
  },
  'zh-cn': {
    language: '语言',
    progress: (page: number, pages: number) => `第 ${page} 页，共 ${pages} 页`,
    minutes: (minutes: number) => `问卷大约需要 ${minutes} 分钟。`,
    anonymity: (min: number) =>
      `您的回答是匿名的。任何人（包括人力资源部门和您的上级）都无法看到您的具体回答。报告只显示至少 ${min} 人的群体结果，系统只记录提交日期，不记录具体时间。`,
    resume: '欢迎回来：您在本设备上之前填写的答案已保留，可以从上次中断处继续。',
    department: '您在哪个部门工作？',
    personalNote: '此链接仅供您本人使用，只能提交一次。',
    saving: '正在提交您的回答……',
    thanks: '谢谢！您的回答已成功提交。',
    thanksDetail: '您的回答将与同事的回答合并统计，任何人都不会单独看到您的回答。',
    alreadyDone: '您已在本设备上提交过本问卷的回答，谢谢您！',
    failed: '您的回答未能提交：',
    retry: '重试',
    incompleteWhere: '仍需作答的主题：',
    backToQuestions: '返回问卷',
    codeNote: '此访问码只能作答一次，不会显示您的身份。',
    nextPerson: '换另一个人在本设备上作答',
  },
} as const satisfies Record<Language, unknown>;
