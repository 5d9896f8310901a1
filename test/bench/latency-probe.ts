// "No request blocked for more than 50 ms by another": while something heavy runs on the server (a tally
// built over a million responses, an export), a trivial request is sent every 10 ms, each on its own without
// waiting for the one before, and how long each took is kept. A request held up behind the heavy work shows
// as a long one; the largest is how long the server could not answer anybody.

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

export function startLatencyProbe(url: string, headers: Record<string, string>, everyMs = 10): LatencyProbe {
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
  return {
    async stop() {
      clearInterval(timer);
      await Promise.all(inFlight);
      const sorted = [...times].sort((a, b) => a - b);
      const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * q))] ?? 0;
      return { samples: sorted.length, failed, maxMs: at(1), p99Ms: at(0.99), medianMs: at(0.5) };
    },
  };
}
