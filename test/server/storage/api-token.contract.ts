// The API-token part of the storage contract: run by runStorageContract for every implementation.

import { describe, expect, it } from 'vitest';
import {
  createApiToken,
  recordUse,
  revokeApiToken,
  type ApiToken,
} from '../../../server/domain/access/api-token';
import type { StorageUnderTest } from './repository.contract';

const NOW = Date.parse('2026-03-02T12:00:00Z');

function token(id: string, accountId = 'a-1', overrides: Partial<ApiToken> = {}): ApiToken {
  return {
    id,
    accountId,
    name: `Token ${id}`,
    tokenHash: `hash-${id}`,
    createdAt: NOW,
    expiresAt: null,
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}

export function apiTokenContract(open: () => Promise<StorageUnderTest>): void {
  describe('API tokens', () => {
    it('finds an added token by id and by hash, and nothing by an unknown one', async () => {
      const { storage } = await open();
      expect(await storage.apiTokens.add('a-1', () => token('t-1'))).toEqual(token('t-1'));
      expect(await storage.apiTokens.get('t-1')).toEqual(token('t-1'));
      expect(await storage.apiTokens.findByTokenHash('hash-t-1')).toEqual(token('t-1'));
      expect(await storage.apiTokens.get('t-unknown')).toBeUndefined();
      expect(await storage.apiTokens.findByTokenHash('hash-unknown')).toBeUndefined();
    });

    it("lists one account's tokens, revoked ones included, and no one else's", async () => {
      const { storage } = await open();
      await storage.apiTokens.add('a-1', () => token('t-1'));
      await storage.apiTokens.add('a-2', () => token('t-2', 'a-2'));
      await storage.apiTokens.add('a-1', () => token('t-3', 'a-1', { revokedAt: NOW }));
      expect((await storage.apiTokens.listByAccount('a-1')).map((t) => t.id).sort()).toEqual(['t-1', 't-3']);
      expect(await storage.apiTokens.listByAccount('a-none')).toEqual([]);
    });

    it("hands `make` the account's tokens as stored, and stores nothing when it refuses", async () => {
      const { storage } = await open();
      await storage.apiTokens.add('a-1', () => token('t-1'));
      await storage.apiTokens.add('a-2', () => token('t-2', 'a-2'));
      const seen: string[][] = [];
      await expect(
        storage.apiTokens.add('a-1', (current) => {
          seen.push(current.map((t) => t.id));
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(seen).toEqual([['t-1']]);
      expect(await storage.apiTokens.get('t-1')).toEqual(token('t-1'));
      expect((await storage.apiTokens.listByAccount('a-1')).length).toBe(1);
    });

    it('counts tokens made at once against each other: two alike names, one stored', async () => {
      const { storage } = await open();
      const request = { name: 'Nightly', expiresInDays: null };
      const made = (id: string) => ({ id, accountId: 'a-1', tokenHash: `hash-${id}`, now: NOW });
      const results = await Promise.allSettled([
        storage.apiTokens.add('a-1', (current) => createApiToken(current, request, made('t-1'))),
        storage.apiTokens.add('a-1', (current) => createApiToken(current, request, made('t-2'))),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      expect(await storage.apiTokens.listByAccount('a-1')).toHaveLength(1);
    });

    it('applies each update to the token as stored, so a revocation and a use made at once both stay', async () => {
      const { storage } = await open();
      await storage.apiTokens.add('a-1', () => token('t-1'));
      await Promise.all([
        storage.apiTokens.update('t-1', (current) => revokeApiToken(current, 'a-1', NOW + 5)),
        storage.apiTokens.update('t-1', (current) => recordUse(current, NOW + 7)),
      ]);
      expect(await storage.apiTokens.get('t-1')).toEqual(
        token('t-1', 'a-1', { revokedAt: NOW + 5, lastUsedAt: NOW + 7 }),
      );
    });

    it('changes nothing when an update refuses', async () => {
      const { storage } = await open();
      await storage.apiTokens.add('a-1', () => token('t-1'));
      await expect(
        storage.apiTokens.update('t-1', (current) => revokeApiToken(current, 'a-2', NOW)),
      ).rejects.toThrow('You have no token with this id.');
      expect(await storage.apiTokens.get('t-1')).toEqual(token('t-1'));
    });

    it('hands out copies, so changing a returned token changes nothing stored', async () => {
      const { storage } = await open();
      const added = await storage.apiTokens.add('a-1', () => token('t-1'));
      added.revokedAt = NOW;
      const found = await storage.apiTokens.findByTokenHash('hash-t-1');
      found!.accountId = 'a-2';
      (await storage.apiTokens.listByAccount('a-1'))[0]!.name = 'Renamed';
      expect(await storage.apiTokens.get('t-1')).toEqual(token('t-1'));
    });

    it('keeps tokens, their uses and revocations across a restart', async () => {
      const { storage, reopen } = await open();
      await storage.apiTokens.add('a-1', () => token('t-1', 'a-1', { expiresAt: NOW + 1000 }));
      await storage.apiTokens.add('a-1', () => token('t-2'));
      await storage.apiTokens.update('t-1', (current) => recordUse(current, NOW + 60_000));
      await storage.apiTokens.update('t-2', (current) => revokeApiToken(current, 'a-1', NOW + 1));
      const reopened = await reopen();
      expect(await reopened.apiTokens.get('t-1')).toEqual(
        token('t-1', 'a-1', { expiresAt: NOW + 1000, lastUsedAt: NOW + 60_000 }),
      );
      expect(await reopened.apiTokens.findByTokenHash('hash-t-2')).toEqual(
        token('t-2', 'a-1', { revokedAt: NOW + 1 }),
      );
    });
  });
}
