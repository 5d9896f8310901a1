// A room typing: twenty participants each send their draft every 300 ms for a minute (BENCH_WORKSHOP_SECONDS)
// to a real server, while the facilitator's screen holds the event stream. For every draft sent it measures
// when the first event carrying that version (or a later one) of that participant's draft reached the
// screen: from the PUT's reply (what the "every update on the facilitator's screen" waits on once the
// phone has it) and from the moment the PUT was sent (typing to screen). And the PUT's own time, against a
// hello-world round trip measured in the same run.

import { rm } from 'node:fs/promises';
import { makeDataDir, signUpOwner, startServer, callApi } from '../support/server-process';

export interface WorkshopTypingFigures {
  participants: number;
  seconds: number;
  intervalMs: number;
  puts: number;
  failedPuts: number;
  events: number;
  /** PUTs whose version never reached the screen before the run ended. */
  unseen: number;
  fromReply: { p50: number; p99: number; max: number };
  fromSend: { p50: number; p99: number; max: number };
  put: { p50: number; p99: number; max: number };
  helloRoundTripMs: number;
  eventKb: number;
}

const PARTICIPANTS = 20;
const INTERVAL_MS = 300;

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), max: sorted.at(-1) ?? NaN };
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** What a person might have typed by the k-th keystroke burst: a draft that grows and changes. */
function draftAt(person: number, k: number) {
  const words = ['Cut', 'account', 'opening', 'time', 'for', 'small', 'businesses', 'in', 'half'];
  return {
    objective: `${words.slice(0, 2 + (k % words.length)).join(' ')} (team ${person})`,
    keyResults: [
      `Reduce onboarding from ${5 + (k % 7)} days to 2 days by the end of Q3`,
      `Raise NPS from 20 to ${30 + (k % 20)}`,
      ...(k % 3 === 0 ? ['Write the new checklist'] : []),
    ],
  };
}

export async function benchWorkshopTyping(
  helloRoundTripMs: number,
  log: (line: string) => void,
): Promise<WorkshopTypingFigures> {
  const seconds = Number(process.env.BENCH_WORKSHOP_SECONDS ?? 60);
  const dataDir = await makeDataDir();
  const server = await startServer({ dataDir });
  const cookie = await signUpOwner(server);
  try {
    const organization = await callApi(server, cookie, 'POST', '/api/organizations', {
      name: 'Bench workshop',
      departments: [{ name: 'Everyone', headcount: 40 }],
    });
    const created = await callApi(
      server,
      cookie,
      'POST',
      `/api/organizations/${organization.body.id}/workshops`,
      {
        title: 'Goals for Q3',
        languages: ['en', 'zh-cn'],
        departmentIds: [],
        naming: 'named',
      },
    );
    if (created.status !== 201)
      throw new Error(`Could not create the workshop: ${JSON.stringify(created.body)}`);
    const workshop = created.body as { id: string; code: string };
    const people: { id: string; cookie: string }[] = [];
    for (let i = 0; i < PARTICIPANTS; i++) {
      const res = await fetch(`${server.url}/api/join/${workshop.code}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: server.url },
        body: JSON.stringify({ name: `Person ${i + 1}` }),
      });
      const body = (await res.json()) as { participantId: string };
      people.push({
        id: body.participantId,
        cookie: /gw_workshop=[^;]+/.exec(res.headers.get('set-cookie')!)![0],
      });
    }

    // The facilitator's screen: every event's arrival, with each draft's version in it.
    const seen = new Map<string, { at: number; version: number }[]>();
    let events = 0;
    let eventBytes = 0;
    const abort = new AbortController();
    const stream = await fetch(`${server.url}/api/workshops/${workshop.id}/events`, {
      headers: { cookie, accept: 'text/event-stream' },
      signal: abort.signal,
    });
    const reading = (async () => {
      const reader = stream.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        buffer += value;
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).replace(/^ /, ''))
            .join('\n');
          if (data === '') continue;
          const at = performance.now();
          events += 1;
          eventBytes += data.length;
          const view = JSON.parse(data) as { drafts: { participantId: string; version: number }[] };
          for (const d of view.drafts) {
            const list = seen.get(d.participantId) ?? [];
            list.push({ at, version: d.version });
            seen.set(d.participantId, list);
          }
        }
      }
    })();

    log(
      `  ${PARTICIPANTS} participants, a draft each every ${INTERVAL_MS} ms for ${seconds} s, the facilitator on the event stream`,
    );
    const sent: { participant: string; sentAt: number; repliedAt: number; version: number }[] = [];
    let failedPuts = 0;
    const start = performance.now();
    const end = start + seconds * 1000;
    await Promise.all(
      people.map(async (person, i) => {
        // Spread over the first interval, as people do not all press a key at the same moment.
        let next = start + (i * INTERVAL_MS) / PARTICIPANTS;
        for (let k = 0; ; k++) {
          await sleep(next - performance.now());
          if (performance.now() >= end) return;
          const sentAt = performance.now();
          const res = await fetch(`${server.url}/api/workshops/${workshop.id}/me/draft`, {
            method: 'PUT',
            headers: { 'content-type': 'application/json', origin: server.url, cookie: person.cookie },
            body: JSON.stringify(draftAt(i, k)),
          });
          const repliedAt = performance.now();
          if (res.status !== 200) {
            failedPuts += 1;
            await res.text();
          } else {
            const body = (await res.json()) as { version: number };
            sent.push({ participant: person.id, sentAt, repliedAt, version: body.version });
          }
          next += INTERVAL_MS;
        }
      }),
    );
    // Time for the last events to arrive: one coalescing window and then some.
    await sleep(1500);
    abort.abort();
    await reading;

    const fromReply: number[] = [];
    const fromSend: number[] = [];
    let unseen = 0;
    for (const put of sent) {
      const arrival = (seen.get(put.participant) ?? []).find((e) => e.version >= put.version);
      if (!arrival) {
        unseen += 1;
        continue;
      }
      // The event can overtake the reply (it is sent as soon as the change is durable): no negative delays.
      fromReply.push(Math.max(0, arrival.at - put.repliedAt));
      fromSend.push(arrival.at - put.sentAt);
    }
    const figures: WorkshopTypingFigures = {
      participants: PARTICIPANTS,
      seconds,
      intervalMs: INTERVAL_MS,
      puts: sent.length,
      failedPuts,
      events,
      unseen,
      fromReply: spread(fromReply),
      fromSend: spread(fromSend),
      put: spread(sent.map((s) => s.repliedAt - s.sentAt)),
      helloRoundTripMs,
      eventKb: events === 0 ? 0 : eventBytes / events / 1024,
    };
    const f = (s: { p50: number; p99: number; max: number }) =>
      `p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, max ${s.max.toFixed(0)} ms`;
    log(
      `  ${figures.puts} drafts stored (${(figures.puts / seconds).toFixed(1)}/s), ${failedPuts} refused; ` +
        `${events} events of ${figures.eventKb.toFixed(0)} kB on average; ${unseen} drafts never seen on the screen`,
    );
    log(`  PUT reply to the screen: ${f(figures.fromReply)}`);
    log(`  PUT sent to the screen: ${f(figures.fromSend)}`);
    log(
      `  PUT itself: ${f(figures.put)} = ${(figures.put.p50 / helloRoundTripMs).toFixed(1)}× hello's round trip ` +
        `(${helloRoundTripMs.toFixed(2)} ms)`,
    );
    return figures;
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
