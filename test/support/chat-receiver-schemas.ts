// The message schemas the chat receivers (chat-receivers.ts) hold a request to: for each platform, the fields
// and types its documentation marks required in the message kinds the adapters send, and the platform's size
// limits. A problem is named in words; the receiver turns it into the platform's own error answer.

import type { ChatPlatform } from '../../server/domain/chat/campaign-chat';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isUrl = (v: unknown): boolean => typeof v === 'string' && /^https?:\/\/\S+$/.test(v);
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const chars = (s: string) => Array.from(s).length;

/** Why the body is not a message the platform takes, or null when it is. */
export function chatSchemaProblem(platform: ChatPlatform, body: unknown, raw: string): string | null {
  if (!isObject(body)) return 'body is not an object';
  switch (platform) {
    case 'feishu':
    case 'lark':
      return bytes(raw) > 20 * 1024 ? 'request over 20 KB' : feishuProblem(body);
    case 'dingtalk':
      return dingtalkProblem(body);
    case 'wecom':
      return wecomProblem(body);
    case 'slack':
      return slackProblem(body);
    case 'teams':
      return bytes(raw) > 28 * 1024 ? 'message over 28 KB' : teamsProblem(body);
  }
}

function feishuText(v: unknown): boolean {
  return isObject(v) && (v.tag === 'plain_text' || v.tag === 'lark_md') && typeof v.content === 'string';
}

function feishuProblem(body: Json): string | null {
  if (body.msg_type === 'text')
    return isObject(body.content) && isText(body.content.text) ? null : 'text.content';
  if (body.msg_type !== 'interactive') return 'msg_type';
  const card = body.card;
  if (!isObject(card)) return 'card';
  if (card.header !== undefined && !(isObject(card.header) && feishuText(card.header.title)))
    return 'card.header';
  if (!Array.isArray(card.elements) || card.elements.length === 0) return 'card.elements';
  for (const element of card.elements as unknown[]) {
    if (!isObject(element)) return 'element';
    if (element.tag === 'hr') continue;
    if (element.tag === 'div' && feishuText(element.text)) continue;
    if (element.tag === 'markdown' && typeof element.content === 'string') continue;
    if (element.tag === 'action' && Array.isArray(element.actions) && element.actions.length > 0) {
      const good = (element.actions as unknown[]).every(
        (b) => isObject(b) && b.tag === 'button' && feishuText(b.text) && isUrl(b.url),
      );
      if (good) continue;
    }
    return `element ${String(element.tag)}`;
  }
  return null;
}

function dingtalkProblem(body: Json): string | null {
  if (body.msgtype === 'text') return isObject(body.text) && isText(body.text.content) ? null : 'text';
  if (body.msgtype === 'markdown') {
    const m = body.markdown;
    return isObject(m) && isText(m.title) && isText(m.text) ? null : 'markdown';
  }
  if (body.msgtype !== 'actionCard') return 'msgtype';
  const card = body.actionCard;
  if (!isObject(card) || !isText(card.title) || !isText(card.text)) return 'actionCard';
  if (isText(card.singleTitle) && isUrl(card.singleURL)) return null;
  const buttons = card.btns;
  const good =
    Array.isArray(buttons) &&
    buttons.length > 0 &&
    (buttons as unknown[]).every((b) => isObject(b) && isText(b.title) && isUrl(b.actionURL));
  return good ? null : 'actionCard buttons';
}

function wecomProblem(body: Json): string | null {
  if (body.msgtype === 'text') {
    if (!isObject(body.text) || !isText(body.text.content)) return 'empty content';
    return bytes(body.text.content) > 2048 ? 'text.content exceed max length 2048' : null;
  }
  if (body.msgtype !== 'markdown') return 'msgtype';
  if (!isObject(body.markdown) || !isText(body.markdown.content)) return 'empty content';
  return bytes(body.markdown.content) > 4096 ? 'markdown.content exceed max length 4096' : null;
}

function slackProblem(body: Json): string | null {
  if (body.blocks === undefined) return isText(body.text) ? null : 'no text';
  if (body.text !== undefined && typeof body.text !== 'string') return 'text';
  if (!Array.isArray(body.blocks) || body.blocks.length === 0 || body.blocks.length > 50)
    return 'blocks count';
  const plain = (v: unknown, max: number) =>
    isObject(v) && v.type === 'plain_text' && isText(v.text) && chars(v.text) <= max;
  for (const block of body.blocks as unknown[]) {
    if (!isObject(block)) return 'blocks: not an object';
    if (block.type === 'divider') continue;
    if (block.type === 'header' && plain(block.text, 150)) continue;
    if (block.type === 'section') {
      const t = block.text;
      if (
        isObject(t) &&
        (t.type === 'plain_text' || t.type === 'mrkdwn') &&
        isText(t.text) &&
        chars(t.text) <= 3000
      )
        continue;
    }
    if (block.type === 'actions' && Array.isArray(block.elements) && block.elements.length > 0) {
      const good = (block.elements as unknown[]).every(
        (e) =>
          isObject(e) &&
          e.type === 'button' &&
          plain(e.text, 75) &&
          isUrl(e.url) &&
          chars(String(e.url)) <= 3000,
      );
      if (good) continue;
    }
    return `blocks: ${String(block.type)}`;
  }
  return null;
}

function teamsElement(element: unknown): boolean {
  if (!isObject(element)) return false;
  if (element.type === 'TextBlock') return typeof element.text === 'string';
  if (element.type === 'RichTextBlock') {
    return (
      Array.isArray(element.inlines) &&
      (element.inlines as unknown[]).every(
        (r) => typeof r === 'string' || (isObject(r) && r.type === 'TextRun' && typeof r.text === 'string'),
      )
    );
  }
  return false;
}

function teamsProblem(body: Json): string | null {
  if (body.type !== 'message') return 'type';
  if (!Array.isArray(body.attachments) || body.attachments.length === 0) return 'attachments';
  for (const attachment of body.attachments as unknown[]) {
    if (!isObject(attachment) || attachment.contentType !== 'application/vnd.microsoft.card.adaptive')
      return 'contentType';
    const card = attachment.content;
    if (!isObject(card) || card.type !== 'AdaptiveCard' || typeof card.version !== 'string')
      return 'AdaptiveCard';
    if (!Array.isArray(card.body) || !(card.body as unknown[]).every(teamsElement)) return 'card body';
    const actions = card.actions ?? [];
    const good =
      Array.isArray(actions) &&
      (actions as unknown[]).every(
        (a) => isObject(a) && a.type === 'Action.OpenUrl' && isText(a.title) && isUrl(a.url),
      );
    if (!good) return 'card actions';
  }
  return null;
}
