// After a start, the open campaigns' report figures are made ready before anyone asks: their responses are
// read once, in the background, and the first report read finds the tally up to date. Draft and closed
// campaigns are left until asked for.

import { afterEach, expect, it } from 'vitest';
import { loadCampaignById } from '../../../server/routes/campaign-context';
import { campaignReport, prepareOpenCampaignReports } from '../../../server/routes/campaign-reports';
import { createCampaignTallies } from '../../../server/routes/campaign-tallies';
import type { Storage } from '../../../server/storage/storage';
import { setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** The real storage, noting which campaign each response a scan hands out belongs to. */
function noting(storage: Storage) {
  const read: string[] = [];
  const responses: Storage['responses'] = {
    ...storage.responses,
    scan: (id, visit, options) =>
      storage.responses.scan(
        id,
        (r, i) => {
          read.push(id);
          visit(r, i);
        },
        options,
      ),
  };
  return { storage: { ...storage, responses }, read };
}

it('reads the open campaigns once, and the first report then reads nothing', async () => {
  t = await startTestApp();
  const open = await setUpCampaign(t);
  await submit(t, open.tokenOf('Sales'), 6);
  const closed = await setUpCampaign(t);
  await submit(t, closed.tokenOf('Sales'), 5);
  expect((await t.call('POST', `/api/campaigns/${closed.campaign.id}/close`)).status).toBe(200);
  await setUpCampaign(t, undefined, { open: false });

  const { storage, read } = noting(t.storage);
  const deps = { ...t.deps, storage };
  const tallies = createCampaignTallies(storage);
  await prepareOpenCampaignReports(deps, tallies);
  expect(read).toEqual(Array(6).fill(open.campaign.id));

  const { report } = await campaignReport(deps, tallies, await loadCampaignById(deps, open.campaign.id));
  expect(report.release?.received).toBe(6);
  expect(read).toHaveLength(6);
});
