// What the page for typing an access code says, in both languages.

import type { Language } from '../../components/language-switch';

const en = {
  language: 'Language',
  heading: 'Answer the survey with your access code',
  intro: 'Type the code you were given. It answers the survey once and does not say who you are.',
  code: 'Access code',
  hint: 'Ten letters and digits, as printed, for example K7M2Q-9XH4T.',
  next: 'Continue',
  notACode: 'That is not an access code: a code has ten letters and digits.',
};

export type EnterCodeText = typeof en;

const zh: EnterCodeText = {
  language: '语言',
  heading: '用访问码参与调查',
  intro: '请输入您拿到的访问码。它只能作答一次，不会显示您的身份。',
  code: '访问码',
  hint: '按印刷内容输入十位字母和数字，例如 K7M2Q-9XH4T。',
  next: '继续',
  notACode: '这不是访问码：访问码由十位字母和数字组成。',
};

export const ENTER_CODE_TEXT = { en, 'zh-cn': zh } satisfies Record<Language, EnterCodeText>;
