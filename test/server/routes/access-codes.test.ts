// Anonymous one-time access codes: issued by those who distribute the survey, shown once, stored as hashes,
// each answering once for its department, never more than the department has people, never guessable, and
// never tied to a person or to the response they gave.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { as, createClock, DAY, inviteAndAccept } from '../../fixtures/accounts';
import { respondentAnswers } from '../../fixtures/answers';
import { importStaff, staffCsv } from '../../fixtures/staff';
import {
  expectProblem,
  setUpCampaign,
  startTestApp,
  type Setup,
  type TestApp,
} from '../../fixtures/test-app';
import { expectOnlyWhatAResponseHolds, readStoredData } from '../../fixtures/stored-data';
import { auditLines, checkedResponseRows, dumpedTables, ON_POSTGRES } from '../../fixtures/test-storage';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

let respondent = 0;
const answer = (token: string, answers: Record<string, unknown> = respondentAnswers(++respondent)) =>
  t.call('POST', `/api/survey/${encodeURIComponent(token)}/responses`, { answers });

const issue = (setup: Setup, department: string, count: number, cookie = t.ownerCookie) =>
  t.call(
    'POST',
    `/api/campaigns/${setup.campaign.id}/access-codes`,
    { departmentId: setup.departmentId(department), count },
    as(cookie),
  );

async function codesFor(setup: Setup, department: string, count: number): Promise<string[]> {
  const reply = await issue(setup, department, count);
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.codes as string[];
}

async function campaignWith(departments: Record<string, number> = { Legal: 5, Sales: 20 }, open = true) {
  t = await startTestApp();
  return setUpCampaign(t, departments, { open });
}

describe('issuing access codes', () => {
  it('gives the codes once, as two groups of five from an alphabet without look-alikes, and stores only hashes', async () => {
    const setup = await campaignWith();
    const reply = await issue(setup, 'Sales', 12);
    expect(reply.status).toBe(201);
    expect(reply.body.departmentId).toBe(setup.departmentId('Sales'));
    const codes = reply.body.codes as string[];
    expect(codes).toHaveLength(12);
    expect(new Set(codes).size).toBe(12);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const res = await t.app.request(`/api/campaigns/${setup.campaign.id}/access-codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://localhost', cookie: t.ownerCookie },
      body: JSON.stringify({ departmentId: setup.departmentId('Sales'), count: 1 }),
    });
    expect(res.headers.get('cache-control')).toBe('no-store');
    const stored = await t.store.dump();
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace('-', ''));
    }
    const counts = await t.call('GET', `/api/campaigns/${setup.campaign.id}/access-codes`);
    expect(counts.body.departments).toEqual([
      { departmentId: setup.departmentId('Legal'), issued: 0 },
      { departmentId: setup.departmentId('Sales'), issued: 13 },
    ]);
    expect((await auditLines(t)).join('\n')).toContain('campaign.access-codes.issue');
  });

  it('works while the campaign is a draft, and is refused with a code once it has closed', async () => {
    const clock = createClock();
    t = await startTestApp(undefined, {}, { now: clock.now });
    const setup = await setUpCampaign(t, { Legal: 5 }, { open: false });
    await codesFor(setup, 'Legal', 2);
    expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/open`)).status).toBe(200);
    await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`);
    const refused = await issue(setup, 'Legal', 1);
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('access-codes.closed');
  });

  it('refuses a department the campaign does not have, and a batch of none or too many', async () => {
    const setup = await campaignWith();
    const path = `/api/campaigns/${setup.campaign.id}/access-codes`;
    expectProblem(await t.call('POST', path, { departmentId: 'nope', count: 1 }), 422, ['departmentId']);
    expectProblem(await t.call('POST', path, { departmentId: setup.departmentId('Legal'), count: 0 }), 422, [
      'count',
    ]);
    expectProblem(
      await t.call('POST', path, { departmentId: setup.departmentId('Legal'), count: 501 }),
      422,
      ['count'],
    );
    expect(
      (await t.call('GET', path)).body.departments.every((d: { issued: number }) => d.issued === 0),
    ).toBe(true);
  });

  it('is for administrators and the owner only', async () => {
    const setup = await campaignWith();
    for (const role of ['executive', 'consultant'] as const) {
      const reader = await inviteAndAccept(t, setup.organization.id, { email: `${role}@example.com`, role });
      expectProblem(await issue(setup, 'Legal', 1, reader.cookie), 403);
    }
    const admin = await inviteAndAccept(t, setup.organization.id, {
      email: 'a@example.com',
      role: 'administrator',
    });
    expect((await issue(setup, 'Legal', 1, admin.cookie)).status).toBe(201);
    const other = await t.call('POST', '/api/organizations', {
      name: 'Globex',
      departments: [{ name: 'X', headcount: 9 }],
    });
    const stranger = await inviteAndAccept(t, other.body.id, {
      email: 's@globex.example',
      role: 'administrator',
    });
    expectProblem(await issue(setup, 'Legal', 1, stranger.cookie), 404);
    expectProblem(
      await t.call(
        'POST',
        `/api/campaigns/${setup.campaign.id}/access-codes`,
        { departmentId: setup.departmentId('Legal'), count: 1 },
        { cookie: '' },
      ),
      401,
    );
  });
});

describe('the number of codes', () => {
  it('never exceeds the department’s headcount', async () => {
    const setup = await campaignWith();
    await codesFor(setup, 'Legal', 3);
    const refused = await issue(setup, 'Legal', 3);
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({
      code: 'access-codes.no-room',
      params: { department: 'Legal', places: 5, requested: 3 },
    });
    await codesFor(setup, 'Legal', 2);
    expectProblem(await issue(setup, 'Legal', 1), 409);
  });

  it('leaves the shared link no place the codes hold', async () => {
    const setup = await campaignWith({ Legal: 5, Sales: 20 });
    await codesFor(setup, 'Legal', 5);
    const refused = await answer(setup.tokenOf('Legal'));
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('survey.places-taken');
  });

  it('is none, with a code, for a department that holds answers through a shared link', async () => {
    const setup = await campaignWith();
    expect((await answer(setup.tokenOf('Legal'))).status).toBe(201);
    expect((await answer(setup.tokenOf('Legal'))).status).toBe(201);
    const refused = await issue(setup, 'Legal', 1);
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({
      code: 'access-codes.shared-link-answers',
      params: { department: 'Legal', unit: 'Legal' },
    });
    expect(refused.body.detail).toBe(
      'Legal already holds answers through a shared link, so it gets no access codes: an answer given with a ' +
        'code would be reported beside answers that anyone holding the link could have written, and could be ' +
        'worked out from the report. Keep using the shared link for Legal.',
    );
    const counts = await t.call('GET', `/api/campaigns/${setup.campaign.id}/access-codes`);
    expect(counts.body.departments[0]).toEqual({ departmentId: setup.departmentId('Legal'), issued: 0 });
    // Sales took no shared-link answer.
    await codesFor(setup, 'Sales', 3);
  });

  it('closes its department’s shared links, the department link and the link for everyone, used or not', async () => {
    const setup = await campaignWith({ Legal: 6, Sales: 20 });
    const [code] = await codesFor(setup, 'Legal', 1);
    for (const refused of [
      await answer(setup.tokenOf('Legal')),
      await t.call('POST', `/api/survey/${setup.wideToken}/responses`, {
        answers: respondentAnswers(++respondent),
        departmentId: setup.departmentId('Legal'),
      }),
    ]) {
      expectProblem(refused, 409);
      expect(refused.body).toMatchObject({
        code: 'survey.shared-link-closed',
        params: { department: 'Legal' },
      });
    }
    expect((await answer(code!)).status).toBe(201);
    expectProblem(await answer(setup.tokenOf('Legal')), 409);
    expect((await answer(setup.tokenOf('Sales'))).status).toBe(201);
  });

  it('counts a reporting group as one: no codes beside a merged department’s shared-link answers, and no shared-link answers beside a merged department’s codes', async () => {
    t = await startTestApp();
    const setup = await setUpCampaign(t, { Legal: 2, Ops: 6, Sales: 20, Tax: 2, Audit: 6 }, { open: false });
    for (const [name, pair] of [
      ['Back office', ['Legal', 'Ops']],
      ['Finance', ['Tax', 'Audit']],
    ] as const) {
      const merged = await t.call('POST', `/api/campaigns/${setup.campaign.id}/reporting-groups`, {
        name,
        departmentIds: pair.map(setup.departmentId),
      });
      expect(merged.status).toBe(201);
    }
    await codesFor(setup, 'Tax', 1);
    expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/open`)).status).toBe(200);
    const closed = await answer(setup.tokenOf('Audit'));
    expectProblem(closed, 409);
    expect(closed.body.code).toBe('survey.shared-link-closed');
    expect((await answer(setup.tokenOf('Ops'))).status).toBe(201);
    const refused = await issue(setup, 'Legal', 1);
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({
      code: 'access-codes.shared-link-answers',
      params: { department: 'Legal', unit: 'Back office' },
    });
    expect(refused.body.detail).toMatch(/^Back office, the reporting group of Legal, already holds answers/);
  });

  it('is none where a staff list gives everyone a personal link', async () => {
    const setup = await campaignWith();
    await importStaff(t, setup.campaign.id, staffCsv({ Legal: 5 }));
    expectProblem(await issue(setup, 'Legal', 1), 409);
  });

  it('lets no two batches at once overfill a department', async () => {
    const setup = await campaignWith();
    const replies = await Promise.all([1, 2, 3, 4, 5, 6].map(() => issue(setup, 'Legal', 2)));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(2);
    const counts = await t.call('GET', `/api/campaigns/${setup.campaign.id}/access-codes`);
    expect(counts.body.departments[0].issued).toBe(4);
  });
});

describe('answering with a code', () => {
  it('opens the survey for its department however the code is typed, and answers once', async () => {
    const setup = await campaignWith();
    const [code] = await codesFor(setup, 'Legal', 1);
    for (const typed of [code!, code!.toLowerCase(), code!.replace('-', '')]) {
      const survey = await t.call('GET', `/api/survey/${typed}`);
      expect(survey.status).toBe(200);
      expect(survey.body).toMatchObject({
        department: 'Legal',
        personal: null,
        accessCode: { answered: false },
      });
    }
    expect((await answer(code!.toLowerCase())).status).toBe(201);
    const again = await answer(code!);
    expectProblem(again, 409);
    expect(again.body.code).toBe('access-code.used');
    expect((await t.call('GET', `/api/survey/${code}`)).body.accessCode).toEqual({ answered: true });
    const [stored] = await t.storage.responses.listByCampaign(setup.campaign.id);
    expect(stored!.departmentId).toBe(setup.departmentId('Legal'));
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(1);
  });

  it('files the answer under the code’s department whatever department the body names', async () => {
    const setup = await campaignWith();
    const [code] = await codesFor(setup, 'Legal', 1);
    const reply = await t.call('POST', `/api/survey/${code}/responses`, {
      answers: respondentAnswers(1),
      departmentId: setup.departmentId('Sales'),
    });
    expect(reply.status).toBe(201);
    expect((await t.storage.responses.listByCampaign(setup.campaign.id))[0]!.departmentId).toBe(
      setup.departmentId('Legal'),
    );
  });

  it('counts one answer when the same code is sent from several devices at once', async () => {
    const setup = await campaignWith();
    const [code] = await codesFor(setup, 'Legal', 1);
    const replies = await Promise.all([1, 2, 3, 4, 5].map(() => answer(code!)));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(1);
  });

  it('is not spent by an answer the server refuses', async () => {
    const setup = await campaignWith();
    const [code] = await codesFor(setup, 'Legal', 1);
    expectProblem(await answer(code!, { no_such_question: 1 }), 422);
    expect((await answer(code!)).status).toBe(201);
  });

  it('is refused once the campaign is past its last day', async () => {
    const clock = createClock();
    t = await startTestApp(undefined, {}, { now: clock.now });
    const setup = await setUpCampaign(t, { Legal: 5 });
    await t.call('PATCH', `/api/campaigns/${setup.campaign.id}`, {
      closesAt: new Date(clock.now() + DAY).toISOString(),
    });
    const [code] = await codesFor(setup, 'Legal', 1);
    clock.advance(2 * DAY);
    expectProblem(await answer(code!), 409);
    expect((await t.call('GET', `/api/survey/${code}`)).body.status).toBe('closed');
  });
});

describe('guessing codes', () => {
  it('makes an address wait after too many codes that do not exist, and costs nothing for codes that do', async () => {
    t = await startTestApp(undefined, { codeGuessLimit: { limit: 3, windowMs: 60_000 } });
    const setup = await setUpCampaign(t, { Legal: 5 });
    const codes = await codesFor(setup, 'Legal', 5);
    // Real codes never count against the address.
    for (const code of codes) expect((await t.call('GET', `/api/survey/${code}`)).status).toBe(200);
    for (const guess of ['AAAAA-AAAAA', 'BBBBB-BBBBB', 'CCCCC-CCCCC']) {
      expectProblem(await t.call('GET', `/api/survey/${guess}`), 404);
    }
    const limited = await t.call('GET', '/api/survey/DDDDD-DDDDD');
    expectProblem(limited, 429);
    expect(limited.body.detail).toMatch(/access codes that do not exist/);
    // Submitting through a guessed code counts the same, and a real code waits too until the window ends.
    expectProblem(await answer('EEEEE-EEEEE'), 429);
    expectProblem(await t.call('GET', `/api/survey/${codes[0]}`), 429);
    // Shared links, 43 characters long, are never taken for guessed codes.
    expect((await t.call('GET', `/api/survey/${setup.tokenOf('Legal')}`)).status).toBe(200);
  });
});

describe('what is stored', () => {
  it.skipIf(ON_POSTGRES)('links no code to any response', async () => {
    const setup = await campaignWith({ Legal: 8, Sales: 8 });
    const legal = await codesFor(setup, 'Legal', 4);
    const sales = await codesFor(setup, 'Sales', 4);
    const used = [legal[2]!, sales[0]!, legal[0]!, sales[3]!];
    for (const code of used) expect((await answer(code)).status).toBe(201);

    const { records, log, responses } = await readStoredData(t.dataDir);
    expect(responses).toHaveLength(4);
    expectOnlyWhatAResponseHolds(responses);
    const codes = records.accessCodes as Record<string, unknown>[];
    expect(codes).toHaveLength(8);
    // A code keeps its campaign, department, hash, day and whether it was used: no time, no response.
    for (const code of codes) {
      expect(Object.keys(code).sort()).toEqual([
        'answered',
        'campaignId',
        'codeHash',
        'createdOn',
        'departmentId',
        'id',
      ]);
      expect(log).not.toContain(code.id as string);
      expect(log).not.toContain(code.codeHash as string);
    }
    const codesText = JSON.stringify(codes);
    for (const r of responses) {
      expect(codesText).not.toContain(r.id);
      expect(codesText).not.toContain(r.claim);
    }
    for (const code of [...legal, ...sales]) {
      expect(log).not.toContain(code);
      expect(log).not.toContain(code.replace('-', ''));
    }
    expect(codes.filter((c) => c.answered)).toHaveLength(4);
    const audit = await readFile(join(t.dataDir, 'audit.jsonl'), 'utf8');
    expect(audit).not.toMatch(/survey|response|answer/i);
  });

  it.runIf(ON_POSTGRES)('links no code to any response in any row of the schema', async () => {
    const setup = await campaignWith({ Legal: 8, Sales: 8 });
    const legal = await codesFor(setup, 'Legal', 4);
    const sales = await codesFor(setup, 'Sales', 4);
    const used = [legal[2]!, sales[0]!, legal[0]!, sales[3]!];
    for (const code of used) expect((await answer(code)).status).toBe(201);

    const dump = await t.store.dump();
    const tables = dumpedTables(dump);
    const rows = (name: string) => tables.get(name) ?? [];
    // Whether folded yet or still in the inbox, a response row holds nothing of a code.
    const responseRows = checkedResponseRows(tables);
    const responses = responseRows.map((row) => row.doc as Record<string, unknown>);
    expect(responses).toHaveLength(4);
    const responseText = JSON.stringify(responseRows);
    const codeRows = rows('access_codes');
    expect(codeRows).toHaveLength(8);
    // A code keeps its campaign, department, hash, day and whether it was used: no time, no response.
    for (const row of codeRows) {
      expect(Object.keys(row).sort()).toEqual([
        'answered',
        'campaign_id',
        'code_hash',
        'department_id',
        'doc',
        'id',
      ]);
      expect(Object.keys(row.doc as object).sort()).toEqual([
        'campaignId',
        'codeHash',
        'createdOn',
        'departmentId',
        'id',
      ]);
      expect(responseText).not.toContain(row.id as string);
      expect(responseText).not.toContain(row.code_hash as string);
    }
    const codesText = JSON.stringify([codeRows, rows('pending_spends'), rows('submission_keys')]);
    for (const r of responses) expect(codesText).not.toContain(r.id);
    for (const code of [...legal, ...sales]) {
      expect(dump).not.toContain(code);
      expect(dump).not.toContain(code.replace('-', ''));
    }
    // Used: marked on the row, or still a pending spend ('c:' and the code's id) waiting for the fold.
    const pending = rows('pending_spends').flatMap((row) => row.tickets as string[]);
    expect(codeRows.filter((c) => c.answered === true || pending.includes(`c:${c.id}`))).toHaveLength(4);
    expect((await auditLines(t)).join('\n')).not.toMatch(/survey|response|answer/i);
  });

  it('keeps a used code used across a restart of the server', async () => {
    const setup = await campaignWith();
    const [code] = await codesFor(setup, 'Legal', 1);
    expect((await answer(code!)).status).toBe(201);
    // A second app on the same storage stands for a restart of everything held in memory.
    const again = createApp(t.deps, { loginLimit: null, signInDelay: null });
    const res = await again.request(`/api/survey/${code}`);
    expect(((await res.json()) as { accessCode: unknown }).accessCode).toEqual({ answered: true });
  });
});
