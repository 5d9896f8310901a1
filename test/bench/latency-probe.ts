// "No request blocked for more than 50 ms by another": while something heavy runs on the server (a tally
// built over a million responses, an export), a trivial request is sent every 10 ms, each on its own without
// waiting for the one before, and how long each took is kept. A request held up behind the heavy work shows
// as a long one; the largest is how long the server could not answer anybody.
//
// The probe runs in a process of its own (this file, started with `probe <url> <headers>`): in the
// benchmark's process it would wait behind the benchmark's own work, such as reading a 300 MB download, and
// blame the server for it.

import { fork } from 'node:child_process';

export interface ProbeFigures {
  samples: number;
  /** Requests that got no answer or an error status. */
  failed: number;
  maxMs: number;
  p99Ms: number;
  medianMs: number;
}

export interface LatencyProbe {
  stop: () => Promise<ProbeFigures>;
}

/** Starts probing `url` from a child process; resolves once the first request was sent. */
export async function startLatencyProbe(
  url: string,
  headers: Record<string, string>,
  everyMs = 10,
): Promise<LatencyProbe> {
  const child = fork(
    new URL(import.meta.url).pathname,
    ['probe', url, JSON.stringify(headers), String(everyMs)],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const message = () =>
    new Promise<unknown>((resolve, reject) => {
      child.once('message', resolve);
      child.once('exit', (code) => reject(new Error(`The latency probe exited (${code})`)));
    });
  await message(); // 'ready'
  return {
    async stop() {
      const figures = message();
      child.send('stop');
      return (await figures) as ProbeFigures;
    },
  };
}

function probe(url: string, headers: Record<string, string>, everyMs: number): void {
  const times: number[] = [];
  let failed = 0;
  const inFlight = new Set<Promise<void>>();
  const once = () => {
    const sent = performance.now();
    const request = fetch(url, { headers })
      .then(async (reply) => {
        await reply.arrayBuffer();
        if (reply.status === 200) times.push(performance.now() - sent);
        else failed++;
      })
      .catch(() => void failed++)
      .finally(() => inFlight.delete(request));
    inFlight.add(request);
  };
  const timer = setInterval(once, everyMs);
  once();
  process.send!('ready');
  process.on('message', async () => {
    clearInterval(timer);
    await Promise.all(inFlight);
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * q))] ?? 0;
    const figures: ProbeFigures = {
      samples: sorted.length,
      failed,
      maxMs: at(1),
      p99Ms: at(0.99),
      medianMs: at(0.5),
    };
    process.send!(figures, () => process.exit(0));
  });
}

if (process.argv[2] === 'probe' && process.send) {
  probe(process.argv[3]!, JSON.parse(process.argv[4]!) as Record<string, string>, Number(process.argv[5]));
}
