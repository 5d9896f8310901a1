// How long the CSV data export of a campaign takes, and how much memory it takes above idle, at 100k and 1M
// responses on questionnaire 2 (five departments, minimum group size 5).
//
//   node --expose-gc --import tsx test/bench/export-at-scale.ts [--responses 100000,1000000] [--store]
//
// By default the responses come from a source that visits them as the store's scan does (one object at a
// time, the same ones on every pass), built from a pool of generated answer sets, so the figures are the
// export's own whatever store holds them. With --store they are written to a campaign log and read through
// the embedded store instead (its memory at start then counts in idle, not in the export's peak).

import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, open, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { seededRandom, synthesizeAnswers } from '../../server/demo/synthesize-responses';
import { createCampaign, openCampaign } from '../../server/domain/campaigns/campaign';
import type { Organization } from '../../server/domain/campaigns/organization';
import { judgingModel } from '../../server/domain/instrument/barrier-model';
import type { SurveyResponse } from '../../server/domain/instrument/response';
import type { Answers } from '../../server/domain/instrument/validate-answers';
import { exportResponses, type ExportInput } from '../../server/http/export-responses';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { openEmbeddedResponseRepository } from '../../server/storage/embedded/embedded-response-repository';
import type { ResponseRepository } from '../../server/storage/response-repository';

const DEPARTMENTS = ['sales', 'operations', 'finance', 'support', 'product'];
const POOL = 2000;

export interface ExportFigures {
  responses: number;
  rows: number;
  megabytes: number;
  seconds: number;
  /** CPU time of this process, user and system: what the export cost, whatever else ran on the machine. */
  cpuSeconds: number;
  idleMb: number;
  peakAboveIdleMb: number;
  /** The longest the event loop went without a turn while the export ran: how long another request could wait. */
  longestBlockMs: number;
  /**
   * The most CPU time the process spent between two turns: the export's own longest stretch, without the
   * time a busy machine gave to other processes (GC threads' time counts in it too).
   */
  longestTurnCpuMs: number;
}

const rssMb = () => process.memoryUsage().rss / 2 ** 20;
const collect = () => (globalThis as { gc?: () => void }).gc?.();

async function setting(): Promise<{ input: ExportInput; pool: Answers[] }> {
  const questionnaire = (await loadQuestionnaires()).get('readiness-okr-2')!;
  const model = judgingModel('2', questionnaire.modelVersion)!;
  const organization: Organization = {
    id: 'org',
    name: 'Bench Ltd',
    createdOn: '2026-01-05',
    departments: DEPARTMENTS.map((id) => ({
      id,
      name: id[0]!.toUpperCase() + id.slice(1),
      headcount: 400_000,
    })),
  };
  let token = 0;
  const campaign = openCampaign(
    createCampaign({
      id: 'bench-export',
      organizationId: organization.id,
      name: 'Scale',
      questionnaireId: questionnaire.id,
      departmentIds: DEPARTMENTS,
      today: '2026-01-05',
      newToken: () => `t${++token}`,
    }),
    '2026-01-05',
    Date.parse('2026-01-05'),
  );
  const random = seededRandom(13);
  const pool = Array.from({ length: POOL }, () =>
    synthesizeAnswers(
      questionnaire,
      {
        levels: {},
        defaultLevel: 30 + 40 * random(),
        dontKnowRate: 0.05,
        fixedAnswers: { profile_manages_people: 'no', comment: 'More time for planning would help.' },
      },
      random,
    ),
  );
  return { input: { organization, campaign, questionnaire, model }, pool };
}

const hex = (n: number, digits: number) => (n >>> 0).toString(16).padStart(digits, '0');

/**
 * The i-th response: its id a UUID, as the server makes them (randomUUID), which the store holds as four
 * numbers; an id of another form would be held as a string, a million of them filling the heap.
 */
const responseAt = (pool: Answers[], i: number): SurveyResponse => ({
  id: `${hex(i, 8)}-0000-4000-8000-${hex(i * 2654435761, 12)}`,
  campaignId: 'bench-export',
  departmentId: DEPARTMENTS[(i * 7) % DEPARTMENTS.length]!,
  language: 'en',
  submittedOn: '2026-01-06',
  answers: pool[i % POOL]!,
});

/** Visits n responses as a store's scan does, yielding to the event loop between blocks of them. */
function generatedResponses(pool: Answers[], n: number): Pick<ResponseRepository, 'scan'> {
  return {
    async scan(_campaignId, visit) {
      for (let i = 0; i < n; i++) {
        visit(responseAt(pool, i), i);
        // As often as the embedded store's scan lets other requests in.
        if (i % 2_048 === 2_047) await new Promise((resolve) => setImmediate(resolve));
      }
      return n;
    },
  };
}

async function measure(
  responses: Pick<ResponseRepository, 'scan'>,
  input: ExportInput,
  n: number,
): Promise<ExportFigures> {
  collect();
  const idleMb = rssMb();
  let peak = idleMb;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 10);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let longestTurnCpuMs = 0;
  let turnCpu = process.cpuUsage();
  const turns = setInterval(() => {
    const used = process.cpuUsage(turnCpu);
    longestTurnCpuMs = Math.max(longestTurnCpuMs, (used.user + used.system) / 1000);
    turnCpu = process.cpuUsage();
  }, 1);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const stream = await exportResponses({ storage: { responses } as never }, input);
  if (!stream) throw new Error('Nothing released');
  const reader = stream.getReader();
  let bytes = 0;
  let rows = -1;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    for (let i = 0; i < value.length; i++) if (value[i] === 10) rows++;
    peak = Math.max(peak, rssMb());
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  clearInterval(sampler);
  delay.disable();
  clearInterval(turns);
  return {
    responses: n,
    rows,
    megabytes: bytes / 1e6,
    seconds,
    cpuSeconds,
    idleMb,
    peakAboveIdleMb: peak - idleMb,
    longestBlockMs: delay.max / 1e6,
    longestTurnCpuMs,
  };
}

/**
 * Through the embedded store, as a server finds it after a restart: the log written, then read once and its
 * checkpoint written (what a running server does in the background), then, in a fresh process, the store
 * opened from its checkpoint and the export measured. So neither the first checkpoint's writing nor memory
 * left over from reading the log counts in the export's figures.
 */
async function benchThroughStore(n: number, pool: Answers[]): Promise<ExportFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-export-bench-'));
  try {
    await mkdir(join(dataDir, 'responses'), { recursive: true });
    const log = await open(join(dataDir, 'responses', 'bench-export.jsonl'), 'w');
    for (let from = 0; from < n; from += 10_000) {
      const lines: string[] = [];
      for (let i = from; i < Math.min(n, from + 10_000); i++) lines.push(JSON.stringify(responseAt(pool, i)));
      await log.write(lines.join('\n') + '\n');
    }
    await log.close();
    await (await openEmbeddedResponseRepository(join(dataDir, 'responses'), () => undefined)).close();
    const child = spawnSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--measure-store',
        dataDir,
        '--responses',
        String(n),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    if (child.status !== 0) throw new Error(`The measuring process failed (${child.status})`);
    return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as ExportFigures;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** In the measuring process: the store opened from what benchThroughStore wrote, and the export measured. */
async function measureStore(dataDir: string, n: number): Promise<ExportFigures> {
  const { input } = await setting();
  const responses = await openEmbeddedResponseRepository(join(dataDir, 'responses'), () => undefined);
  try {
    return await measure(responses, input, n);
  } finally {
    await responses.close();
  }
}

export async function benchExport(n: number, useStore = false): Promise<ExportFigures> {
  const { input, pool } = await setting();
  return useStore ? benchThroughStore(n, pool) : measure(generatedResponses(pool, n), input, n);
}

const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (option('--responses') ?? '100000,1000000').split(',').map(Number);
  const measuring = option('--measure-store');
  if (measuring !== undefined) {
    console.log(JSON.stringify(await measureStore(measuring, sizes[0]!)));
  } else {
    const useStore = process.argv.includes('--store');
    if (!(globalThis as { gc?: unknown }).gc)
      console.log('(run with node --expose-gc for a steadier idle figure)');
    console.log(`CSV export, questionnaire 2, ${useStore ? 'embedded store' : 'generated responses'}:`);
    for (const n of sizes) {
      const f = await benchExport(n, useStore);
      console.log(
        `${n.toLocaleString('en')} responses: ${f.rows.toLocaleString('en')} rows, ${f.megabytes.toFixed(0)} MB ` +
          `in ${f.seconds.toFixed(1)} s (${f.cpuSeconds.toFixed(1)} s of CPU, load average ${loadavg()[0]!.toFixed(1)}); ` +
          `peak RSS ${f.peakAboveIdleMb.toFixed(0)} MB above idle (${f.idleMb.toFixed(0)} MB); ` +
          `event loop blocked ${f.longestBlockMs.toFixed(0)} ms at most (${f.longestTurnCpuMs.toFixed(0)} ms of CPU at most between two turns)`,
      );
    }
  }
}
