// Two server instances on one database act as one on the small records: two storages opened on the same
// schema (two pools, as two processes would hold) change the same rows at once, and no change is lost or
// made twice.

import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../server/domain/campaigns/campaign';
import { createApiToken, MAX_LIVE_TOKENS } from '../../../../server/domain/access/api-token';
import type { UserInvitation } from '../../../../server/storage/user-invitation-repository';
import { makeDraft } from '../../../fixtures/make-campaign';
import {
  TEST_DATABASE_URL,
  storagesOnOneSchema,
  cleanupsAfterEach,
} from '../../../support/postgres-for-tests';

const NOW = Date.parse('2026-03-02T12:00:00Z');
const DAY = 86_400_000;

const campaign = (id: string): Campaign =>
  makeDraft({ id, name: `Campaign ${id}`, departmentIds: ['d1'], newToken: () => `${id}-token` });

const invitation = (id: string, overrides: Partial<UserInvitation> = {}): UserInvitation => ({
  id,
  tokenHash: `token-hash-${id}`,
  email: 'pat@example.com',
  grant: { organizationId: 'org-1', role: 'executive', departmentIds: [] },
  invitedBy: 'owner',
  createdOn: '2026-03-01',
  expiresAt: NOW + 14 * DAY,
  usedOn: null,
  ...overrides,
});

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL records on two instances', () => {
  const cleanups = cleanupsAfterEach();
  /** Two storages on one fresh schema: the first applies the migrations, the second finds them applied. */
  const twoInstances = async () => (await storagesOnOneSchema(2, { cleanups })).storages;

  it('keeps every one of twenty updates made at once to one campaign through two instances', async () => {
    const [a, b] = await twoInstances();
    await a.campaigns.create(campaign('c-1'));
    const addGroup = (n: number) => (c: Campaign) => ({
      ...c,
      reportingGroups: [...c.reportingGroups, { id: `g-${n}`, name: `Group ${n}`, departmentIds: [] }],
    });
    await Promise.all(
      Array.from({ length: 20 }, (_, n) => (n % 2 === 0 ? a : b).campaigns.update('c-1', addGroup(n))),
    );
    for (const storage of [a, b]) {
      const groups = (await storage.campaigns.get('c-1'))!.reportingGroups.map((g) => g.id);
      expect(groups.sort()).toEqual(Array.from({ length: 20 }, (_, n) => `g-${n}`).sort());
    }
    // The links still lead to it, from either instance.
    expect((await b.campaigns.findByLinkToken('c-1-token'))?.id).toBe('c-1');
  });

  it('spends each role invitation once when two instances spend it at once', async () => {
    const [a, b] = await twoInstances();
    const ids = Array.from({ length: 10 }, (_, n) => `live-${n}`);
    for (const id of ids) await a.userInvitations.create(invitation(id, { email: `${id}@example.com` }));
    const spent = await Promise.all(
      ids.flatMap((id) => [
        a.userInvitations.spend(`token-hash-${id}`, '2026-03-02', NOW),
        b.userInvitations.spend(`token-hash-${id}`, '2026-03-03', NOW),
      ]),
    );
    const winners = spent.filter((s) => s !== undefined);
    expect(winners.map((w) => w.id).sort()).toEqual([...ids].sort());
    for (const winner of winners) {
      expect((await b.userInvitations.findByTokenHash(winner.tokenHash))?.usedOn).toBe(winner.usedOn);
    }
  });

  it('leaves one live invitation per address and role when two instances invite again at once', async () => {
    const [a, b] = await twoInstances();
    const emails = Array.from({ length: 10 }, (_, n) => `person-${n}@example.com`);
    for (const email of emails) await a.userInvitations.create(invitation(`${email}-first`, { email }));
    const replaced = await Promise.all(
      emails.flatMap((email) => [
        a.userInvitations.create(invitation(`${email}-second`, { email })),
        b.userInvitations.create(invitation(`${email}-third`, { email })),
      ]),
    );
    // Per address, the one kept first replaced the first link, and the one kept last replaced that one.
    expect(replaced).toEqual(emails.flatMap(() => [1, 1]));
    const unused = (await b.userInvitations.listByOrganization('org-1')).filter((i) => i.usedOn === null);
    expect(unused.map((i) => i.email).sort()).toEqual([...emails].sort());
  });

  it("counts tokens made at once on two instances against one account's limit", async () => {
    const [a, b] = await twoInstances();
    const attempts = MAX_LIVE_TOKENS + 6;
    const results = await Promise.allSettled(
      Array.from({ length: attempts }, (_, n) =>
        (n % 2 === 0 ? a : b).apiTokens.add('a-1', (current) =>
          createApiToken(
            current,
            { name: `Token ${n}`, expiresInDays: null },
            { id: `t-${n}`, accountId: 'a-1', tokenHash: `hash-${n}`, now: NOW },
          ),
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_LIVE_TOKENS);
    expect(await a.apiTokens.listByAccount('a-1')).toHaveLength(MAX_LIVE_TOKENS);
  });

  it("keeps an account's edit made on one instance while another deletes an organization it has a role in", async () => {
    const [a, b] = await twoInstances();
    for (const id of ['org-1', 'org-2']) {
      await a.organizations.create({ id, name: id, createdOn: '2026-03-01', departments: [] });
    }
    await a.accounts.create({
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
    await a.userInvitations.create(invitation('to-org-1'));
    const [removed] = await Promise.all([
      a.organizations.remove('org-1'),
      b.accounts.update('a-1', (account) => ({ ...account, name: 'Renamed' })),
    ]);
    expect(removed).toBe(true);
    const account = await b.accounts.get('a-1');
    expect(account?.name).toBe('Renamed');
    expect(account?.grants.map((g) => g.organizationId)).toEqual(['org-2']);
    expect(await b.userInvitations.findByTokenHash('token-hash-to-org-1')).toBeUndefined();
    expect((await b.organizations.list()).map((o) => o.id)).toEqual(['org-2']);
  });

  it('ends a session on every instance when one signs it out', async () => {
    const [a, b] = await twoInstances();
    await a.sessions.create({ tokenHash: 's-1', accountId: 'a-1', expiresAt: NOW + DAY });
    await a.sessions.create({ tokenHash: 's-2', accountId: 'a-1', expiresAt: NOW + DAY });
    expect(await b.sessions.find('s-1')).toEqual({
      tokenHash: 's-1',
      accountId: 'a-1',
      expiresAt: NOW + DAY,
    });
    await b.sessions.deleteForAccount('a-1', 's-2');
    expect(await a.sessions.find('s-1')).toBeUndefined();
    expect(await a.sessions.find('s-2')).toBeDefined();
  });

  it('lists audit entries from both instances in the order recorded', async () => {
    const [a, b] = await twoInstances();
    const entry = (action: string) => ({
      at: '2026-03-02T12:00:00Z',
      accountId: 'a-1',
      action,
      target: null,
    });
    await a.audit.record(entry('first'));
    await b.audit.record(entry('second'));
    await a.audit.record(entry('third'));
    expect((await b.audit.list()).map((e) => e.action)).toEqual(['first', 'second', 'third']);
  });
});
