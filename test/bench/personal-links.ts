// Personal single-use links: a staff list imported through the API (preview, then import), its links
// exported as a mail-merge CSV, each link opened once (the first opening records it) and used for one
// submission. Opening and answering each write a person's marks slot (campaign-people.ts), whatever the
// size of the list, so throughput is measured per list size and set beside the shared link on the same
// server with the same client: the target is personal-link submissions at 0.8× the shared link's or more
// with 50,000 people listed. Single requests are timed against a hello-world round trip.

import { Agent, request } from 'node:http';
import { signUpOwner, startServer, type ServerProcess } from '../support/server-process';
import { CONNECTIONS, DURATION_S, residentMegabytes, seededDataDir, type Throughput } from './bench-support';
import { embeddedStore, type LinkStore } from './link-stores';

/** Median time of one hello-world request, sent one at a time with fetch, as the timed API calls are. */
export async function helloRoundTripMs(url: string): Promise<number> {
  const time = async () => {
    const started = performance.now();
    await (await fetch(url)).text();
    return performance.now() - started;
  };
  for (let i = 0; i < 50; i += 1) await time();
  const times: number[] = [];
  for (let i = 0; i < 300; i += 1) times.push(await time());
  return median(times);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** A staff file holds at most this many rows (server/csv): a longer list is imported in several files. */
const ROWS_PER_FILE = 10_000;

/** A staff list as HR would export it: email, name, department (spread evenly), language. */
function staffCsv(from: number, to: number, departments: { name: string }[]): string {
  const rows = ['email,name,department,language'];
  for (let i = from; i < to; i += 1) {
    const department = departments[i % departments.length]!.name;
    rows.push(`person${i}@example.com,Person ${i},"${department}",${i % 3 === 0 ? 'zh-cn' : 'en'}`);
  }
  return `${rows.join('\n')}\n`;
}

/** One administrator request, timed from sending to the whole body read. */
async function timedCall(
  server: ServerProcess,
  cookie: string,
  path: string,
  body: unknown,
): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { origin: server.url, cookie, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

/**
 * A second organization's open campaign, with no staff list, whose department link takes the shared-link
 * answers: beside a staff list every place of a department is a listed person's, so its own shared link
 * takes none (server/domain/campaigns/answer-places.ts).
 */
async function sharedCampaign(server: ServerProcess, cookie: string) {
  const organization = await timedCall(server, cookie, '/api/organizations', {
    name: 'Shared-link bench',
    departments: [{ name: 'Everyone', headcount: 1_000_000 }],
  });
  expectStatus('Organization', organization, 201);
  const { id } = JSON.parse(organization.text) as { id: string };
  const created = await timedCall(server, cookie, `/api/organizations/${id}/campaigns`, {
    name: 'Shared link',
    questionnaireId: 'readiness-okr',
  });
  expectStatus('Campaign', created, 201);
  const campaign = JSON.parse(created.text) as {
    id: string;
    links: { token: string; departmentId: string | null }[];
  };
  expectStatus('Opening', await timedCall(server, cookie, `/api/campaigns/${campaign.id}/open`, {}), 200);
  return { campaignId: campaign.id, token: campaign.links.find((l) => l.departmentId !== null)!.token };
}

function expectStatus(what: string, reply: { status: number; text: string }, status: number): void {
  if (reply.status !== status)
    throw new Error(`${what} answered ${reply.status}: ${reply.text.slice(0, 500)}`);
}

interface LoopResult extends Throughput {
  sent: number;
  created: number;
}

/**
 * POSTs `body` (or GETs, when it is null) to `pathOf(n)` for n = 0, 1, … over CONNECTIONS keep-alive
 * connections, each waiting for its answer before sending the next, until `pathOf` returns null or
 * DURATION_S have passed. A 201 (200 for a GET) counts as created.
 */
async function submitLoop(
  url: string,
  pathOf: (n: number) => string | null,
  body: string | null,
): Promise<LoopResult> {
  const { hostname, port } = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const method = body === null ? 'GET' : 'POST';
  const success = body === null ? 200 : 201;
  const headers =
    body === null ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
  const post = (path: string) =>
    new Promise<number>((resolve) => {
      const req = request({ agent, hostname, port, path, method, headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', () => resolve(0));
      req.end(body ?? undefined);
    });

  const latencies: number[] = [];
  let next = 0;
  let created = 0;
  const started = performance.now();
  const deadline = started + DURATION_S * 1000;
  const connection = async () => {
    while (performance.now() < deadline) {
      const path = pathOf(next);
      if (path === null) return;
      next += 1;
      const sent = performance.now();
      const status = await post(path);
      latencies.push(performance.now() - sent);
      if (status === success) created += 1;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, connection));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    rps: latencies.length / seconds,
    p99: Math.round(latencies[Math.floor((latencies.length - 1) * 0.99)] ?? 0),
    errors: latencies.length - created,
    sent: latencies.length,
    created,
  };
}

const ratio = (rps: number, baseline: Throughput) => `${(rps / baseline.rps).toFixed(3)}× hello`;
const against = (rps: number, shared: Throughput) => `${(rps / shared.rps).toFixed(2)}× shared`;
const times = (ms: number, helloMs: number) => `${ms.toFixed(0)} ms = ${(ms / helloMs).toFixed(0)}×`;

export interface PersonalLinkFigures {
  listed: number;
  personal: Throughput;
  shared: Throughput;
}

export async function benchPersonalLinks(options: {
  listSizes: number[];
  body: string;
  baseline: Throughput;
  helloRoundTrip: number;
  store?: LinkStore;
}): Promise<PersonalLinkFigures[]> {
  const figures: PersonalLinkFigures[] = [];
  const { baseline, body, helloRoundTrip } = options;
  console.log(
    `\nPersonal links: each list imported (preview, then import) and its links exported through the API; then ` +
      `${CONNECTIONS} connections open each link once, then submit once per link,\nuntil all are used or ` +
      `${DURATION_S} s pass. "Shared link": the same server and client, on another campaign's department link ` +
      `(opened, then answered,\nas many requests as the personal links took). A hello-world round trip, one ` +
      `request at a time: ${helloRoundTrip.toFixed(2)} ms.`,
  );
  for (const size of options.listSizes) {
    const seeded = await seededDataDir(0);
    const store = await (options.store ?? embeddedStore)(seeded);
    const server = await startServer({
      dataDir: seeded.dataDir,
      env: { ...store.env, SUBMISSIONS_PER_MINUTE: '0' },
    });
    const cookie = await signUpOwner(server);
    const campaign = `/api/campaigns/${seeded.campaignId}`;
    const files: string[] = [];
    for (let from = 0; from < size; from += ROWS_PER_FILE) {
      files.push(staffCsv(from, Math.min(size, from + ROWS_PER_FILE), seeded.departments));
    }

    const previews: number[] = [];
    const firstRows = Math.min(size, ROWS_PER_FILE);
    for (let i = 0; i < 3; i += 1) {
      const reply = await timedCall(server, cookie, `${campaign}/staff/preview`, { csv: files[0] });
      expectStatus('Staff preview', reply, 200);
      const preview = JSON.parse(reply.text) as { people: unknown[]; errors: unknown[] };
      if (preview.people.length !== firstRows || preview.errors.length > 0) {
        throw new Error(`Staff preview: ${preview.people.length} people, ${preview.errors.length} errors`);
      }
      previews.push(reply.ms);
    }
    const imported = { ms: 0 };
    for (const csv of files) {
      const reply = await timedCall(server, cookie, `${campaign}/staff`, { csv });
      expectStatus('Staff import', reply, 201);
      const rows = csv.split('\n').length - 2;
      if ((JSON.parse(reply.text) as { added: number }).added !== rows) {
        throw new Error(`Staff import added ${reply.text}`);
      }
      imported.ms += reply.ms;
    }
    const exported = await timedCall(server, cookie, `${campaign}/mail-merge`, { kind: 'invitation' });
    expectStatus('Mail-merge export', exported, 200);
    // The server's CSV reader takes staff files of at most 20,000 rows: the links are picked out instead,
    // one a row, in the order of the rows.
    // (a row names its link more than once: the link column, and the message that quotes it).
    const tokens = [
      ...new Set([...exported.text.matchAll(/https?:\/\/[^\s,"]+\/s\/([A-Za-z0-9_-]+)/g)].map((m) => m[1]!)),
    ];
    if (tokens.length !== size) {
      throw new Error(`Mail-merge export gave ${tokens.length} distinct links for ${size} people`);
    }
    const beside = await sharedCampaign(server, cookie);

    const opened = await submitLoop(
      server.url,
      (n) => (n < tokens.length ? `/api/survey/${tokens[n]}` : null),
      null,
    );
    const sharedOpened = await submitLoop(
      server.url,
      (n) => (n < opened.sent ? `/api/survey/${beside.token}` : null),
      null,
    );
    const personal = await submitLoop(
      server.url,
      (n) => (n < tokens.length ? `/api/survey/${tokens[n]}/responses` : null),
      body,
    );
    const shared = await submitLoop(
      server.url,
      (n) => (n < personal.sent ? `/api/survey/${beside.token}/responses` : null),
      body,
    );
    const rss = residentMegabytes(server.child.pid!);
    await server.stop();

    // What reached the disk (or the store): one answered invitation per accepted personal submission, every
    // opening, and every response.
    const stored = await store.readBack([seeded.campaignId, beside.campaignId]);
    await store.cleanup();
    const { people } = stored;
    const claimed = people.filter((i) => i.answered).length;
    if (people.filter((i) => i.started).length !== opened.created) {
      throw new Error(
        `On disk: ${people.filter((i) => i.started).length} opened; ${opened.created} openings answered`,
      );
    }
    if (claimed !== personal.created || stored.responses !== personal.created + shared.created) {
      throw new Error(
        `On disk: ${claimed} claimed, ${stored.responses} responses; accepted ${personal.created} personal + ${shared.created} shared`,
      );
    }

    const listed = size.toLocaleString('en').padStart(6);
    console.log(
      `${listed} listed: personal links ${personal.rps.toFixed(0)} submissions/s = ` +
        `${against(personal.rps, shared)} = ${ratio(personal.rps, baseline)} ` +
        `(p99 ${personal.p99} ms, ${personal.errors} errors, ${personal.created} of ${size} links used); ` +
        `shared link ${shared.rps.toFixed(0)} submissions/s = ${ratio(shared.rps, baseline)} ` +
        `(p99 ${shared.p99} ms, ${shared.errors} errors)`,
    );
    console.log(
      `${'opening:'.padStart(listed.length + 8)} personal links ${opened.rps.toFixed(0)} first openings/s = ` +
        `${against(opened.rps, sharedOpened)} = ${ratio(opened.rps, baseline)} (p99 ${opened.p99} ms, ` +
        `${opened.errors} errors); shared link ${sharedOpened.rps.toFixed(0)} openings/s ` +
        `(p99 ${sharedOpened.p99} ms); ${stored.sizes}; server RSS ${rss.toFixed(0)} MB`,
    );
    console.log(
      `${'list:'.padStart(listed.length + 7)} preview ${times(median(previews), helloRoundTrip)} a hello round trip ` +
        `(median of 3, ${firstRows.toLocaleString('en')} rows), import ${times(imported.ms, helloRoundTrip)} ` +
        `(${files.length} file${files.length === 1 ? '' : 's'}), ` +
        `mail-merge export ${times(exported.ms, helloRoundTrip)} (${(exported.text.length / 1024 / 1024).toFixed(1)} MB CSV)`,
    );
    figures.push({ listed: size, personal, shared });
  }
  return figures;
}
