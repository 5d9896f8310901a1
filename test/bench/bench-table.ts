// The table `npm run bench` ends with, which the README keeps: every figure at each size, with its ratio to
// the hello-world baselines of the same run, and each target of issue 13 with whether it was met and by how
// much. Markdown, so it can be pasted as it is.

import type { Throughput } from './bench-support';
import type { CrashAtScaleFigures } from './crash-at-scale';
import type { PersonalLinkFigures } from './personal-links';
import type { PostgresFigures } from './postgres-at-scale';
import { postgresRows } from './postgres-table-rows';
import type { ScaleFigures } from './server-at-scale';
import type { SurveyPageFigures } from './survey-page';
import type { WorkshopTypingFigures } from './workshop-typing';

export interface BenchResults {
  sizes: number[];
  hello: {
    /** Hono's hello-world GET, by connection count. */
    get: Map<number, Throughput>;
    /** hello-post-server.ts, by connection count. */
    post: Map<number, Throughput>;
    /** One GET at a time, the median. */
    roundTripMs: number;
    startMs: number;
    rssMb: number;
  };
  scale: ScaleFigures[];
  personalLinks: PersonalLinkFigures[] | null;
  page: SurveyPageFigures | null;
  crash: CrashAtScaleFigures | null;
  workshop: WorkshopTypingFigures | null;
  /** The postgres part: at each size, then personal links; its rows follow the embedded ones. */
  postgres: { atScale: PostgresFigures[]; personalLinks: PersonalLinkFigures[] } | null;
}

const sizeName = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1e3 ? `${n / 1e3}k` : String(n));
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const mb = (v: number) => `${v.toFixed(0)} MB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** "met" or "missed", with the figure and how far it is from the target. */
function verdict(
  value: number,
  target: number,
  better: 'below' | 'above',
  show: (v: number) => string,
): string {
  const met = better === 'below' ? value < target : value >= target;
  const gap = Math.abs(value - target);
  return met
    ? `met: ${show(value)}, ${show(gap)} ${better === 'below' ? 'under' : 'over'}`
    : `**missed** by ${show(gap)}: ${show(value)}`;
}

export function printTable(r: BenchResults, log: (line: string) => void): void {
  const rows: string[][] = [];
  // The sizes run: the embedded store's, or the PostgreSQL part's when it ran alone.
  const cols = (r.scale.length > 0 ? r.scale : (r.postgres?.atScale ?? [])).map((s) => s.stored);
  const header = ['figure', ...cols.map((c) => `${sizeName(c)} stored`), 'target', 'result'];
  const perSize = (label: string, cell: (s: ScaleFigures) => string, target = '', result = '') =>
    rows.push([label, ...r.scale.map(cell), target, result]);
  const at = (n: number) => r.scale.find((s) => s.stored === n);
  const largest = r.scale.at(-1);
  const x = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

  if (r.scale.length > 0) {
    for (const connections of [50, 200]) {
      const get = r.hello.get.get(connections)!;
      const post = r.hello.post.get(connections)!;
      const rps = (s: ScaleFigures) => s.submissions.get(connections)!;
      const zero = at(0);
      const worst = Math.min(...r.scale.map((s) => rps(s).rps / get.rps));
      perSize(
        `durable submissions, ${connections} connections (hello GET ${get.rps.toFixed(0)}/s, hello POST ${post.rps.toFixed(0)}/s)`,
        (s) => `${rps(s).rps.toFixed(0)}/s = ${x(rps(s).rps, get.rps)} GET, ${x(rps(s).rps, post.rps)} POST`,
        '≥ 0.2× hello GET',
        verdict(worst, 0.2, 'above', (v) => `${v.toFixed(3)}×`) + ' (lowest size)',
      );
      if (zero && largest && largest.stored > 0) {
        perSize(
          `  ${sizeName(largest.stored)} against 0 stored, ${connections} connections`,
          (s) => x(rps(s).rps, rps(zero).rps),
          connections === 50 ? '≥ 0.9×' : '',
          connections === 50
            ? verdict(rps(largest).rps / rps(zero).rps, 0.9, 'above', (v) => `${v.toFixed(2)}×`)
            : '',
        );
      }
      perSize(
        `submission p99, ${connections} connections (hello POST ${post.p99} ms)`,
        (s) => `${rps(s).p99} ms${rps(s).errors ? ` (${rps(s).errors} errors)` : ''}`,
        connections === 50 ? '< 50 ms' : '',
        connections === 50
          ? verdict(Math.max(...r.scale.map((s) => rps(s).p99)), 50, 'below', ms) + ' (highest)'
          : '',
      );
    }
    const round = r.hello.roundTripMs;
    const read = (label: string, value: (s: ScaleFigures) => number, target: boolean) =>
      perSize(
        label,
        (s) => `${ms(value(s))} = ${(value(s) / round).toFixed(0)}× hello`,
        target ? '< 50 ms at 1M' : '',
        target && largest ? verdict(value(largest), 50, 'below', ms) + ` (${sizeName(largest.stored)})` : '',
      );
    read(
      'report, first read after the first start (no tally checkpoint yet: builds the tally)',
      (s) => s.report.firstAfterStartMs,
      false,
    );
    read('report, repeated read', (s) => s.report.repeatedMs, true);
    read('report, first read after 10 new answers (a release)', (s) => s.report.firstAfterReleaseMs, true);
    read('report, repeated read after it', (s) => s.report.repeatedAfterReleaseMs, true);
    for (const label of r.scale[0]?.views.map((v) => v.label) ?? []) {
      const view = (s: ScaleFigures) => s.views.find((v) => v.label === label)!;
      perSize(
        `${label}, repeated read`,
        (s) => `${ms(view(s).ms)} = ${(view(s).ms / round).toFixed(0)}× hello (${view(s).status})`,
        'as the report',
        largest
          ? `${(view(largest).ms / Math.max(largest.report.repeatedMs, 0.01)).toFixed(1)}× the report's repeated read`
          : '',
      );
    }
    read(
      'report, first read after a restart (tally checkpoint taken up)',
      (s) => s.report.firstAfterRestartMs,
      true,
    );
    perSize(
      '  trivial request every 10 ms meanwhile: max / p99',
      (s) => `${ms(s.report.restartProbe.maxMs)} / ${ms(s.report.restartProbe.p99Ms)}`,
      '≤ 50 ms',
      largest
        ? verdict(largest.report.restartProbe.maxMs, 50, 'below', ms) + ` (max, ${sizeName(largest.stored)})`
        : '',
    );
    perSize(
      'trivial request every 10 ms while the first read after the start builds the tally: max / p99',
      (s) =>
        `${ms(s.report.probe.maxMs)} / ${ms(s.report.probe.p99Ms)} (${s.report.probe.samples} samples${s.report.probe.failed ? `, ${s.report.probe.failed} failed` : ''})`,
      '≤ 50 ms',
      largest
        ? verdict(largest.report.probe.maxMs, 50, 'below', ms) + ` (max, ${sizeName(largest.stored)})`
        : '',
    );
    perSize(
      `start, from the checkpoint (hello-world ${ms(r.hello.startMs)})`,
      (s) => `${ms(s.startMs)} = ${x(s.startMs, r.hello.startMs)}`,
      '< 5 s at 1M',
      largest ? verdict(largest.startMs, 5000, 'below', ms) : '',
    );
    perSize('start, no checkpoint (every line parsed)', (s) =>
      s.firstStartMs === null ? '–' : ms(s.firstStartMs),
    );
    perSize(
      `RSS after start (hello-world ${mb(r.hello.rssMb)})`,
      (s) => `${mb(s.rssAfterStartMb)} = ${x(s.rssAfterStartMb, r.hello.rssMb)}`,
      '< 400 MB at 1M',
      largest ? verdict(largest.rssAfterStartMb, 400, 'below', mb) : '',
    );
    perSize(
      'RSS after the first report / at the end',
      (s) => `${mb(s.rssAfterReportMb)} / ${mb(s.rssAtEndMb)}`,
    );
    const exported = r.scale.find((s) => s.export !== null);
    if (exported?.export?.failure) {
      rows.push([
        `CSV export of ${sizeName(exported.stored)} through its route`,
        ...r.scale.map((s) =>
          s.export
            ? `**failed** after ${s.export.seconds.toFixed(0)} s, ${s.export.rows} rows (see above)`
            : '',
        ),
        '< 30 s, < 150 MB above idle',
        '**missed**: the download did not finish',
      ]);
    } else if (exported?.export) {
      const e = exported.export;
      rows.push([
        `CSV export of ${sizeName(exported.stored)} through its route: time`,
        ...r.scale.map((s) =>
          s.export ? `${e.seconds.toFixed(1)} s (${e.rows} rows, ${e.megabytes.toFixed(0)} MB)` : '',
        ),
        '< 30 s',
        verdict(e.seconds * 1000, 30_000, 'below', ms),
      ]);
      rows.push([
        '  peak server RSS above idle',
        ...r.scale.map((s) => (s.export ? `${mb(e.peakAboveIdleMb)} (idle ${mb(e.idleMb)})` : '')),
        '< 150 MB',
        verdict(e.peakAboveIdleMb, 150, 'below', mb),
      ]);
      rows.push([
        '  trivial request every 10 ms meanwhile: max / p99',
        ...r.scale.map((s) => (s.export ? `${ms(e.probe.maxMs)} / ${ms(e.probe.p99Ms)}` : '')),
        '≤ 50 ms',
        verdict(e.probe.maxMs, 50, 'below', ms) + ' (max)',
      ]);
    }
  }
  const blank = cols.map(() => '');
  for (const p of r.personalLinks ?? []) {
    const ratio = p.personal.rps / p.shared.rps;
    rows.push([
      `personal links, ${p.listed.toLocaleString('en')} listed: submissions against a shared link`,
      ...blank,
      p.listed >= 50_000 ? '≥ 0.8×' : '',
      p.listed >= 50_000
        ? verdict(ratio, 0.8, 'above', (v) => `${v.toFixed(2)}×`) +
          ` (${p.personal.rps.toFixed(0)}/s against ${p.shared.rps.toFixed(0)}/s)`
        : `${ratio.toFixed(2)}×`,
    ]);
  }
  if (r.page) {
    const kb = (b: number) => `${(b / 1024).toFixed(0)} kB`;
    const parts = r.page.resources
      .filter((p) => p.bytes > 2048)
      .map((p) => `${p.path.split('/').at(-1)} ${kb(p.bytes)} ${p.encoding}`)
      .join(', ');
    rows.push([
      `survey page, first visit: bytes on the wire (${parts}; browser accepts ${r.page.acceptEncoding})`,
      ...blank,
      '< 400 kB',
      verdict(r.page.bytes / 1024, 400, 'below', (v) => `${v.toFixed(0)} kB`),
    ]);
    rows.push([
      `survey page: first question visible, median of ${r.page.firstQuestionMs.length} cold visits (hello round trip ${ms(r.hello.roundTripMs)})`,
      ...blank,
      '< 1.5 s',
      verdict(median(r.page.firstQuestionMs), 1500, 'below', ms) +
        ` (all: ${r.page.firstQuestionMs.map((v) => v.toFixed(0)).join(', ')} ms)`,
    ]);
  }
  if (r.crash) {
    const c = r.crash;
    rows.push([
      `kill -9 rounds, ${c.rounds} with ${sizeName(c.stored)} stored, ${c.submitters} submitters (${c.secondsPerRound.toFixed(0)} s a round)`,
      ...blank,
      '20 rounds, no problem',
      (c.problems === 0
        ? `no problem in ${c.rounds} rounds: every acknowledged response present once after each restart, ` +
          `reports equal to a recomputation, every personal link's status right`
        : `**${c.problems} problems** in ${c.rounds} rounds (listed above)`) +
        `; ${c.acknowledged} of ${c.submissions} submissions acknowledged, ${c.storedUnacknowledged} stored unacknowledged`,
    ]);
  }
  if (r.workshop) {
    const w = r.workshop;
    const spread = (s: { p50: number; p99: number; max: number }) =>
      `p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, max ${ms(s.max)}`;
    rows.push([
      `workshop: ${w.participants} participants sending a draft every ${w.intervalMs} ms for ${w.seconds} s, facilitator on the event stream: PUT reply to the screen (${w.puts} drafts, ${w.events} events, ${w.unseen} unseen)`,
      ...blank,
      '< 1 s (every update)',
      w.unseen > 0 || w.failedPuts > 0
        ? `**missed**: ${w.unseen} drafts never reached the screen, ${w.failedPuts} refused; ${spread(w.fromReply)}`
        : verdict(w.fromReply.max, 1000, 'below', ms) + ` (max; ${spread(w.fromReply)})`,
    ]);
    rows.push(['  workshop: PUT sent to the screen', ...blank, '', spread(w.fromSend)]);
    rows.push([
      `  workshop: the PUT itself (hello round trip ${ms(w.helloRoundTripMs)})`,
      ...blank,
      '',
      `${spread(w.put)}; p50 = ${(w.put.p50 / w.helloRoundTripMs).toFixed(1)}× hello`,
    ]);
  }
  rows.push(...postgresRows(r, cols));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  log(line(header));
  log(line(header.map((_, i) => (i === 0 || i >= header.length - 2 ? '---' : '---:'))));
  for (const row of rows) log(line(row));
}
