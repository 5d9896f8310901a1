// The behaviour every Storage implementation must have. Each implementation's test file calls
// runStorageContract with a factory that opens a fresh, empty storage and can reopen it on the same data.

import { afterEach, describe, expect, it } from 'vitest';
import { createCampaign, openCampaign, type Campaign } from '../../../server/domain/campaigns/campaign';
import type { Organization } from '../../../server/domain/campaigns/organization';
import type { Storage } from '../../../server/storage/storage';
import { makeResponse } from '../../fixtures/make-response';
import { answerPlacesContract } from './answer-places.contract';
import { accountContract } from './account.contract';
import { apiTokenContract } from './api-token.contract';
import { organizationRemovalContract } from './organization-removal.contract';
import { surveyInvitationContract } from './survey-invitation.contract';
import { mailingContract } from './mailing.contract';
import { benchmarkContract } from './benchmark.contract';
import { staffRetentionContract } from './staff-retention.contract';

export interface StorageUnderTest {
  storage: Storage;
  /** Closes the storage and opens it again on the same data, as a restart would. */
  reopen: () => Promise<Storage>;
  cleanup: () => Promise<void>;
}

function organization(id: string, departmentIds = ['d1', 'd2']): Organization {
  return {
    id,
    name: `Organization ${id}`,
    createdOn: '2026-03-01',
    departments: departmentIds.map((d, i) => ({ id: d, name: `Department ${d}`, headcount: 10 + i })),
  };
}

function campaign(id: string, organizationId: string): Campaign {
  return createCampaign({
    id,
    organizationId,
    name: `Campaign ${id}`,
    questionnaireId: 'fixture',
    modelVersion: '1',
    departmentIds: ['d1', 'd2'],
    today: '2026-03-01',
    newToken: (() => {
      let n = 0;
      return () => `${id}-token-${++n}`;
    })(),
  });
}

export function runStorageContract(name: string, makeStorage: () => Promise<StorageUnderTest>): void {
  describe(`${name} storage contract`, () => {
    let current: StorageUnderTest | undefined;
    afterEach(async () => {
      await current?.cleanup();
      current = undefined;
    });
    const open = async () => (current = await makeStorage());

    describe('organizations', () => {
      it('returns a created organization by id, and undefined for an unknown id', async () => {
        const { storage } = await open();
        await storage.organizations.create(organization('org-1'));
        expect(await storage.organizations.get('org-1')).toEqual(organization('org-1'));
        expect(await storage.organizations.get('org-unknown')).toBeUndefined();
      });

      it('lists every organization, starting from none', async () => {
        const { storage } = await open();
        expect(await storage.organizations.list()).toEqual([]);
        await storage.organizations.create(organization('org-1'));
        await storage.organizations.create(organization('org-2'));
        expect((await storage.organizations.list()).map((o) => o.id).sort()).toEqual(['org-1', 'org-2']);
      });

      // A copy that may be changed, or one that refuses to be (the embedded records are frozen): either way
      // no caller changes what another reads.
      it('hands out organizations whose change leaves nothing stored changed', async () => {
        const { storage } = await open();
        await storage.organizations.create(organization('org-1'));
        const fetched = await storage.organizations.get('org-1');
        try {
          fetched!.name = 'Renamed';
          fetched!.departments[0]!.name = 'Renamed too';
        } catch (error) {
          expect(error).toBeInstanceOf(TypeError);
        }
        const again = await storage.organizations.get('org-1');
        expect(again?.name).toBe('Organization org-1');
        expect(again?.departments[0]?.name).toBe(organization('org-1').departments[0]!.name);
        expect((await storage.organizations.list()).map((o) => o.name)).toEqual(['Organization org-1']);
      });

      it('hands out campaigns whose change leaves nothing stored changed', async () => {
        const { storage } = await open();
        await storage.organizations.create(organization('org-1'));
        await storage.campaigns.create(campaign('c-1', 'org-1'));
        const token = (await storage.campaigns.get('c-1'))!.links[0]!.token;
        for (const fetched of [
          await storage.campaigns.get('c-1'),
          await storage.campaigns.findByLinkToken(token),
          (await storage.campaigns.listByOrganization('org-1'))[0],
        ]) {
          try {
            fetched!.name = 'Renamed';
            fetched!.links[0]!.departmentId = 'elsewhere';
          } catch (error) {
            expect(error).toBeInstanceOf(TypeError);
          }
        }
        const again = await storage.campaigns.get('c-1');
        expect(again?.name).toBe(campaign('c-1', 'org-1').name);
        expect(again?.links[0]?.departmentId).toBe(campaign('c-1', 'org-1').links[0]!.departmentId);
      });

      it('keeps organizations across a restart', async () => {
        const { storage, reopen } = await open();
        await storage.organizations.create(organization('org-1'));
        const reopened = await reopen();
        expect(await reopened.organizations.get('org-1')).toEqual(organization('org-1'));
      });
    });

    describe('campaigns', () => {
      it('returns a created campaign by id and lists it under its organization only', async () => {
        const { storage } = await open();
        await storage.campaigns.create(campaign('c-1', 'org-1'));
        await storage.campaigns.create(campaign('c-2', 'org-2'));
        expect(await storage.campaigns.get('c-1')).toEqual(campaign('c-1', 'org-1'));
        expect((await storage.campaigns.listByOrganization('org-1')).map((c) => c.id)).toEqual(['c-1']);
        expect(await storage.campaigns.listByOrganization('org-none')).toEqual([]);
        expect(await storage.campaigns.get('c-unknown')).toBeUndefined();
      });

      it('replaces a campaign on update', async () => {
        const { storage } = await open();
        await storage.campaigns.create(campaign('c-1', 'org-1'));
        const opened = openCampaign(
          campaign('c-1', 'org-1'),
          '2026-03-02',
          Date.parse('2026-03-02T09:00:00Z'),
        );
        expect(await storage.campaigns.update('c-1', () => opened)).toEqual(opened);
        expect(await storage.campaigns.get('c-1')).toEqual(opened);
        expect(await storage.campaigns.listByOrganization('org-1')).toHaveLength(1);
      });

      it('applies each of many simultaneous updates to the campaign as the one before left it', async () => {
        const { storage, reopen } = await open();
        await storage.campaigns.create(campaign('c-1', 'org-1'));
        const renamed = (suffix: string) => (c: Campaign) => ({ ...c, name: `${c.name} ${suffix}` });
        await Promise.all(['a', 'b', 'c', 'd'].map((s) => storage.campaigns.update('c-1', renamed(s))));
        const name = (await (await reopen()).campaigns.get('c-1'))!.name;
        for (const s of ['a', 'b', 'c', 'd']) expect(name.split(' ')).toContain(s);
      });

      it('changes nothing when the update refuses', async () => {
        const { storage } = await open();
        await storage.campaigns.create(campaign('c-1', 'org-1'));
        await expect(
          storage.campaigns.update('c-1', () => {
            throw new Error('refused');
          }),
        ).rejects.toThrow('refused');
        expect(await storage.campaigns.get('c-1')).toEqual(campaign('c-1', 'org-1'));
      });

      it('refuses to update a campaign that was never created', async () => {
        const { storage } = await open();
        await expect(storage.campaigns.update('c-ghost', (c) => c)).rejects.toThrow('No such record');
        expect(await storage.campaigns.get('c-ghost')).toBeUndefined();
      });

      it('finds a campaign by any of its link tokens, campaign-wide or per department', async () => {
        const { storage } = await open();
        await storage.campaigns.create(campaign('c-1', 'org-1'));
        await storage.campaigns.create(campaign('c-2', 'org-1'));
        expect((await storage.campaigns.findByLinkToken('c-1-token-1'))?.id).toBe('c-1');
        expect((await storage.campaigns.findByLinkToken('c-2-token-3'))?.id).toBe('c-2');
        expect(await storage.campaigns.findByLinkToken('no-such-token')).toBeUndefined();
      });

      it('keeps campaigns and their updates across a restart', async () => {
        const { storage, reopen } = await open();
        await storage.campaigns.create(campaign('c-1', 'org-1'));
        await storage.campaigns.update('c-1', (c) =>
          openCampaign(c, '2026-03-02', Date.parse('2026-03-02T09:00:00Z')),
        );
        const reopened = await reopen();
        expect((await reopened.campaigns.get('c-1'))?.status).toBe('open');
        expect((await reopened.campaigns.findByLinkToken('c-1-token-2'))?.id).toBe('c-1');
      });
    });

    describe('tally checkpoints', () => {
      it('gives back the last checkpoint written for a campaign, none after it is removed', async () => {
        const { storage } = await open();
        expect(await storage.tallies.read('c-1')).toBeNull();
        await storage.tallies.write('c-1', 'first');
        await storage.tallies.write('c-1', 'second\nwith a line');
        await storage.tallies.write('c-2', 'elsewhere');
        expect(await storage.tallies.read('c-1')).toBe('second\nwith a line');
        await storage.tallies.remove('c-1');
        expect(await storage.tallies.read('c-1')).toBeNull();
        expect(await storage.tallies.read('c-2')).toBe('elsewhere');
      });

      it('keeps a checkpoint across a restart, and of two written at once one whole', async () => {
        const { storage, reopen } = await open();
        await Promise.all([
          storage.tallies.write('c-1', 'a'.repeat(50_000)),
          storage.tallies.write('c-1', 'b'.repeat(10)),
        ]);
        const reopened = await reopen();
        expect(['a'.repeat(50_000), 'b'.repeat(10)]).toContain(await reopened.tallies.read('c-1'));
      });
    });

    describe('responses', () => {
      it('lists and counts appended responses per campaign, in the order they were appended', async () => {
        const { storage } = await open();
        const first = makeResponse({ campaignId: 'c-1', answers: { pay_fair: 4 } });
        const second = makeResponse({ campaignId: 'c-1', departmentId: 'd2', language: 'zh-cn' });
        const elsewhere = makeResponse({ campaignId: 'c-2' });
        for (const r of [first, elsewhere, second]) await storage.responses.append(r);
        expect(await storage.responses.listByCampaign('c-1')).toEqual([first, second]);
        expect(await storage.responses.countByCampaign('c-1')).toBe(2);
        expect(await storage.responses.countByCampaign('c-2')).toBe(1);
      });

      it("visits a campaign's responses one by one, in the order they were stored", async () => {
        const { storage } = await open();
        const first = makeResponse({ campaignId: 'c-1', answers: { pay_fair: 4 } });
        const second = makeResponse({ campaignId: 'c-1', departmentId: 'd2', language: 'zh-cn' });
        for (const r of [first, makeResponse({ campaignId: 'c-2' }), second])
          await storage.responses.append(r);
        const seen: [string, number][] = [];
        expect(await storage.responses.scan('c-1', (r, i) => seen.push([r.id, i]))).toBe(2);
        expect(seen).toEqual([
          [first.id, 0],
          [second.id, 1],
        ]);
        expect(await storage.responses.scan('c-quiet', () => seen.push(['none', -1]))).toBe(0);
        expect(seen).toHaveLength(2);
      });

      it('has no responses for a campaign nobody answered', async () => {
        const { storage } = await open();
        expect(await storage.responses.listByCampaign('c-quiet')).toEqual([]);
        expect(await storage.responses.countByCampaign('c-quiet')).toBe(0);
      });

      it('keeps every response it acknowledged across a restart', async () => {
        const { storage, reopen } = await open();
        const responses = Array.from({ length: 20 }, (_, i) =>
          makeResponse({ campaignId: 'c-1', answers: { comment: `n${i}` } }),
        );
        await Promise.all(responses.map((r) => storage.responses.append(r)));
        const reopened = await reopen();
        expect(await reopened.responses.countByCampaign('c-1')).toBe(20);
        expect(new Set((await reopened.responses.listByCampaign('c-1')).map((r) => r.id))).toEqual(
          new Set(responses.map((r) => r.id)),
        );
      });

      it('keeps appending after a restart', async () => {
        const { storage, reopen } = await open();
        await storage.responses.append(makeResponse({ campaignId: 'c-1' }));
        const reopened = await reopen();
        await reopened.responses.append(makeResponse({ campaignId: 'c-1' }));
        expect(await reopened.responses.countByCampaign('c-1')).toBe(2);
        const again = await current!.reopen();
        expect(await again.responses.countByCampaign('c-1')).toBe(2);
      });
    });
    surveyInvitationContract(open);
    answerPlacesContract(open);
    apiTokenContract(open);
    organizationRemovalContract(open);
    accountContract(open);
    staffRetentionContract(open);
    mailingContract(open);
    benchmarkContract(open);
  });
}
