// Each campaign's chat record in a file of its own (<data>/chats.json), beside the records file: a post
// claims and settles each of its channels one write at a time, and rewriting every organization, account and
// campaign for each would cost far more. One change path, durable before acknowledged (durable-document.ts):
// a change is applied to the record as stored at once, so concurrent ones each see the others' result.
// A post still `sending` is kept as it was written: the chat desk settles it, under the campaign's hold.

import { emptyChat, type CampaignChat } from '../../domain/chat/campaign-chat';
import type { ChatRepository } from '../chat-repository';
import { openDurableDocument } from './durable-document';

interface ChatDocument {
  chats: CampaignChat[];
}

const copy = <T>(value: T): T => structuredClone(value);

export async function openEmbeddedChatRepository(
  path: string,
): Promise<ChatRepository & { close(): Promise<void> }> {
  const document = await openDurableDocument<ChatDocument>(path, {
    empty: () => ({ chats: [] }),
    isDocument: (value): value is ChatDocument =>
      typeof value === 'object' && value !== null && Array.isArray((value as ChatDocument).chats),
    shape: '"chats" list',
  });

  /** Removes every record `gone` picks, writing only when there was one. */
  const removeWhere = (gone: (chat: CampaignChat) => boolean) =>
    document.change((d) => {
      const kept = d.chats.filter((c) => !gone(c));
      const write = kept.length !== d.chats.length;
      d.chats = kept;
      return { result: undefined, write };
    });

  return {
    async get(campaignId, organizationId) {
      const found = document.current.chats.find((c) => c.campaignId === campaignId);
      // Another organization's campaign reads as one with no chat: its channels are not this one's.
      return found && found.organizationId === organizationId
        ? copy(found)
        : emptyChat(campaignId, organizationId);
    },
    async change(campaignId, organizationId, apply) {
      return document.change((d) => {
        const index = d.chats.findIndex((c) => c.campaignId === campaignId);
        const stored = index === -1 ? emptyChat(campaignId, organizationId) : d.chats[index]!;
        if (stored.organizationId !== organizationId) {
          throw new Error(`The chat of campaign ${campaignId} belongs to another organization`);
        }
        // Worked out in full before the list is touched, so a throw leaves it as it was. The copies keep a
        // function that changes what it is given, or what it returns later, from changing what is stored.
        const next = copy(apply(copy(stored)));
        if (next.campaignId !== campaignId || next.organizationId !== organizationId) {
          throw new Error('A chat record keeps its campaign and organization');
        }
        if (index === -1) d.chats.push(next);
        else d.chats[index] = next;
        return { result: copy(next), write: true };
      });
    },
    async removeCampaign(campaignId) {
      await removeWhere((c) => c.campaignId === campaignId);
    },
    async removeOrganization(organizationId) {
      await removeWhere((c) => c.organizationId === organizationId);
    },
    close: () => document.close(),
  };
}
