// The crash test at scale: rounds of SIGKILL while 200 respondents submit at once, on a server holding
// 100k stored responses. The owner, the organization and its two campaigns are set up once through the API
// (crash-setup.ts: a campaign with a staff list, its personal links read from the mail-merge file, and a
// campaign answered through department links); the department-link campaign then gets 100k responses
// written into its log, and a first start writes the checkpoint. Each round runs on a fresh copy of that
// directory: submissions through every personal link and many department links, a kill after a random
// number of acknowledgements or a random time, a restart, and these checks against the files on disk:
//   - every acknowledged submission is in the log exactly once;
//   - each campaign's report, read through the API (its tally built anew by the restarted server), equals
//     buildCampaignReport over the responses read from the log and the campaign as the records file holds it;
//   - every personal link says answered exactly when its response is on file, and the people files count
//     as many answered as there are personal responses;
//   - the personal-link campaign's tracking figures equal a recount (crash-checks.ts).
// Then everyone left without an acknowledgement retries with their key, and the counts and links are
// checked again. Prints each round's figures and every problem; asserts nothing.

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { seededRandom, synthesizeAnswers, type Random } from '../../server/demo/synthesize-responses';
import { buildCampaignReport } from '../../server/domain/analysis/campaign-report';
import { withCampaignDefaults, withStaffCounts, type Campaign } from '../../server/domain/campaigns/campaign';
import type { Organization } from '../../server/domain/campaigns/organization';
import { asReported } from '../../server/domain/campaigns/reporting-units';
import { judgingModel } from '../../server/domain/instrument/barrier-model';
import type { Questionnaire } from '../../server/domain/instrument/questionnaire';
import type { SurveyResponse } from '../../server/domain/instrument/response';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { readCampaignPeople } from '../../server/storage/embedded/people-directory';
import { plannedSubmissions, submit, type Submission } from '../server/crash/crash-burst';
import { checkTracking, readStored, type Stored } from '../server/crash/crash-checks';
import { send, setUpCampaign, type CampaignSetup } from '../server/crash/crash-setup';
import { startServer, type ServerProcess } from '../support/server-process';

export interface CrashAtScaleOptions {
  rounds: number;
  seed: number;
  /** Responses stored in the department-link campaign before the rounds. */
  stored: number;
  /** Respondents submitting at once. */
  submitters: number;
  /** People on the staff list, in each of the four departments: one personal link each. */
  staffPerDepartment: number;
  /** Submissions through the department links in each round. */
  shared: number;
}

interface RoundFigures {
  seconds: number;
  killedAfterMs: number;
  submissions: number;
  acknowledged: number;
  storedUnacknowledged: number;
  retried: number;
  problems: string[];
}

/**
 * A request to a server that is up, sent once more if the connection was closed under it: an idle
 * keep-alive connection the server closes just as a request goes out on it fails without reaching it.
 * (During the burst, a failed request is the kill's doing, and is never sent again.)
 */
async function again<T>(request: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await request();
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

const startOn = (dataDir: string) => startServer({ dataDir, env: { SUBMISSIONS_PER_MINUTE: '0' } });

/** The set-up, once: campaigns through the API, then the stored responses written into the shared log. */
async function template(options: CrashAtScaleOptions, questionnaire: Questionnaire) {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-crash-template-'));
  const server = await startOn(dataDir);
  let setup: CampaignSetup;
  try {
    setup = await setUpCampaign(server.url, options.staffPerDepartment);
  } finally {
    await server.stop('SIGTERM');
  }
  // A department takes no more answers than it has people: the shared campaign's departments get room for
  // the stored responses and every round's submissions, in the organization and in the copy of its
  // departments each campaign took when it opened (which its places and report read). The personal-link
  // campaign's places come from its staff list, whatever the headcount.
  const recordsPath = join(dataDir, 'records.json');
  const records = JSON.parse(await readFile(recordsPath, 'utf8')) as {
    organizations: Organization[];
    campaigns: Campaign[];
  };
  for (const organization of records.organizations) {
    for (const department of organization.departments) department.headcount = 1_000_000;
  }
  for (const campaign of records.campaigns) {
    for (const department of campaign.departmentsAtOpening ?? []) department.headcount = 1_000_000;
  }
  await writeFile(recordsPath, JSON.stringify(records));
  const random = seededRandom(options.seed);
  const pool = Array.from({ length: 2048 }, () =>
    synthesizeAnswers(questionnaire, { defaultLevel: 35 + random() * 40, levels: {} }, random),
  );
  const lines: string[] = [];
  for (let i = 0; i < options.stored; i++) {
    lines.push(
      JSON.stringify({
        id: `stored-${i}`,
        campaignId: setup.sharedCampaignId,
        departmentId: setup.departmentIds[i % setup.departmentIds.length],
        language: i % 3 === 0 ? 'zh-cn' : 'en',
        submittedOn: '2026-11-20',
        answers: pool[i % pool.length],
        key: `stored-key-${i}`,
      }),
    );
  }
  await writeFile(
    join(dataDir, 'responses', `${setup.sharedCampaignId}.jsonl`),
    lines.length ? `${lines.join('\n')}\n` : '',
  );
  // A first start reads every line and its close writes the checkpoint, so each round starts as a server
  // that has been running would.
  await (await startOn(dataDir)).stop('SIGTERM');
  return { dataDir, setup };
}

/** The campaign's responses as its log holds them, in stored order: torn lines and repeated ids left out. */
async function responsesOnDisk(dataDir: string, campaignId: string): Promise<SurveyResponse[]> {
  const text = await readFile(join(dataDir, 'responses', `${campaignId}.jsonl`), 'utf8').catch(() => '');
  const seen = new Set<string>();
  const responses: SurveyResponse[] = [];
  for (const line of text.split('\n')) {
    let r: SurveyResponse;
    try {
      r = JSON.parse(line) as SurveyResponse;
    } catch {
      continue;
    }
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    const { id, departmentId, language, submittedOn, answers } = r;
    responses.push({ id, campaignId, departmentId, language, submittedOn, answers });
  }
  return responses;
}

/** The first place two JSON values differ, for a problem that says where. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return `${path || '(top)'}: ${JSON.stringify(a)?.slice(0, 80)} against ${JSON.stringify(b)?.slice(0, 80)}`;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}.${key}`);
  }
  return path;
}

/** The report the API gives against one recomputed from the files on disk. */
async function checkReport(
  server: ServerProcess,
  cookie: string,
  dataDir: string,
  campaignId: string,
  questionnaire: Questionnaire,
): Promise<string[]> {
  const reply = await again(() => send(server.url, cookie, 'GET', `/api/campaigns/${campaignId}/report`));
  if (reply.status !== 200) return [`the report of ${campaignId} answered ${reply.status}`];
  const records = JSON.parse(await readFile(join(dataDir, 'records.json'), 'utf8')) as {
    organizations: Organization[];
    campaigns: Campaign[];
  };
  const stored = records.campaigns.find((c) => c.id === campaignId)!;
  const organization = records.organizations.find((o) => o.id === stored.organizationId)!;
  const listed: Record<string, number> = {};
  for (const person of await readCampaignPeople(join(dataDir, 'people'), campaignId)) {
    if (person.removed !== true) listed[person.departmentId] = (listed[person.departmentId] ?? 0) + 1;
  }
  const campaign = withStaffCounts(withCampaignDefaults(stored), listed);
  const reported = asReported(organization, campaign, await responsesOnDisk(dataDir, campaignId));
  const recomputed = buildCampaignReport({
    organization: reported.organization,
    campaign: reported.campaign,
    questionnaire,
    model: judgingModel(campaign.modelVersion, questionnaire.modelVersion)!,
    responses: reported.responses,
  });
  const shown = JSON.parse(reply.text) as unknown;
  const expected = JSON.parse(JSON.stringify(recomputed)) as unknown;
  return isDeepStrictEqual(shown, expected)
    ? []
    : [`the report of ${campaignId} differs from a recomputation at ${firstDifference(shown, expected)}`];
}

/** Every personal link says answered exactly when its submission is on file. */
async function checkLinks(base: string, submissions: Submission[], stored: Stored, concurrency: number) {
  const personal = submissions.filter((s) => s.kind === 'personal');
  const wrong: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < personal.length) {
      const s = personal[next++]!;
      const reply = await again(() => send(base, '', 'GET', `/api/survey/${s.token}`));
      const onFile = stored.comments.has(s.marker);
      const answered = reply.status === 200 && JSON.parse(reply.text).personal?.answered === true;
      if (reply.status !== 200) wrong.push(`a personal link answered ${reply.status}`);
      else if (answered !== onFile) {
        wrong.push(
          `a personal link shows ${answered ? 'answered' : 'unanswered'} with its response ${onFile ? 'on file' : 'not on file'}`,
        );
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return wrong;
}

/** Counts and links after a restart: each acknowledged response once, the people files agree. */
async function checkStored(
  base: string,
  setup: CampaignSetup,
  submissions: Submission[],
  stored: Stored,
  mustBeThere: (s: Submission) => boolean,
  when: string,
  concurrency: number,
): Promise<string[]> {
  const problems: string[] = [];
  if (stored.recordsProblem) problems.push(`${when}: the stored files do not read: ${stored.recordsProblem}`);
  for (const s of submissions) {
    const copies = stored.comments.get(s.marker) ?? 0;
    if (copies > 1) problems.push(`${when}: a ${s.kind} submission is stored ${copies} times`);
    if (copies === 0 && mustBeThere(s))
      problems.push(`${when}: an acknowledged ${s.kind} submission is missing`);
  }
  const personalOnFile = submissions.filter(
    (s) => s.kind === 'personal' && stored.comments.has(s.marker),
  ).length;
  const answered = stored.campaigns.get(setup.campaignId)!.answered;
  if (answered !== personalOnFile) {
    problems.push(
      `${when}: ${answered} people are marked answered, ${personalOnFile} personal responses are on file`,
    );
  }
  problems.push(...(await checkLinks(base, submissions, stored, concurrency)).map((p) => `${when}: ${p}`));
  const personal = stored.campaigns.get(setup.campaignId)!;
  problems.push(...(await again(() => checkTracking(base, setup.cookie, setup.campaignId, personal, when))));
  return problems;
}

/** `submitters` at once, each submitting and making way for the next, until the kill. */
async function burst(
  server: ServerProcess,
  submissions: Submission[],
  submitters: number,
  random: Random,
  round: number,
): Promise<number> {
  const n = submissions.length;
  // Odd rounds kill after a random number of acknowledgements, even ones a random time after the first
  // (a kill before any is the start's business, not the burst's): both land while requests are in flight.
  const killAfterAcks = round % 2 === 1 ? 1 + Math.floor(random() * (n - 1)) : Infinity;
  const killAfterMs = round % 2 === 0 ? random() * 4_000 : Infinity;
  const started = performance.now();
  let killedAt = 0;
  let acks = 0;
  let killed = false;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => {
    if (killed) return;
    killed = true;
    killedAt = performance.now() - started;
    server.child.kill('SIGKILL');
  };
  const acknowledged = () => {
    acks++;
    if (acks === 1 && Number.isFinite(killAfterMs)) timer = setTimeout(kill, killAfterMs);
    if (acks >= killAfterAcks) kill();
  };
  let next = 0;
  const submitter = async () => {
    // `killed` is set by the timer or another submitter while this one awaits.
    // eslint-disable-next-line eslint/no-unmodified-loop-condition
    while (!killed && next < n) {
      const s = submissions[next++]!;
      try {
        // Half the people open their link first, as a person would: another write racing the rest.
        if (s.kind === 'personal' && next % 2 === 0)
          await send(server.url, '', 'GET', `/api/survey/${s.token}`);
        s.status = (await submit(server.url, s)).status;
      } catch {
        s.status = null; // the connection died with the server
      }
      if (s.status === 201) acknowledged();
    }
  };
  await Promise.all(Array.from({ length: submitters }, submitter));
  clearTimeout(timer);
  kill();
  await server.stop('SIGKILL');
  return killedAt;
}

async function runRound(
  options: CrashAtScaleOptions,
  base: { dataDir: string; setup: CampaignSetup },
  questionnaire: Questionnaire,
  round: number,
): Promise<RoundFigures> {
  const started = performance.now();
  const random = seededRandom(options.seed * 1_000 + round);
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-crash-round-'));
  const { setup } = base;
  const servers: ServerProcess[] = [];
  try {
    await cp(base.dataDir, dataDir, { recursive: true });
    const first = await startOn(dataDir);
    servers.push(first);
    const submissions = plannedSubmissions(
      setup,
      { shared: options.shared, importSize: 0 },
      `s${options.seed}r${round}`,
      random,
      questionnaire,
    );
    const killedAfterMs = await burst(first, submissions, options.submitters, random, round);
    const problems = submissions
      .filter((s) => s.status !== null && s.status !== 201)
      .map((s) => `a ${s.kind} submission answered ${s.status} during the burst`);

    const second = await startOn(dataDir);
    servers.push(second);
    const campaignIds = [setup.campaignId, setup.sharedCampaignId];
    const restarted = await readStored(dataDir, campaignIds);
    const acknowledged = (s: Submission) => s.status === 201;
    problems.push(
      ...(await checkStored(
        second.url,
        setup,
        submissions,
        restarted,
        acknowledged,
        'after the restart',
        options.submitters,
      )),
    );
    for (const id of campaignIds) {
      problems.push(...(await checkReport(second, setup.cookie, dataDir, id, questionnaire)));
    }

    // Everyone the kill left without an acknowledgement tries again, with the key their page kept.
    const unacknowledged = submissions.filter((s) => s.status !== 201);
    const retried = new Set<Submission>();
    let nextRetry = 0;
    const retrier = async () => {
      while (nextRetry < unacknowledged.length) {
        const s = unacknowledged[nextRetry++]!;
        const reply = await again(() => submit(second.url, s));
        if (reply.status === 201) retried.add(s);
        else problems.push(`retrying an unacknowledged ${s.kind} submission answered ${reply.status}`);
      }
    };
    await Promise.all(Array.from({ length: options.submitters }, retrier));
    const final = await readStored(dataDir, campaignIds);
    problems.push(
      ...(await checkStored(
        second.url,
        setup,
        submissions,
        final,
        (s) => acknowledged(s) || retried.has(s),
        'after the retries',
        options.submitters,
      )),
    );
    return {
      seconds: (performance.now() - started) / 1000,
      killedAfterMs,
      submissions: submissions.length,
      acknowledged: submissions.filter(acknowledged).length,
      storedUnacknowledged: unacknowledged.filter((s) => restarted.comments.has(s.marker)).length,
      retried: unacknowledged.length,
      problems: tally(problems),
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop('SIGKILL')));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The same problem seen many times in a round, said once with its count. */
function tally(problems: string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([p, n]) => (n === 1 ? p : `${p} (×${n})`));
}

export interface CrashAtScaleFigures {
  rounds: number;
  stored: number;
  submitters: number;
  secondsPerRound: number;
  setUpSeconds: number;
  acknowledged: number;
  submissions: number;
  storedUnacknowledged: number;
  problems: number;
}

export async function benchCrashAtScale(
  options: CrashAtScaleOptions,
  log: (line: string) => void,
): Promise<CrashAtScaleFigures> {
  const questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
  const setUpStarted = performance.now();
  const base = await template(options, questionnaire);
  const setUpSeconds = (performance.now() - setUpStarted) / 1000;
  log(
    `  set up in ${setUpSeconds.toFixed(0)} s: ${options.stored.toLocaleString('en')} stored, ` +
      `${options.staffPerDepartment * 4} personal links and ${options.shared} department-link submissions a round, ` +
      `${options.submitters} submitting at once`,
  );
  const results: RoundFigures[] = [];
  try {
    for (let round = 0; round < options.rounds; round++) {
      const r = await runRound(options, base, questionnaire, round);
      results.push(r);
      log(
        `  round ${round}: killed after ${r.killedAfterMs.toFixed(0)} ms; ${r.acknowledged}/${r.submissions} acknowledged, ` +
          `${r.storedUnacknowledged} stored unacknowledged, ${r.retried} retried; ${r.problems.length} problems; ` +
          `${r.seconds.toFixed(1)} s` +
          (r.problems.length ? `\n    ${r.problems.slice(0, 12).join('\n    ')}` : ''),
      );
    }
  } finally {
    await rm(base.dataDir, { recursive: true, force: true });
  }
  const sum = (f: (r: RoundFigures) => number) => results.reduce((total, r) => total + f(r), 0);
  return {
    rounds: results.length,
    stored: options.stored,
    submitters: options.submitters,
    secondsPerRound: sum((r) => r.seconds) / Math.max(1, results.length),
    setUpSeconds,
    acknowledged: sum((r) => r.acknowledged),
    submissions: sum((r) => r.submissions),
    storedUnacknowledged: sum((r) => r.storedUnacknowledged),
    problems: sum((r) => r.problems.length),
  };
}
