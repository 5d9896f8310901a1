// Padding a small group with known answers (issue 10, finding 2): a reader cannot get a way to answer at
// all; an administrator, who distributes the survey, can answer only up to a department's headcount, and
// not at all through shared links once a staff list is imported. Where padding is still possible, the test
// states it in the README's words; where it reaches a person who answered with a personal link or an access
// code, it must recover nothing.

import { afterEach, describe, expect, it } from 'vitest';
import { ANONYMOUS, as, createOrganization, inviteAndAccept } from '../../fixtures/accounts';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import { setUpCampaign, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';
import {
  answer,
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
} from './disclosure-support';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

async function campaign(people: Record<string, number>): Promise<Setup> {
  t = await startTestApp();
  return setUpCampaign(t, people);
}

/** The victim's scale scores read as 5·mean − Σ known, for every scale; those equal to the truth. */
async function recoveredFrom(setup: Setup, victim: Answers, known: Answers[]): Promise<string[]> {
  const legal = departmentIn(await readReport(t, setup), 'Legal');
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
    expect((await recoveredFrom(setup, victim, KNOWN)).length).toBe(19);
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
    const [code] = await codesFor(setup, 1);
    const victim = person(3400);
    await answer(t, code!, victim);
    // The link takes answers while places are free: six people, one held by the code.
    for (const known of KNOWN) await answer(t, setup.tokenOf('Legal'), known);
    expect(await recoveredFrom(setup, victim, KNOWN), 'scales of a person who answered with a code').toEqual(
      [],
    );
  });

  it('an administrator pads through the department link before importing the staff list, and a listed person then answers with their personal link', async () => {
    const setup = await campaign({ Legal: 5, Sales: 20 });
    for (const known of KNOWN) await answer(t, setup.tokenOf('Legal'), known);
    // README: "import the list first: a list imported later withdraws no code already made and no answer
    // already given". Imported later, the list still gives everyone in Legal a personal link.
    await importStaff(t, setup.campaign.id, staffCsv({ Legal: 5, Sales: 20 }));
    const links = await mailMergeTokens(t, setup.campaign.id);
    const victim = person(3450);
    const reply = await submit(t, links.get('legal1@example.com')!, victim);
    if (reply.status === 201) {
      expect(
        await recoveredFrom(setup, victim, KNOWN),
        'scales of a person who answered with a personal link',
      ).toEqual([]);
    } else {
      expect(reply.status).toBe(409);
    }
  });

  it("the owner, who distributes the survey, answers in colleagues' place through their personal links from the mail-merge file, or with codes they issued", async () => {
    const setup = await campaign({ Legal: 5, Sales: 20 });
    await importStaff(t, setup.campaign.id, staffCsv({ Legal: 5, Sales: 20 }));
    const links = await mailMergeTokens(t, setup.campaign.id);
    const victim = person(3500);
    await answer(t, links.get('legal5@example.com')!, victim);
    for (const [i, known] of KNOWN.entries()) await answer(t, links.get(`legal${i + 1}@example.com`)!, known);
    expect.soft(await recoveredFrom(setup, victim, KNOWN), 'through personal links').toEqual([]);

    await t.close();
    const other = await campaign({ Legal: 5, Sales: 20 });
    const codes = await codesFor(other, 5);
    const coded = person(3600);
    await answer(t, codes[4]!, coded);
    for (const [i, known] of KNOWN.entries()) await answer(t, codes[i]!, known);
    expect.soft(await recoveredFrom(other, coded, KNOWN), 'through access codes').toEqual([]);
  });
});
