// Generated POST /api/campaigns/:id/mail-merge and /mailings requests against an open campaign, a draft and
// campaigns that do not exist: none may produce a 5xx, only the open campaign's are accepted, and a refusal
// changes nothing stored.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importStaff, staffCsv } from '../../../fixtures/staff';
import { setUpCampaign } from '../../../fixtures/test-app';
import {
  app,
  backgroundErrors,
  closeApp,
  encodeSegment,
  expectNo5xx,
  expectRefusal,
  outcomes,
  RUNS,
  send,
  snapshot,
  start,
} from './fuzz-support';
import { anyBody, hostileValue, mostly, requestOf } from './hostile-arbitraries';

afterEach(closeApp);

const mailingBody = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: mostly(
        fc.constantFrom('invitation', 'reminder'),
        fc.constantFrom(
          'Invitation',
          'REMINDER',
          'reminders',
          ' invitation',
          'invitation\u0000',
          '',
          'both',
          '__proto__',
          'constructor',
        ),
      ),
    }) as fc.Arbitrary<unknown>,
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { kind: fc.constantFrom('invitation', 'reminder'), extra: hostileValue },
      { requiredKeys: ['kind'] },
    ),
  },
  { weight: 1, arbitrary: anyBody },
);
const mailingTarget = fc.oneof(
  { weight: 6, arbitrary: fc.constant('open' as const) },
  { weight: 2, arbitrary: fc.constant('draft' as const) },
  {
    weight: 1,
    arbitrary: fc.oneof(
      fc.constantFrom('no-such-campaign', '__proto__', '%', '%E0%A4%A'),
      fc.string({ maxLength: 70 }).map(encodeSegment),
    ),
  },
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function mailingFinished(campaignId: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const latest = await send('GET', `/api/campaigns/${campaignId}/mailings/latest`);
    if (JSON.parse(latest.text).mailing?.finished) return;
    await sleep(5);
  }
  throw new Error('The mailing did not finish');
}

describe('mail-merge and mailing fuzzing', () => {
  it(`answers ${RUNS} generated distribution requests without a 5xx, changing nothing unless accepted`, async () => {
    await start(true);
    const ids = {
      open: (await setUpCampaign(app())).campaign.id,
      draft: (await setUpCampaign(app(), undefined, { open: false })).campaign.id,
    };
    await importStaff(app(), ids.open, staffCsv({ Sales: 3, Operations: 2 }));
    await importStaff(app(), ids.draft, staffCsv({ Sales: 2 }));
    const accepted = { 'mail-merge': 0, mailings: 0 };
    const seen = outcomes('mail-merge and mailings');

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('mail-merge' as const, 'mailings' as const),
        mailingTarget,
        requestOf(mailingBody),
        async (endpoint, target, request) => {
          const campaignId = target === 'open' || target === 'draft' ? ids[target] : target;
          const path = `/api/campaigns/${campaignId}/${endpoint}`;
          const before = await snapshot();
          const answer = await send('POST', path, request.payload, request.contentType);
          seen.add(answer);
          expectNo5xx(answer, `POST ${path}`);
          if (answer.status < 300) {
            accepted[endpoint]++;
            expect(target).toBe('open');
            if (endpoint === 'mail-merge') {
              expect(answer.status).toBe(200);
              expect(answer.contentType).toMatch(/^text\/csv/);
            } else {
              expect(answer.status).toBe(202);
              await mailingFinished(ids.open);
              expect(backgroundErrors).toEqual([]);
            }
            return;
          }
          expectRefusal(answer, `POST ${path}`);
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    seen.report();
    expect(accepted['mail-merge'] + accepted.mailings).toBeGreaterThan(0);
  }, 300_000);
});
