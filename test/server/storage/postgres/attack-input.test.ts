// Text PostgreSQL cannot hold, as a request can carry it: a NUL character (JSON "\u0000"), and a lone UTF-16
// surrogate (JSON "\ud800"), which JSON.stringify writes as an escape that jsonb refuses. The embedded store
// keeps both; PostgreSQL refused the statement, and the request answered 500. Stored now with each such
// character as U+FFFD (the replacement character), looked up without error, and with nothing else changed.

import { describe, expect, it } from 'vitest';
import { makeResponse } from '../../../fixtures/make-response';
import {
  openPostgresUnderTest,
  TEST_DATABASE_URL,
  cleanupsAfterEach,
} from '../../../support/postgres-for-tests';

const cleanups = cleanupsAfterEach();

describe.skipIf(TEST_DATABASE_URL === null)('PostgreSQL: text it cannot hold', () => {
  it('stores NUL and lone surrogates as U+FFFD, and looks them up without error', async () => {
    const under = await openPostgresUnderTest();
    cleanups.push(under.cleanup);
    const { storage } = under;
    const organization = {
      id: 'org-1',
      name: 'Nul\u0000 and \ud800 lone, \\u0000 typed, \ud83d\ude00 paired',
      departments: [{ id: 'd1', name: 'D\u0000', headcount: 3 }],
      createdOn: '2026-03-01',
    };
    await storage.organizations.create(organization);
    expect((await storage.organizations.get('org-1'))?.name).toBe(
      'Nul\ufffd and \ufffd lone, \\u0000 typed, \ud83d\ude00 paired',
    );
    const response = makeResponse({ campaignId: 'c-1', answers: { q1: 'a\u0000b', q2: '\udc00x' } as never });
    expect(await storage.submissions.submit({ response, invitationId: null, keyHash: 'k\u0000' })).toBe(
      'stored',
    );
    expect((await storage.responses.listByCampaign('c-1'))[0]?.answers).toEqual({
      q1: 'a\ufffdb',
      q2: '\ufffdx',
    });
    // Lookups by a value holding one find nothing, and fail nothing.
    expect(await storage.accounts.findByEmail('owner@example.com\u0000')).toBeUndefined();
    expect(await storage.sessions.find('\u0000')).toBeUndefined();
    expect(await storage.surveyInvitations.findByTokenHash('\u0000')).toBeUndefined();
  });
});
