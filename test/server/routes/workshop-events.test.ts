// The facilitator's live stream through a real HTTP server, read with fetch as a browser's EventSource would:
// the workshop on connect, a participant's draft arriving as an event, and the stream closing when the
// workshop ends.

import { serve, type ServerType } from '@hono/node-server';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { OpenAPIHono } from '@hono/zod-openapi';
import { workshopRoutes } from '../../../server/routes/workshops';
import { sessionMiddleware, type AppEnv } from '../../../server/http/session';
import { setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { eventReader, type ServerEvent } from '../../support/event-reader';

let t: TestApp;
let server: ServerType;
let base: string;

beforeEach(async () => {
  t = await startTestApp();
  await new Promise<void>((resolve) => {
    server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  // A stream a test left open would keep the server from closing.
  (server as Server).closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await t.close();
});

async function send(method: string, path: string, body: unknown, cookie: string) {
  return fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', origin: base, cookie },
    body: JSON.stringify(body),
  });
}

it('sends the workshop on connect, a participant’s draft as it changes, and closes once the workshop ends', async () => {
  const { organization } = await setUpCampaign(t);
  const created = await send(
    'POST',
    `/api/organizations/${organization.id}/workshops`,
    { title: 'Live', languages: ['en'], departmentIds: [], naming: 'named' },
    t.ownerCookie,
  );
  const workshop = (await created.json()) as { id: string; code: string };
  const joined = await send('POST', `/api/join/${workshop.code}`, { name: 'Li Wei' }, '');
  const participant = /gw_workshop=[^;]+/.exec(joined.headers.get('set-cookie') ?? '')![0];

  const stream = await fetch(`${base}/api/workshops/${workshop.id}/events`, {
    headers: { cookie: t.ownerCookie, accept: 'text/event-stream' },
  });
  expect(stream.status).toBe(200);
  expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const events = eventReader(stream);
  const first = (await events.next())!;
  expect(first.event).toBe('workshop');
  expect(first.data).toMatchObject({ id: workshop.id, participants: [{ name: 'Li Wei' }], drafts: [] });
  expect(first.id).toBe(String(first.data.version));

  const put = await send(
    'PUT',
    `/api/workshops/${workshop.id}/me/draft`,
    { objective: 'Open accounts in a day', keyResults: ['From 3 days to 1 by Q3'] },
    participant,
  );
  expect(put.status).toBe(200);
  let seen = (await events.next())!;
  // Other changes may come first; the draft arrives in an event of its own version or a later one.
  while (seen.data.drafts.length === 0) seen = (await events.next())!;
  expect(seen.data.drafts[0]).toMatchObject({ name: 'Li Wei', objective: 'Open accounts in a day' });
  expect(Number(seen.id)).toBeGreaterThan(Number(first.id));

  await send('PATCH', `/api/workshops/${workshop.id}`, { status: 'ended' }, t.ownerCookie);
  let last = seen;
  for (let next = await events.next(); next !== null; next = await events.next()) last = next;
  expect(last.data.status).toBe('ended');
});

it('tells every screen watching, the facilitator’s and the projector’s alike', async () => {
  const { organization } = await setUpCampaign(t);
  const created = await send(
    'POST',
    `/api/organizations/${organization.id}/workshops`,
    { title: 'Two screens', languages: ['zh-cn'], departmentIds: [], naming: 'anonymous' },
    t.ownerCookie,
  );
  const workshop = (await created.json()) as { id: string; code: string };
  const joined = await send('POST', `/api/join/${workshop.code}`, {}, '');
  const participant = /gw_workshop=[^;]+/.exec(joined.headers.get('set-cookie') ?? '')![0];
  const screens = await Promise.all(
    [0, 1].map(async () =>
      eventReader(
        await fetch(`${base}/api/workshops/${workshop.id}/events`, { headers: { cookie: t.ownerCookie } }),
      ),
    ),
  );
  for (const screen of screens) expect((await screen.next())!.data.drafts).toEqual([]);
  await send(
    'PUT',
    `/api/workshops/${workshop.id}/me/draft`,
    { objective: '提升客户满意度', keyResults: [] },
    participant,
  );
  for (const screen of screens) {
    let seen = (await screen.next())!;
    while (seen.data.drafts.length === 0) seen = (await screen.next())!;
    expect(seen.data.drafts[0]).toMatchObject({ name: null, objective: '提升客户满意度' });
    await screen.cancel();
  }
});

it('coalesces a burst of changes: the events carry the latest version, and fewer of them than the changes', async () => {
  const { organization } = await setUpCampaign(t);
  const created = await send(
    'POST',
    `/api/organizations/${organization.id}/workshops`,
    { title: 'Burst', languages: ['en'], departmentIds: [], naming: 'anonymous' },
    t.ownerCookie,
  );
  const workshop = (await created.json()) as { id: string; code: string };
  const joined = await send('POST', `/api/join/${workshop.code}`, {}, '');
  const participant = /gw_workshop=[^;]+/.exec(joined.headers.get('set-cookie') ?? '')![0];
  const stream = await fetch(`${base}/api/workshops/${workshop.id}/events`, {
    headers: { cookie: t.ownerCookie },
  });
  const events = eventReader(stream);
  await events.next();
  // Twenty drafts sent at once reach the disk in a few writes; the screen hears of them in fewer events.
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      send(
        'PUT',
        `/api/workshops/${workshop.id}/me/draft`,
        { objective: `Draft ${i}`, keyResults: [] },
        participant,
      ),
    ),
  );
  const finalVersion = (await t.storage.workshops.get(workshop.id))!.version;
  const received: ServerEvent[] = [];
  for (;;) {
    const next = (await events.next())!;
    received.push(next);
    if (Number(next.id) === finalVersion) break;
  }
  expect(received.length).toBeLessThan(20);
  await events.cancel();
});

it('sends a heartbeat comment while nothing changes, so a quiet stream stays open', async () => {
  const { organization } = await setUpCampaign(t);
  const created = await send(
    'POST',
    `/api/organizations/${organization.id}/workshops`,
    { title: 'Quiet', languages: ['en'], departmentIds: [], naming: 'named' },
    t.ownerCookie,
  );
  const workshop = (await created.json()) as { id: string };
  // The same routes with a heartbeat every 20 ms instead of 15 s.
  const app = new OpenAPIHono<AppEnv>();
  app.use(sessionMiddleware(t.deps));
  app.route('/api', workshopRoutes(t.deps, { coalesceMs: 200, heartbeatMs: 20 }));
  const res = await app.request(`/api/workshops/${workshop.id}/events`, {
    headers: { cookie: t.ownerCookie },
  });
  expect(res.status).toBe(200);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  while ((text.match(/^: heartbeat$/gm) ?? []).length < 2) text += (await reader.read()).value ?? '';
  expect(text.startsWith('event: workshop\n')).toBe(true);
  expect(text.match(/^event: workshop$/gm)).toHaveLength(1);
  await reader.cancel();
});
