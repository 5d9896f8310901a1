// How to reach each operation of the OpenAPI document's success answer through the real app, keyed as the
// document names the operation ("get /campaigns/{id}"). A case may answer several replies where the shape
// differs by who asks or by the data (a department head's report, a survey opened by a personal link), so
// that each variant is checked against the one schema. Every case builds its own data.

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createApp } from '../../../server/app';
import type { Mailer } from '../../../server/mail/mailer';
import { createSecretBox } from '../../../server/security/secret-box';
import { openEmbeddedStorage } from '../../../server/storage/embedded/open-embedded-storage';
import { startChatReceivers, type ChatReceivers } from '../../support/chat-receivers';
import { CHAT_WALK_CASES } from './openapi-walk-chat-cases';
import { accept, as, createClock, invite, inviteAndAccept, signIn } from '../../fixtures/accounts';
import { respondentAnswers, scoreable } from '../../fixtures/answers';
import { scoreableV2, V2 } from '../../fixtures/campaign-on-v2';
import { mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { seedPool, seedPooledOrganization } from '../../fixtures/benchmark-pool';
import {
  OWNER,
  setUpCampaign,
  startTestApp,
  submit,
  type Reply,
  type Setup,
  type TestApp,
} from '../../fixtures/test-app';

/** The app a case runs against, with a clock it may move and whatever it started beside the app. */
export interface Walker {
  t: TestApp;
  /** Local stand-ins for the chat platforms, whose host the app accepts webhooks on. */
  chat: ChatReceivers;
  clock: ReturnType<typeof createClock>;
  /** Steps to run once the case is done, newest first. */
  cleanup: (() => Promise<void>)[];
}

/** A mailer that accepts every message at once, so a mailing finishes while the case looks at it. */
const ACCEPTING_MAILER: Mailer = { send: async () => undefined, close: async () => undefined };

export async function startWalker(): Promise<Walker> {
  const clock = createClock();
  const chat = await startChatReceivers();
  chat.setClock(clock.now());
  const t = await startTestApp(
    undefined,
    {},
    {
      now: clock.now,
      mail: { mailer: ACCEPTING_MAILER, perMinute: 0 },
      chat: { secretBox: createSecretBox(randomBytes(32)), extraHosts: [chat.host], retryDelaysMs: [10] },
    },
  );
  return { t, clock, chat, cleanup: [t.close, chat.close] };
}

export type WalkCase = (w: Walker) => Promise<Reply | Reply[]>;

const MINUTE = 60_000;

/** Asserts a set-up step worked, showing the problem when it did not. */
async function ok(reply: Promise<Reply>, status = 200): Promise<Reply> {
  const r = await reply;
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  return r;
}

/** An opened campaign with three people listed per department: once people are listed, answers come by their links. */
async function withStaff(t: TestApp) {
  const setup = await setUpCampaign(t, { Sales: 10, Operations: 12 });
  const csv = staffCsv({ Sales: 3, Operations: 3 });
  await ok(t.call('POST', `/api/campaigns/${setup.campaign.id}/staff`, { csv }), 201);
  return setup;
}

/** Answers through the personal links of `count` people listed; the rest of the list opens its link only. */
async function answerByPersonalLinks(t: TestApp, campaignId: string, count: number) {
  const links = [...(await mailMergeTokens(t, campaignId)).values()];
  for (const [i, token] of links.entries()) {
    await ok(t.call('GET', `/api/survey/${token}`, undefined, { cookie: '' }));
    if (i < count) await ok(t.call('POST', `/api/survey/${token}/responses`, { answers: scoreable() }), 201);
  }
}

/**
 * A campaign whose report has something in every part: two departments shown and one hidden, answers that
 * differ, sample objectives and comments; on questionnaire 2 with HR's facts stated (a mature organization
 * of several units with established KPIs), so the report lists them and advises a Balanced Scorecard with a
 * starter plan.
 */
async function answeredCampaign(t: TestApp): Promise<Setup> {
  const org = await ok(
    t.call('POST', '/api/organizations', {
      name: 'Acme',
      departments: [
        { name: 'Sales', headcount: 12 },
        { name: 'Operations', headcount: 12 },
        { name: 'Legal', headcount: 4 },
      ],
    }),
    201,
  );
  const created = await ok(
    t.call('POST', `/api/organizations/${org.body.id}/campaigns`, {
      name: 'Baseline',
      questionnaireId: 'readiness-okr-2',
      organizationFacts: { businessUnits: 'five-plus', kpiSystem: 'established', maturity: 'mature' },
    }),
    201,
  );
  await ok(t.call('PATCH', `/api/campaigns/${created.body.id}`, { commentMinimum: 5 }));
  const opened = await ok(t.call('POST', `/api/campaigns/${created.body.id}/open`));
  const departmentId = (name: string) =>
    org.body.departments.find((d: { name: string }) => d.name === name).id;
  const setup: Setup = {
    organization: org.body,
    campaign: opened.body,
    wideToken: opened.body.links.find((l: { departmentId: string | null }) => l.departmentId === null).token,
    tokenOf: (name) =>
      opened.body.links.find((l: { departmentId: string | null }) => l.departmentId === departmentId(name))
        .token,
    departmentId,
  };
  const comment = V2.questions.find((q) => q.role === 'comment')!.id;
  const sample = V2.questions.find((q) => q.role === 'sample-okr')!.id;
  let respondent = 0;
  for (const department of ['Sales', 'Operations']) {
    for (let i = 0; i < 10; i++) {
      const answers = {
        ...variedV2(++respondent),
        [comment]: `Comment ${respondent} from ${department}`,
        [sample]:
          'Objective: delight customers. KR1: raise NPS from 30 to 45 by the end of Q3. KR2: cut churn to 2%.',
      };
      await ok(t.call('POST', `/api/survey/${setup.tokenOf(department)}/responses`, { answers }), 201);
    }
  }
  // Too few to show: a hidden department.
  await submit(t, setup.tokenOf('Legal'), 2, scoreableV2());
  return setup;
}

/** Respondent `n`'s answers to questionnaire 2: every agreement item drawn from 1 to 5, scenarios right. */
function variedV2(n: number): Record<string, unknown> {
  let state = (n * 2654435761 + 12345) >>> 0;
  const draw = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return 1 + ((state >>> 16) % 5);
  };
  const answers = scoreableV2();
  for (const q of V2.questions) if (q.role === 'likert') answers[q.id] = draw();
  return answers;
}

/** Five answers that come apart and four identical ones through one link: one alert of four suspects. */
async function suspectAlert(w: Walker) {
  const setup = await setUpCampaign(w.t, { Legal: 20 });
  for (let i = 0; i < 5; i++) {
    await ok(
      w.t.call('POST', `/api/survey/${setup.tokenOf('Legal')}/responses`, { answers: respondentAnswers(i) }),
      201,
    );
    w.clock.advance(10 * MINUTE);
  }
  const known = respondentAnswers(99);
  for (let i = 0; i < 4; i++) {
    await ok(w.t.call('POST', `/api/survey/${setup.tokenOf('Legal')}/responses`, { answers: known }), 201);
  }
  const alerts = await ok(w.t.call('GET', `/api/campaigns/${setup.campaign.id}/suspects`));
  expect(alerts.body.alerts).toHaveLength(1);
  return { setup, alerts, alertId: alerts.body.alerts[0].id as string };
}

/** An app on its own data directory with no account yet, as on the very first start. */
async function appWithoutOwner(w: Walker) {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-walk-'));
  const storage = await openEmbeddedStorage(dataDir, () => undefined);
  w.cleanup.unshift(async () => {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return createApp({ ...w.t.deps, storage }, { loginLimit: null, signInDelay: null });
}

export const WALK_CASES: Record<string, WalkCase> = {
  ...CHAT_WALK_CASES,
  'get /setup': ({ t }) => t.call('GET', '/api/setup'),
  'post /setup': async (w) => {
    const app = await appWithoutOwner(w);
    const res = await app.request('/api/setup', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify(OWNER),
    });
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.json() };
  },
  'post /session': async ({ t }) => {
    const res = await signIn(t, OWNER.email, OWNER.password);
    return { status: res.status, contentType: 'application/json', body: res.body };
  },
  'get /session': ({ t }) => t.call('GET', '/api/session'),
  'delete /session': async ({ t }) => {
    const second = await signIn(t, OWNER.email, OWNER.password);
    return t.call('DELETE', '/api/session', undefined, as(second.cookie!));
  },
  'post /account/password': ({ t }) =>
    t.call('POST', '/api/account/password', {
      currentPassword: OWNER.password,
      newPassword: 'an even better passphrase',
    }),
  'get /account/tokens': async ({ t, clock }) => {
    const used = await ok(t.call('POST', '/api/account/tokens', { name: 'Used' }), 201);
    await ok(
      t.call('GET', '/api/organizations', undefined, {
        cookie: '',
        authorization: `Bearer ${used.body.token}`,
      }),
    );
    await ok(t.call('POST', '/api/account/tokens', { name: 'Expiring', expiresInDays: 1 }), 201);
    clock.advance(2 * 24 * 60 * MINUTE);
    const { cookie } = await signIn(t, OWNER.email, OWNER.password);
    return t.call('GET', '/api/account/tokens', undefined, as(cookie!));
  },
  'post /account/tokens': async ({ t }) => [
    await t.call('POST', '/api/account/tokens', { name: 'Never expires' }),
    await t.call('POST', '/api/account/tokens', { name: 'A month', expiresInDays: 30 }),
  ],
  'delete /account/tokens/{id}': async ({ t }) => {
    const made = await ok(t.call('POST', '/api/account/tokens', { name: 'Short-lived' }), 201);
    return t.call('DELETE', `/api/account/tokens/${made.body.id}`);
  },

  'get /organizations/{id}/users': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const sales = organization.departments[0]!.id;
    await inviteAndAccept(t, organization.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [sales],
    });
    await invite(t, organization.id, { email: 'later@example.com', role: 'consultant' });
    return t.call('GET', `/api/organizations/${organization.id}/users`);
  },
  'post /organizations/{id}/invitations': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    return t.call('POST', `/api/organizations/${organization.id}/invitations`, {
      email: 'admin@example.com',
      role: 'administrator',
    });
  },
  'get /invitations/{token}': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const token = await invite(t, organization.id, { email: 'exec@example.com', role: 'executive' });
    return t.call('GET', `/api/invitations/${token}`, undefined, { cookie: '' });
  },
  'post /invitations/{token}/accept': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const token = await invite(t, organization.id, { email: 'exec@example.com', role: 'executive' });
    return accept(t, token);
  },
  'delete /organizations/{id}/invitations/{invitationId}': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    await invite(t, organization.id, { email: 'later@example.com', role: 'consultant' });
    const users = await ok(t.call('GET', `/api/organizations/${organization.id}/users`));
    return t.call('DELETE', `/api/organizations/${organization.id}/invitations/${users.body.pending[0].id}`);
  },
  'delete /organizations/{id}/users/{accountId}/roles/{role}': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const member = await inviteAndAccept(t, organization.id, { email: 'c@example.com', role: 'consultant' });
    return t.call(
      'DELETE',
      `/api/organizations/${organization.id}/users/${member.accountId}/roles/consultant`,
    );
  },
  'delete /organizations/{id}/users/{accountId}/sessions': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const member = await inviteAndAccept(t, organization.id, { email: 'c@example.com', role: 'consultant' });
    return t.call('DELETE', `/api/organizations/${organization.id}/users/${member.accountId}/sessions`);
  },
  'post /organizations/{id}/users/{accountId}/password-reset': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const member = await inviteAndAccept(t, organization.id, { email: 'c@example.com', role: 'consultant' });
    return t.call('POST', `/api/organizations/${organization.id}/users/${member.accountId}/password-reset`);
  },
  'delete /account/sessions': async ({ t }) => {
    await signIn(t, OWNER.email, OWNER.password);
    return t.call('DELETE', '/api/account/sessions');
  },
  // A backup needs BACKUP_DIR: an app of its own that has one.
  'post /backups': async (w) => {
    const backupDir = await mkdtemp(join(tmpdir(), 'groundwork-walk-backups-'));
    const target = { dataDir: '', backupDir };
    const withBackups = await startTestApp(undefined, { backups: target });
    target.dataDir = withBackups.dataDir;
    w.cleanup.unshift(withBackups.close, () => rm(backupDir, { recursive: true, force: true }));
    return withBackups.call('POST', '/api/backups');
  },
  // Reset links are mailed only with a public address to start them with.
  'post /password-resets': async (w) => {
    const withAddress = await startTestApp(
      undefined,
      {},
      {
        mail: w.t.deps.mail,
        publicUrl: 'https://gw.example.com',
      },
    );
    w.cleanup.unshift(withAddress.close);
    return [
      await withAddress.call('POST', '/api/password-resets', { email: OWNER.email }, { cookie: '' }),
      await withAddress.call('POST', '/api/password-resets', { email: 'nobody@example.com' }, { cookie: '' }),
    ];
  },
  'get /password-resets/{token}': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const member = await inviteAndAccept(t, organization.id, { email: 'c@example.com', role: 'consultant' });
    const link = await ok(
      t.call('POST', `/api/organizations/${organization.id}/users/${member.accountId}/password-reset`),
      201,
    );
    return t.call('GET', `/api/password-resets/${link.body.token}`, undefined, { cookie: '' });
  },
  'post /password-resets/{token}': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const member = await inviteAndAccept(t, organization.id, { email: 'c@example.com', role: 'consultant' });
    const link = await ok(
      t.call('POST', `/api/organizations/${organization.id}/users/${member.accountId}/password-reset`),
      201,
    );
    return t.call(
      'POST',
      `/api/password-resets/${link.body.token}`,
      { password: 'a new and long password' },
      { cookie: '' },
    );
  },

  'get /questionnaires': ({ t }) => t.call('GET', '/api/questionnaires'),
  'get /organization-facts': ({ t }) => t.call('GET', '/api/organization-facts'),
  'get /organizations': async ({ t }) => {
    await setUpCampaign(t);
    return t.call('GET', '/api/organizations');
  },
  'post /organizations': ({ t }) =>
    t.call('POST', '/api/organizations', { name: 'Acme', departments: [{ name: 'Sales', headcount: 8 }] }),
  'patch /organizations/{id}': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const [sales, operations] = organization.departments;
    return t.call('PATCH', `/api/organizations/${organization.id}`, {
      name: 'Acme Group',
      departments: [
        { id: sales!.id, name: 'Sales & Marketing', headcount: 14 },
        { id: operations!.id, name: 'Operations', headcount: 12 },
        { name: 'Research', headcount: 6 },
      ],
    });
  },
  'post /organizations/{id}/archive': async ({ t }) => {
    const { organization } = await setUpCampaign(t, undefined, { open: false });
    return t.call('POST', `/api/organizations/${organization.id}/archive`);
  },
  'post /organizations/{id}/unarchive': async ({ t }) => {
    const { organization } = await setUpCampaign(t, undefined, { open: false });
    await ok(t.call('POST', `/api/organizations/${organization.id}/archive`));
    return t.call('POST', `/api/organizations/${organization.id}/unarchive`);
  },
  'delete /organizations/{id}': async ({ t }) => {
    const setup = await setUpCampaign(t);
    await submit(t, setup.tokenOf('Sales'), 1);
    await ok(t.call('POST', `/api/campaigns/${setup.campaign.id}/close`));
    return t.call('DELETE', `/api/organizations/${setup.organization.id}`, { confirmName: 'Acme' });
  },
  'get /organizations/{id}': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    const consultant = await inviteAndAccept(t, organization.id, {
      email: 'c@example.com',
      role: 'consultant',
    });
    return [
      await t.call('GET', `/api/organizations/${organization.id}`),
      // A reader's campaigns come without their links.
      await t.call('GET', `/api/organizations/${organization.id}`, undefined, as(consultant.cookie)),
    ];
  },
  'post /campaigns/{id}/next-wave': async ({ t }) => {
    const { campaign } = await setUpCampaign(t);
    return t.call('POST', `/api/campaigns/${campaign.id}/next-wave`, { name: 'Second quarter' });
  },
  'post /organizations/{id}/campaigns': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    return t.call('POST', `/api/organizations/${organization.id}/campaigns`, {
      name: 'Second wave',
      questionnaireId: 'readiness-okr-2',
      minGroupSize: 4,
      organizationFacts: { industry: 'services', payLink: 'partly' },
    });
  },

  'get /campaigns/{id}': async ({ t }) => {
    const setup = await withStaff(t);
    await answerByPersonalLinks(t, setup.campaign.id, 2);
    await ok(t.call('POST', `/api/campaigns/${setup.campaign.id}/mailings`, { kind: 'reminder' }), 202);
    return t.call('GET', `/api/campaigns/${setup.campaign.id}`);
  },
  'get /campaigns/{id}/progress': async ({ t }) => {
    const setup = await withStaff(t);
    await answerByPersonalLinks(t, setup.campaign.id, 6);
    const shared = await setUpCampaign(t, { Sales: 10, Operations: 3 });
    await submit(t, shared.tokenOf('Sales'), 5);
    await submit(t, shared.tokenOf('Operations'), 1);
    return [
      await t.call('GET', `/api/campaigns/${setup.campaign.id}/progress`),
      // Groups withheld: one with too few answers, one to protect it.
      await t.call('GET', `/api/campaigns/${shared.campaign.id}/progress`),
    ];
  },
  'patch /campaigns/{id}': async ({ t }) => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    return t.call('PATCH', `/api/campaigns/${campaign.id}`, {
      name: 'Renamed',
      languages: ['zh-cn', 'en'],
      opensAt: '2026-03-10T00:00:00+08:00',
      closesAt: '2026-04-01T00:00:00Z',
      targetResponseRate: 0.8,
    });
  },
  'get /campaigns/{id}/waves': async ({ t }) => {
    const setup = await answeredCampaign(t);
    await ok(t.call('POST', `/api/campaigns/${setup.campaign.id}/close`));
    const next = await ok(
      t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' }),
      201,
    );
    await ok(t.call('POST', `/api/campaigns/${next.body.campaign.id}/open`));
    return t.call('GET', `/api/campaigns/${next.body.campaign.id}/waves`);
  },
  'get /campaigns/{id}/lineage': async ({ t }) => {
    const setup = await answeredCampaign(t);
    await ok(t.call('POST', `/api/campaigns/${setup.campaign.id}/close`));
    const next = await ok(
      t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' }),
      201,
    );
    return t.call('GET', `/api/campaigns/${next.body.campaign.id}/lineage`);
  },
  'put /campaigns/{id}/lineage': async ({ t }) => {
    const setup = await answeredCampaign(t);
    await ok(t.call('POST', `/api/campaigns/${setup.campaign.id}/close`));
    const next = await ok(
      t.call('POST', `/api/campaigns/${setup.campaign.id}/next-wave`, { name: 'Q2' }),
      201,
    );
    const sales = setup.departmentId('Sales');
    return t.call('PUT', `/api/campaigns/${next.body.campaign.id}/lineage`, {
      declarations: [{ earlier: [sales], later: [sales] }],
    });
  },
  'get /campaigns/{id}/report': async ({ t }) => {
    const setup = await answeredCampaign(t);
    const head = await inviteAndAccept(t, setup.organization.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [setup.departmentId('Sales')],
    });
    const fresh = await setUpCampaign(t);
    await submit(t, fresh.tokenOf('Sales'), 2);
    const demo = await ok(t.call('POST', '/api/demo'), 201);
    return [
      await t.call('GET', `/api/campaigns/${setup.campaign.id}/report`),
      // A department head's view: figures of other departments withheld.
      await t.call('GET', `/api/campaigns/${setup.campaign.id}/report`, undefined, as(head.cookie)),
      // Too few answers for any figure: nulls where figures would be.
      await t.call('GET', `/api/campaigns/${fresh.campaign.id}/report`),
      await t.call('GET', `/api/campaigns/${demo.body.campaignId}/report`),
    ];
  },
  'get /campaigns/{id}/export/responses': async ({ t }) => {
    const setup = await answeredCampaign(t);
    return t.call('GET', `/api/campaigns/${setup.campaign.id}/export/responses`);
  },
  'get /campaigns/{id}/export/codebook': async ({ t }) => {
    const setup = await answeredCampaign(t);
    return t.call('GET', `/api/campaigns/${setup.campaign.id}/export/codebook`);
  },
  'get /campaigns/{id}/report.pdf': async ({ t }) => {
    const demo = await ok(t.call('POST', '/api/demo'), 201);
    // The PDF arrives as text here: the walk checks its media type, as for the CSV files.
    return t.call('GET', `/api/campaigns/${demo.body.campaignId}/report.pdf?lang=zh`);
  },
  'get /campaigns/{id}/compare': async ({ t }) => {
    const setup = await answeredCampaign(t);
    const [sales, operations] = [setup.departmentId('Sales'), setup.departmentId('Operations')];
    return t.call('GET', `/api/campaigns/${setup.campaign.id}/compare?a=${sales}&b=${operations}`);
  },
  // With too few organizations, then placed among ten and a file loaded from them.
  'get /campaigns/{id}/benchmark': async ({ t }) => {
    const [first] = await seedPool(t, 9);
    const tooFew = await t.call('GET', `/api/campaigns/${first!.campaignId}/benchmark`);
    await seedPooledOrganization(t, 9);
    const file = (await ok(t.call('GET', '/api/benchmarks/export'))).body;
    await ok(t.call('POST', '/api/benchmarks', file), 201);
    return [tooFew, await t.call('GET', `/api/campaigns/${first!.campaignId}/benchmark`)];
  },
  'get /campaigns/{id}/benchmark.csv': async ({ t }) => {
    const [first] = await seedPool(t, 10);
    return t.call('GET', `/api/campaigns/${first!.campaignId}/benchmark.csv?lang=zh-cn`);
  },
  'put /organizations/{id}/benchmark-opt-in': async ({ t }) => {
    const setup = await setUpCampaign(t);
    return t.call('PUT', `/api/organizations/${setup.organization.id}/benchmark-opt-in`, {
      benchmarkOptIn: true,
    });
  },
  'get /benchmarks/export': async ({ t }) => {
    await seedPool(t, 10);
    return t.call('GET', '/api/benchmarks/export');
  },
  'post /benchmarks': async ({ t }) => {
    await seedPool(t, 10);
    const file = (await ok(t.call('GET', '/api/benchmarks/export'))).body;
    return t.call('POST', '/api/benchmarks', file);
  },
  'get /benchmarks': async ({ t }) => {
    await seedPool(t, 10);
    const file = (await ok(t.call('GET', '/api/benchmarks/export'))).body;
    await ok(t.call('POST', '/api/benchmarks', file), 201);
    return t.call('GET', '/api/benchmarks');
  },
  'delete /benchmarks/{id}': async ({ t }) => {
    await seedPool(t, 10);
    const file = (await ok(t.call('GET', '/api/benchmarks/export'))).body;
    const loaded = await ok(t.call('POST', '/api/benchmarks', file), 201);
    return t.call('DELETE', `/api/benchmarks/${loaded.body.id}`);
  },
  'get /campaigns/{id}/heatmap.csv': async ({ t }) => {
    const setup = await answeredCampaign(t);
    return t.call('GET', `/api/campaigns/${setup.campaign.id}/heatmap.csv?lang=zh-cn`);
  },
  // One that asks about people, and one that does not.
  'get /campaigns/{id}/cuts': async ({ t }) => {
    const setup = await setUpCampaign(t, undefined, { open: false });
    const id = setup.campaign.id;
    const none = await t.call('GET', `/api/campaigns/${id}/cuts`);
    await ok(t.call('PATCH', `/api/campaigns/${id}`, { cuts: [{ id: 'location', locations: ['A', 'B'] }] }));
    return [none, await t.call('GET', `/api/campaigns/${id}/cuts`)];
  },
  // A closed campaign grouped by level (shown), and an open one (not yet, with its reason).
  'get /campaigns/{id}/cuts/{cut}': async ({ t }) => {
    const setup = await setUpCampaign(t, { Sales: 20, Operations: 20 }, { open: false, minGroupSize: 3 });
    const id = setup.campaign.id;
    await ok(t.call('PATCH', `/api/campaigns/${id}`, { cuts: [{ id: 'level' }, { id: 'tenure' }] }));
    await ok(t.call('POST', `/api/campaigns/${id}/open`));
    const levels = ['staff', 'staff', 'staff', 'manager', 'manager', 'manager'];
    for (const name of ['Sales', 'Operations'])
      for (const level of levels)
        await ok(
          t.call('POST', `/api/survey/${setup.tokenOf(name)}/responses`, {
            answers: scoreable({ 'about.level': level }),
          }),
          201,
        );
    const open = await t.call('GET', `/api/campaigns/${id}/cuts/level`);
    await ok(t.call('POST', `/api/campaigns/${id}/close`));
    return [open, await t.call('GET', `/api/campaigns/${id}/cuts/level`)];
  },
  'get /campaigns/{id}/questions': async ({ t }) => {
    const setup = await answeredCampaign(t);
    return t.call('GET', `/api/campaigns/${setup.campaign.id}/questions`);
  },
  'post /campaigns/{id}/open': async ({ t }) => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    return t.call('POST', `/api/campaigns/${campaign.id}/open`);
  },
  'post /campaigns/{id}/close': async ({ t }) => {
    const { campaign } = await setUpCampaign(t);
    return t.call('POST', `/api/campaigns/${campaign.id}/close`);
  },
  'post /campaigns/{id}/archive': async ({ t }) => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    return t.call('POST', `/api/campaigns/${campaign.id}/archive`);
  },
  'post /campaigns/{id}/unarchive': async ({ t }) => {
    const { campaign } = await setUpCampaign(t, undefined, { open: false });
    await ok(t.call('POST', `/api/campaigns/${campaign.id}/archive`));
    return t.call('POST', `/api/campaigns/${campaign.id}/unarchive`);
  },
  'delete /campaigns/{id}': async ({ t }) => {
    const setup = await setUpCampaign(t);
    await submit(t, setup.tokenOf('Sales'), 1);
    await ok(t.call('POST', `/api/campaigns/${setup.campaign.id}/close`));
    return t.call('DELETE', `/api/campaigns/${setup.campaign.id}`, { confirmName: setup.campaign.name });
  },
  'post /campaigns/{id}/reporting-groups': async ({ t }) => {
    const { campaign, organization } = await setUpCampaign(
      t,
      { Sales: 3, Legal: 2, Operations: 12 },
      { open: false },
    );
    return t.call('POST', `/api/campaigns/${campaign.id}/reporting-groups`, {
      name: 'Sales and Legal',
      departmentIds: organization.departments.slice(0, 2).map((d) => d.id),
    });
  },
  'delete /campaigns/{id}/reporting-groups/{groupId}': async ({ t }) => {
    const { campaign, organization } = await setUpCampaign(
      t,
      { Sales: 3, Legal: 2, Operations: 12 },
      { open: false },
    );
    const merged = await ok(
      t.call('POST', `/api/campaigns/${campaign.id}/reporting-groups`, {
        name: 'Sales and Legal',
        departmentIds: organization.departments.slice(0, 2).map((d) => d.id),
      }),
      201,
    );
    return t.call(
      'DELETE',
      `/api/campaigns/${campaign.id}/reporting-groups/${merged.body.reportingGroups[0].id}`,
    );
  },

  'post /campaigns/{id}/staff/preview': async ({ t }) => {
    const { campaign } = await setUpCampaign(t);
    const csv = `${staffCsv({ Sales: 2 })}\nnot-an-email,Someone,Sales\nx@example.com,Someone,Marketing`;
    return t.call('POST', `/api/campaigns/${campaign.id}/staff/preview`, { csv });
  },
  'post /campaigns/{id}/staff': async ({ t }) => {
    const { campaign } = await setUpCampaign(t);
    return t.call('POST', `/api/campaigns/${campaign.id}/staff`, {
      csv: staffCsv({ Sales: 2, Operations: 1 }),
    });
  },
  'get /campaigns/{id}/staff': async ({ t }) => {
    const { campaign } = await withStaff(t);
    await mailMergeTokens(t, campaign.id);
    return t.call('GET', `/api/campaigns/${campaign.id}/staff`);
  },
  'get /campaigns/{id}/staff-retention': async ({ t }) => {
    const { campaign } = await withStaff(t);
    const scheduled = await t.call('GET', `/api/campaigns/${campaign.id}/staff-retention`);
    await ok(t.call('POST', `/api/campaigns/${campaign.id}/close`));
    return [scheduled, await t.call('GET', `/api/campaigns/${campaign.id}/staff-retention`)];
  },
  'patch /campaigns/{id}/staff-retention': async ({ t }) => {
    const { campaign } = await withStaff(t);
    return t.call('PATCH', `/api/campaigns/${campaign.id}/staff-retention`, { days: 30 });
  },
  'post /campaigns/{id}/staff-retention/erase': async ({ t }) => {
    const { campaign } = await withStaff(t);
    await ok(t.call('POST', `/api/campaigns/${campaign.id}/close`));
    return t.call('POST', `/api/campaigns/${campaign.id}/staff-retention/erase`, { confirm: campaign.name });
  },
  'delete /campaigns/{id}/staff/{email}': async ({ t }) => {
    const { campaign } = await withStaff(t);
    return t.call('DELETE', `/api/campaigns/${campaign.id}/staff/sales1@example.com`);
  },
  'post /campaigns/{id}/mail-merge': async ({ t }) => {
    const { campaign } = await withStaff(t);
    return t.call('POST', `/api/campaigns/${campaign.id}/mail-merge`, { kind: 'invitation' });
  },
  'post /campaigns/{id}/mailings': async ({ t }) => {
    const { campaign } = await withStaff(t);
    return t.call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' });
  },
  'get /campaigns/{id}/mailings/latest': async ({ t }) => {
    const { campaign } = await withStaff(t);
    const none = await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`);
    await ok(t.call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' }), 202);
    return [none, await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`)];
  },
  'post /campaigns/{id}/mailings/latest/resume': async ({ t }) => {
    // A mailing cut short before its last recipient (taken off the list since), as a restart reads it back.
    const { campaign } = await withStaff(t);
    await ok(t.call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' }), 202);
    await expect
      .poll(
        async () => (await t.call('GET', `/api/campaigns/${campaign.id}/mailings/latest`)).body.mailing.state,
      )
      .toBe('finished');
    const [run] = await t.storage.mailings.runs(campaign.id);
    await t.storage.mailings.change(run!.id, (r) => ({
      ...r,
      state: 'interrupted',
      recipients: ['someone-taken-off-the-list'],
      claimed: 0,
    }));
    return t.call('POST', `/api/campaigns/${campaign.id}/mailings/latest/resume`);
  },
  'get /campaigns/{id}/reminders': async ({ t, clock }) => {
    const { campaign } = await withStaff(t);
    const empty = await t.call('GET', `/api/campaigns/${campaign.id}/reminders`);
    await ok(t.call('POST', `/api/campaigns/${campaign.id}/reminders`, { afterDays: 3 }), 201);
    await ok(
      t.call('POST', `/api/campaigns/${campaign.id}/reminders`, {
        at: new Date(clock.now() + 86_400_000).toISOString(),
      }),
      201,
    );
    await ok(t.call('POST', `/api/campaigns/${campaign.id}/mailings`, { kind: 'invitation' }), 202);
    return [empty, await t.call('GET', `/api/campaigns/${campaign.id}/reminders`)];
  },
  'post /campaigns/{id}/reminders': async ({ t }) => {
    const { campaign } = await withStaff(t);
    return t.call('POST', `/api/campaigns/${campaign.id}/reminders`, { afterDays: 3 });
  },
  'delete /campaigns/{id}/reminders/{reminderId}': async ({ t }) => {
    const { campaign } = await withStaff(t);
    const planned = await ok(
      t.call('POST', `/api/campaigns/${campaign.id}/reminders`, { afterDays: 3 }),
      201,
    );
    return t.call('DELETE', `/api/campaigns/${campaign.id}/reminders/${planned.body.reminders[0].id}`);
  },
  'post /campaigns/{id}/access-codes': async ({ t }) => {
    const setup = await setUpCampaign(t);
    return t.call('POST', `/api/campaigns/${setup.campaign.id}/access-codes`, {
      departmentId: setup.departmentId('Sales'),
      count: 3,
    });
  },
  'get /campaigns/{id}/access-codes': async ({ t }) => {
    const setup = await setUpCampaign(t);
    await ok(
      t.call('POST', `/api/campaigns/${setup.campaign.id}/access-codes`, {
        departmentId: setup.departmentId('Sales'),
        count: 3,
      }),
      201,
    );
    return t.call('GET', `/api/campaigns/${setup.campaign.id}/access-codes`);
  },
  'get /campaigns/{id}/suspects': async (w) => {
    const { alerts } = await suspectAlert(w);
    return alerts;
  },
  'post /campaigns/{id}/suspects/{alertId}/exclusion': async (w) => {
    const { setup, alertId } = await suspectAlert(w);
    return w.t.call('POST', `/api/campaigns/${setup.campaign.id}/suspects/${alertId}/exclusion`);
  },
  'post /campaigns/{id}/suspects/{alertId}/dismissal': async (w) => {
    const { setup, alertId } = await suspectAlert(w);
    return w.t.call('POST', `/api/campaigns/${setup.campaign.id}/suspects/${alertId}/dismissal`);
  },

  'get /survey/{token}': async ({ t }) => {
    const listed = await withStaff(t);
    const [personal] = (await mailMergeTokens(t, listed.campaign.id)).values();
    const setup = await setUpCampaign(t);
    const codes = await ok(
      t.call('POST', `/api/campaigns/${setup.campaign.id}/access-codes`, {
        departmentId: setup.departmentId('Sales'),
        count: 1,
      }),
      201,
    );
    const respondent = { cookie: '' };
    return [
      await t.call('GET', `/api/survey/${setup.wideToken}`, undefined, respondent),
      await t.call('GET', `/api/survey/${setup.tokenOf('Sales')}`, undefined, respondent),
      await t.call('GET', `/api/survey/${personal}`, undefined, respondent),
      await t.call('GET', `/api/survey/${encodeURIComponent(codes.body.codes[0])}`, undefined, respondent),
    ];
  },
  'post /survey/{token}/responses': async ({ t }) => {
    const setup = await setUpCampaign(t);
    return t.call(
      'POST',
      `/api/survey/${setup.tokenOf('Sales')}/responses`,
      { answers: scoreable() },
      { cookie: '' },
    );
  },
  'post /demo': ({ t }) => t.call('POST', '/api/demo'),
  'get /organizations/{id}/action-plan': async ({ t }) => {
    const { organization, campaign } = await actionPlanWithOne(t);
    return [
      await t.call('GET', `/api/organizations/${organization.id}/action-plan`),
      await t.call('GET', `/api/organizations/${organization.id}/action-plan?campaignId=${campaign.id}`),
    ];
  },
  'get /organizations/{id}/action-plan/owners': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    return t.call('GET', `/api/organizations/${organization.id}/action-plan/owners`);
  },
  'get /organizations/{id}/action-plan/export': async ({ t }) => {
    const { organization } = await actionPlanWithOne(t);
    // One reply: the walk checks the first media type the operation documents (the Jira CSV's).
    return t.call('GET', `/api/organizations/${organization.id}/action-plan/export?format=jira-csv`);
  },
  'post /organizations/{id}/action-plan': async ({ t }) => {
    const { organization } = await setUpCampaign(t);
    return t.call('POST', `/api/organizations/${organization.id}/action-plan`, {
      title: 'Brief the works council',
      owner: { name: 'Wang Fang', email: 'wang@example.cn' },
      due: '2026-06-30',
    });
  },
  'post /organizations/{id}/action-plan/starter-plan': async ({ t }) => {
    const { organization, campaign } = await setUpCampaign(t);
    return t.call('POST', `/api/organizations/${organization.id}/action-plan/starter-plan`, {
      campaignId: campaign.id,
      recommendationId: 'kpi-projects',
      titles: ['Pick five to eight KPIs'],
    });
  },
  'patch /organizations/{id}/action-plan/{actionId}': async ({ t }) => {
    const { organization, action } = await actionPlanWithOne(t);
    return t.call('PATCH', `/api/organizations/${organization.id}/action-plan/${action.id}`, {
      status: 'done',
    });
  },
  'post /organizations/{id}/action-plan/{actionId}/comments': async ({ t }) => {
    const { organization, action } = await actionPlanWithOne(t);
    return t.call('POST', `/api/organizations/${organization.id}/action-plan/${action.id}/comments`, {
      text: 'Measure it against last quarter',
    });
  },
  'delete /organizations/{id}/action-plan/{actionId}': async ({ t }) => {
    const { organization, action } = await actionPlanWithOne(t);
    return t.call('DELETE', `/api/organizations/${organization.id}/action-plan/${action.id}`);
  },
  'post /organizations/{id}/workshops': async ({ t }) => {
    const { organization, campaign, departmentId } = await setUpCampaign(t);
    return t.call('POST', `/api/organizations/${organization.id}/workshops`, {
      title: 'Goals for Q3',
      languages: ['en', 'zh-cn'],
      departmentIds: [departmentId('Sales')],
      naming: 'named',
      campaignId: campaign.id,
      expiresInHours: 4,
    });
  },
  'get /organizations/{id}/workshops': async ({ t }) => {
    const { organization } = await workshopInFull(t);
    return t.call('GET', `/api/organizations/${organization.id}/workshops`);
  },
  'get /workshops/{id}': async ({ t }) => {
    const { workshop } = await workshopInFull(t);
    return t.call('GET', `/api/workshops/${workshop.id}?since=0`);
  },
  'patch /workshops/{id}': async ({ t }) => {
    const { workshop } = await workshopInFull(t);
    return t.call('PATCH', `/api/workshops/${workshop.id}`, { status: 'locked', revealWarmUp: true });
  },
  'get /workshops/{id}/events': async ({ t }) => {
    // An ended workshop's stream says how it ended and closes, so the walk can read it whole.
    const { workshop } = await workshopInFull(t);
    await ok(t.call('PATCH', `/api/workshops/${workshop.id}`, { status: 'ended' }));
    return t.call('GET', `/api/workshops/${workshop.id}/events`);
  },
  'get /workshops/{id}/qr.svg': async ({ t }) => {
    const { workshop } = await workshopInFull(t);
    return t.call('GET', `/api/workshops/${workshop.id}/qr.svg`);
  },
  'post /workshops/{id}/groups': async ({ t }) => {
    const { workshop, draftIds } = await workshopInFull(t);
    return t.call('POST', `/api/workshops/${workshop.id}/groups`, { title: 'Customers', draftIds });
  },
  'put /workshops/{id}/groups/{groupId}': async ({ t }) => {
    const { workshop, groupId } = await workshopInFull(t);
    return t.call('PUT', `/api/workshops/${workshop.id}/groups/${groupId}`, { title: 'Happy customers' });
  },
  'delete /workshops/{id}/groups/{groupId}': async ({ t }) => {
    const { workshop, groupId } = await workshopInFull(t);
    return t.call('DELETE', `/api/workshops/${workshop.id}/groups/${groupId}`);
  },
  'post /workshops/{id}/keep': async ({ t }) => {
    const { workshop, draftIds } = await workshopInFull(t);
    return t.call('POST', `/api/workshops/${workshop.id}/keep`, {
      title: 'Open accounts in a day',
      keyResults: ['Cut opening time from 3 days to 1 by Q3'],
      fromDraftIds: draftIds,
    });
  },
  'delete /workshops/{id}/keep/{keptId}': async ({ t }) => {
    const { workshop, keptId } = await workshopInFull(t);
    return t.call('DELETE', `/api/workshops/${workshop.id}/keep/${keptId}`);
  },
  'post /workshops/{id}/to-plan': async ({ t }) => {
    const { workshop, keptId } = await workshopInFull(t);
    return t.call('POST', `/api/workshops/${workshop.id}/to-plan`, { keptIds: [keptId], as: 'actions' });
  },
  'get /workshops/{id}/export': async ({ t }) => {
    const { workshop } = await workshopInFull(t);
    // One reply: the walk checks the first media type the operation documents (the CSV's).
    return t.call('GET', `/api/workshops/${workshop.id}/export?format=csv&lang=zh-cn`);
  },
  'get /workshops/{id}/summary': async ({ t }) => {
    const { workshop } = await workshopInFull(t);
    return t.call('GET', `/api/workshops/${workshop.id}/summary`);
  },
  'get /join/{code}': async ({ t }) => {
    const { workshop } = await workshopInFull(t);
    return t.call('GET', `/api/join/${workshop.code}`, undefined, { cookie: '' });
  },
  'post /join/{code}': async ({ t }) => {
    const { workshop } = await workshopInFull(t);
    return t.call('POST', `/api/join/${workshop.code}`, { name: 'Zhao Min' }, { cookie: '' });
  },
  'get /workshops/{id}/me': async ({ t }) => {
    const { workshop, participants } = await workshopInFull(t, { reveal: true });
    // Before the reveal a participant sees no answers; after it, the answers and the room's counts.
    const before = await workshopInFull(t);
    return [
      await t.call('GET', `/api/workshops/${workshop.id}/me`, undefined, { cookie: participants[0]! }),
      await t.call('GET', `/api/workshops/${before.workshop.id}/me`, undefined, {
        cookie: before.participants[1]!,
      }),
    ];
  },
  'put /workshops/{id}/me/warm-up': async ({ t }) => {
    const { workshop, participants } = await workshopInFull(t);
    return t.call(
      'PUT',
      `/api/workshops/${workshop.id}/me/warm-up`,
      { answers: { 'office-move': 'project' } },
      {
        cookie: participants[1]!,
      },
    );
  },
  'put /workshops/{id}/me/draft': async ({ t }) => {
    const { workshop, participants } = await workshopInFull(t);
    return t.call(
      'PUT',
      `/api/workshops/${workshop.id}/me/draft`,
      { objective: '成为客户首选的银行', keyResults: ['Q3前将开户时间从3天缩短到1天'], version: 1 },
      { cookie: participants[0]! },
    );
  },
  'put /workshops/{id}/me/votes': async ({ t }) => {
    const { workshop, participants, groupId } = await workshopInFull(t);
    return t.call(
      'PUT',
      `/api/workshops/${workshop.id}/me/votes`,
      { ids: [groupId] },
      { cookie: participants[0]! },
    );
  },
};

/**
 * A workshop with something in every part: two participants who answered the warm-up and wrote drafts, a
 * group, a kept objective, and the room voting; revealed when asked.
 */
async function workshopInFull(t: TestApp, options: { reveal?: boolean } = {}) {
  const setup = await setUpCampaign(t);
  const workshop = (
    await ok(
      t.call('POST', `/api/organizations/${setup.organization.id}/workshops`, {
        title: 'Goals for Q3',
        languages: ['en'],
        departmentIds: [],
        naming: 'named',
        campaignId: setup.campaign.id,
      }),
      201,
    )
  ).body as { id: string; code: string };
  const participants: string[] = [];
  for (const name of ['Li Wei', 'Wang Fang']) {
    const res = await t.app.request(`/api/join/${workshop.code}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost' },
      body: JSON.stringify({ name }),
    });
    expect(res.status).toBe(201);
    const cookie = /gw_workshop=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
    participants.push(cookie);
    await ok(
      t.call(
        'PUT',
        `/api/workshops/${workshop.id}/me/warm-up`,
        { answers: { 'office-move': 'project' } },
        { cookie },
      ),
    );
    await ok(
      t.call(
        'PUT',
        `/api/workshops/${workshop.id}/me/draft`,
        {
          objective: `Open accounts faster (${name})`,
          keyResults: ['Cut opening time from 3 days to 1 by Q3', 'Write a guide'],
        },
        { cookie },
      ),
    );
  }
  const view = (await ok(t.call('GET', `/api/workshops/${workshop.id}`))).body;
  const draftIds = (view.drafts as { id: string }[]).map((d) => d.id);
  const grouped = (
    await ok(t.call('POST', `/api/workshops/${workshop.id}/groups`, { title: 'Speed', draftIds }), 201)
  ).body;
  const kept = (
    await ok(
      t.call('POST', `/api/workshops/${workshop.id}/keep`, {
        title: 'Speed',
        keyResults: ['1 day by Q3'],
        fromDraftIds: draftIds,
      }),
      201,
    )
  ).body;
  await ok(
    t.call('PATCH', `/api/workshops/${workshop.id}`, {
      phase: 'voting',
      revealWarmUp: options.reveal === true,
    }),
  );
  return {
    ...setup,
    workshop,
    participants,
    draftIds,
    groupId: grouped.groups[0].id as string,
    keptId: kept.kept[0].id as string,
  };
}

/** A campaign's organization with one action from its report, owned by the owner. */
async function actionPlanWithOne(t: TestApp) {
  const setup = await setUpCampaign(t);
  const owner = (await t.call('GET', '/api/session')).body.accountId as string;
  const action = (
    await ok(
      t.call('POST', `/api/organizations/${setup.organization.id}/action-plan`, {
        campaignId: setup.campaign.id,
        recommendationId: 'pilot-first',
        title: 'Run a pilot',
        owner: { accountId: owner },
        departmentIds: [setup.departmentId('Sales')],
      }),
      201,
    )
  ).body as { id: string };
  return { ...setup, action };
}
