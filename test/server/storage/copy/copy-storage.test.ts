// Copying an installation into an empty one: everything a restarted server needs arrives, each campaign's
// counts and report computed from both sides are equal, and the copy serves the same report, the same
// links and codes (used ones refused), and the same staff list, once people sign in again.

import { afterEach, describe, expect, it } from 'vitest';
import { copyStorage } from '../../../../server/storage/copy/copy-storage';
import { verifyCopy } from '../../../../server/storage/copy/verify-copy';
import { rm } from 'node:fs/promises';
import { respondentAnswers } from '../../../fixtures/answers';
import { makeResponse } from '../../../fixtures/make-response';
import { copySupport } from './copy-support';
import { makeInstallation } from './installation-fixture';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).toReversed()) await cleanup();
});
const { emptyDir, opened, ownerView, stoppedInstallation, answerThrough } = copySupport(cleanups);

describe('copying an embedded installation into an empty data directory', () => {
  it('copies everything, verifies every count and the report, and the copy serves them', async () => {
    const made = await stoppedInstallation();
    const { t, setup } = made;
    const campaignId = setup.campaign.id;
    const source = await opened(t.dataDir);
    const before = await ownerView(t, source, campaignId);
    const target = await opened(await emptyDir());

    const { counts, verification } = await copyStorage(source, target, t.deps.questionnaires);

    expect(verification).toEqual({ campaigns: 3, reportsEqual: 3, differences: [] });
    expect(Object.fromEntries(counts.rows())).toMatchObject({
      organizations: 1,
      campaigns: 3,
      accounts: 2,
      'role invitations': 2,
      'API tokens': 1,
      'people listed': 10,
      '  of whom answered': 7,
      'people taken off after answering': 1,
      'access codes': 7,
      '  of which used': 4,
      responses: 17,
      'mailing runs': 1,
      'planned reminders': 1,
      'plan actions': 1,
      workshops: 1,
      'staff lists with their own retention': 2,
      'chat channels': 2,
      'chat posts': 1,
    });
    expect(counts.get('audit entries')).toBe((await source.audit.list()).length);
    expect(await target.audit.list()).toEqual(await source.audit.list());

    const after = await ownerView(t, target, campaignId);
    expect(after.report).toEqual(before.report);
    expect(after.staff).toEqual(before.staff);
    expect(after.plan).toEqual(before.plan);
    expect((await ownerView(t, target, made.pulse.id)).report).toEqual(
      (await ownerView(t, source, made.pulse.id)).report,
    );
    expect(await target.surveyInvitations.retention(campaignId)).toEqual({ days: 30, erasedOn: null });
    const erased = await ownerView(t, target, made.archive.id);
    expect(erased.staff).toEqual((await ownerView(t, source, made.archive.id)).staff);
    expect(await target.surveyInvitations.retention(made.archive.id)).toEqual({
      days: null,
      erasedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(JSON.stringify(await target.surveyInvitations.everyRecord!(made.archive.id))).not.toMatch(/@/);
    expect(await target.mailings.runs(campaignId)).toEqual(await source.mailings.runs(campaignId));
    expect(await target.workshops.listByOrganization(setup.organization.id)).toEqual(
      await source.workshops.listByOrganization(setup.organization.id),
    );
    const chat = await target.chats.get(campaignId, setup.organization.id);
    expect(chat).toEqual(await source.chats.get(campaignId, setup.organization.id));
    expect(chat.posts[0]?.deliveries.map((d) => d.state)).toEqual(['sent', 'failed']);

    // Links and codes work in the copy as they did: used ones refused, unused ones answer once.
    expect((await answerThrough(after.app, made.usedLink)).status).toBe(409);
    expect((await answerThrough(after.app, made.usedCode)).status).toBe(409);
    expect((await answerThrough(after.app, made.unusedLink)).status).toBe(201);
    expect((await answerThrough(after.app, made.unusedCode)).status).toBe(201);
    expect((await answerThrough(after.app, made.unusedLink)).status).toBe(409);
    expect(await target.responses.countByCampaign(campaignId)).toBe(6);
    expect(await target.responses.countByCampaign(made.pulse.id)).toBe(10);
  });

  it('refuses a target that already holds an installation, writing nothing to it', async () => {
    const made = await stoppedInstallation();
    const source = await opened(made.t.dataDir);
    const other = await makeInstallation();
    cleanups.push(() => other.t.close());
    const audit = await other.t.storage.audit.list();
    await expect(copyStorage(source, other.t.storage, made.t.deps.questionnaires)).rejects.toThrow(
      /already holds 1 organization\(s\) and 2 account\(s\)/,
    );
    expect(await other.t.storage.audit.list()).toEqual(audit);
  });

  it('names a response the target holds beyond the source as a difference', async () => {
    const made = await stoppedInstallation();
    const source = await opened(made.t.dataDir);
    const target = await opened(await emptyDir());
    await copyStorage(source, target, made.t.deps.questionnaires);
    const [extra] = await source.responses.listByCampaign(made.pulse.id);
    await target.responses.append({ ...extra!, id: 'one-more' });

    const stored = await source.campaigns.listByOrganization(made.setup.organization.id);
    const verification = await verifyCopy(source, target, stored, made.t.deps.questionnaires);
    expect(verification.reportsEqual).toBe(2);
    expect(verification.differences).toEqual([
      expect.stringMatching(/^campaign "Pulse" .*: responses per department .* became /),
      'campaign "Pulse" (' + made.pulse.id + '): 9 responses became 10',
      'campaign "Pulse" (' +
        made.pulse.id +
        "): the report computed from the target differs from the source's",
    ]);
  });

  it('names a chat record the target holds otherwise than the source as a difference', async () => {
    const made = await stoppedInstallation();
    const source = await opened(made.t.dataDir);
    const target = await opened(await emptyDir());
    await copyStorage(source, target, made.t.deps.questionnaires);
    const { campaign, organization } = made.setup;
    await target.chats.change(campaign.id, organization.id, (chat) => ({ ...chat, posts: [] }));

    const stored = await source.campaigns.listByOrganization(organization.id);
    const verification = await verifyCopy(source, target, stored, made.t.deps.questionnaires);
    expect(verification.differences).toEqual([
      `campaign "${campaign.name}" (${campaign.id}): its chat channels or posts differ`,
    ]);
  });

  it('copies a campaign of many responses window by window, in stored order', async () => {
    const made = await makeInstallation();
    const { t, pulse } = made;
    const support = pulse.departmentIds[0]!;
    // Past two windows of the copy, with answers that differ, so the report would tell a reordering apart.
    const many = Array.from({ length: 4_321 }, (_, i) =>
      makeResponse({ campaignId: pulse.id, departmentId: support, answers: respondentAnswers(i) }),
    );
    // Appended without a wait between them: they reach the log in this order, a batch to each fsync.
    await Promise.all(many.map((r) => t.storage.responses.append(r)));
    await t.storage.close();
    cleanups.push(() => rm(t.dataDir, { recursive: true, force: true }));
    const source = await opened(t.dataDir);
    const target = await opened(await emptyDir());

    const { counts, verification } = await copyStorage(source, target, t.deps.questionnaires);

    expect(verification.differences).toEqual([]);
    expect(counts.get('responses')).toBe(17 + many.length);
    const ids: string[] = [];
    await target.responses.scan(pulse.id, (r) => ids.push(r.id), { from: 9, texts: false });
    expect(ids).toEqual(many.map((r) => r.id));
  });
});
