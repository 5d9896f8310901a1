// What the embedded storage finds after a stop at the worst moments of a submission, set up by writing the
// files as a crash would have left them, then opening the storage as a restart does.

import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inviteStaff } from '../../../../server/domain/campaigns/survey-invitation';
import { openEmbeddedStorage } from '../../../../server/storage/embedded/open-embedded-storage';
import { openRespondentMarksFile } from '../../../../server/storage/embedded/respondent-marks-file';
import { makeResponse } from '../../../fixtures/make-response';

let dir: string;
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const warningsOf = () => {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => warnings.push(m) };
};

async function withInvitations(emails: string[]) {
  dir = await mkdtemp(join(tmpdir(), 'groundwork-interrupted-'));
  const storage = await openEmbeddedStorage(dir, () => undefined);
  const people = inviteStaff(
    emails.map((email) => ({ email, name: '', departmentId: 'd1', language: 'en' as const })),
    'c-1',
    '2026-03-01',
    (() => {
      let n = 0;
      return () => `inv-${++n}`;
    })(),
  );
  await storage.surveyInvitations.addMany(people);
  await storage.close();
  return people;
}

/**
 * Puts a claim on an invitation's slot in the campaign's marks file, as the first step of a submission leaves
 * it (the person opened the link, then submitted).
 */
async function leaveClaim(invitationId: string, claim: string) {
  const log = await readFile(join(dir, 'people', 'c-1.0.log'), 'utf8');
  const people = log
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => (JSON.parse(line) as { add?: { id: string; slot: number }[] }).add ?? []);
  const slot = people.find((p) => p.id === invitationId)!.slot;
  const marks = openRespondentMarksFile(join(dir, 'people', 'c-1.marks'));
  marks.reserve(0, slot + 1);
  await marks.set(slot, { started: true, answered: false, claim });
  await marks.close();
}

/** Everything the storage keeps of people and codes, as raw text: the records file and the people files. */
async function storedText(): Promise<string> {
  const names = await readdir(join(dir, 'people'));
  const files = await Promise.all(names.map((n) => readFile(join(dir, 'people', n), 'latin1')));
  return [await readFile(join(dir, 'records.json'), 'utf8'), ...files].join('\n');
}

const logPath = () => join(dir, 'responses', 'c-1.jsonl');

describe('a restart after a submission was interrupted', () => {
  it('marks the person answered when their response reached the log before the stop', async () => {
    await withInvitations(['a@x.org', 'b@x.org']);
    await leaveClaim('inv-1', 'claim-of-a');
    await appendFile(
      logPath(),
      `${JSON.stringify({ ...makeResponse({ campaignId: 'c-1' }), claim: 'claim-of-a' })}\n`,
    );
    const { warnings, warn } = warningsOf();
    const storage = await openEmbeddedStorage(dir, warn);
    const [a, b] = await storage.surveyInvitations.listByCampaign('c-1');
    expect(a).toMatchObject({ answered: true });
    expect(b).toMatchObject({ answered: false });
    expect(await storage.responses.countByCampaign('c-1')).toBe(1);
    expect(warnings.join('\n')).toMatch(/1 personal link\(s\) marked answered/);
    await storage.close();
    // Settled for good: the claim is gone from every file but the response's line.
    expect(await storedText()).not.toContain('claim-of-a');
  });

  it('settles a claim left in the records file by an earlier version, moving its people out of it', async () => {
    await withInvitations(['a@x.org', 'b@x.org']);
    // As an earlier version kept them: every invitation in records.json, the claim on the record.
    const storage = await openEmbeddedStorage(dir, () => undefined);
    const listed = await storage.surveyInvitations.listByCampaign('c-1');
    await storage.close();
    await rm(join(dir, 'people'), { recursive: true });
    const records = JSON.parse(await readFile(join(dir, 'records.json'), 'utf8'));
    records.surveyInvitations = listed.map((i) =>
      i.id === 'inv-1' ? { ...i, pendingClaim: 'claim-of-a' } : i,
    );
    await writeFile(join(dir, 'records.json'), JSON.stringify(records));
    await appendFile(
      logPath(),
      `${JSON.stringify({ ...makeResponse({ campaignId: 'c-1' }), claim: 'claim-of-a' })}\n`,
    );
    const { warnings, warn } = warningsOf();
    const reopened = await openEmbeddedStorage(dir, warn);
    const [a, b] = await reopened.surveyInvitations.listByCampaign('c-1');
    expect(a).toMatchObject({ email: 'a@x.org', answered: true });
    expect(b).toMatchObject({ email: 'b@x.org', answered: false });
    expect(warnings.join('\n')).toMatch(/1 personal link\(s\) marked answered/);
    await reopened.close();
    expect(JSON.parse(await readFile(join(dir, 'records.json'), 'utf8')).surveyInvitations).toEqual([]);
    expect(await storedText()).not.toContain('claim-of-a');
  });

  it('frees the link when the stop came before the response was stored, so the person can still answer', async () => {
    await withInvitations(['a@x.org']);
    await leaveClaim('inv-1', 'claim-of-a');
    const { warnings, warn } = warningsOf();
    const storage = await openEmbeddedStorage(dir, warn);
    expect((await storage.surveyInvitations.listByCampaign('c-1'))[0]).toMatchObject({ answered: false });
    expect(warnings.join('\n')).toMatch(/1 freed/);
    const outcome = await storage.submissions.submit({
      response: makeResponse({ campaignId: 'c-1' }),
      invitationId: 'inv-1',
      keyHash: null,
    });
    expect(outcome).toBe('stored');
    await storage.close();
  });
});

describe('a response log with a line written twice', () => {
  it('counts the response once and says so', async () => {
    await withInvitations([]);
    const response = makeResponse({ campaignId: 'c-1' });
    const other = makeResponse({ campaignId: 'c-1' });
    const lines = [response, other, response].map((r) => JSON.stringify(r)).join('\n');
    await writeFile(logPath(), `${lines}\n`);
    const { warnings, warn } = warningsOf();
    const storage = await openEmbeddedStorage(dir, warn);
    expect((await storage.responses.listByCampaign('c-1')).map((r) => r.id)).toEqual([response.id, other.id]);
    expect(warnings.join('\n')).toMatch(/1 line repeated an earlier response and was ignored/);
    await storage.close();
  });

  it('counts two lines with one idempotency key once: the same submission stored twice', async () => {
    await withInvitations([]);
    const lines = [makeResponse({ campaignId: 'c-1' }), makeResponse({ campaignId: 'c-1' })]
      .map((r) => JSON.stringify({ ...r, key: 'same-key' }))
      .join('\n');
    await writeFile(logPath(), `${lines}\n`);
    const storage = await openEmbeddedStorage(dir, () => undefined);
    expect(await storage.responses.countByCampaign('c-1')).toBe(1);
    await storage.close();
  });
});

describe('a restart after a submission through an access code was interrupted', () => {
  async function withCodes() {
    dir = await mkdtemp(join(tmpdir(), 'groundwork-interrupted-'));
    const storage = await openEmbeddedStorage(dir, () => undefined);
    const code = (n: number) => ({
      id: `code-${n}`,
      campaignId: 'c-1',
      departmentId: 'd1',
      codeHash: `hash-${n}`,
      createdOn: '2026-03-01',
      answered: false,
    });
    await storage.accessCodes.issue([code(1), code(2)], 5);
    await storage.close();
    const path = join(dir, 'records.json');
    const records = JSON.parse(await readFile(path, 'utf8'));
    records.accessCodes[0].pendingClaim = 'claim-of-code-1';
    records.accessCodes[1].pendingClaim = 'claim-of-code-2';
    await writeFile(path, JSON.stringify(records));
  }

  it('marks the code used where its response reached the log, and frees it where not', async () => {
    await withCodes();
    await appendFile(
      logPath(),
      `${JSON.stringify({ ...makeResponse({ campaignId: 'c-1' }), claim: 'claim-of-code-1' })}\n`,
    );
    const { warnings, warn } = warningsOf();
    const storage = await openEmbeddedStorage(dir, warn);
    expect((await storage.accessCodes.findByCodeHash('hash-1'))?.answered).toBe(true);
    expect((await storage.accessCodes.findByCodeHash('hash-2'))?.answered).toBe(false);
    expect(warnings.join('\n')).toMatch(/1 access code\(s\) marked used, 1 freed/);
    expect(await readFile(join(dir, 'records.json'), 'utf8')).not.toMatch(/claim-of-code/);
    const outcome = await storage.submissions.submit({
      response: makeResponse({ campaignId: 'c-1' }),
      invitationId: null,
      accessCodeId: 'code-2',
      keyHash: null,
    });
    expect(outcome).toBe('stored');
    await storage.close();
  });
});
