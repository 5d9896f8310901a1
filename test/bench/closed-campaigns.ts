// Whether memory after a start grows with closed campaigns: writes one data directory holding only an open
// campaign and another holding the same open campaign beside many closed ones (questionnaire 2, free texts
// included), writes every checkpoint once, then starts the response store on each in a fresh process and
// measures the start and what it holds: the open campaign alone, the closed ones put away (as the server
// starts), and the closed ones loaded as well (as every start did before they were put away). Then brings one
// closed campaign back with a scan and puts it away again. Prints figures; asserts nothing.
//
//   node --import tsx test/bench/closed-campaigns.ts [--closed 40] [--per-closed 25000] [--open 100000]

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { openEmbeddedResponseRepository } from '../../server/storage/embedded/embedded-response-repository';
import { writeCampaignLog } from './start-at-scale';

/** The campaign writeCampaignLog writes: the open one here. */
const OPEN = 'bench-campaign';
const closedId = (n: number) => `closed-${String(n + 1).padStart(3, '0')}`;
const isClosedId = (campaignId: string) => campaignId.startsWith('closed-');

type Mode = 'prepare' | 'open-only' | 'put-away' | 'all-loaded';

interface StartFigures {
  startMs: number;
  rssMb: number;
  heapMb: number;
  arrayBuffersMb: number;
  /** After a full garbage collection: what the store keeps. */
  settledRssMb: number;
  settledHeapMb: number;
  loaded: number;
  bringBack?: { scanMs: number; rssMb: number; awayAgainRssMb: number; loadedAfter: number };
}

const megabytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

const settle = () => {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
};

/** Copies a log as another campaign's: each line with a new id and that campaign's id. */
async function copyAsCampaign(from: string, to: string, campaignId: string): Promise<void> {
  const out = createWriteStream(to);
  let lines: string[] = [];
  const flush = async () => {
    if (!out.write(`${lines.join('\n')}\n`))
      await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    lines = [];
  };
  for await (const line of createInterface({ input: createReadStream(from), crlfDelay: Infinity })) {
    if (line === '') continue;
    const rest = line.indexOf('"departmentId"');
    lines.push(`{"id":"${randomUUID()}","campaignId":"${campaignId}",${line.slice(rest)}`);
    if (lines.length === 5_000) await flush();
  }
  if (lines.length > 0) await flush();
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Runs in the child process: one start of the response store, measured. */
async function measure(dataDir: string, mode: Mode): Promise<StartFigures> {
  const dir = join(dataDir, 'responses');
  const warnings: string[] = [];
  const started = performance.now();
  const repository = await openEmbeddedResponseRepository(dir, (m) => warnings.push(m), {
    isClosed: mode === 'put-away' ? isClosedId : () => false,
  });
  const startMs = Math.round(performance.now() - started);
  const memory = process.memoryUsage();
  settle();
  const settled = process.memoryUsage();
  const figures: StartFigures = {
    startMs,
    rssMb: megabytes(memory.rss),
    heapMb: megabytes(memory.heapUsed),
    arrayBuffersMb: megabytes(memory.arrayBuffers),
    settledRssMb: megabytes(settled.rss),
    settledHeapMb: megabytes(settled.heapUsed),
    loaded: repository.loadedCampaigns().length,
  };
  if (mode === 'put-away') {
    const at = performance.now();
    await repository.scan(closedId(0), () => undefined, { texts: false });
    const scanMs = Math.round(performance.now() - at);
    settle();
    const rssMb = megabytes(process.memoryUsage().rss);
    await repository.putAwayClosed(0);
    settle();
    figures.bringBack = {
      scanMs,
      rssMb,
      awayAgainRssMb: megabytes(process.memoryUsage().rss),
      loadedAfter: repository.loadedCampaigns().length,
    };
  }
  await repository.close();
  if (warnings.length > 0) process.stderr.write(`${warnings.join('\n')}\n`);
  return figures;
}

function run(dataDir: string, mode: Mode): Promise<StartFigures> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', script, '--mode', mode, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && line) resolve(JSON.parse(line) as StartFigures);
      else reject(new Error(`${mode} failed (exit ${code}): ${output}`));
    });
  });
}

async function main(): Promise<void> {
  const modeAt = process.argv.indexOf('--mode');
  if (modeAt !== -1) {
    const figures = await measure(process.argv[modeAt + 2]!, process.argv[modeAt + 1] as Mode);
    console.log(JSON.stringify(figures));
    return;
  }
  const closed = option('--closed', 40);
  const perClosed = option('--per-closed', 25_000);
  const open = option('--open', 100_000);
  const work = await mkdtemp(join(tmpdir(), 'groundwork-closed-bench-'));
  try {
    const openOnly = join(work, 'open-only');
    const withHistory = join(work, 'with-history');
    const template = join(work, 'template');
    let at = performance.now();
    await writeCampaignLog(openOnly, open);
    await writeCampaignLog(template, perClosed);
    await mkdir(join(withHistory, 'responses'), { recursive: true });
    await copyFile(
      join(openOnly, 'responses', `${OPEN}.jsonl`),
      join(withHistory, 'responses', `${OPEN}.jsonl`),
    );
    for (let n = 0; n < closed; n++) {
      await copyAsCampaign(
        join(template, 'responses', `${OPEN}.jsonl`),
        join(withHistory, 'responses', `${closedId(n)}.jsonl`),
        closedId(n),
      );
    }
    console.log(
      `Wrote ${open.toLocaleString('en')} responses in one open campaign, and beside it ${closed} closed ` +
        `campaigns of ${perClosed.toLocaleString('en')} (${Math.round((performance.now() - at) / 1000)} s).`,
    );
    at = performance.now();
    await run(openOnly, 'prepare');
    await run(withHistory, 'prepare');
    console.log(
      `Checkpoints written by a first start of each (${Math.round((performance.now() - at) / 1000)} s).`,
    );

    const rows: [string, StartFigures][] = [
      ['open campaign only', await run(openOnly, 'open-only')],
      [`+ ${closed} closed, put away`, await run(withHistory, 'put-away')],
      [`+ ${closed} closed, all loaded`, await run(withHistory, 'all-loaded')],
    ];
    console.log('\nstart of the response store, from checkpoints (one fresh process each):');
    console.log(
      'data                        start    RSS      heap     typed arrays  RSS after GC  campaigns in memory',
    );
    for (const [name, f] of rows) {
      console.log(
        `${name.padEnd(28)}${`${f.startMs} ms`.padEnd(9)}${`${f.rssMb} MB`.padEnd(9)}${`${f.heapMb} MB`.padEnd(9)}` +
          `${`${f.arrayBuffersMb} MB`.padEnd(14)}${`${f.settledRssMb} MB`.padEnd(14)}${f.loaded}`,
      );
    }
    const back = rows[1]![1].bringBack!;
    console.log(
      `\none closed campaign brought back by a scan without texts: ${back.scanMs} ms, RSS ${back.rssMb} MB; ` +
        `put away again: RSS ${back.awayAgainRssMb} MB, ${back.loadedAfter} campaign(s) in memory`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
