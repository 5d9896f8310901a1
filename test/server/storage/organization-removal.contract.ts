// The part of the storage contract for editing and deleting organizations and campaigns: run by
// runStorageContract for every implementation.

import { describe, expect, it } from 'vitest';
import { createCampaign, type Campaign } from '../../../server/domain/campaigns/campaign';
import type { Organization } from '../../../server/domain/campaigns/organization';
import { makeResponse } from '../../fixtures/make-response';
import type { StorageUnderTest } from './repository.contract';

const ACME: Organization = {
  id: 'org-1',
  name: 'Acme',
  createdOn: '2026-03-01',
  departments: [{ id: 'd1', name: 'Sales', headcount: 10 }],
};

const campaign = (id: string): Campaign =>
  createCampaign({
    id,
    organizationId: 'org-1',
    name: `Campaign ${id}`,
    questionnaireId: 'fixture',
    modelVersion: '1',
    departmentIds: ['d1'],
    today: '2026-03-01',
    newToken: () => `${id}-token`,
  });

export function organizationRemovalContract(open: () => Promise<StorageUnderTest>): void {
  describe('editing and deleting organizations and campaigns', () => {
    it('applies each of many simultaneous organization updates to it as the one before left it', async () => {
      const { storage, reopen } = await open();
      await storage.organizations.create(ACME);
      const add = (name: string) => (o: Organization) => ({
        ...o,
        departments: [...o.departments, { id: name, name, headcount: 1 }],
      });
      await Promise.all(['a', 'b', 'c'].map((n) => storage.organizations.update('org-1', add(n))));
      const stored = await (await reopen()).organizations.get('org-1');
      expect(stored?.departments.map((d) => d.id).sort()).toEqual(['a', 'b', 'c', 'd1']);
    });

    it('changes nothing when an organization update refuses, or names none stored', async () => {
      const { storage } = await open();
      await storage.organizations.create(ACME);
      await expect(
        storage.organizations.update('org-1', () => {
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      await expect(storage.organizations.update('org-ghost', (o) => o)).rejects.toThrow('No such record');
      expect(await storage.organizations.get('org-1')).toEqual(ACME);
      expect(await storage.organizations.get('org-ghost')).toBeUndefined();
    });

    it('deletes an organization with the roles and invitations given for it, and says when there was none', async () => {
      const { storage, reopen } = await open();
      await storage.organizations.create(ACME);
      await storage.organizations.create({ ...ACME, id: 'org-2', name: 'Globex' });
      await storage.accounts.create({
        id: 'a-1',
        email: 'a@example.com',
        name: 'A',
        passwordHash: 'x',
        isOwner: false,
        createdOn: '2026-03-01',
        grants: [
          { organizationId: 'org-1', role: 'executive', departmentIds: [] },
          { organizationId: 'org-2', role: 'consultant', departmentIds: [] },
        ],
      });
      expect(await storage.organizations.remove('org-1')).toBe(true);
      expect(await storage.organizations.remove('org-1')).toBe(false);
      const reopened = await reopen();
      expect((await reopened.organizations.list()).map((o) => o.id)).toEqual(['org-2']);
      expect((await reopened.accounts.get('a-1'))?.grants.map((g) => g.organizationId)).toEqual(['org-2']);
    });

    it('deletes a campaign with its access codes, leaving the others', async () => {
      const { storage, reopen } = await open();
      await storage.campaigns.create(campaign('c-1'));
      await storage.campaigns.create(campaign('c-2'));
      for (const c of ['c-1', 'c-2']) {
        const code = { campaignId: c, departmentId: 'd1', createdOn: '2026-03-01', answered: false };
        expect(
          await storage.accessCodes.issue([{ ...code, id: `${c}-code`, codeHash: `${c}-hash` }], 5),
        ).toBe('issued');
      }
      expect(await storage.campaigns.remove('c-1')).toBe(true);
      expect(await storage.campaigns.remove('c-1')).toBe(false);
      const reopened = await reopen();
      expect(await reopened.campaigns.get('c-1')).toBeUndefined();
      expect(await reopened.campaigns.findByLinkToken('c-1-token')).toBeUndefined();
      expect((await reopened.campaigns.listByOrganization('org-1')).map((c) => c.id)).toEqual(['c-2']);
      expect(await reopened.accessCodes.findByCodeHash('c-1-hash')).toBeUndefined();
      expect(await reopened.accessCodes.countByDepartment('c-1')).toEqual({});
      expect(await reopened.accessCodes.countByDepartment('c-2')).toEqual({ d1: 1 });
    });

    it("deletes every response of one campaign for good, across a restart, and nothing of another's", async () => {
      const { storage, reopen } = await open();
      for (let i = 0; i < 3; i++) await storage.responses.append(makeResponse({ campaignId: 'c-1' }));
      const kept = makeResponse({ campaignId: 'c-2' });
      await storage.responses.append(kept);
      await storage.responses.removeCampaign('c-1');
      await storage.responses.removeCampaign('c-never');
      expect(await storage.responses.countByCampaign('c-1')).toBe(0);
      const reopened = await reopen();
      expect(await reopened.responses.listByCampaign('c-1')).toEqual([]);
      expect(await reopened.responses.countByDepartment('c-1')).toEqual({});
      expect(await reopened.responses.listByCampaign('c-2')).toEqual([kept]);
      // A campaign id used again starts from nothing.
      await reopened.responses.append(makeResponse({ campaignId: 'c-1' }));
      expect(await reopened.responses.countByCampaign('c-1')).toBe(1);
    });
  });
}
