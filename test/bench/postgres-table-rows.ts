// The final table's PostgreSQL rows (bench-table.ts prints them after the embedded ones, in the same size
// columns): figures with their ratios to the same run's hello-world, no targets (issue 19 sets none), and in
// the result column what limits each, from where the CPU went during the run at the largest size.

import type { Throughput } from './bench-support';
import type { BenchResults } from './bench-table';
import { describeCpu } from './cpu-time';
import type { MeasuredRun, PostgresFigures } from './postgres-at-scale';

const sizeName = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
// Three decimals below 0.1, where two would print 0.00.
const x = (value: number, base: number) => `${(value / base).toFixed(value / base < 0.1 ? 3 : 2)}×`;

const NO_TARGET = 'none';

/** Rows of PostgreSQL figures, a cell per column size (empty where that size did not run). */
export function postgresRows(r: BenchResults, cols: number[]): string[][] {
  const pg = r.postgres;
  if (!pg) return [];
  const rows: string[][] = [];
  const at = (n: number) => pg.atScale.find((f) => f.stored === n);
  const largest = pg.atScale.at(-1);
  const perSize = (label: string, cell: (f: PostgresFigures) => string, result = '') =>
    rows.push([
      `PostgreSQL: ${label}`,
      ...cols.map((c) => (at(c) ? cell(at(c)!) : '')),
      pg.atScale.length ? NO_TARGET : '',
      result,
    ]);
  const round = r.hello.roundTripMs;
  // Nine tenths of the machine's cores busy is CPU-bound; below that, the runs wait on something else. Other
  // people's work on a shared machine is named, since it takes cores from this run.
  const limitedBy = (run: MeasuredRun | undefined) => {
    if (!run || !largest) return '';
    const busy = run.cpu.used / run.cpu.available;
    const others = run.cpu.others / Math.max(run.cpu.used, 0.01);
    const what =
      busy >= 0.9
        ? `limited by CPU: machine ${(busy * 100).toFixed(0)}% busy, ${(others * 100).toFixed(0)}% of that other processes`
        : `CPU not saturated: machine ${(busy * 100).toFixed(0)}% busy`;
    return `${what} (at ${sizeName(largest.stored)}); ${describeCpu(run.cpu, run.rps * run.cpu.wallSeconds)}; ${run.waits}`;
  };

  perSize(
    'seeding (organization and campaign through the storage; responses by INSERTs of 5,000 rows; VACUUM ANALYZE)',
    (f) =>
      `${(f.seedSeconds.records + f.seedSeconds.responses + f.seedSeconds.vacuum).toFixed(1)} s, table ${f.tableMegabytes.toFixed(0)} MB`,
  );
  perSize(
    `start, one instance, migrations applied (hello-world ${ms(r.hello.startMs)})`,
    (f) => `${ms(f.startMs)} = ${x(f.startMs, r.hello.startMs)}`,
  );
  perSize(
    `RSS after start / after the first report (hello-world ${r.hello.rssMb.toFixed(0)} MB)`,
    (f) => `${f.rssAfterStartMb.toFixed(0)} MB / ${f.rssAfterReportMb.toFixed(0)} MB`,
  );
  for (const connections of [50, 200]) {
    const get = r.hello.get.get(connections);
    const post = r.hello.post.get(connections);
    if (!get || !post) continue;
    const rate = (t: Throughput) =>
      `${t.rps.toFixed(0)}/s = ${x(t.rps, get.rps)} GET, ${x(t.rps, post.rps)} POST`;
    const hello = `(hello GET ${get.rps.toFixed(0)}/s, hello POST ${post.rps.toFixed(0)}/s)`;
    // One department link: its answers wait on each other, whatever the CPU.
    const oneLink = (run: MeasuredRun | undefined) =>
      run && largest
        ? `one link's answers are taken one at a time (its department's lock, held from the transaction's first ` +
          `statement to its commit, across the count of its places and each round trip to the server): ` +
          `${(1000 / run.rps).toFixed(1)} ms each at ${sizeName(largest.stored)}; `
        : '';
    perSize(
      `durable submissions through one department link, one instance, ${connections} connections ${hello}`,
      (f) => rate(f.one.get(connections)!),
      oneLink(largest?.one.get(connections)) + limitedBy(largest?.one.get(connections)),
    );
    perSize(
      `durable submissions through one department link, two instances, ${connections} connections split over both`,
      (f) => {
        const two = f.two.get(connections)!;
        return `${rate(two)}; ${x(two.rps, f.one.get(connections)!.rps)} one instance`;
      },
      oneLink(largest?.two.get(connections)) +
        limitedBy(largest?.two.get(connections)) +
        '; a second instance adds no core: PostgreSQL, both servers and autocannon share the same two',
    );
    perSize(
      `submission p99, one / two instances, ${connections} connections (hello POST ${post.p99} ms)`,
      (f) => {
        const one = f.one.get(connections)!;
        const two = f.two.get(connections)!;
        const errors = one.errors + two.errors;
        return `${one.p99} ms / ${two.p99} ms${errors ? ` (${one.errors} / ${two.errors} errors)` : ''}`;
      },
    );
  }
  const spread = largest?.spread;
  const spreadGet = spread && r.hello.get.get(spread.connections);
  if (spread && spreadGet) {
    perSize(
      `durable submissions spread over the ${spread.links} department links, ${spread.connections} connections: ` +
        `one instance / two (hello GET ${spreadGet.rps.toFixed(0)}/s)`,
      (f) =>
        `${f.spread.one.rps.toFixed(0)}/s / ${f.spread.two.rps.toFixed(0)}/s = ${x(f.spread.one.rps, spreadGet.rps)} / ` +
        `${x(f.spread.two.rps, spreadGet.rps)} GET; p99 ${f.spread.one.p99} / ${f.spread.two.p99} ms` +
        (f.spread.one.errors + f.spread.two.errors
          ? ` (${f.spread.one.errors} / ${f.spread.two.errors} errors)`
          : ''),
      `two instances: ${limitedBy(spread.two)}`,
    );
  }
  const read = (label: string, value: (f: PostgresFigures) => number, result = '') =>
    perSize(label, (f) => `${ms(value(f))} = ${(value(f) / round).toFixed(0)}× hello`, result);
  read(
    'report, first read after the start (the tally built by scanning the responses out of PostgreSQL)',
    (f) => f.report.firstAfterStartMs,
    largest
      ? `limited by the scan: ${sizeName(largest.stored)} JSONB documents read in batches of 1,000 (the event loop given back between them) and tallied in the server`
      : '',
  );
  perSize(
    '  trivial request every 10 ms meanwhile: max / p99',
    (f) => `${ms(f.report.probe.maxMs)} / ${ms(f.report.probe.p99Ms)} (${f.report.probe.samples} samples)`,
  );
  read('report, repeated read', (f) => f.report.repeatedMs);
  read('report, first read after 10 new answers (a release)', (f) => f.report.firstAfterReleaseMs);
  read('report, repeated read after it', (f) => f.report.repeatedAfterReleaseMs);

  const blank = cols.map(() => '');
  const get = r.hello.get.get(50);
  for (const p of pg.personalLinks) {
    rows.push([
      `PostgreSQL: personal links, ${p.listed.toLocaleString('en')} listed: submissions against a shared link on the same server`,
      ...blank,
      NO_TARGET,
      `${x(p.personal.rps, p.shared.rps)} (${p.personal.rps.toFixed(0)}/s against ${p.shared.rps.toFixed(0)}/s` +
        `${get ? `; ${x(p.personal.rps, get.rps)} hello GET` : ''}; p99 ${p.personal.p99} / ${p.shared.p99} ms)`,
    ]);
  }
  return rows;
}
