// The action plan's storage: what a route relies on, for every implementation.

import { afterEach, describe, expect, it } from 'vitest';
import { createAction, type PlanAction } from '../../../server/domain/decisions/action-plan';
import type { StorageUnderTest } from './repository.contract';

function action(id: string, organizationId = 'o1', title = `Action ${id}`): PlanAction {
  return createAction(
    { title },
    {
      id,
      organizationId,
      campaignId: null,
      recommendationId: null,
      departments: [],
      now: '2026-05-01T09:00:00Z',
    },
  );
}

export function actionPlanContract(name: string, makeStorage: () => Promise<StorageUnderTest>): void {
  describe(`${name} action plan storage`, () => {
    let current: StorageUnderTest | undefined;
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });
    const open = async () => (current = await makeStorage());

    it('lists an organization’s actions in the order added, and only its own, after a restart too', async () => {
      const { storage, reopen } = await open();
      await storage.actionPlan.add([action('a1'), action('a2')]);
      await storage.actionPlan.add([action('b1', 'o2')]);
      const again = await reopen();
      expect((await again.actionPlan.list('o1')).map((a) => a.id)).toEqual(['a1', 'a2']);
      expect((await again.actionPlan.list('o2')).map((a) => a.id)).toEqual(['b1']);
      expect(await again.actionPlan.list('o3')).toEqual([]);
    });

    it('keeps both of two changes made at once to the same action', async () => {
      const { storage, reopen } = await open();
      await storage.actionPlan.add([action('a1')]);
      await Promise.all([
        storage.actionPlan.change('o1', 'a1', (a) => ({ ...a, status: 'done' })),
        storage.actionPlan.change('o1', 'a1', (a) => ({ ...a, note: 'Finished early' })),
      ]);
      const [stored] = await (await reopen()).actionPlan.list('o1');
      expect(stored).toMatchObject({ status: 'done', note: 'Finished early' });
    });

    it('writes nothing when a change throws, and answers undefined for another organization’s id', async () => {
      const { storage } = await open();
      await storage.actionPlan.add([action('a1')]);
      await expect(
        storage.actionPlan.change('o1', 'a1', () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(await storage.actionPlan.change('o2', 'a1', (a) => ({ ...a, title: 'Stolen' }))).toBeUndefined();
      expect((await storage.actionPlan.list('o1'))[0]?.title).toBe('Action a1');
    });

    it('does not let a caller change a stored action by changing what it was handed', async () => {
      const { storage } = await open();
      await storage.actionPlan.add([action('a1')]);
      const [listed] = await storage.actionPlan.list('o1');
      listed!.title = 'Changed in memory';
      expect((await storage.actionPlan.list('o1'))[0]?.title).toBe('Action a1');
    });

    it('forgets a whole organization’s plan, leaving the others’', async () => {
      const { storage, reopen } = await open();
      await storage.actionPlan.add([action('a1'), action('a2'), action('b1', 'o2')]);
      await storage.actionPlan.removeOrganization('o1');
      const again = await reopen();
      expect(await again.actionPlan.list('o1')).toEqual([]);
      expect((await again.actionPlan.list('o2')).map((a) => a.id)).toEqual(['b1']);
    });

    it('removes an action of the organization only', async () => {
      const { storage, reopen } = await open();
      await storage.actionPlan.add([action('a1'), action('a2')]);
      expect(await storage.actionPlan.remove('o2', 'a1')).toBe(false);
      expect(await storage.actionPlan.remove('o1', 'a1')).toBe(true);
      expect(await storage.actionPlan.remove('o1', 'a1')).toBe(false);
      expect((await (await reopen()).actionPlan.list('o1')).map((a) => a.id)).toEqual(['a2']);
    });
  });
}
