// Generated staff lists sent to POST /api/campaigns/:id/staff/preview and /staff on a draft and an open
// campaign: none may produce a 5xx, preview and import agree, and a refusal stores nothing.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../../../server/csv/read-csv';
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
  STAFF_DEPARTMENTS,
  start,
} from './fuzz-support';
import { requestOf } from './hostile-arbitraries';
import { staffBody } from './staff-csv-arbitraries';

afterEach(closeApp);

/** Emails of a mail-merge file, as the person opening it in a spreadsheet would read them. */
function mailMergeEmails(csv: string): string[] {
  const [header, ...rows] = readCsv(csv).map((r) => r.cells);
  const email = header!.indexOf('email');
  return rows.map((cells) => cells[email]!);
}
/** An address as writeCsv writes it: one a spreadsheet would run as a formula gets a leading quote. */
const asWritten = (email: string) => (/^[=+\-@]/.test(email) ? `'${email}` : email);

describe('staff list fuzzing', () => {
  it(`checks and imports ${RUNS} generated staff lists: preview and import agree, and a refusal stores nothing`, async () => {
    await start();
    const ids = {
      draft: (await setUpCampaign(app(), STAFF_DEPARTMENTS, { open: false })).campaign.id,
      open: (await setUpCampaign(app(), STAFF_DEPARTMENTS)).campaign.id,
    };
    const tally = { previewed: 0, imported: 0 };
    const seen = { preview: outcomes('staff preview'), import: outcomes('staff import') };

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('draft' as const, 'open' as const),
        requestOf(staffBody),
        async (which, request) => {
          const id = ids[which];
          const before = await snapshot();
          const listed = (await app().storage.surveyInvitations.listByCampaign(id)).length;

          const previewed = await send(
            'POST',
            `/api/campaigns/${id}/staff/preview`,
            request.payload,
            request.contentType,
          );
          seen.preview.add(previewed);
          expectNo5xx(previewed, `preview ${which}`);
          expect(await snapshot(), 'a preview stores nothing').toEqual(before);
          let preview: { people: { email: string }[]; errors: unknown[] } | null = null;
          if (previewed.status === 200) {
            tally.previewed++;
            preview = JSON.parse(previewed.text);
            expect(Array.isArray(preview!.people) && Array.isArray(preview!.errors)).toBe(true);
          } else {
            expectRefusal(previewed, `preview ${which}`);
            // A JSON body holding a CSV is checked by the domain: a list it cannot read is a 422, not anything else.
            if (request.contentType === 'application/json' && isStaffBody(request.payload)) {
              expect(previewed.status, previewed.text).toBe(422);
            }
          }

          const imported = await send(
            'POST',
            `/api/campaigns/${id}/staff`,
            request.payload,
            request.contentType,
          );
          seen.import.add(imported);
          expectNo5xx(imported, `import ${which}`);
          const acceptable = preview !== null && preview.errors.length === 0 && preview.people.length > 0;
          if (imported.status === 201) {
            tally.imported++;
            expect(acceptable, 'imported a list the preview found fault with').toBe(true);
            const { added } = JSON.parse(imported.text);
            expect(added).toBe(preview!.people.length);
            expect(await app().storage.surveyInvitations.listByCampaign(id)).toHaveLength(listed + added);
            if (which === 'open') {
              // Everyone just added can be sent a link.
              const merged = await sendJson('POST', `/api/campaigns/${id}/mail-merge`, {
                kind: 'invitation',
              });
              expectNo5xx(merged, 'mail-merge after import');
              expect(merged.status, merged.text).toBe(200);
              expect(mailMergeEmails(merged.text).sort()).toEqual(
                preview!.people.map((p) => asWritten(p.email)).sort(),
              );
            }
            return;
          }
          expectRefusal(imported, `import ${which}`);
          expect(acceptable, `refused a list the preview accepted: ${imported.text.slice(0, 300)}`).toBe(
            false,
          );
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: RUNS },
    );
    seen.preview.report();
    seen.import.report();
    expect(tally.imported).toBeGreaterThan(0);
  }, 300_000);
});

function isStaffBody(payload: string): boolean {
  try {
    const body = JSON.parse(payload);
    return (
      typeof body === 'object' &&
      body !== null &&
      Object.keys(body).length === 1 &&
      typeof body.csv === 'string' &&
      body.csv.length > 0
    );
  } catch {
    return false;
  }
}
