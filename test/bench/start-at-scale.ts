// How long the response store takes to start with many responses stored, and how much memory it holds:
// writes a data directory with one campaign of N responses to questionnaire 2 (free texts included), then,
// each in a fresh process, a first start (no checkpoint: every line parsed; its close writes the
// checkpoint), a second start (from the checkpoint), and scans of every response with and without texts.
// Prints figures; asserts nothing.
//
//   node --import tsx test/bench/start-at-scale.ts [--responses 1000000]

import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom, synthesizeAnswers, type Random } from '../../server/demo/synthesize-responses';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { openEmbeddedResponseRepository } from '../../server/storage/embedded/embedded-response-repository';

const CAMPAIGN = 'bench-campaign';
const DEPARTMENTS = Array.from({ length: 24 }, (_, i) => `dept-${i + 1}`);
const OBJECTIVES = ['Improve', 'Grow', 'Keep', 'Make', 'Cut', 'Raise', 'Launch', 'Simplify'];
const THINGS = ['onboarding', 'checkout', 'uptime', 'retention', 'support', 'the new website', 'reporting'];

export interface StartFigures {
  responses: number;
  logMegabytes: number;
  checkpointMegabytes: number;
  first: PhaseFigures;
  second: PhaseFigures;
}

interface PhaseFigures {
  startMs: number;
  rssMb: number;
  heapMb: number;
  arrayBuffersMb: number;
  closeMs: number;
  scanWithoutTextsMs?: number;
  scanWithTextsMs?: number;
  textsSeen?: number;
  rssAfterScansMb?: number;
}

const pick = <T>(list: readonly T[], random: Random): T => list[Math.floor(random() * list.length)]!;

/** A free text no two people write alike: numbers and words vary. */
function sampleObjective(random: Random): string {
  const from = Math.floor(random() * 60) + 10;
  return (
    `O: ${pick(OBJECTIVES, random)} ${pick(THINGS, random)}. KR1: Move it from ${from}% to ` +
    `${from + Math.floor(random() * 30) + 5}% by the end of Q${Math.floor(random() * 4) + 1}. ` +
    `KR2: ${pick(OBJECTIVES, random)} ${pick(THINGS, random)} in ${Math.floor(random() * 20) + 2} teams.`
  );
}

/** Writes `count` responses as the survey would have stored them. */
export async function writeCampaignLog(dataDir: string, count: number): Promise<string> {
  const questionnaire = (await loadQuestionnaires()).get('readiness-okr-2');
  if (!questionnaire) throw new Error('questionnaire readiness-okr-2 not found');
  const dir = join(dataDir, 'responses');
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${CAMPAIGN}.jsonl`);
  const out = createWriteStream(path);
  const random = seededRandom(13);
  const profiles = DEPARTMENTS.map((_, i) => ({ defaultLevel: 40 + ((i * 7) % 40), levels: {} }));
  let lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const d = i % DEPARTMENTS.length;
    const answers = synthesizeAnswers(questionnaire, profiles[d]!, random);
    answers.profile_okr_training = random() < 0.3 ? 'yes' : 'no';
    answers.profile_manages_people = pick(['yes', 'no', 'undisclosed'], random);
    answers.depends_on = DEPARTMENTS.filter((x, j) => j !== d && random() < 0.08).slice(0, 3);
    if (random() < 0.6) answers.sample_okr = sampleObjective(random);
    if (random() < 0.25)
      answers.comment = `Comment ${i}: ${pick(THINGS, random)} needs ${pick(OBJECTIVES, random)}.`;
    const line: Record<string, unknown> = {
      id: randomUUID(),
      campaignId: CAMPAIGN,
      departmentId: DEPARTMENTS[d],
      language: random() < 0.3 ? 'zh-cn' : 'en',
      submittedOn: `2026-11-${String(10 + (i % 14)).padStart(2, '0')}`,
      answers,
      key: randomUUID().replaceAll('-', '') + randomUUID().slice(0, 11),
    };
    if (random() < 0.3) line.claim = randomUUID();
    lines.push(JSON.stringify(line));
    if (lines.length === 5_000 || i === count - 1) {
      if (!out.write(`${lines.join('\n')}\n`))
        await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      lines = [];
    }
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return path;
}

const megabytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

/** Runs in the child process: one start, measured, then what the phase asks for. */
async function measurePhase(dataDir: string, phase: 'first' | 'second'): Promise<PhaseFigures> {
  const dir = join(dataDir, 'responses');
  if (phase === 'first') await rm(join(dir, `${CAMPAIGN}.checkpoint`), { force: true });
  const warnings: string[] = [];
  const started = performance.now();
  const repository = await openEmbeddedResponseRepository(dir, (m) => warnings.push(m));
  const startMs = performance.now() - started;
  const memory = process.memoryUsage();
  const figures: PhaseFigures = {
    startMs: Math.round(startMs),
    rssMb: megabytes(memory.rss),
    heapMb: megabytes(memory.heapUsed),
    arrayBuffersMb: megabytes(memory.arrayBuffers),
    closeMs: 0,
  };
  if (phase === 'second') {
    let at = performance.now();
    await repository.scan(CAMPAIGN, () => undefined, { texts: false });
    figures.scanWithoutTextsMs = Math.round(performance.now() - at);
    at = performance.now();
    let texts = 0;
    await repository.scan(CAMPAIGN, (r) => {
      if (r.answers.sample_okr !== undefined) texts++;
    });
    figures.scanWithTextsMs = Math.round(performance.now() - at);
    figures.textsSeen = texts;
    figures.rssAfterScansMb = megabytes(process.memoryUsage().rss);
  }
  const closing = performance.now();
  await repository.close();
  figures.closeMs = Math.round(performance.now() - closing);
  return figures;
}

function runPhase(dataDir: string, phase: 'first' | 'second'): Promise<PhaseFigures> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', script, '--phase', phase, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => {
      const line = output.split('\n').find((l) => l.startsWith('{'));
      if (code === 0 && line) resolve(JSON.parse(line) as PhaseFigures);
      else reject(new Error(`the ${phase} start failed (exit ${code}): ${output}`));
    });
  });
}

/** Writes N responses and measures both starts and the scans; the data directory is deleted after. */
export async function benchStartAtScale(responses: number): Promise<StartFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-start-'));
  try {
    const log = await writeCampaignLog(dataDir, responses);
    const first = await runPhase(dataDir, 'first');
    const checkpoint = await stat(join(dataDir, 'responses', `${CAMPAIGN}.checkpoint`));
    const second = await runPhase(dataDir, 'second');
    return {
      responses,
      logMegabytes: megabytes((await stat(log)).size),
      checkpointMegabytes: megabytes(checkpoint.size),
      first,
      second,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export function printStartFigures(f: StartFigures): void {
  const n = f.responses.toLocaleString('en');
  console.log(`${n} responses: log ${f.logMegabytes} MB, checkpoint ${f.checkpointMegabytes} MB`);
  const phase = (name: string, p: PhaseFigures) =>
    console.log(
      `  ${name}: ${p.startMs} ms, RSS ${p.rssMb} MB (heap ${p.heapMb} MB, typed arrays ${p.arrayBuffersMb} MB)` +
        `, close ${p.closeMs} ms`,
    );
  phase('first start, no checkpoint     ', f.first);
  phase('second start, from checkpoint  ', f.second);
  console.log(
    `  scan of every response: ${f.second.scanWithoutTextsMs} ms without texts, ${f.second.scanWithTextsMs} ms ` +
      `with texts (${f.second.textsSeen} sample objectives read); RSS after ${f.second.rssAfterScansMb} MB`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  const phaseAt = args.indexOf('--phase');
  if (phaseAt !== -1) {
    const figures = await measurePhase(args[phaseAt + 2]!, args[phaseAt + 1] as 'first' | 'second');
    console.log(JSON.stringify(figures));
    return;
  }
  const at = args.indexOf('--responses');
  const responses = at === -1 ? 100_000 : Number(args[at + 1]);
  printStartFigures(await benchStartAtScale(responses));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
