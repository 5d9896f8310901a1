// No existence oracle: to a person with no role in an organization, its id and the ids of everything in it
// answer exactly as ids that name nothing do, on every endpoint keyed by one.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../server/domain/access/account';
import type { Campaign } from '../../../server/domain/campaigns/campaign';
import { as, createOrganization, inviteAndAccept } from '../../fixtures/accounts';
import { startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const MISSING = 'no-such-id';

/** Every route keyed by an organization's or a campaign's id, as method, path and body. */
const ENDPOINTS: [method: string, path: (id: string) => string, body?: unknown][] = [
  ['GET', (id) => `/api/organizations/${id}`],
  ['POST', (id) => `/api/organizations/${id}/campaigns`, { name: 'Probe', questionnaireId: 'readiness-okr' }],
  ['GET', (id) => `/api/organizations/${id}/users`],
  ['POST', (id) => `/api/organizations/${id}/invitations`, { email: 'probe@example.com', role: 'executive' }],
  ['GET', (id) => `/api/campaigns/${id}`],
  ['GET', (id) => `/api/campaigns/${id}/report`],
  ['POST', (id) => `/api/campaigns/${id}/open`],
  ['POST', (id) => `/api/campaigns/${id}/close`],
  ['PATCH', (id) => `/api/campaigns/${id}`, { name: 'Renamed' }],
  ['POST', (id) => `/api/campaigns/${id}/reporting-groups`, { name: 'Together', departmentIds: ['a', 'b'] }],
  ['DELETE', (id) => `/api/campaigns/${id}/reporting-groups/some-group`],
  [
    'POST',
    (id) => `/api/campaigns/${id}/staff/preview`,
    { csv: 'email,department\nann@example.com,Support' },
  ],
  ['POST', (id) => `/api/campaigns/${id}/staff`, { csv: 'email,department\nann@example.com,Support' }],
  ['GET', (id) => `/api/campaigns/${id}/staff`],
  ['DELETE', (id) => `/api/campaigns/${id}/staff/ann%40example.com`],
  ['POST', (id) => `/api/campaigns/${id}/mail-merge`, { kind: 'invitation' }],
  ['POST', (id) => `/api/campaigns/${id}/mailings`, { kind: 'invitation' }],
  ['GET', (id) => `/api/campaigns/${id}/mailings/latest`],
];

const ROLES: Role[] = ['administrator', 'executive', 'department-head', 'consultant'];

describe('an organization one has no role in', () => {
  it.each(ROLES)(
    'answers an %s of another organization asking for its organization or campaign exactly as for a missing id',
    async (role) => {
      const a = await createOrganization(t, 'Acme', ['Sales', 'Operations']);
      const b = await createOrganization(t, 'Globex', ['Support', 'Finance']);
      const created = await t.call('POST', `/api/organizations/${b.id}/campaigns`, {
        name: 'Theirs',
        questionnaireId: 'readiness-okr',
      });
      const theirs = created.body as Campaign;
      const { cookie } = await inviteAndAccept(t, a.id, {
        email: 'someone@acme.example',
        role,
        departmentIds: role === 'department-head' ? [a.departments[0]!.id] : [],
      });

      const differences: string[] = [];
      for (const [method, path, body] of ENDPOINTS) {
        const keyedBy = path(':id').startsWith('/api/organizations/') ? b.id : theirs.id;
        const existing = path(keyedBy);
        const hidden = await t.call(method, existing, body, as(cookie));
        const missing = await t.call(method, path(MISSING), body, as(cookie));
        expect(hidden.status, `${method} ${existing}`).toBe(404);
        const answer = (r: typeof hidden) => JSON.stringify([r.status, r.contentType, r.body]);
        if (answer(hidden) !== answer(missing)) {
          differences.push(`${method} ${path(':id')}: ${answer(hidden)} vs ${answer(missing)}`);
        }
      }
      expect(differences).toEqual([]);
    },
  );
});
