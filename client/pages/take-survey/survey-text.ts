// What the survey page itself says, around the questionnaire, in both languages.

import type { Language } from '../../components/language-switch';

export const SURVEY_TEXT = {
  en: {
    language: 'Language',
    anonymity: (min: number) =>
      `Your answers are anonymous. Nobody, including HR and your manager, can see what you answered. Reports only show groups of at least ${min} people, and only the day of your answer is kept, not the time.`,
    resume: 'Welcome back: your earlier answers on this device have been kept. Carry on where you left off.',
    department: 'Which department do you work in?',
    notOpen: 'This survey has not opened yet. Please try again later.',
    opensOn: (day: string) => `This survey opens on ${day}. Please come back then: your link will work.`,
    personalDone: 'You have already answered this survey with your personal link. Thank you!',
    personalNote: 'This link is yours alone and can be used to submit once.',
    closed: 'This survey has closed. Thank you for your interest.',
    saving: 'Sending your answers…',
    thanks: 'Thank you! Your answers have been received.',
    thanksDetail: 'They will be combined with your colleagues’ answers; nobody will see yours on their own.',
    alreadyDone: 'You have already submitted this survey on this device.',
    failed: 'Your answers could not be sent:',
    retry: 'Try again',
    incomplete: (scored: number, needed: number) =>
      `There are not yet enough answers to count: your answers cover ${scored} of the topics, and at least ${needed} are needed. "Don't know" is fine for single questions, but it does not count as an answer. Nothing was sent.`,
    incompleteWhere: 'Topics that still need answers:',
    backToQuestions: 'Back to the questions',
    codeDone: 'This access code has already been used to answer the survey. Each code answers once.',
    codeNote: 'This code answers once; it does not say who you are.',
    placesTaken: (department: string) =>
      `The survey has as many answers for ${department} as ${department} has people, so this link takes no more. If you have not answered yet, ask for a personal link or an access code.`,
    sharedLinkClosed: (department: string) =>
      `This link takes no answers for ${department}: its people answer with access codes or personal links, so that nobody holding a shared link can add answers beside theirs. If you have not answered yet, ask for an access code or a personal link.`,
    nextPerson: 'Someone else answers on this device',
  },
  'zh-cn': {
    language: '语言',
    anonymity: (min: number) =>
      `您的回答是匿名的。任何人（包括人力资源部门和您的上级）都无法看到您的具体回答。报告只显示至少 ${min} 人的群体结果，系统只记录提交日期，不记录具体时间。`,
    resume: '欢迎回来：您在本设备上之前填写的答案已保留，可以从上次中断处继续。',
    department: '您在哪个部门工作？',
    notOpen: '本调查尚未开始，请稍后再试。',
    opensOn: (day: string) => `本调查将于 ${day} 开始，届时请再次打开此链接。`,
    personalDone: '您已通过个人专属链接完成本调查，谢谢！',
    personalNote: '此链接仅供您本人使用，只能提交一次。',
    closed: '本调查已结束，感谢您的关注。',
    saving: '正在提交您的回答…',
    thanks: '谢谢！您的回答已成功提交。',
    thanksDetail: '您的回答将与同事的回答合并统计，任何人都不会单独看到您的回答。',
    alreadyDone: '您已在本设备上提交过本调查。',
    failed: '您的回答未能提交：',
    retry: '重试',
    incomplete: (scored: number, needed: number) =>
      `目前的回答还不足以计入统计：您的回答涵盖了 ${scored} 个主题，至少需要 ${needed} 个。个别问题可以选择“不知道”，但它不算作回答。您的回答尚未提交。`,
    incompleteWhere: '仍需作答的主题：',
    backToQuestions: '返回问卷',
    codeDone: '此访问码已被用于作答。每个访问码只能作答一次。',
    codeNote: '此访问码只能作答一次，不会显示您的身份。',
    placesTaken: (department: string) =>
      `${department}的回答数量已达到该部门人数，此链接不再接受回答。如果您还没有作答，请索取个人链接或访问码。`,
    sharedLinkClosed: (department: string) =>
      `此链接不接受${department}的回答：该部门的人员凭访问码或个人链接作答，以免持有共享链接的人在他们的回答旁添加回答。如果您还没有作答，请索取访问码或个人链接。`,
    nextPerson: '换另一个人在本设备上作答',
  },
} as const satisfies Record<Language, unknown>;
