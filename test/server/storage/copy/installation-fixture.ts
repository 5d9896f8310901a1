// A small installation made through the app's own routes, as people would make it: an owner, a member
// with a role, a pending role invitation, an API token, an organization with two open campaigns: in the
// first Sales answer by personal links (one of them taken off the list after answering, one before), in
// the second Operations answer by access codes and Support by its shared link, and a third closed with
// its staff list erased; a finished mailing and
// a planned reminder, a retention setting, an action, a workshop, and two chat channels with an
// announcement posted through them. Left running: the test stops it.

import { expect } from 'vitest';
import type { Campaign } from '../../../../server/domain/campaigns/campaign';
import {
  addChannel,
  beginPost,
  claimDelivery,
  finishPost,
  recordAttempt,
  type CampaignChat,
  type ChatChannel,
} from '../../../../server/domain/chat/campaign-chat';
import { respondentAnswers } from '../../../fixtures/answers';
import { invite, inviteAndAccept } from '../../../fixtures/accounts';
import { finishedMailing } from '../../../fixtures/finished-mailing';
import { importStaff, mailMergeTokens, staffCsv } from '../../../fixtures/staff';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../../fixtures/test-app';

export interface Installation {
  t: TestApp;
  setup: Setup;
  /** The second campaign: Operations answer by access codes, Support by its shared link. */
  pulse: Campaign;
  /** The third, closed, its staff list erased. */
  archive: Campaign;
  /** Personal links of Sales people who have not answered, and of one who has. */
  unusedLink: string;
  usedLink: string;
  unusedCode: string;
  usedCode: string;
}

let respondent = 0;

export async function makeInstallation(): Promise<Installation> {
  const t = await startTestApp();
  const ok = async (method: string, path: string, body?: unknown) => {
    const reply = await t.call(method, path, body);
    expect(reply.status, `${method} ${path}: ${JSON.stringify(reply.body)}`).toBeLessThan(300);
    return reply.body;
  };
  const answer = (token: string) =>
    ok('POST', `/api/survey/${token}/responses`, { answers: respondentAnswers(++respondent) });

  const setup = await setUpCampaign(t, { Sales: 9, Operations: 10, Support: 6 }, { minGroupSize: 3 });
  const campaignId = setup.campaign.id;
  const organizationId = setup.organization.id;

  await inviteAndAccept(t, organizationId, {
    email: 'exec@example.com',
    role: 'executive',
    departmentIds: [],
  });
  await invite(t, organizationId, { email: 'later@example.com', role: 'consultant', departmentIds: [] });
  await ok('POST', '/api/account/tokens', { name: 'Nightly export' });

  await importStaff(t, campaignId, staffCsv({ Sales: 8 }));
  const links = await mailMergeTokens(t, campaignId);
  const sales = (n: number) => links.get(`sales${n}@example.com`)!;
  await ok('GET', `/api/survey/${sales(7)}`); // opened, not answered
  for (const n of [1, 2, 3, 4, 5]) await answer(sales(n));
  // One who answered, then left: a record naming nobody stays. One who never answered: nothing stays.
  await ok('DELETE', `/api/campaigns/${campaignId}/staff/sales1%40example.com`);
  await ok('DELETE', `/api/campaigns/${campaignId}/staff/sales8%40example.com`);

  // A staff list leaves no places to departments not on it: codes and the shared link go to a second wave.
  const created = (await ok('POST', `/api/organizations/${organizationId}/campaigns`, {
    name: 'Pulse',
    questionnaireId: 'readiness-okr',
    minGroupSize: 3,
  })) as Campaign;
  const pulse = (await ok('POST', `/api/campaigns/${created.id}/open`)) as Campaign;
  const issued = (await ok('POST', `/api/campaigns/${pulse.id}/access-codes`, {
    departmentId: setup.departmentId('Operations'),
    count: 7,
  })) as { codes: string[] };
  for (const code of issued.codes.slice(0, 4)) await answer(code);
  const support = pulse.links.find((l) => l.departmentId === setup.departmentId('Support'))!.token;
  for (let i = 0; i < 5; i++) await answer(support);

  // A third, closed, whose staff list was erased: its people stay as records naming nobody.
  const archive = (await ok('POST', `/api/organizations/${organizationId}/campaigns`, {
    name: 'Archive',
    questionnaireId: 'readiness-okr',
    minGroupSize: 3,
  })) as Campaign;
  await ok('POST', `/api/campaigns/${archive.id}/open`);
  await importStaff(t, archive.id, staffCsv({ Support: 4 }));
  const archived = await mailMergeTokens(t, archive.id);
  for (const n of [1, 2, 3]) await answer(archived.get(`support${n}@example.com`)!);
  await ok('POST', `/api/campaigns/${archive.id}/close`);
  await ok('POST', `/api/campaigns/${archive.id}/staff-retention/erase`, { confirm: 'Archive' });

  await t.storage.mailings.begin(finishedMailing(campaignId));
  await t.storage.mailings.changePlan(campaignId, () => [
    { id: 'reminder-1', when: { afterDays: 7 }, linkBase: 'http://localhost', outcome: null },
  ]);
  await ok('PATCH', `/api/campaigns/${campaignId}/staff-retention`, { days: 30 });
  await ok('POST', `/api/organizations/${organizationId}/action-plan`, {
    title: 'Run a one-quarter pilot in Sales',
    departmentIds: [setup.departmentId('Sales')],
  });
  await ok('POST', `/api/organizations/${organizationId}/workshops`, {
    title: 'Goals for Q3',
    languages: ['en'],
    departmentIds: [setup.departmentId('Sales')],
    naming: 'named',
    campaignId,
  });
  await t.storage.chats.change(campaignId, organizationId, announced);
  return {
    t,
    setup,
    pulse,
    archive,
    unusedLink: sales(6),
    usedLink: sales(2),
    unusedCode: issued.codes[6]!,
    usedCode: issued.codes[0]!,
  };
}

const channel = (id: string, platform: ChatChannel['platform'], label: string): ChatChannel => ({
  id,
  platform,
  label,
  departmentId: null,
  invite: 'link',
  // What a sealed webhook looks like to the store: opaque text, copied as it is.
  sealed: `v1.${id}.c2VhbGVkIGFkZHJlc3M+/=`,
  hint: `hooks.example …${id.slice(-4)}`,
  fingerprint: `fp-${id}`,
  signed: platform !== 'slack',
  addedOn: '2026-03-01T09:00:00Z',
});

/** Two channels, and an announcement sent to one and failed for the other. */
function announced(chat: CampaignChat): CampaignChat {
  let next = addChannel(chat, channel('chan-feishu', 'feishu', 'Sales group'));
  next = addChannel(next, channel('chan-slack', 'slack', '#everyone'));
  const post = {
    id: 'post-1',
    kind: 'announcement' as const,
    reminderId: null,
    startedAt: '2026-03-01T09:05',
  };
  next = beginPost(next, post, next.channels);
  const at = '2026-03-01T09:05:02Z';
  next = claimDelivery(next, 'post-1', 'chan-feishu');
  next = recordAttempt(next, 'post-1', 'chan-feishu', { state: 'sent', error: null, at });
  next = claimDelivery(next, 'post-1', 'chan-slack');
  next = recordAttempt(next, 'post-1', 'chan-slack', { state: 'failed', error: 'channel_not_found', at });
  return finishPost(next, 'post-1');
}
