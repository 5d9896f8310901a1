// Personal links exported behind a TLS-terminating proxy point at https, as the administrator's own address
// does, even though Node itself serves plain http.

import { afterEach, describe, expect, it } from 'vitest';
import { parseTrustedProxies, type TrustedProxies } from '../../../server/domain/access/forwarded-client';
import { readCsv } from '../../../server/csv/read-csv';
import { fromPeer, PROXY } from '../../fixtures/socket-peer';
import { importStaff, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

const LOOPBACK = (parseTrustedProxies('loopback') as { proxies: TrustedProxies }).proxies;

let t: TestApp;
afterEach(async () => {
  await t.close();
});

async function exportedLinks(peer: string) {
  const { campaign } = await setUpCampaign(t, { Sales: 10 });
  await importStaff(t, campaign.id, staffCsv({ Sales: 2 }));
  const res = await t.app.request(
    `http://survey.example.com/api/campaigns/${campaign.id}/mail-merge`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: 'http://survey.example.com',
        cookie: t.ownerCookie,
        'x-forwarded-proto': 'https',
        'x-forwarded-for': '198.51.100.7',
      },
      body: JSON.stringify({ kind: 'invitation' }),
    },
    fromPeer(peer),
  );
  expect(res.status).toBe(200);
  const [header, ...rows] = readCsv(await res.text()).map((r) => r.cells);
  return rows.map((cells) => cells[header!.indexOf('link')]!);
}

describe('links in a mail-merge file', () => {
  it('start with https when a trusted proxy says the administrator came over https', async () => {
    t = await startTestApp(undefined, { trustedProxies: LOOPBACK });
    for (const link of await exportedLinks(PROXY))
      expect(link).toMatch(/^https:\/\/survey\.example\.com\/s\//);
  });

  it('keep the address Node saw when the forwarding headers come from anyone else', async () => {
    t = await startTestApp(undefined, { trustedProxies: LOOPBACK });
    for (const link of await exportedLinks('203.0.113.9'))
      expect(link).toMatch(/^http:\/\/survey\.example\.com\/s\//);
  });
});
