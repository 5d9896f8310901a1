// The chat platforms' names as their users know them, in each language: used by the problems that name a
// platform and by the campaign page's chat section.

import type { Language } from '../../shared/languages';

const NAMES: Record<string, Record<Language, string>> = {
  feishu: { en: 'Feishu', 'zh-cn': '飞书' },
  lark: { en: 'Lark', 'zh-cn': 'Lark（飞书国际版）' },
  dingtalk: { en: 'DingTalk', 'zh-cn': '钉钉' },
  wecom: { en: 'WeCom', 'zh-cn': '企业微信' },
  slack: { en: 'Slack', 'zh-cn': 'Slack' },
  teams: { en: 'Microsoft Teams', 'zh-cn': 'Microsoft Teams' },
};

/** A platform's name; an id this client does not know is shown as it came. */
export function chatPlatformName(platform: unknown, language: Language): string {
  return NAMES[String(platform)]?.[language] ?? String(platform);
}
