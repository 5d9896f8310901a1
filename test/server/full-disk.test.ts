// A full disk, for real: the data directory lives on a tmpfs of 2 MB that the test fills to the last byte.
// A write that needs space is then refused with 503 and changes nothing (a refused answer spends no personal
// link); one that still fits (an answer in a response log's last block, a person's status slot overwritten
// in place) may be acknowledged and must then last. Everything works again once space is freed, across a
// restart too. Mounting needs root: elsewhere the test says so and skips, and under CI=true (where CI runs
// as root) it must run.

import { execFileSync } from 'node:child_process';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmbeddedStorage } from '../../server/storage/embedded/open-embedded-storage';
import { readCampaignPeople } from '../../server/storage/embedded/people-directory';
import { importStaff, mailMergeTokens, staffCsv } from '../fixtures/staff';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../fixtures/test-app';
import { scoreable } from '../fixtures/answers';

let mountPoint = '';
let cannotMount = '';

beforeAll(async () => {
  mountPoint = await mkdtemp(join(tmpdir(), 'groundwork-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint], { stdio: 'pipe' });
  } catch (error) {
    cannotMount = String((error as { stderr?: Buffer }).stderr ?? error).trim();
  }
});

afterAll(async () => {
  if (!cannotMount) execFileSync('umount', ['-l', mountPoint]);
  await rm(mountPoint, { recursive: true, force: true });
});

/** Writes zeros until the filesystem refuses; returns the filler's path, to free the space again. */
async function fillDisk(dir: string): Promise<string> {
  const path = join(dir, 'filler');
  const handle = await open(path, 'w');
  const chunk = Buffer.alloc(4096);
  try {
    for (let i = 0; i < 100_000; i++) await handle.write(chunk);
    throw new Error('The disk never filled up');
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
  } finally {
    await handle.close();
  }
  return path;
}

/** Enough people that a full disk refuses one of them before every one has answered. */
const STAFF = 40;

const answer = (t: TestApp, token: string, key: string) =>
  t.call(
    'POST',
    `/api/survey/${token}/responses`,
    { answers: scoreable({ pay_fair: 4 }) },
    { 'idempotency-key': key },
  );

describe('a full disk', () => {
  it('refuses what it cannot store with 503, keeps what it acknowledged, locks nobody out, and recovers when space is freed', async (context) => {
    if (cannotMount) {
      if (process.env.CI === 'true') throw new Error(`Cannot mount a tmpfs under CI: ${cannotMount}`);
      console.warn(`Full-disk test skipped: cannot mount a tmpfs here (${cannotMount}).`);
      context.skip();
    }
    const t = await startTestApp(undefined, {}, {}, mountPoint);
    const { campaign } = await setUpCampaign(t, { Sales: STAFF });
    await importStaff(t, campaign.id, staffCsv({ Sales: STAFF }));
    const tokens = await mailMergeTokens(t, campaign.id);
    const emails = [...tokens.keys()];
    const keyOf = (email: string) => `submission-key-${emails.indexOf(email)}`;
    expect((await answer(t, tokens.get(emails[0]!)!, keyOf(emails[0]!))).status).toBe(201);
    // Shared-link answers go to a campaign without a staff list: beside a list, every place is a person's.
    const shared = await setUpCampaign(t, { Field: 1000 });
    expect((await answer(t, shared.tokenOf('Field'), 'shared-submission-key-first')).status).toBe(201);

    const filler = await fillDisk(mountPoint);
    // Everyone's status slot exists already and the response log's last block may still have room, so a
    // few personal-link answers may be stored and acknowledged: each must survive. The first one refused
    // ends the run; that person, trying again while the disk is full, is refused again, never told the link
    // was used, and can answer once space is freed.
    const acknowledged = [emails[0]!];
    let refusedEmail: string | undefined;
    for (const email of emails.slice(1)) {
      const reply = await answer(t, tokens.get(email)!, keyOf(email));
      if (reply.status === 201) {
        acknowledged.push(email);
        continue;
      }
      expectProblem(reply, 503);
      expect(reply.body.type).toBe('/problems/storage-unavailable');
      refusedEmail = email;
      break;
    }
    expect(refusedEmail, `all ${STAFF} personal-link answers were stored on a full disk`).toBeDefined();
    const refusedToken = tokens.get(refusedEmail!)!;
    const again = await answer(t, refusedToken, keyOf(refusedEmail!));
    expectProblem(again, 503);
    expect(again.body.type).toBe('/problems/storage-unavailable');
    expect((await t.call('GET', `/api/survey/${refusedToken}`)).body.personal.answered).toBe(false);
    for (const email of acknowledged) {
      expect((await t.call('GET', `/api/survey/${tokens.get(email)}`)).body.personal.answered).toBe(true);
    }
    // The same holds for shared-link answers until their log is full.
    let sharedStored = 0;
    let refused = await answer(t, shared.tokenOf('Field'), `shared-submission-key-${sharedStored}`);
    while (refused.status === 201 && sharedStored < 100) {
      sharedStored++;
      refused = await answer(t, shared.tokenOf('Field'), `shared-submission-key-${sharedStored}`);
    }
    expectProblem(refused, 503);
    expectProblem(await t.call('PATCH', `/api/campaigns/${campaign.id}`, { name: 'Renamed' }), 503);
    expect((await t.call('GET', `/api/campaigns/${campaign.id}`)).body.campaign.name).toBe('Baseline');
    expect((await t.call('GET', `/api/survey/${refusedToken}`)).body.personal.answered).toBe(false);

    await rm(filler);
    expect((await answer(t, refusedToken, keyOf(refusedEmail!))).status).toBe(201);
    expect((await t.call('PATCH', `/api/campaigns/${campaign.id}`, { name: 'Renamed' })).status).toBe(200);
    const answered = [...acknowledged, refusedEmail!].sort();

    // After a restart: every acknowledged answer once, exactly those links spent (in the people files as
    // well as through the storage), no line of a response log half-written, the rename, a readable file.
    await t.storage.close();
    const onDisk = await readCampaignPeople(join(t.dataDir, 'people'), campaign.id);
    expect(
      onDisk
        .filter((i) => i.answered)
        .map((i) => i.email)
        .sort(),
    ).toEqual(answered);
    for (const id of [campaign.id, shared.campaign.id]) {
      const log = await readFile(join(t.dataDir, 'responses', `${id}.jsonl`), 'utf8');
      expect(log.endsWith('\n')).toBe(true);
      for (const line of log.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
    }
    const reopened = await openEmbeddedStorage(t.dataDir, () => undefined);
    try {
      expect(await reopened.responses.countByCampaign(campaign.id)).toBe(answered.length);
      expect(await reopened.responses.countByCampaign(shared.campaign.id)).toBe(1 + sharedStored);
      const listed = await reopened.surveyInvitations.listByCampaign(campaign.id);
      expect(
        listed
          .filter((i) => i.answered)
          .map((i) => i.email)
          .sort(),
      ).toEqual(answered);
      expect((await reopened.campaigns.get(campaign.id))!.name).toBe('Renamed');
      JSON.parse(await readFile(join(t.dataDir, 'records.json'), 'utf8'));
    } finally {
      await reopened.close();
      await rm(t.dataDir, { recursive: true, force: true });
    }
  });
});
