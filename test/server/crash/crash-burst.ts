// The load a crash round kills the server under: one submission through every personal link and a number
// through the shared campaign's department links, 32 respondents at a time, each with its own idempotency key
// and a comment that marks it, while a staff import, a chain of campaign renames and a password change start
// at random points of the burst. The server gets SIGKILL at a random moment: after a random number of
// acknowledgements, or a random delay after one of the administrative requests was sent. Every outcome the
// client saw is recorded.

import type { Answers } from '../../../server/domain/instrument/validate-answers';
import type { Questionnaire } from '../../../server/domain/instrument/questionnaire';
import { seededRandom, synthesizeAnswers, type Random } from '../../../server/demo/synthesize-responses';
import { TEST_OWNER, type ServerProcess } from '../../support/server-process';
import { DEPARTMENTS, send, staffCsv, type CampaignSetup, type Reply } from './crash-setup';

export interface Submission {
  kind: 'personal' | 'shared';
  token: string;
  departmentId: string;
  key: string;
  /** The comment answer, unique to this submission: how its response is recognised in the log. */
  marker: string;
  /** A whole, plausible response with the marker as its comment; a retry sends the same. */
  answers: Answers;
  /** What the server answered during the burst; null when no answer came (killed first). */
  status: number | null;
}

export interface BurstSize {
  /** Submissions through the campaign's department links, besides one through every personal link. */
  shared: number;
  /** People in the staff import sent during the burst. */
  importSize: number;
}

export const KILL_MOMENTS = ['acknowledgements', 'import', 'rename', 'password'] as const;
export type KillMoment = (typeof KILL_MOMENTS)[number];

export interface Burst {
  submissions: Submission[];
  moment: KillMoment;
  killedMidBurst: boolean;
  importEmails: string[];
  importAcknowledged: boolean;
  importSent: boolean;
  /** Names sent in order; `renamesAcknowledged` of them were acknowledged, the next may have been in flight. */
  renames: string[];
  renamesAcknowledged: number;
  newPassword: string;
  passwordSent: boolean;
  passwordAcknowledged: boolean;
  /** Administrative requests the server answered with a refusal or an error: each a problem of the round. */
  refused: string[];
}

export function submit(base: string, s: Submission): Promise<Reply> {
  return send(
    base,
    '',
    'POST',
    `/api/survey/${s.token}/responses`,
    { answers: s.answers },
    { 'idempotency-key': s.key },
  );
}

const CLIENTS = 32;

const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low));

function shuffle<T>(items: T[], random: Random): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = between(random, 0, i + 1);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export function plannedSubmissions(
  setup: CampaignSetup,
  size: BurstSize,
  tag: string,
  random: Random,
  questionnaire: Questionnaire,
) {
  const shared = Array.from({ length: size.shared }, (_, i) => setup.shared[i % setup.shared.length]!);
  const links = [
    ...setup.personal.map((l) => ({ ...l, kind: 'personal' as const })),
    ...shared.map((l) => ({ ...l, kind: 'shared' as const })),
  ];
  const profile = { defaultLevel: 60, levels: {} };
  return shuffle(links, random).map((l, i): Submission => {
    const marker = `crash ${tag} #${i} (${l.kind})`;
    const answers = { ...synthesizeAnswers(questionnaire, profile, seededRandom(i)), comment: marker };
    return { ...l, key: `crash_${tag}_${i}_`.padEnd(24, 'k'), marker, answers, status: null };
  });
}

export async function runBurst(
  server: ServerProcess,
  setup: CampaignSetup,
  size: BurstSize,
  tag: string,
  random: Random,
  questionnaire: Questionnaire,
  moment: KillMoment,
): Promise<Burst> {
  const base = server.url;
  const submissions = plannedSubmissions(setup, size, tag, random, questionnaire);
  const n = submissions.length;
  const burst: Burst = {
    submissions,
    moment,
    killedMidBurst: false,
    importEmails: Array.from({ length: size.importSize }, (_, i) => `late${i}.${tag}@example.com`),
    importAcknowledged: false,
    importSent: false,
    renames: [],
    renamesAcknowledged: 0,
    newPassword: `a new password for ${tag}`,
    passwordSent: false,
    passwordAcknowledged: false,
    refused: [],
  };
  // The administrative requests start by the `launchBy`-th acknowledgement; a kill counted in
  // acknowledgements comes no earlier, so they are in flight or done by then.
  const launchBy = between(random, 1, n / 2);
  const startAt = {
    import: between(random, 0, launchBy),
    rename: between(random, 0, launchBy),
    password: between(random, 0, launchBy),
  };
  const killAfterAcks = between(random, launchBy, n);
  const killDelayMs = between(
    random,
    0,
    { acknowledgements: 0, import: 250, rename: 30, password: 600 }[burst.moment],
  );

  let acks = 0;
  let killed = false;
  let timer: NodeJS.Timeout | undefined;
  const kill = () => {
    if (killed) return;
    killed = burst.killedMidBurst = true;
    server.child.kill('SIGKILL');
  };
  const sent = (what: KillMoment) => {
    if (burst.moment === what) timer = setTimeout(kill, killDelayMs);
  };
  const acknowledged = () => {
    acks++;
    if (burst.moment === 'acknowledgements' && acks >= killAfterAcks) kill();
    for (const [what, at] of Object.entries(startAt)) if (acks >= at) launch(what as keyof typeof startAt);
  };

  const admin: Promise<unknown>[] = [];
  const launched = new Set<string>();
  const launch = (what: keyof typeof startAt) => {
    if (launched.has(what) || killed) return;
    launched.add(what);
    admin.push(operations[what]().catch(() => undefined));
  };
  const path = `/api/campaigns/${setup.campaignId}`;
  const answered = async (what: string, reply: Promise<Reply>, success: number) => {
    const { status, text } = await reply;
    if (status !== success) burst.refused.push(`${what} answered ${status}: ${text.slice(0, 200)}`);
    return status === success;
  };
  const operations = {
    async import() {
      const department = () => DEPARTMENTS[between(random, 0, DEPARTMENTS.length)]!;
      const csv = staffCsv(burst.importEmails.map((email) => ({ email, department: department() })));
      const reply = send(base, setup.cookie, 'POST', `${path}/staff`, { csv });
      burst.importSent = true;
      sent('import');
      burst.importAcknowledged = await answered('the staff import', reply, 201);
    },
    async rename() {
      // `killed` is set by the kill timer while this loop awaits: it changes between iterations.
      // eslint-disable-next-line eslint/no-unmodified-loop-condition
      for (let k = 0; k < 6 && !killed; k++) {
        const name = `${setup.campaignName} ${tag} rename ${k}`;
        const reply = send(base, setup.cookie, 'PATCH', path, { name });
        burst.renames.push(name);
        if (k === 0) sent('rename');
        if (!(await answered('a rename', reply, 200))) return;
        burst.renamesAcknowledged = k + 1;
        acknowledged();
      }
    },
    async password() {
      const body = { currentPassword: TEST_OWNER.password, newPassword: burst.newPassword };
      const reply = send(base, setup.cookie, 'POST', '/api/account/password', body);
      burst.passwordSent = true;
      sent('password');
      burst.passwordAcknowledged = await answered('the password change', reply, 204);
    },
  };

  // CLIENTS respondents at a time, each submitting once and making way for the next, so the burst lasts
  // long enough for the administrative requests to finish inside it.
  let next = 0;
  const client = async () => {
    // `killed` is set by the kill timer while this loop awaits: it changes between iterations.
    // eslint-disable-next-line eslint/no-unmodified-loop-condition
    while (!killed && next < n) {
      const i = next++;
      const s = submissions[i]!;
      // Half the people open their link first, as a person would: another write racing the rest.
      if (s.kind === 'personal' && i % 2 === 0) await send(base, '', 'GET', `/api/survey/${s.token}`);
      s.status = (await submit(base, s)).status;
      if (s.status === 201) acknowledged();
    }
  };
  for (const [what, at] of Object.entries(startAt)) if (at === 0) launch(what as keyof typeof startAt);
  await Promise.allSettled(Array.from({ length: CLIENTS }, client));
  // Anything launched by the last acknowledgements is awaited too; nothing is launched once killed.
  while (admin.length > 0) await Promise.all(admin.splice(0));
  clearTimeout(timer);
  // A round whose kill came too late for the burst still ends with one, after it.
  killed = true;
  await server.stop('SIGKILL');
  return burst;
}
