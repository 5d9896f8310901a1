// The chat records' storage: what the chat desk relies on, for every implementation. Above all: no change
// is lost to another made at the same moment, a delivery is claimed once however many try, and a change
// that throws leaves the record as it was.

import { afterEach, describe, expect, it } from 'vitest';
import {
  addChannel,
  AlreadyClaimed,
  beginPost,
  claimDelivery,
  emptyChat,
  recordAttempt,
  type CampaignChat,
  type ChatChannel,
} from '../../../server/domain/chat/campaign-chat';
import type { Storage } from '../../../server/storage/storage';
import type { StorageUnderTest } from './repository.contract';

const ON = '2026-05-04T09:00:00Z';

function channel(id: string, overrides: Partial<ChatChannel> = {}): ChatChannel {
  return {
    id,
    platform: 'feishu',
    label: `Group ${id}`,
    departmentId: null,
    invite: 'link',
    sealed: `v1.sealed-${id}`,
    hint: `open.feishu.cn …${id.slice(-4)}`,
    fingerprint: `fp-${id}`,
    signed: true,
    addedOn: ON,
    ...overrides,
  };
}

/** A record with one channel and a post to it still going out, its delivery not yet claimed. */
const posting = (chat: CampaignChat): CampaignChat => {
  const withChannel = addChannel(chat, channel('ch-1'));
  return beginPost(
    withChannel,
    { id: 'post-1', kind: 'announcement', reminderId: null, startedAt: '2026-05-04T09:00' },
    withChannel.channels,
  );
};

/** Runs `check` on the storage, then on it reopened: what is stored must read the same after a restart. */
async function beforeAndAfterRestart(
  { storage, reopen }: StorageUnderTest,
  check: (storage: Storage) => Promise<void>,
): Promise<void> {
  await check(storage);
  await check(await reopen());
}

const add =
  (id: string, overrides: Partial<ChatChannel> = {}) =>
  (chat: CampaignChat) =>
    addChannel(chat, channel(id, overrides));

export function chatContract(name: string, makeStorage: () => Promise<StorageUnderTest>): void {
  describe(`${name} chat storage`, () => {
    let current: StorageUnderTest | undefined;
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });
    const open = async () => (current = await makeStorage());

    it.each([
      { what: 'a campaign never changed', campaignId: 'c-new', organizationId: 'o1' },
      { what: 'a campaign of another organization', campaignId: 'c1', organizationId: 'o2' },
    ])('answers an empty record for $what', async ({ campaignId, organizationId }) => {
      const opened = await open();
      await opened.storage.chats.change('c1', 'o1', add('ch-1'));
      await beforeAndAfterRestart(opened, async (s) => {
        expect(await s.chats.get(campaignId, organizationId)).toEqual(emptyChat(campaignId, organizationId));
      });
    });

    it('stores what a change returns, answers it, and reads it back after a restart', async () => {
      const { storage, reopen } = await open();
      const first = await storage.chats.change('c1', 'o1', add('ch-1'));
      const second = await storage.chats.change('c1', 'o1', add('ch-2', { platform: 'slack' }));
      expect(first.channels.map((c) => c.id)).toEqual(['ch-1']);
      expect(second.channels.map((c) => c.id)).toEqual(['ch-1', 'ch-2']);
      expect(await storage.chats.get('c1', 'o1')).toEqual(second);
      expect(await (await reopen()).chats.get('c1', 'o1')).toEqual(second);
    });

    it('does not let a caller change a stored record by changing what it was handed', async () => {
      const { storage } = await open();
      const answered = await storage.chats.change('c1', 'o1', add('ch-1'));
      answered.channels[0]!.label = 'Changed in memory';
      const read = await storage.chats.get('c1', 'o1');
      read.channels.pop();
      expect((await storage.chats.get('c1', 'o1')).channels.map((c) => c.label)).toEqual(['Group ch-1']);
    });

    const refusals: {
      what: string;
      before: ((chat: CampaignChat) => CampaignChat)[];
      change: (chat: CampaignChat) => CampaignChat;
    }[] = [
      {
        what: 'on a campaign with no record yet',
        before: [],
        change: () => {
          throw new Error('refused');
        },
      },
      {
        what: 'after changing its copy of a stored record',
        before: [add('ch-1')],
        change: (chat) => {
          chat.channels[0]!.label = 'Half made';
          chat.channels.push(channel('ch-2'));
          throw new Error('refused');
        },
      },
      {
        what: 'as a domain refusal (a label taken)',
        before: [add('ch-1')],
        change: add('ch-2', { label: 'group CH-1 ' }),
      },
    ];
    it.each(refusals)('writes nothing and rethrows the same error when a change throws $what', async (c) => {
      const { storage, reopen } = await open();
      for (const change of c.before) await storage.chats.change('c1', 'o1', change);
      const before = await storage.chats.get('c1', 'o1');
      let thrown: unknown;
      const caught = (chat: CampaignChat) => {
        try {
          return c.change(chat);
        } catch (error) {
          thrown = error;
          throw error;
        }
      };
      const failed = await storage.chats.change('c1', 'o1', caught).catch((error: unknown) => error);
      expect(thrown).toBeInstanceOf(Error);
      expect(failed).toBe(thrown);
      expect(await storage.chats.get('c1', 'o1')).toEqual(before);
      expect(await (await reopen()).chats.get('c1', 'o1')).toEqual(before);
    });

    it('refuses a change under another organization than the campaign’s, writing nothing', async () => {
      const { storage } = await open();
      const stored = await storage.chats.change('c1', 'o1', add('ch-1'));
      await expect(storage.chats.change('c1', 'o2', add('ch-2'))).rejects.toThrow(
        'belongs to another organization',
      );
      expect(await storage.chats.get('c1', 'o1')).toEqual(stored);
    });

    it('keeps every one of twenty channels added at once, from no record, after a restart too', async () => {
      const opened = await open();
      const ids = Array.from({ length: 20 }, (_, i) => `ch-${String(i).padStart(2, '0')}`);
      await Promise.all(ids.map((id) => opened.storage.chats.change('c1', 'o1', add(id))));
      await beforeAndAfterRestart(opened, async (s) => {
        expect((await s.chats.get('c1', 'o1')).channels.map((c) => c.id).toSorted()).toEqual(ids);
      });
    });

    it('lets exactly one of two claims of the same delivery at once succeed', async () => {
      const { storage, reopen } = await open();
      await storage.chats.change('c1', 'o1', posting);
      const claim = () => storage.chats.change('c1', 'o1', (chat) => claimDelivery(chat, 'post-1', 'ch-1'));
      const outcomes = await Promise.allSettled([claim(), claim()]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(AlreadyClaimed);
      const [delivery] = (await (await reopen()).chats.get('c1', 'o1')).posts[0]!.deliveries;
      expect(delivery).toMatchObject({ channelId: 'ch-1', state: 'claimed', attempts: 0 });
    });

    it('reads a post still going out back as it was stored, without settling it', async () => {
      const { storage, reopen } = await open();
      await storage.chats.change('c1', 'o1', posting);
      const claimed = await storage.chats.change('c1', 'o1', (chat) => claimDelivery(chat, 'post-1', 'ch-1'));
      const again = await reopen();
      const read = await again.chats.get('c1', 'o1');
      expect(read).toEqual(claimed);
      expect(read.posts[0]).toMatchObject({ state: 'sending', deliveries: [{ state: 'claimed' }] });
      // Still the delivery it was: the one sender carries on from it.
      const sent = await again.chats.change('c1', 'o1', (chat) =>
        recordAttempt(chat, 'post-1', 'ch-1', { state: 'sent', error: null, at: '2026-05-04T09:00:03Z' }),
      );
      expect(sent.posts[0]!.deliveries[0]).toMatchObject({ state: 'sent', attempts: 1 });
    });

    it('keeps a channel’s sealed webhook exactly as given, character for character', async () => {
      const { storage, reopen } = await open();
      // Text a store could be tempted to trim, normalise or re-escape, and long, as a sealed address is.
      const sealed = `v1.${'Ab+/9_-='.repeat(500)} "quoted" \\ back\u2028slash 飞书 é\u0301 `;
      await storage.chats.change('c1', 'o1', add('ch-1', { sealed }));
      const read = (await (await reopen()).chats.get('c1', 'o1')).channels[0]!.sealed;
      expect(read).toBe(sealed);
      expect(read).toHaveLength(sealed.length);
    });

    const seeded = async (storage: Storage) => {
      await storage.chats.change('c1', 'o1', add('ch-1'));
      await storage.chats.change('c2', 'o1', add('ch-2'));
      await storage.chats.change('c3', 'o2', add('ch-3'));
    };
    it.each([
      {
        what: 'a campaign',
        remove: (s: Storage) => s.chats.removeCampaign('c1'),
        gone: [['c1', 'o1']],
        kept: [
          ['c2', 'o1'],
          ['c3', 'o2'],
        ],
      },
      {
        what: 'an organization',
        remove: (s: Storage) => s.chats.removeOrganization('o1'),
        gone: [
          ['c1', 'o1'],
          ['c2', 'o1'],
        ],
        kept: [['c3', 'o2']],
      },
      {
        what: 'nothing, for a campaign or organization with none',
        remove: async (s: Storage) => {
          await s.chats.removeCampaign('c9');
          await s.chats.removeOrganization('o9');
        },
        gone: [],
        kept: [
          ['c1', 'o1'],
          ['c2', 'o1'],
          ['c3', 'o2'],
        ],
      },
    ])('forgets $what, and only that, after a restart too', async ({ remove, gone, kept }) => {
      const { storage, reopen } = await open();
      await seeded(storage);
      await remove(storage);
      const again = await reopen();
      for (const [c, o] of gone) expect(await again.chats.get(c!, o!)).toEqual(emptyChat(c!, o!));
      for (const [c, o] of kept) expect((await again.chats.get(c!, o!)).channels).toHaveLength(1);
      // A campaign forgotten starts afresh.
      if (gone.length > 0) {
        const [c, o] = gone[0]!;
        expect((await again.chats.change(c!, o!, add('ch-new'))).channels.map((x) => x.id)).toEqual([
          'ch-new',
        ]);
      }
    });
  });
}
