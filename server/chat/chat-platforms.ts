// Every chat platform's adapter by name, and the check a webhook address passes before it is kept: on the
// platform's own hosts over https (or on a host the operator allowed, CHAT_WEBHOOK_HOSTS, for private
// deployments and tests), with the platform's path and query. The check is what stops a channel from being
// pointed at an internal address (the server posts wherever the address says).

import type { ChatPlatform } from '../domain/chat/campaign-chat';
import type { ChatPlatformAdapter } from './chat-platform';
import { dingtalkAdapter } from './platforms/dingtalk';
import { feishuAdapter, larkAdapter } from './platforms/feishu';
import { slackAdapter } from './platforms/slack';
import { teamsAdapter } from './platforms/teams';
import { wecomAdapter } from './platforms/wecom';

export const CHAT_ADAPTERS: Record<ChatPlatform, ChatPlatformAdapter> = {
  feishu: feishuAdapter,
  lark: larkAdapter,
  dingtalk: dingtalkAdapter,
  wecom: wecomAdapter,
  slack: slackAdapter,
  teams: teamsAdapter,
};

export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** Whether `hostname` is `pattern`, or (for a pattern "*.suffix") a name of one or more labels under suffix. */
function hostMatches(hostname: string, pattern: string): boolean {
  if (!pattern.startsWith('*.')) return hostname === pattern;
  const suffix = pattern.slice(1);
  return hostname.endsWith(suffix) && /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(hostname.slice(0, -suffix.length));
}

export function checkWebhookUrl(
  platform: ChatPlatform,
  raw: string,
  extraHosts: readonly string[],
): { ok: true; url: URL } | { ok: false; code: 'chat.webhook-host' | 'chat.webhook-shape' } {
  const adapter = CHAT_ADAPTERS[platform];
  const text = raw.trim();
  if (text.length > MAX_WEBHOOK_URL_LENGTH || !URL.canParse(text))
    return { ok: false, code: 'chat.webhook-shape' };
  const url = new URL(text);
  if (url.username || url.password) return { ok: false, code: 'chat.webhook-host' };
  // The platform's hosts: https on the default port only. An operator's extra host: http or https, its port
  // as written ("host:port"), since a private gateway or a test receiver rarely listens on 443.
  const onPlatform =
    url.protocol === 'https:' && url.port === '' && adapter.hosts.some((h) => hostMatches(url.hostname, h));
  const onExtra =
    (url.protocol === 'https:' || url.protocol === 'http:') &&
    extraHosts.some((h) => h.trim().toLowerCase() === url.host);
  if (!onPlatform && !onExtra) return { ok: false, code: 'chat.webhook-host' };
  if (url.hash || !adapter.hasWebhookShape(url)) return { ok: false, code: 'chat.webhook-shape' };
  return { ok: true, url };
}

/** What the page shows of a webhook: its host and the address's last four characters, enough to tell two apart. */
export const webhookHint = (url: URL): string => `${url.host} …${url.href.slice(-4)}`;
