// One crash round, shared by the test suite and `npm run bench`: set up a campaign on a fresh data
// directory, kill the server with SIGKILL during a burst (crash-burst.ts), restart it on the same directory,
// and check what survived; then retry every submission that was not acknowledged, with its own idempotency
// key, as the survey page does, and check again. Returns the figures and every problem found, in words.

import { rm } from 'node:fs/promises';
import { seededRandom } from '../../../server/demo/synthesize-responses';
import { loadQuestionnaires } from '../../../server/load-questionnaires';
import { makeDataDir, startServer, type ServerProcess } from '../../support/server-process';
import { KILL_MOMENTS, runBurst, submit, type BurstSize, type KillMoment } from './crash-burst';
import { checkChanges, checkTracking, readStored, type ImportOutcome, type Stored } from './crash-checks';
import { send, setUpCampaign, type CampaignSetup } from './crash-setup';

export interface RoundSize extends BurstSize {
  staffPerDepartment: number;
}

export const TEST_SIZE: RoundSize = { staffPerDepartment: 25, shared: 100, importSize: 500 };
export const BENCH_SIZE: RoundSize = { staffPerDepartment: 50, shared: 200, importSize: 2_000 };

export interface RoundResult {
  round: number;
  moment: KillMoment;
  killedMidBurst: boolean;
  submissions: number;
  acknowledged: number;
  /** Not acknowledged, yet on file after the restart (stored just before the kill). */
  storedUnacknowledged: number;
  retried: number;
  /** People whose link refused them after the restart although no answer of theirs was on file. */
  lockedOut: number;
  /** Extra copies of one submission in the log. */
  countedTwice: number;
  /** Acknowledged submissions missing from the log after the restart. */
  lostResponses: number;
  /** Acknowledged imports, renames or password changes missing after the restart. */
  lostChanges: number;
  importOutcome: ImportOutcome;
  renames: { sent: number; acknowledged: number };
  password: 'acknowledged' | 'sent, no answer' | 'not sent';
  problems: string[];
}

/** Child processes and directories a round leaves behind if it fails midway, for the caller to clean up. */
export interface Leftovers {
  servers: ServerProcess[];
  dirs: string[];
}

export async function cleanUp(leftovers: Leftovers): Promise<void> {
  await Promise.all(leftovers.servers.splice(0).map((s) => s.stop('SIGKILL')));
  await Promise.all(leftovers.dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

const records = (stored: Stored, when: string) =>
  stored.recordsProblem === null ? [] : [`${when}: the stored files do not read: ${stored.recordsProblem}`];

export async function runCrashRound(
  seed: number,
  round: number,
  size: RoundSize,
  leftovers: Leftovers,
): Promise<RoundResult> {
  const random = seededRandom(seed * 1_000 + round);
  const tag = `s${seed}r${round}`;
  const dataDir = await makeDataDir();
  leftovers.dirs.push(dataDir);
  const start = async () => {
    // Every request comes from 127.0.0.1: the per-address submission limit would refuse the burst.
    const server = await startServer({ dataDir, env: { SUBMISSIONS_PER_MINUTE: '0' } });
    leftovers.servers.push(server);
    return server;
  };

  const first = await start();
  const setup = await setUpCampaign(first.url, size.staffPerDepartment);
  const campaignIds = [setup.campaignId, setup.sharedCampaignId];
  const questionnaire = (await loadQuestionnaires()).get('readiness-okr')!;
  // Rounds take the kinds of kill moment in turn: after a number of acknowledgements (always mid-burst), or
  // a random delay after the import, the first rename or the password change was sent.
  const moment = KILL_MOMENTS[round % KILL_MOMENTS.length]!;
  const burst = await runBurst(first, setup, size, tag, random, questionnaire, moment);
  const { submissions } = burst;
  const problems = submissions
    .filter((s) => s.status !== null && s.status !== 201)
    .map((s) => `a ${s.kind} submission answered ${s.status} during the burst`);
  problems.push(...burst.refused);
  problems.push(...records(await readStored(dataDir, campaignIds), 'at the kill'));

  const second = await start();
  const base = second.url;
  const restarted = await readStored(dataDir, campaignIds);
  problems.push(...records(restarted, 'after the restart'));
  const acknowledged = submissions.filter((s) => s.status === 201);
  const lost = acknowledged.filter((s) => !restarted.comments.has(s.marker));
  problems.push(...lost.map((s) => `an acknowledged ${s.kind} submission is missing after the restart`));
  problems.push(
    ...(await answeredLinksShowAnswered(
      base,
      acknowledged.filter((s) => s.kind === 'personal'),
    )),
  );
  problems.push(...(await checkTrackings(base, setup, restarted, 'after the restart')));
  const changes = await checkChanges(base, setup, burst, restarted);
  problems.push(...changes.problems);

  // Everyone the kill left without an answer tries again, with the key their page kept.
  const unacknowledged = submissions.filter((s) => s.status !== 201);
  let lockedOut = 0;
  const retriedOk = new Set<string>();
  await Promise.all(
    unacknowledged.map(async (s) => {
      const reply = await submit(base, s);
      if (reply.status === 201) return retriedOk.add(s.marker);
      const onFile = restarted.comments.has(s.marker);
      // "Already used" with no answer of theirs on file: the person can never answer.
      if (s.kind === 'personal' && !onFile && reply.status === 409) lockedOut++;
      const detail = /"detail":"([^"]*)"/.exec(reply.text)?.[1] ?? reply.text.slice(0, 100);
      problems.push(
        `retrying an unacknowledged ${s.kind} submission (${onFile ? 'on file' : 'not on file'}) answered ` +
          `${reply.status}: ${detail}`,
      );
    }),
  );

  const final = await readStored(dataDir, campaignIds);
  problems.push(...records(final, 'after the retries'));
  let countedTwice = 0;
  for (const s of submissions) {
    const copies = final.comments.get(s.marker) ?? 0;
    countedTwice += Math.max(0, copies - 1);
    if (copies > 1) problems.push(`a ${s.kind} submission is stored ${copies} times`);
    if (copies === 0 && retriedOk.has(s.marker)) {
      problems.push(`a ${s.kind} submission acknowledged on its retry is not on file`);
    }
  }
  const personalOnFile = submissions.filter(
    (s) => s.kind === 'personal' && final.comments.has(s.marker),
  ).length;
  const answered = final.campaigns.get(setup.campaignId)!.answered;
  if (answered !== personalOnFile) {
    problems.push(
      `${answered} people are marked answered, but ${personalOnFile} personal responses are on file`,
    );
  }
  problems.push(...(await checkTrackings(base, setup, final, 'after the retries')));
  await second.stop('SIGKILL');
  // A 500 is a server error, not a crash outcome: what the server printed says which.
  if (problems.some((p) => / answered 5\d\d/.test(p))) {
    for (const [name, server] of [
      ['first', first],
      ['restarted', second],
    ] as const) {
      const text = server.output();
      const at = text.search(/error/i);
      if (at >= 0) problems.push(`the ${name} server printed: ${text.slice(at, at + 600)}`);
    }
  }
  problems.push(...records(await readStored(dataDir, campaignIds), 'at the end'));
  await cleanUp(leftovers);

  return {
    round,
    moment: burst.moment,
    killedMidBurst: burst.killedMidBurst,
    submissions: submissions.length,
    acknowledged: acknowledged.length,
    storedUnacknowledged: unacknowledged.filter((s) => restarted.comments.has(s.marker)).length,
    retried: unacknowledged.length,
    lockedOut,
    countedTwice,
    lostResponses: lost.length,
    lostChanges: changes.lost,
    importOutcome: changes.importOutcome,
    renames: { sent: burst.renames.length, acknowledged: burst.renamesAcknowledged },
    password: burst.passwordAcknowledged
      ? 'acknowledged'
      : burst.passwordSent
        ? 'sent, no answer'
        : 'not sent',
    problems: tally(problems),
  };
}

/** The same problem seen many times in a round, said once with its count. */
function tally(problems: string[]): string[] {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([p, n]) => (n === 1 ? p : `${p} (×${n})`));
}

/** Both campaigns' tracking figures against a recount. */
async function checkTrackings(base: string, setup: CampaignSetup, stored: Stored, when: string) {
  const problems: string[] = [];
  for (const [id, campaign] of stored.campaigns) {
    const which = id === setup.campaignId ? 'personal-link campaign' : 'shared-link campaign';
    problems.push(...(await checkTracking(base, setup.cookie, id, campaign, `${when}, ${which}`)));
  }
  return problems;
}

/** Each person whose submission was acknowledged finds their link answered (a restart must not free it). */
async function answeredLinksShowAnswered(base: string, acknowledged: { token: string }[]): Promise<string[]> {
  const replies = await Promise.all(acknowledged.map((s) => send(base, '', 'GET', `/api/survey/${s.token}`)));
  const open = replies.filter((r) => r.status !== 200 || JSON.parse(r.text).personal?.answered !== true);
  return open.length === 0
    ? []
    : [`${open.length} personal links acknowledged as used show unanswered after the restart`];
}
