// Generated settings sent to PATCH /api/campaigns/:id on a draft and on an open campaign: none may produce a
// 5xx, a refusal changes nothing stored, and whatever is accepted still makes a mail for everyone listed.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importStaff, mailMergeTokens, staffCsv } from '../../../fixtures/staff';
import { setUpCampaign } from '../../../fixtures/test-app';
import {
  app,
  closeApp,
  expectNo5xx,
  expectRefusal,
  outcomes,
  RUNS,
  send,
  sendJson,
  snapshot,
  start,
} from './fuzz-support';
import { requestOf } from './hostile-arbitraries';
import { settingsBody } from './settings-arbitraries';

afterEach(closeApp);

describe('PATCH /api/campaigns/:id fuzzing', () => {
  it(`answers ${RUNS} generated settings on a draft and an open campaign, changing nothing unless accepted`, async () => {
    await start();
    const draft = (await setUpCampaign(app(), undefined, { open: false })).campaign.id;
    const open = (await setUpCampaign(app())).campaign.id;
    await importStaff(app(), open, staffCsv({ Sales: 2, Operations: 1 }));
    await mailMergeTokens(app(), open);
    const accepted = { draft: 0, open: 0 };
    const seen = outcomes('PATCH');

    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom('draft' as const, 'open' as const)
          .chain((which) => requestOf(settingsBody(which === 'open')).map((request) => ({ which, request }))),
        async ({ which, request }) => {
          const id = which === 'draft' ? draft : open;
          const before = await snapshot();
          const answer = await send('PATCH', `/api/campaigns/${id}`, request.payload, request.contentType);
          seen.add(answer);
          expectNo5xx(answer, `PATCH ${which}`);
          if (answer.status === 200) {
            accepted[which]++;
            expect(JSON.parse(answer.text)).toMatchObject({ id, status: which });
            // Whatever was accepted must still make a mail for everyone on the list.
            if (which === 'open') {
              const merged = await sendJson('POST', `/api/campaigns/${open}/mail-merge`, {
                kind: 'reminder',
              });
              expectNo5xx(merged, 'mail-merge after accepted settings');
              expect(merged.status, merged.text).toBe(200);
            }
            return;
          }
          expectRefusal(answer, `PATCH ${which}`);
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    // The draft as the fuzzing left it can still be opened, filled and sent (or is refused with a 4xx).
    const opened = await send('POST', `/api/campaigns/${draft}/open`);
    expectNo5xx(opened, 'opening the fuzzed draft');
    if (opened.status === 200) {
      await importStaff(app(), draft, staffCsv({ Sales: 2 }));
      expect((await mailMergeTokens(app(), draft)).size).toBe(2);
    }
    seen.report();
    expect(accepted.draft + accepted.open).toBeGreaterThan(0);
  }, 300_000);
});
