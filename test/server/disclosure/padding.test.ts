// Padding a small group with known answers (issue 10, finding 2): a reader cannot get a way to answer at
// all; an administrator, who distributes the survey, can answer only up to a department's headcount, and
// never through a shared link beside a person who answered with a personal link or an access code: a unit
// (department or reporting group) given codes or a staff list takes no shared-link answers, and one holding
// shared-link answers is given neither. Where padding is still possible (through a shared link around
// someone who answered through it, or by whoever holds colleagues' links or codes), the test states it in
// the README's words.

import { afterEach, describe, expect, it } from 'vitest';
import { ANONYMOUS, as, createOrganization, inviteAndAccept } from '../../fixtures/accounts';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
  model,
  departmentIn,
  estimateOf,
  member,
  person,
  readReport,
  same,
  submit,
  total,
  trueScores,
  type Answers,
  ON_QUESTIONNAIRE,
} from './disclosure-support';

/** Every scale of the questionnaire the attacks run on: what one padded group gives away. */
const SCALE_COUNT = model.dimensions.flatMap((d) => d.scales).length;

let t: TestApp;
afterEach(async () => {
  await t.close();
});

async function campaign(people: Record<string, number>): Promise<Setup> {
  t = await startTestApp();
  return setUpCampaign(t, people, ON_QUESTIONNAIRE);
}

/** The victim's scale scores read as 5·mean − Σ known, for every scale; those equal to the truth. */
async function recoveredFrom(
  setup: Setup,
  victim: Answers,
  known: Answers[],
  unit = 'Legal',
): Promise<string[]> {
  const legal = departmentIn(await readReport(t, setup), unit);
  if (legal.hidden) return [];
  const truth = trueScores(victim).scales;
  return Object.keys(truth).filter((scale) => {
    const guess = known.reduce(
      (rest, k) => rest - (trueScores(k).scales[scale] ?? 0),
      total(estimateOf(legal.summary, scale)),
    );
    return truth[scale] !== null && same(guess, truth[scale]!);
  });
}

const legalAnswers = async (setup: Setup) =>
  (await t.storage.responses.countByDepartment(setup.campaign.id))[setup.departmentId('Legal')] ?? 0;

/** With nobody listed there is nobody to send a link to. */
const expectMailMergeRefused = (reply: { status: number }) => expect(reply.status).toBe(409);

const KNOWN = [1, 2, 3, 4].map((n) => person(3000 + n, { level: 20 * n }));
const codesFor = async (setup: Setup, count: number, cookie = t.ownerCookie) => {
  const reply = await t.call(
    'POST',
    `/api/campaigns/${setup.campaign.id}/access-codes`,
    { departmentId: setup.departmentId('Legal'), count },
    as(cookie),
  );
  expect(reply.status).toBe(201);
  return reply.body.codes as string[];
};

/** Each known answer, sent through the department's own link and through the link for everyone, is refused. */
async function expectSharedLinksClosed(setup: Setup, department: string) {
  for (const known of KNOWN) {
    for (const refused of [
      await submit(t, setup.tokenOf(department), known),
      await submit(t, setup.wideToken, known, setup.departmentId(department)),
    ]) {
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ code: 'survey.shared-link-closed', params: { department } });
    }
  }
}

describe('padding with known answers', () => {
  it('readers and outsiders look everywhere they may for a way to answer and find none', async () => {
    const setup = await campaign({ Legal: 5, Sales: 20 });
    const tokens = setup.campaign.links.map((l) => l.token);
    const readers = [
      ...(await Promise.all(['executive', 'consultant'].map((r) => member(t, setup, r as 'executive')))),
      await member(t, setup, 'department-head', ['Legal']),
    ];
    // An outsider: signed in as the administrator of another organization, or not signed in at all.
    const elsewhere = await createOrganization(t, 'Globex');
    const stranger = await inviteAndAccept(t, elsewhere.id, {
      email: 'admin@globex.example',
      role: 'administrator',
    });
    for (const headers of [...readers.map((r) => as(r.cookie)), as(stranger.cookie), ANONYMOUS]) {
      for (const path of [
        '/api/organizations',
        `/api/organizations/${setup.organization.id}`,
        `/api/campaigns/${setup.campaign.id}`,
        `/api/campaigns/${setup.campaign.id}/report`,
        `/api/campaigns/${setup.campaign.id}/access-codes`,
        `/api/campaigns/${setup.campaign.id}/suspects`,
        '/api/session',
      ]) {
        const text = JSON.stringify((await t.call('GET', path, undefined, headers)).body);
        for (const token of tokens) expect(text, path).not.toContain(token);
      }
      for (const [path, body] of [
        ['access-codes', { departmentId: setup.departmentId('Legal'), count: 4 }],
        ['mail-merge', { kind: 'invitation' }],
      ] as const) {
        const reply = await t.call('POST', `/api/campaigns/${setup.campaign.id}/${path}`, body, headers);
        expect([401, 403, 404]).toContain(reply.status);
      }
    }
  });

  it('an administrator padding a department link stops at its headcount; around one real answer the rest is what the README says', async () => {
    const setup = await campaign({ Legal: 5, Sales: 20 });
    const admin = await member(t, setup, 'administrator');
    const link = (
      await t.call('GET', `/api/campaigns/${setup.campaign.id}`, undefined, as(admin.cookie))
    ).body.campaign.links.find((l: any) => l.departmentId === setup.departmentId('Legal')).token;
    const victim = person(3100);
    await answer(t, link, victim);
    for (const known of KNOWN) await answer(t, link, known);
    const refused = await submit(t, link, person(3200));
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('survey.places-taken');
    expect((await submit(t, setup.wideToken, person(3201), setup.departmentId('Legal'))).status).toBe(409);
    // README: "where one real person answered through the link, four known answers make a group of five
    // whose report gives that person's answers away." That remains possible, and only that.
    expect((await recoveredFrom(setup, victim, KNOWN)).length).toBe(SCALE_COUNT);
  });

  it("with a staff list an administrator's shared links take no answer, so a personal-link answer cannot be padded", async () => {
    const setup = await campaign({ Legal: 5, Sales: 20 });
    await importStaff(t, setup.campaign.id, staffCsv({ Legal: 5, Sales: 20 }));
    const links = await mailMergeTokens(t, setup.campaign.id);
    const victim = person(3300);
    await answer(t, links.get('legal1@example.com')!, victim);
    for (const known of KNOWN) {
      expect((await submit(t, setup.tokenOf('Legal'), known)).status).toBe(409);
      expect((await submit(t, setup.wideToken, known, setup.departmentId('Legal'))).status).toBe(409);
    }
    expect(departmentIn(await readReport(t, setup), 'Legal')).toMatchObject({ hidden: true, summary: null });
    expect(await recoveredFrom(setup, victim, KNOWN)).toEqual([]);
  });

  it('an administrator pads through the department link a department where one person answered with an access code', async () => {
    const setup = await campaign({ Legal: 6, Sales: 20 });
    const admin = await member(t, setup, 'administrator');
    const [code] = await codesFor(setup, 1, admin.cookie);
    const victim = person(3400);
    await answer(t, code!, victim);
    // Places are free (six people, one held by the code), but a department given codes takes no answer
    // through a shared link: neither through its own link nor through the link for everyone.
    await expectSharedLinksClosed(setup, 'Legal');
    expect(await legalAnswers(setup)).toBe(1);
    expect(departmentIn(await readReport(t, setup), 'Legal')).toMatchObject({ hidden: true, summary: null });
    expect(await recoveredFrom(setup, victim, KNOWN), 'scales of a person who answered with a code').toEqual(
      [],
    );
  });

  it('an administrator pads through the department link first, then makes an access code for the one person left', async () => {
    const setup = await campaign({ Legal: 5, Sales: 20 });
    const admin = await member(t, setup, 'administrator');
    for (const known of KNOWN) await answer(t, setup.tokenOf('Legal'), known);
    const refused = await t.call(
      'POST',
      `/api/campaigns/${setup.campaign.id}/access-codes`,
      { departmentId: setup.departmentId('Legal'), count: 1 },
      as(admin.cookie),
    );
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'access-codes.shared-link-answers',
      params: { department: 'Legal' },
    });
    expect(JSON.stringify(refused.body)).not.toMatch(/[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}/);
    const issued = await t.call(
      'GET',
      `/api/campaigns/${setup.campaign.id}/access-codes`,
      undefined,
      as(admin.cookie),
    );
    expect(issued.body.departments).toContainEqual({ departmentId: setup.departmentId('Legal'), issued: 0 });
    // No code exists for the fifth person to answer with beside the four known answers: what is left to them
    // is the shared link, whose risk the README states (see the test above about one real answer).
    expect(await legalAnswers(setup)).toBe(4);
    expect(departmentIn(await readReport(t, setup), 'Legal')).toMatchObject({ hidden: true, summary: null });
  });

  it('an administrator pads through the link of a department reported together with one where a person answered with an access code', async () => {
    t = await startTestApp();
    const setup = await setUpCampaign(
      t,
      { Legal: 2, Ops: 6, Sales: 20 },
      { open: false, ...ON_QUESTIONNAIRE },
    );
    const merged = await t.call('POST', `/api/campaigns/${setup.campaign.id}/reporting-groups`, {
      name: 'Back office',
      departmentIds: [setup.departmentId('Legal'), setup.departmentId('Ops')],
    });
    expect(merged.status).toBe(201);
    const [code] = await codesFor(setup, 1);
    expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/open`)).status).toBe(200);
    const victim = person(3420);
    await answer(t, code!, victim);
    // Ops has no code of its own, but its answers are released together with Legal's.
    await expectSharedLinksClosed(setup, 'Ops');
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(1);
    expect(await recoveredFrom(setup, victim, KNOWN, 'Back office'), 'scales of the code respondent').toEqual(
      [],
    );
    // Sales, reported on its own, keeps its shared link.
    expect((await submit(t, setup.tokenOf('Sales'), person(3421))).status).toBe(201);
  });

  it('an administrator pads through the department link before importing the staff list, and a listed person then answers with their personal link', async () => {
    const setup = await campaign({ Legal: 5, Sales: 20 });
    for (const known of KNOWN) await answer(t, setup.tokenOf('Legal'), known);
    // The list would give everyone in Legal a personal link beside the four known answers: it is refused
    // whole, and says why and what to do instead.
    const refused = await t.call('POST', `/api/campaigns/${setup.campaign.id}/staff`, {
      csv: staffCsv({ Legal: 5, Sales: 20 }),
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'staff.shared-link-answers',
      params: { departments: 'Legal', count: 1 },
    });
    expect(refused.body.detail).toMatch(
      /Import the staff list before any answer comes through a shared link/,
    );
    // Nobody was listed, so nobody in Legal has a personal link to answer with beside the known answers, and
    // Legal holds no more answers than its five people.
    const staff = await t.call('GET', `/api/campaigns/${setup.campaign.id}/staff`);
    expect(staff.body.people).toEqual([]);
    expectMailMergeRefused(
      await t.call('POST', `/api/campaigns/${setup.campaign.id}/mail-merge`, { kind: 'invitation' }),
    );
    expect(await legalAnswers(setup)).toBe(4);
    expect(departmentIn(await readReport(t, setup), 'Legal')).toMatchObject({ hidden: true, summary: null });
    expect(await recoveredFrom(setup, person(3450), KNOWN), 'scales of a listed person').toEqual([]);
  });

  it("the owner, who distributes the survey, answers in colleagues' place through their personal links from the mail-merge file, or with codes they issued", async () => {
    // README: "Whoever exports personal links (the mail-merge file) or prints access codes holds them, and
    // can answer in those colleagues' place; nothing in the software can tell, except that those colleagues
    // then find their link or code already used." That remains possible, and only that: four colleagues'
    // links or codes used by their holder give the fifth person's answers away, and those four find theirs
    // spent. It is why those files and cards must go only to the people they are for.
    const setup = await campaign({ Legal: 5, Sales: 20 });
    await importStaff(t, setup.campaign.id, staffCsv({ Legal: 5, Sales: 20 }));
    const links = await mailMergeTokens(t, setup.campaign.id);
    const victim = person(3500);
    await answer(t, links.get('legal5@example.com')!, victim);
    for (const [i, known] of KNOWN.entries()) await answer(t, links.get(`legal${i + 1}@example.com`)!, known);
    expect(await recoveredFrom(setup, victim, KNOWN), 'through personal links').toHaveLength(SCALE_COUNT);
    const colleague = await submit(t, links.get('legal1@example.com')!, person(3501));
    expect(colleague.status, 'a colleague whose link was used').toBe(409);

    await t.close();
    const other = await campaign({ Legal: 5, Sales: 20 });
    const codes = await codesFor(other, 5);
    const coded = person(3600);
    await answer(t, codes[4]!, coded);
    for (const [i, known] of KNOWN.entries()) await answer(t, codes[i]!, known);
    expect(await recoveredFrom(other, coded, KNOWN), 'through access codes').toHaveLength(SCALE_COUNT);
    const holder = await submit(t, codes[0]!, person(3601));
    expect(holder.body.code, 'a colleague whose code was used').toBe('access-code.used');
  });
});
