// Role invitations written before invitations had ids: they are listed, found and revoked by an id made
// from their token's hash, the same on every read.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { createEmbeddedUserInvitationRepository } from '../../../../server/storage/embedded/embedded-account-repositories';
import { openRecordsFile, type RecordsFile } from '../../../../server/storage/embedded/records-file';
import type { UserInvitation } from '../../../../server/storage/user-invitation-repository';

let dir = '';
let db: RecordsFile | undefined;
afterEach(async () => {
  await db?.close();
  await rm(dir, { recursive: true, force: true });
});

it('names an invitation stored without an id by its token hash, so it can be revoked', async () => {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-legacy-'));
  db = await openRecordsFile(join(dir, 'records.json'), true);
  const { id: _none, ...legacy }: UserInvitation = {
    id: '',
    tokenHash: 'abcdef0123456789abcdef0123456789',
    email: 'pat@example.com',
    grant: { organizationId: 'org-1', role: 'executive', departmentIds: [] },
    invitedBy: 'owner',
    createdOn: '2026-03-01',
    expiresAt: Date.parse('2026-03-15T12:00:00Z'),
    usedOn: null,
  };
  await db.change((data) => {
    data.userInvitations.push(legacy as UserInvitation);
  });
  const invitations = createEmbeddedUserInvitationRepository(db);
  const [listed] = await invitations.listByOrganization('org-1');
  expect(listed!.id).toBe('legacy-abcdef0123456789');
  expect((await invitations.findByTokenHash(legacy.tokenHash))!.id).toBe(listed!.id);
  expect(await invitations.revoke('org-1', listed!.id)).toEqual({ ...legacy, id: listed!.id });
  expect(await invitations.listByOrganization('org-1')).toEqual([]);
});
