// Personal invitation links: one person, one answer, and nothing stored that ties the answer to them.

import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCampaignPeople } from '../../../server/storage/embedded/people-directory';
import { createClock, DAY } from '../../fixtures/accounts';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';
import { scoreable } from '../../fixtures/answers';
import { expectOnlyWhatAResponseHolds, readStoredData } from '../../fixtures/stored-data';
import { checkedResponseRows, dumpedTables, ON_POSTGRES } from '../../fixtures/test-storage';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const answer = (token: string, answers: Record<string, unknown> = scoreable({ pay_fair: 4 })) =>
  t.call('POST', `/api/survey/${token}/responses`, { answers });

async function invited(people: Record<string, number> = { Sales: 6, Operations: 6 }, clock = createClock()) {
  t = await startTestApp(undefined, {}, { now: clock.now });
  const setup = await setUpCampaign(t, Object.fromEntries(Object.keys(people).map((d) => [d, 20])));
  await importStaff(t, setup.campaign.id, staffCsv(people));
  const tokens = await mailMergeTokens(t, setup.campaign.id);
  return { ...setup, tokens, clock };
}

describe('a personal link', () => {
  it('opens the survey for the person’s own department, marks it started, and accepts one answer', async () => {
    const { tokens, campaign } = await invited();
    const token = tokens.get('operations2@example.com')!;
    const survey = await t.call('GET', `/api/survey/${token}`);
    expect(survey.status).toBe(200);
    expect(survey.body).toMatchObject({
      department: 'Operations',
      status: 'open',
      personal: { answered: false },
    });
    const stored = await t.storage.surveyInvitations.listByCampaign(campaign.id);
    expect(stored.find((i) => i.email === 'operations2@example.com')!.started).toBe(true);

    expect((await answer(token)).status).toBe(201);
    const again = await answer(token);
    expectProblem(again, 409);
    expect(again.body.detail).toMatch(/already been used/);
    expect((await t.call('GET', `/api/survey/${token}`)).body.personal.answered).toBe(true);
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(1);
  });

  it('files the answer under the person’s department whatever department the body names', async () => {
    const { tokens, campaign, departmentId } = await invited();
    const reply = await t.call('POST', `/api/survey/${tokens.get('sales1@example.com')}/responses`, {
      answers: scoreable({ pay_fair: 4 }),
      departmentId: departmentId('Operations'),
    });
    expect(reply.status).toBe(201);
    const [stored] = await t.storage.responses.listByCampaign(campaign.id);
    expect(stored!.departmentId).toBe(departmentId('Sales'));
  });

  it('counts one answer when the same person submits through two of their links at once', async () => {
    const { tokens, campaign } = await invited({ Sales: 6 });
    const reminders = await mailMergeTokens(t, campaign.id, 'reminder');
    const first = tokens.get('sales3@example.com')!;
    const second = reminders.get('sales3@example.com')!;
    expect(second).not.toBe(first);
    const replies = await Promise.all([answer(first), answer(second), answer(first), answer(second)]);
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(1);
  });

  it('is not spent by an answer the server refuses', async () => {
    const { tokens } = await invited();
    const token = tokens.get('sales1@example.com')!;
    expectProblem(await answer(token, { no_such_question: 1 }), 422);
    expect((await answer(token)).status).toBe(201);
  });

  it.each([
    { what: 'a token nobody was given', token: 'x'.repeat(43) },
    { what: 'a token with characters no link has', token: 'abc$def' },
  ])('answers $what with a 404', async ({ token }) => {
    await invited();
    const reply = await t.call('GET', `/api/survey/${encodeURIComponent(token)}`);
    expect([404, 422]).toContain(reply.status);
    expect(reply.contentType).toMatch(/problem\+json/);
  });

  it('refuses answers once the campaign is closed, and after its closing date', async () => {
    const clock = createClock();
    const { tokens, campaign } = await invited({ Sales: 6 }, clock);
    await t.call('PATCH', `/api/campaigns/${campaign.id}`, {
      closesAt: new Date(clock.now() + 2 * DAY).toISOString(),
    });
    expect((await answer(tokens.get('sales1@example.com')!)).status).toBe(201);
    clock.advance(3 * DAY);
    const late = await answer(tokens.get('sales2@example.com')!);
    expectProblem(late, 409);
    expect(late.body.detail).toMatch(/closed/);
    expect((await t.call('GET', `/api/survey/${tokens.get('sales2@example.com')}`)).body.status).toBe(
      'closed',
    );
  });
});

describe('mail-merge files', () => {
  it('are refused before the campaign opens', async () => {
    t = await startTestApp();
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    await importStaff(t, campaign.id, staffCsv({ Sales: 3 }));
    expectProblem(
      await t.call('POST', `/api/campaigns/${campaign.id}/mail-merge`, { kind: 'invitation' }),
      409,
    );
  });

  it('neutralise a name a spreadsheet would run as a formula', async () => {
    t = await startTestApp();
    const { campaign } = await setUpCampaign(t, { Sales: 10 });
    await importStaff(
      t,
      campaign.id,
      'email,name,department\nx@example.com,"=HYPERLINK(""http://evil"")",Sales',
    );
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/mail-merge`, { kind: 'invitation' });
    expect(reply.contentType).toMatch(/^text\/csv/);
    expect(reply.body).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(reply.body).toContain("'=HYPERLINK");
  });

  it('for reminders list only those sent a link who have not answered', async () => {
    const { tokens, campaign } = await invited({ Sales: 6 });
    for (const email of ['sales1@example.com', 'sales2@example.com']) {
      expect((await answer(tokens.get(email)!)).status).toBe(201);
    }
    const reminders = await mailMergeTokens(t, campaign.id, 'reminder');
    expect([...reminders.keys()].sort()).toEqual([
      'sales3@example.com',
      'sales4@example.com',
      'sales5@example.com',
      'sales6@example.com',
    ]);
    expectProblem(
      await t.call('POST', `/api/campaigns/${campaign.id}/mail-merge`, { kind: 'invitation' }),
      409,
    );
  });
});

describe('what is stored', () => {
  /** Every file of the people directory (staff list snapshot, its log, the marks), by name, as bytes. */
  async function peopleFiles(dataDir: string): Promise<Map<string, Buffer>> {
    const dir = join(dataDir, 'people');
    const names = (await readdir(dir)).sort();
    return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
  }

  /** Stops the server, its writes landed, keeping its data directory for reading until the test ends. */
  async function stopped() {
    const { storage, dataDir } = t;
    await storage.close();
    t = { ...t, close: () => rm(dataDir, { recursive: true, force: true }) };
  }

  /** The campaign's invitations, its people files and the stored responses once `order` has answered. */
  async function answeredInOrder(order: readonly string[]) {
    const { tokens, campaign } = await invited({ Sales: 6, Operations: 6 });
    const before = await peopleFiles(t.dataDir);
    for (const email of order) expect((await answer(tokens.get(email)!)).status).toBe(201);
    const stored = await readStoredData(t.dataDir);
    // The people files are read once the server has stopped: a settled claim's stale copy in the marks file
    // is overwritten by the write after the settling one, which may still be on its way at the 201.
    await stopped();
    const invitations = await readCampaignPeople(join(t.dataDir, 'people'), campaign.id);
    return { tokens, campaign, before, files: await peopleFiles(t.dataDir), invitations, ...stored };
  }

  const order = [
    'operations4@example.com',
    'sales2@example.com',
    'sales6@example.com',
    'operations1@example.com',
  ];

  it.skipIf(ON_POSTGRES)('links no invitation to any response', async () => {
    const { tokens, campaign, before, files, invitations, records, log, responses } =
      await answeredInOrder(order);
    expect(responses).toHaveLength(4);
    expectOnlyWhatAResponseHolds(responses);
    // The invitations live in the people files now, none in the records file.
    expect(records.surveyInvitations ?? []).toEqual([]);
    expect([...files.keys()].some((name) => name.endsWith('.marks'))).toBe(true);

    // No value of a response (ids, hashes, tokens, emails) appears in any invitation, nor the other way round.
    const responseText = log;
    for (const invitation of invitations) {
      for (const value of [invitation.id, invitation.email, ...invitation.tokenHashes]) {
        expect(responseText).not.toContain(value);
      }
    }
    const invitationText = JSON.stringify(invitations);
    for (const r of responses) {
      expect(invitationText).not.toContain(r.id);
      expect(invitationText).not.toContain(r.claim);
    }
    for (const token of tokens.values()) {
      expect(responseText).not.toContain(token);
      expect(invitationText).not.toContain(token);
    }
    // Nor in the people files as they lie on disk: a settled claim is overwritten in the marks file.
    for (const [name, bytes] of files) {
      for (const r of responses) {
        expect(bytes.includes(Buffer.from(r.id as string)), `${name} holds response ${r.id}`).toBe(false);
        expect(bytes.includes(Buffer.from(r.claim as string)), `${name} holds a claim`).toBe(false);
      }
      for (const token of tokens.values()) expect(bytes.includes(Buffer.from(token))).toBe(false);
      // No time finer than the day in the list's text (the marks file holds flags, counters and checksums).
      if (!name.endsWith('.marks')) expect(bytes.toString('utf8')).not.toMatch(/\d{2}:\d{2}/);
    }

    // Invitations keep only whether someone answered, with no time, in the order of the staff list.
    expect(invitations.map((i) => i.email)).toEqual([...tokens.keys()]);
    for (const invitation of invitations) {
      expect(invitation).not.toHaveProperty('answeredOn');
      expect(typeof invitation.answered).toBe('boolean');
      for (const day of [invitation.createdOn, invitation.sentOn, invitation.remindedOn]) {
        if (day !== null) expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    expect(
      invitations
        .filter((i) => i.answered)
        .map((i) => i.email)
        .sort(),
    ).toEqual([...order].sort());
    // Answering wrote only the marks: the list's snapshot and log are as the administrators left them.
    for (const [name, bytes] of files) {
      if (!name.endsWith('.marks')) expect(bytes.equals(before.get(name)!), `${name} changed`).toBe(true);
    }
    // The audit log records administrators' actions, never a respondent's.
    const audit = await readFile(join(t.dataDir, 'audit.jsonl'), 'utf8');
    expect(audit).not.toMatch(/survey|response|answer/i);
    expect(campaign.id).toBeTruthy();
  });

  it.runIf(ON_POSTGRES)('links no invitation to any response in any row of the schema', async () => {
    const { tokens, campaign } = await invited({ Sales: 6, Operations: 6 });
    const before = dumpedTables(await t.store.dump());
    for (const email of order) expect((await answer(tokens.get(email)!)).status).toBe(201);
    const dump = await t.store.dump();
    const tables = dumpedTables(dump);
    const rows = (name: string) => tables.get(name) ?? [];

    // Whether folded yet or still in the inbox, a response row holds nothing of a person.
    const responseRows = checkedResponseRows(tables);
    const responses = responseRows.map((row) => row.doc as Record<string, unknown>);
    expect(responses).toHaveLength(4);
    const people = rows('survey_people');
    const links = rows('person_links');
    expect(people).toHaveLength(12);
    expect(links.length).toBeGreaterThanOrEqual(12);
    const responseText = JSON.stringify(responseRows);
    for (const person of people) {
      const hashes = links.filter((l) => l.person_id === person.id).map((l) => l.token_hash as string);
      expect(hashes).not.toEqual([]);
      for (const value of [person.id as string, person.email as string, ...hashes]) {
        expect(responseText).not.toContain(value);
      }
    }
    const personText = JSON.stringify([people, links, rows('pending_spends'), rows('access_codes')]);
    for (const r of responses) expect(personText).not.toContain(r.id);
    for (const token of tokens.values()) expect(dump).not.toContain(token);
    // No time finer than the day about a person.
    expect(JSON.stringify(people)).not.toMatch(/\d{2}:\d{2}/);

    // Invitations keep only whether someone answered, with no time, in the order of the staff list.
    const invitations = await t.storage.surveyInvitations.listByCampaign(campaign.id);
    expect(invitations.map((i) => i.email)).toEqual([...tokens.keys()]);
    for (const invitation of invitations) {
      expect(invitation).not.toHaveProperty('answeredOn');
      expect(typeof invitation.answered).toBe('boolean');
    }
    expect(
      invitations
        .filter((i) => i.answered)
        .map((i) => i.email)
        .sort(),
    ).toEqual([...order].sort());
    // Answering changed only the marks: each person's row is otherwise as the administrators left it.
    const unmarked = (list: Record<string, unknown>[]) =>
      list.map(({ started: _started, answered: _answered, ...rest }) => JSON.stringify(rest)).sort();
    expect(unmarked(people)).toEqual(unmarked(before.get('survey_people')!));
    expect(JSON.stringify(links)).toBe(JSON.stringify(before.get('person_links')));
    // The audit log records administrators' actions, never a respondent's.
    expect(JSON.stringify(rows('audit_log'))).not.toMatch(/survey|response|answer/i);
  });

  // The marks file is the embedded store's; on PostgreSQL, attack-anonymity.test.ts ("keep no order of
  // answering") and responses-anonymity.test.ts prove that no row keeps the order people answered in.
  it.skipIf(ON_POSTGRES)('keeps the same marks whatever order the same people answered in', async () => {
    const first = await answeredInOrder(order);
    const marks = (run: typeof first) => run.files.get(`${run.campaign.id}.marks`)!;
    await t.close();
    const second = await answeredInOrder(order.toReversed());
    expect(marks(second).equals(marks(first))).toBe(true);
  });
});

describe('a campaign run in one language', () => {
  it('offers the survey and writes every message in that language, whatever the person’s own', async () => {
    t = await startTestApp();
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    expect((await t.call('PATCH', `/api/campaigns/${campaign.id}`, { languages: ['zh-cn'] })).status).toBe(
      200,
    );
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/open`)).status).toBe(200);
    await importStaff(t, campaign.id, 'email,department,language\nann@example.com,Sales,en');
    const file = await t.call('POST', `/api/campaigns/${campaign.id}/mail-merge`, { kind: 'invitation' });
    expect(file.body).toContain('邀请您参与');
    const token = /\/s\/([A-Za-z0-9_-]+)/.exec(file.body as string)![1]!;
    expect((await t.call('GET', `/api/survey/${token}`)).body).toMatchObject({
      languages: ['zh-cn'],
      personal: { language: 'en' },
    });
  });
});
