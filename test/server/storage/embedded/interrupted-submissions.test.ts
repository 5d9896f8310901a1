// What the embedded storage finds after a stop at the worst moments of a submission, set up by writing the
// files as a crash would have left them, then opening the storage as a restart does.

import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inviteStaff } from '../../../../server/domain/campaigns/survey-invitation';
import { openEmbeddedStorage } from '../../../../server/storage/embedded/open-embedded-storage';
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

/** Puts a claim on an invitation in records.json, as the first step of a submission leaves it. */
async function leaveClaim(invitationId: string, claim: string) {
  const path = join(dir, 'records.json');
  const records = JSON.parse(await readFile(path, 'utf8'));
  const invitation = records.surveyInvitations.find((i: { id: string }) => i.id === invitationId);
  invitation.pendingClaim = claim;
  await writeFile(path, JSON.stringify(records));
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
    // Settled for good: the claim is gone from the records file.
    expect(await readFile(join(dir, 'records.json'), 'utf8')).not.toContain('claim-of-a');
    await storage.close();
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
