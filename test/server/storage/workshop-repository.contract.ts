// The workshops' storage: what the routes rely on, for every implementation. Above all: a participant's
// draft is never lost to another participant's write made at the same moment.

import { afterEach, describe, expect, it } from 'vitest';
import { joinWorkshop, writeDraft } from '../../../server/domain/workshop/workshop';
import type { StorageUnderTest } from './repository.contract';
import { makeWorkshop, WORKSHOP_NOW } from '../../fixtures/make-workshop';

const NOW = WORKSHOP_NOW;
const workshop = makeWorkshop;

export function workshopContract(name: string, makeStorage: () => Promise<StorageUnderTest>): void {
  describe(`${name} workshop storage`, () => {
    let current: StorageUnderTest | undefined;
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });
    const open = async () => (current = await makeStorage());

    it('finds a workshop by id and by code, lists an organization’s newest first, after a restart too', async () => {
      const { storage, reopen } = await open();
      expect(await storage.workshops.create(workshop('w1', 'AAAAAAAA'))).toBe(true);
      expect(
        await storage.workshops.create(workshop('w2', 'BBBBBBBB', 'o1', '2026-05-05T09:00:00.000Z')),
      ).toBe(true);
      expect(await storage.workshops.create(workshop('w3', 'CCCCCCCC', 'o2'))).toBe(true);
      const again = await reopen();
      expect(await again.workshops.get('w1')).toEqual(workshop('w1', 'AAAAAAAA'));
      expect((await again.workshops.byCode('BBBBBBBB'))?.id).toBe('w2');
      expect(await again.workshops.byCode('DDDDDDDD')).toBeUndefined();
      expect(await again.workshops.get('w9')).toBeUndefined();
      expect((await again.workshops.listByOrganization('o1')).map((w) => w.id)).toEqual(['w2', 'w1']);
      expect(await again.workshops.listByOrganization('o3')).toEqual([]);
    });

    it('refuses a second workshop with a code already in use, storing nothing', async () => {
      const { storage } = await open();
      await storage.workshops.create(workshop('w1', 'AAAAAAAA'));
      expect(await storage.workshops.create(workshop('w2', 'AAAAAAAA'))).toBe(false);
      expect(await storage.workshops.get('w2')).toBeUndefined();
    });

    it('changes through the change path, durably, and finds a participant by the hash of their token', async () => {
      const { storage, reopen } = await open();
      await storage.workshops.create(workshop('w1', 'AAAAAAAA'));
      const joined = await storage.workshops.change('w1', (w) =>
        joinWorkshop(w, { participantId: 'p1', tokenHash: 'hash-1', name: 'Li' }, NOW),
      );
      expect(joined?.version).toBe(2);
      const again = await reopen();
      expect(await again.workshops.participantByTokenHash('hash-1')).toEqual({
        workshopId: 'w1',
        participantId: 'p1',
      });
      expect(await again.workshops.participantByTokenHash('hash-2')).toBeUndefined();
      expect((await again.workshops.get('w1'))?.participants.map((p) => p.name)).toEqual(['Li']);
    });

    it('writes nothing when a change throws or answers undefined, and answers undefined for an unknown id', async () => {
      const { storage } = await open();
      await storage.workshops.create(workshop('w1', 'AAAAAAAA'));
      await expect(
        storage.workshops.change('w1', () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await storage.workshops.change('w1', () => undefined)).toBeUndefined();
      expect(await storage.workshops.change('w9', (w) => ({ ...w, title: 'x' }))).toBeUndefined();
      expect(await storage.workshops.get('w1')).toEqual(workshop('w1', 'AAAAAAAA'));
    });

    it('hands out copies: changing one changes nothing stored', async () => {
      const { storage } = await open();
      await storage.workshops.create(workshop('w1', 'AAAAAAAA'));
      const got = await storage.workshops.get('w1');
      got!.title = 'Changed';
      (await storage.workshops.listByOrganization('o1'))[0]!.participants.push({
        id: 'x',
        tokenHash: 'x',
        name: null,
        joinedAt: NOW,
        warmUp: {},
        votes: [],
      });
      expect(await storage.workshops.get('w1')).toEqual(workshop('w1', 'AAAAAAAA'));
    });

    it('keeps every participant’s last draft when twenty write ten times each, all at once', async () => {
      const { storage, reopen } = await open();
      await storage.workshops.create(workshop('w1', 'AAAAAAAA'));
      const people = Array.from({ length: 20 }, (_, i) => `p${i}`);
      await Promise.all(
        people.map((p) =>
          storage.workshops.change('w1', (w) =>
            joinWorkshop(w, { participantId: p, tokenHash: `h-${p}`, name: p }, NOW),
          ),
        ),
      );
      // Each participant saves one draft after another (a browser waits for its save), while all
      // twenty save at once: concurrent writers on one record, each with its own order to keep.
      await Promise.all(
        people.map(async (p) => {
          for (let round = 0; round < 10; round++)
            await storage.workshops.change('w1', (w) =>
              writeDraft(
                w,
                p,
                { objective: `${p} round ${round}`, keyResults: [`kr ${round}`] },
                `d-${p}`,
                NOW,
              ),
            );
        }),
      );
      const stored = (await reopen()).workshops.get('w1');
      const drafts = (await stored)!.drafts;
      expect(drafts).toHaveLength(20);
      for (const p of people) {
        const draft = drafts.find((d) => d.participantId === p)!;
        expect([draft.objective, draft.version]).toEqual([`${p} round 9`, 10]);
      }
      expect((await stored)!.version).toBe(1 + 20 + 200);
    });

    it('forgets an organization’s workshops, and only its own, after a restart too', async () => {
      const { storage, reopen } = await open();
      await storage.workshops.create(workshop('w1', 'AAAAAAAA', 'o1'));
      await storage.workshops.create(workshop('w2', 'BBBBBBBB', 'o2'));
      await storage.workshops.change('w1', (w) =>
        joinWorkshop(w, { participantId: 'p1', tokenHash: 'hash-1', name: 'Li' }, NOW),
      );
      await storage.workshops.removeOrganization('o1');
      await storage.workshops.removeOrganization('o3');
      const again = await reopen();
      expect(await again.workshops.get('w1')).toBeUndefined();
      expect(await again.workshops.byCode('AAAAAAAA')).toBeUndefined();
      expect(await again.workshops.participantByTokenHash('hash-1')).toBeUndefined();
      expect((await again.workshops.listByOrganization('o2')).map((w) => w.id)).toEqual(['w2']);
    });

    it('tells a watcher each durable change with its version, and stops when asked', async () => {
      const { storage } = await open();
      await storage.workshops.create(workshop('w1', 'AAAAAAAA'));
      await storage.workshops.create(workshop('w2', 'BBBBBBBB'));
      const heard: number[] = [];
      const stop = storage.workshopEvents.subscribe('w1', (version) => heard.push(version));
      await storage.workshops.change('w1', (w) => ({ ...w, version: w.version + 1 }));
      await storage.workshops.change('w2', (w) => ({ ...w, version: w.version + 1 }));
      await storage.workshops.change('w1', () => undefined);
      expect(heard).toEqual([2]);
      stop();
      await storage.workshops.change('w1', (w) => ({ ...w, version: w.version + 1 }));
      expect(heard).toEqual([2]);
    });
  });
}
