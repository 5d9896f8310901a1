// The email that carries a password-reset link. Accounts keep no language, so it is written in both, English
// first; it names nothing but the link and how long it works, since whoever reads the inbox reads it too.

import type { OutgoingMail } from './mailer';

export function passwordResetMail(to: string, link: string, minutes: number): OutgoingMail {
  return {
    to,
    subject: 'Groundwork: set a new password / 设置新密码',
    text: [
      'Someone (we hope you) asked to set a new password for your Groundwork account.',
      `Open this link within ${minutes} minutes to choose it; it works once:`,
      link,
      'If you did not ask, ignore this email: your password stays as it is.',
      '',
      '有人（希望是您本人）请求为您的 Groundwork 账户设置新密码。',
      `请在 ${minutes} 分钟内打开以下链接设置新密码，该链接只能使用一次：`,
      link,
      '如果这不是您的请求，请忽略此邮件，您的密码不会改变。',
    ].join('\n'),
  };
}
