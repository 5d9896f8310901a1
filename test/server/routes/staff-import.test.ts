import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storedText } from '../../fixtures/accounts';
import { LOOK_ALIKES } from '../../fixtures/look-alike-names';
import { respondentAnswers } from '../../fixtures/answers';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

let respondent = 0;
const answer = (token: string, departmentId?: string) =>
  t.call('POST', `/api/survey/${token}/responses`, {
    answers: respondentAnswers(++respondent),
    ...(departmentId ? { departmentId } : {}),
  });

const preview = (id: string, csv: string) => t.call('POST', `/api/campaigns/${id}/staff/preview`, { csv });

describe('staff list preview', () => {
  it('reads a spreadsheet export with a BOM, semicolons, quotes and blank lines, saving nothing', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 12 }, { open: false });
    const csv =
      '\uFEFFemail;name;department\r\n\r\n"ann@example.com";"Lee; Ann";Sales\r\nbob@example.com;Bob;operations\r\n;;\r\n';
    const before = await storedText(t);
    const reply = await preview(campaign.id, csv);
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toEqual([]);
    expect(reply.body.people.map((p: { name: string }) => p.name)).toEqual(['Lee; Ann', 'Bob']);
    expect(reply.body.byDepartment.map((d: { count: number }) => d.count)).toEqual([1, 1]);
    expect(await storedText(t)).toBe(before);
  });

  it('reports every problem by line, and departments it does not know', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    const csv =
      'email,department\nann@example.com,Sales\nnot-an-email,Sales\nann@example.com,Sales\ncid@example.com,Legal';
    const reply = await preview(campaign.id, csv);
    expect(reply.status).toBe(200);
    expect(reply.body.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [3, 'email'],
      [4, 'email'],
      [5, 'department'],
    ]);
    expect(reply.body.unknownDepartments).toEqual(['Legal']);
    // A code and the values its sentence needs arrive with each message, for the page to word them.
    expect(reply.body.errors.map((e: { code: string; params: object }) => [e.code, e.params])).toEqual([
      ['staff.email-invalid', { email: 'not-an-email' }],
      ['staff.email-repeated', { firstLine: 2 }],
      ['staff.department-unknown', { department: 'Legal' }],
    ]);
  });

  it.each([
    { what: 'an empty file', body: { csv: '' }, fields: ['csv'] },
    { what: 'no csv field', body: {}, fields: ['csv'] },
    { what: 'a number for the file', body: { csv: 42 }, fields: ['csv'] },
    { what: 'an unknown field', body: { csv: 'email,department', extra: 1 }, fields: [] },
  ])('refuses $what with a 422', async ({ body, fields }) => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    expectProblem(await t.call('POST', `/api/campaigns/${campaign.id}/staff/preview`, body), 422, fields);
  });

  it('answers an unterminated quote with a 422 naming the file, not a 500', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    const reply = await preview(campaign.id, 'email,department\n"ann@example.com,Sales');
    expect([200, 422]).toContain(reply.status);
    if (reply.status === 200) expect(reply.body.errors.length).toBeGreaterThan(0);
    else expectProblem(reply, 422, ['csv']);
  });

  it('gives a file it cannot read a code: the line of the quote at fault, or the most rows it takes', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    const reply = await preview(
      campaign.id,
      'email,department\nann@example.com,Sales\n"bo@example.com,Sales',
    );
    expectProblem(reply, 422, ['csv']);
    expect(reply.body.errors).toEqual([
      {
        field: 'csv',
        message: expect.stringMatching(/^line 3: /),
        code: 'csv.unreadable',
        params: { line: 3, reason: 'quote-not-closed' },
      },
    ]);
    const rows = Array.from({ length: 20_000 }, (_, i) => `p${i}@x.cn,Sales`);
    const long = await preview(campaign.id, ['email,department', ...rows].join('\n'));
    expectProblem(long, 422, ['csv']);
    expect(long.body.errors).toMatchObject([{ code: 'csv.too-many-rows', params: { max: 20_000 } }]);
  });
});

describe('staff list import', () => {
  it('adds everyone and makes the list the denominator of response rates and the disclosure preview', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 50, Operations: 50 }, { open: false });
    expect((await importStaff(t, campaign.id, staffCsv({ Sales: 12, Operations: 3 }))).added).toBe(15);
    const detail = (await t.call('GET', `/api/campaigns/${campaign.id}`)).body;
    expect(detail.progress.departments.map((d: { invited: number }) => d.invited)).toEqual([12, 3]);
    expect(detail.progress.headcount).toBe(15);
    // Operations cannot be shown; Sales would then give it away by subtraction from the total.
    expect(detail.disclosure.map((d: { name: string; status: string }) => [d.name, d.status])).toEqual([
      ['Sales', 'hidden-to-protect'],
      ['Operations', 'hidden'],
    ]);
  });

  it('refuses a list with any problem as a whole, naming each line', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    const before = await storedText(t);
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/staff`, {
      csv: 'email,department\nann@example.com,Sales\nbob@example.com,Legal',
    });
    expectProblem(reply, 422, ['line:3.department']);
    expect(reply.body).toMatchObject({ code: 'staff.list-has-problems', params: { count: 1 } });
    expect(reply.body.errors).toMatchObject([
      { code: 'staff.department-unknown', params: { department: 'Legal', line: 3 } },
    ]);
    expect(await storedText(t)).toBe(before);
  });

  it('skips people already on the list when a list is uploaded again', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    await importStaff(t, campaign.id, staffCsv({ Sales: 3 }));
    const again = await importStaff(t, campaign.id, staffCsv({ Sales: 5 }));
    expect(again).toMatchObject({ added: 2, alreadyListed: 3 });
    const same = await t.call('POST', `/api/campaigns/${campaign.id}/staff`, { csv: staffCsv({ Sales: 5 }) });
    expectProblem(same, 422);
  });

  it('refuses a list for a closed campaign', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 });
    await t.call('POST', `/api/campaigns/${campaign.id}/close`);
    expectProblem(
      await t.call('POST', `/api/campaigns/${campaign.id}/staff`, { csv: staffCsv({ Sales: 2 }) }),
      409,
    );
  });

  it('accepts a list of 5,000 people (over the usual body limit) and refuses one over 4 MB with a 413', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    expect((await importStaff(t, campaign.id, staffCsv({ Sales: 5000 }))).added).toBe(5000);
    const huge = 'email,department\n' + 'x'.repeat(4.5 * 1024 * 1024);
    expectProblem(await t.call('POST', `/api/campaigns/${campaign.id}/staff`, { csv: huge }), 413);
  });

  it('lists people with when they were sent a link, never whether they opened it or answered', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 }, { open: false });
    await importStaff(t, campaign.id, staffCsv({ Sales: 2 }));
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}/staff`);
    expect(reply.body.people).toEqual([
      expect.objectContaining({
        email: 'sales1@example.com',
        name: 'Sales Person 1',
        sentOn: null,
        deliveryError: null,
      }),
      expect.objectContaining({ email: 'sales2@example.com', sentOn: null }),
    ]);
    for (const person of reply.body.people) {
      expect(Object.keys(person)).not.toEqual(expect.arrayContaining(['answered']));
      expect(person).not.toHaveProperty('started');
      expect(person).not.toHaveProperty('remindedOn');
    }
  });
});

describe('a staff list beside shared-link answers', () => {
  it('is refused whole, with a code, where a department already holds answers through a shared link', async () => {
    const setup = await setUpCampaign(t, { Legal: 5, Sales: 20, Ops: 8 });
    expect((await answer(setup.tokenOf('Legal'))).status).toBe(201);
    expect((await answer(setup.wideToken, setup.departmentId('Ops'))).status).toBe(201);
    const before = await storedText(t);
    const refused = await t.call('POST', `/api/campaigns/${setup.campaign.id}/staff`, {
      csv: staffCsv({ Legal: 5, Sales: 20, Ops: 8 }),
    });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({
      code: 'staff.shared-link-answers',
      params: { departments: 'Legal, Ops', count: 2 },
    });
    expect(refused.body.detail).toBe(
      'Legal, Ops already hold answers through a shared link, so nobody was imported: a person answering ' +
        'with their personal link would be reported beside answers that anyone holding the link could have ' +
        'written, and could be worked out from the report. Import the staff list before any answer comes ' +
        'through a shared link; in this campaign, keep using shared links for Legal, Ops.',
    );
    expect(await storedText(t)).toBe(before);
    // A list for departments that took no shared-link answer is taken.
    expect((await importStaff(t, setup.campaign.id, staffCsv({ Sales: 20 }))).added).toBe(20);
  });

  it('counts a reporting group as one: nobody is listed in a department merged with one holding shared-link answers', async () => {
    const setup = await setUpCampaign(t, { Legal: 2, Ops: 6, Sales: 20 }, { open: false });
    const merged = await t.call('POST', `/api/campaigns/${setup.campaign.id}/reporting-groups`, {
      name: 'Back office',
      departmentIds: [setup.departmentId('Legal'), setup.departmentId('Ops')],
    });
    expect(merged.status).toBe(201);
    expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/open`)).status).toBe(200);
    expect((await answer(setup.tokenOf('Ops'))).status).toBe(201);
    const refused = await t.call('POST', `/api/campaigns/${setup.campaign.id}/staff`, {
      csv: staffCsv({ Legal: 2 }),
    });
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({ code: 'staff.shared-link-answers', params: { departments: 'Ops' } });
  });

  it('lets no shared-link answer in while the list is being imported', async () => {
    const setup = await setUpCampaign(t, { Legal: 6, Sales: 20 });
    const [imported, ...answers] = await Promise.all([
      t.call('POST', `/api/campaigns/${setup.campaign.id}/staff`, { csv: staffCsv({ Legal: 5 }) }),
      ...Array.from({ length: 6 }, () => answer(setup.tokenOf('Legal'))),
    ]);
    const stored = answers.filter((r) => r.status === 201).length;
    // Either the list is in and no answer came through the link, or answers came and the list was refused.
    expect([imported!.status, stored === 0]).toEqual(imported!.status === 201 ? [201, true] : [409, false]);
    const legal = (await t.storage.responses.countByDepartment(setup.campaign.id))[
      setup.departmentId('Legal')
    ];
    expect(legal ?? 0).toBe(stored);
  });
});

describe('departments named on a staff list', () => {
  it('files each row under the department it names in any form that organizations refuse beside that name', async () => {
    const names = [...new Set(LOOK_ALIKES.map((l) => l.name))];
    const { campaign, departmentId } = await setUpCampaign(t, Object.fromEntries(names.map((n) => [n, 10])), {
      open: false,
    });
    const rows = LOOK_ALIKES.map((l, i) => `person${i}@example.com,${l.lookAlike}`);
    await importStaff(t, campaign.id, ['email,department', ...rows].join('\n'));
    const listed = await t.storage.surveyInvitations.listByCampaign(campaign.id);
    const filed = LOOK_ALIKES.map(
      (_, i) => listed.find((p) => p.email === `person${i}@example.com`)?.departmentId,
    );
    expect(filed).toEqual(LOOK_ALIKES.map((l) => departmentId(l.name)));
  });
});

describe('taking someone off the list', () => {
  it('removes them from the counts, stops their links, and refuses an address not on the list', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10, Operations: 10 });
    await importStaff(t, campaign.id, staffCsv({ Sales: 6, Operations: 6 }));
    const reply = await t.call('POST', `/api/campaigns/${campaign.id}/mail-merge`, { kind: 'invitation' });
    const token = /sales2@example\.com[^\n]*\/s\/([A-Za-z0-9_-]+)/.exec(reply.body as string)![1]!;
    expect((await t.call('GET', `/api/survey/${token}`)).status).toBe(200);

    const removed = await t.call(
      'DELETE',
      `/api/campaigns/${campaign.id}/staff/${encodeURIComponent('SALES2@example.com')}`,
    );
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ removed: 'sales2@example.com', listed: 11 });
    expect((await t.call('GET', `/api/survey/${token}`)).status).toBe(404);
    const detail = (await t.call('GET', `/api/campaigns/${campaign.id}`)).body;
    expect(detail.progress.departments.map((d: { invited: number }) => d.invited)).toEqual([5, 6]);

    const before = await storedText(t);
    expectProblem(await t.call('DELETE', `/api/campaigns/${campaign.id}/staff/sales2%40example.com`), 404);
    expect(await storedText(t)).toBe(before);
  });

  it('after they answered, keeps their department closed to shared links and open to a new list', async () => {
    const setup = await setUpCampaign(t, { Legal: 5, Sales: 20 });
    await importStaff(t, setup.campaign.id, staffCsv({ Legal: 1 }));
    const links = await mailMergeTokens(t, setup.campaign.id);
    expect((await answer(links.get('legal1@example.com')!)).status).toBe(201);
    const removed = await t.call('DELETE', `/api/campaigns/${setup.campaign.id}/staff/legal1%40example.com`);
    expect(removed.body).toEqual({ removed: 'legal1@example.com', listed: 0 });
    // Nobody is listed any more, so Legal's places are its headcount again, four of them free; but the
    // person who answered did so with a personal link, and no shared-link answer may join theirs.
    const refused = await answer(setup.tokenOf('Legal'));
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('survey.shared-link-closed');
    expectProblem(await answer(setup.wideToken, setup.departmentId('Legal')), 409);
    // Their answer is no shared-link answer: a list can still be imported.
    expect((await importStaff(t, setup.campaign.id, staffCsv({ Legal: 4 }))).added).toBe(4);
    const staff = await t.call('GET', `/api/campaigns/${setup.campaign.id}/staff`);
    expect(staff.body.people).toHaveLength(4);
    expect(JSON.stringify(staff.body)).not.toContain('"email":""');
  });

  it('is refused once the campaign has closed', async () => {
    const { campaign } = await setUpCampaign(t, { Sales: 10 });
    await importStaff(t, campaign.id, staffCsv({ Sales: 2 }));
    await t.call('POST', `/api/campaigns/${campaign.id}/close`);
    expectProblem(await t.call('DELETE', `/api/campaigns/${campaign.id}/staff/sales1%40example.com`), 409);
  });
});
