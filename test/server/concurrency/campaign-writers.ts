// The writers of one campaign, as a table the concurrency tests race in pairs: each knows the phase it needs,
// how to start its request, what its change looks like once stored, and what "changed nothing" means for it.
// Also the campaign a race starts from, and the state read back after it (through the API and the storage).

import { expect } from 'vitest';
import { readCsv } from '../../../server/csv/read-csv';
import type { Campaign } from '../../../server/domain/campaigns/campaign';
import type { SurveyInvitation } from '../../../server/domain/campaigns/survey-invitation';
import type { Mailer, OutgoingMail } from '../../../server/mail/mailer';
import { hashToken } from '../../../server/security/passwords';
import type { Storage } from '../../../server/storage/storage';
import { importStaff } from '../../fixtures/staff';
import { setUpCampaign, TODAY, type Reply, type Setup, type TestApp } from '../../fixtures/test-app';

export const DEPARTMENTS = ['Sales', 'Operations', 'Legal', 'Finance', 'Design', 'Support'];
/** Large enough that reading and storing the list keeps the import in flight while the other writer runs. */
export const LARGE_IMPORT = 5_000;
export const PUBLIC_URL = 'https://survey.example.com';
/**
 * People the removal writers take off the list, by variant: 0 was sent a link before the race when the
 * campaign is open (so reminders go to them), 1 was not (so a mail-merge export of invitations includes them).
 */
const REMOVABLE = ['a-sales-1@example.com', 'b-operations-1@example.com'];

/** Two people per department whose addresses start with `prefix`, as a staff CSV. */
function cohortCsv(prefix: string): string {
  const rows = DEPARTMENTS.flatMap((d) =>
    [1, 2].map((i) => `${prefix}-${d.toLowerCase()}-${i}@example.com,${d}`),
  );
  return ['email,department', ...rows].join('\n');
}

function largeCsv(variant: number): { csv: string; emails: string[] } {
  const emails = Array.from({ length: LARGE_IMPORT }, (_, i) => `import${variant}-${i}@example.com`);
  const rows = emails.map((e, i) => `${e},Person ${i},${DEPARTMENTS[i % DEPARTMENTS.length]}`);
  return { csv: ['email,name,department', ...rows].join('\n'), emails };
}

/** A mailer that accepts every message at once and keeps it, so a mailing's deliveries race the other writer. */
export function createKeepingMailer(): Mailer & { sent: OutgoingMail[] } {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    send: async (mail) => {
      sent.push(mail);
    },
    close: async () => undefined,
  };
}

export type Phase = 'draft' | 'open';

export interface Race {
  t: TestApp;
  setup: Setup;
  phase: Phase;
  /** The reporting group every race starts with, for the writer that splits it. */
  studioId: string;
  mailer: ReturnType<typeof createKeepingMailer>;
}

/**
 * A campaign in `phase` with a reporting group (Design and Support) and two small cohorts on its list:
 * cohort a was sent its links by a mail-merge file when the campaign is open, cohort b was not.
 */
export async function prepareRace(t: TestApp, mailer: Race['mailer'], phase: Phase): Promise<Race> {
  const setup = await setUpCampaign(t, Object.fromEntries(DEPARTMENTS.map((d) => [d, 20])), { open: false });
  const id = setup.campaign.id;
  const grouped = await t.call('POST', `/api/campaigns/${id}/reporting-groups`, {
    name: 'Studio',
    departmentIds: [setup.departmentId('Design'), setup.departmentId('Support')],
  });
  expect(grouped.status, JSON.stringify(grouped.body)).toBe(201);
  await importStaff(t, id, cohortCsv('a'));
  if (phase === 'open') {
    expect((await t.call('POST', `/api/campaigns/${id}/open`)).status).toBe(200);
    expect((await t.call('POST', `/api/campaigns/${id}/mail-merge`, { kind: 'invitation' })).status).toBe(
      200,
    );
  }
  await importStaff(t, id, cohortCsv('b'));
  const studioId = (grouped.body as Campaign).reportingGroups[0]!.id;
  return { t, setup, phase, studioId, mailer };
}

export interface CampaignState {
  campaign: Campaign;
  /** The staff list as the campaign page shows it. */
  staff: { email: string; departmentId: string; sentOn: string | null }[];
  /** The tracking figures per reported group. */
  progress: { departmentId: string; headcount: number; invited: number }[];
  /** The stored invitations, for what the page does not show (reminders, link hashes). */
  invitations: SurveyInvitation[];
  /** The addresses on the staff list, and the stored invitation of each. */
  listed: Set<string>;
  invitationOf: Map<string, SurveyInvitation>;
}

/** Reads the campaign back the way its page does, and its invitations from the storage. */
export async function readState(call: TestApp['call'], storage: Storage, id: string): Promise<CampaignState> {
  const detail = await call('GET', `/api/campaigns/${id}`);
  const staff = await call('GET', `/api/campaigns/${id}/staff`);
  expect(detail.status).toBe(200);
  expect(staff.status).toBe(200);
  const people = staff.body.people as CampaignState['staff'];
  const invitations = await storage.surveyInvitations.listByCampaign(id);
  return {
    campaign: detail.body.campaign,
    staff: people,
    progress: detail.body.progress.departments,
    invitations,
    listed: new Set(people.map((p) => p.email)),
    invitationOf: new Map(invitations.map((i) => [i.email, i])),
  };
}

export interface Writer {
  /** Starts the request; resolves with its answer. */
  start(): Promise<Reply>;
  /** The status that acknowledges the change; any other answer must be a 409 refusal. */
  acknowledged: number;
  /** Waits for work the writer carries on after answering (a mailing being sent). */
  settle?(): Promise<void>;
  /** Whether the acknowledged change is in this state. */
  holds(s: CampaignState): boolean;
  /** Whether a refused change left no trace in this state. */
  untouched(s: CampaignState): boolean;
}

export interface WriterSpec {
  name: string;
  /** The phases the writer can succeed in. */
  phases: Phase[];
  /** Whether racing two of it (with different data, by `variant`) makes sense. */
  racesItself?: boolean;
  make(race: Race, variant: number): Writer;
}

const listed = (s: CampaignState, email: string) => s.listed.has(email);
const person = (s: CampaignState, email: string) => s.invitationOf.get(email);
/** Whether the link `token` stored in this state belongs to `email`. */
const linkOf = (s: CampaignState, token: string, email: string) =>
  person(s, email)?.tokenHashes.includes(hashToken(token)) ?? false;
const path = (race: Race, rest = '') => `/api/campaigns/${race.setup.campaign.id}${rest}`;
const ALL = ['draft', 'open'] as Phase[];

export const CAMPAIGN_WRITERS: WriterSpec[] = [
  {
    name: 'staff import',
    phases: ALL,
    racesItself: true,
    make(race, variant) {
      const { csv, emails } = largeCsv(variant);
      return {
        start: () => race.t.call('POST', path(race, '/staff'), { csv }),
        acknowledged: 201,
        holds: (s) => emails.every((e) => listed(s, e)),
        untouched: (s) => !emails.some((e) => listed(s, e)),
      };
    },
  },
  {
    name: 'staff removal',
    phases: ALL,
    racesItself: true,
    make(race, variant) {
      const email = REMOVABLE[variant]!;
      return {
        start: () => race.t.call('DELETE', path(race, `/staff/${encodeURIComponent(email)}`)),
        acknowledged: 200,
        holds: (s) => !listed(s, email),
        untouched: (s) => listed(s, email),
      };
    },
  },
  {
    name: 'settings change',
    phases: ['draft'],
    make: (race) => ({
      start: () => race.t.call('PATCH', path(race), { minGroupSize: 7 }),
      acknowledged: 200,
      holds: (s) => s.campaign.minGroupSize === 7,
      untouched: (s) => s.campaign.minGroupSize === 5,
    }),
  },
  {
    name: 'open',
    phases: ['draft'],
    make: (race) => ({
      start: () => race.t.call('POST', path(race, '/open')),
      acknowledged: 200,
      // A close racing it may have closed it since: opened is what must hold.
      holds: (s) => s.campaign.status !== 'draft' && s.campaign.openedOn === TODAY,
      untouched: (s) => race.phase === 'open' || s.campaign.status === 'draft',
    }),
  },
  {
    name: 'close',
    phases: ['open'],
    make: (race) => ({
      start: () => race.t.call('POST', path(race, '/close')),
      acknowledged: 200,
      holds: (s) => s.campaign.status === 'closed' && s.campaign.closedOn === TODAY,
      untouched: (s) => s.campaign.status !== 'closed',
    }),
  },
  {
    name: 'rename',
    phases: ALL,
    make: (race) => ({
      start: () => race.t.call('PATCH', path(race), { name: 'Renamed' }),
      acknowledged: 200,
      holds: (s) => s.campaign.name === 'Renamed',
      untouched: (s) => s.campaign.name === 'Baseline',
    }),
  },
  {
    name: 'reporting group created',
    phases: ['draft'],
    make(race) {
      const departmentIds = [race.setup.departmentId('Legal'), race.setup.departmentId('Finance')];
      const group = (s: CampaignState) => s.campaign.reportingGroups.find((g) => g.name === 'Back office');
      return {
        start: () =>
          race.t.call('POST', path(race, '/reporting-groups'), { name: 'Back office', departmentIds }),
        acknowledged: 201,
        holds: (s) => JSON.stringify(group(s)?.departmentIds) === JSON.stringify(departmentIds),
        untouched: (s) => group(s) === undefined,
      };
    },
  },
  {
    name: 'reporting group split',
    phases: ['draft'],
    make: (race) => ({
      start: () => race.t.call('DELETE', path(race, `/reporting-groups/${race.studioId}`)),
      acknowledged: 200,
      holds: (s) => !s.campaign.reportingGroups.some((g) => g.id === race.studioId),
      untouched: (s) => s.campaign.reportingGroups.some((g) => g.id === race.studioId),
    }),
  },
  {
    name: 'mail-merge export',
    phases: ['open'],
    make(race) {
      let exported: string[][] = [];
      return {
        start: async () => {
          const reply = await race.t.call('POST', path(race, '/mail-merge'), { kind: 'invitation' });
          if (reply.status === 200) {
            const [header, ...rows] = readCsv(reply.body as string).map((r) => r.cells);
            const [email, link] = [header!.indexOf('email'), header!.indexOf('link')];
            exported = rows.map((cells) => [cells[email]!, cells[link]!.split('/s/')[1]!]);
          }
          return reply;
        },
        acknowledged: 200,
        // Everyone exported is marked sent and holds the exported link, unless a removal took them off.
        holds: (s) =>
          exported.length > 0 &&
          exported.every(
            ([email, token]) =>
              REMOVABLE.includes(email!) ||
              (person(s, email!)?.sentOn === TODAY && linkOf(s, token!, email!)),
          ),
        // Cohort a was sent its links before the race; nobody else may have been sent one.
        untouched: (s) => s.staff.every((p) => p.email.startsWith('a-') || p.sentOn === null),
      };
    },
  },
  {
    name: 'emailed reminders',
    phases: ['open'],
    make(race) {
      const tokenIn = (mail: OutgoingMail) => /\/s\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
      return {
        start: () => race.t.call('POST', path(race, '/mailings'), { kind: 'reminder' }),
        acknowledged: 202,
        async settle() {
          for (;;) {
            const reply = await race.t.call('GET', path(race, '/mailings/latest'));
            if (reply.body.mailing === null || reply.body.mailing.finished) return;
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
        },
        holds: (s) =>
          race.mailer.sent.length > 0 &&
          race.mailer.sent.every(
            (mail) =>
              REMOVABLE.includes(mail.to) ||
              (person(s, mail.to)?.remindedOn === TODAY && linkOf(s, tokenIn(mail), mail.to)),
          ),
        untouched: (s) => race.mailer.sent.length === 0 && s.invitations.every((i) => i.reminders === 0),
      };
    },
  },
];
