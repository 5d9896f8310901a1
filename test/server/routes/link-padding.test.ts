// Padding a group with known answers (issue 10, finding 2), tried through the public API as an outsider and
// as each role. A reader holding a link could send four known answers to a department where one real person
// answered, and read that person's scores off the report as five times each mean minus the fakes. Links now
// go only to those who distribute the survey, and no department takes more answers than it has people.

import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../server/domain/access/account';
import { ANONYMOUS, as, inviteAndAccept } from '../../fixtures/accounts';
import { respondentAnswers } from '../../fixtures/answers';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import {
  expectProblem,
  setUpCampaign,
  startTestApp,
  type Setup,
  type TestApp,
} from '../../fixtures/test-app';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

let respondent = 0;
const answer = (token: string, departmentId?: string, cookie = '') =>
  t.call(
    'POST',
    `/api/survey/${token}/responses`,
    { answers: respondentAnswers(++respondent), ...(departmentId ? { departmentId } : {}) },
    { cookie },
  );

const READERS: { role: Role; seesCampaign: boolean }[] = [
  { role: 'executive', seesCampaign: true },
  { role: 'consultant', seesCampaign: true },
  { role: 'department-head', seesCampaign: false },
];

async function legal(departments: Record<string, number> = { Legal: 5, Sales: 20 }): Promise<Setup> {
  t = await startTestApp();
  return setUpCampaign(t, departments);
}

const tokensIn = (setup: Setup, body: unknown) => {
  const text = JSON.stringify(body);
  return setup.campaign.links.filter((l) => text.includes(l.token));
};

describe('shared links', () => {
  it.each(READERS)(
    'are given to no $role, neither with the campaign nor with the organization',
    async ({ role, seesCampaign }) => {
      const setup = await legal();
      const reader = await inviteAndAccept(t, setup.organization.id, {
        email: `${role}@example.com`,
        role,
        departmentIds: role === 'department-head' ? [setup.departmentId('Legal')] : [],
      });
      const organization = await t.call(
        'GET',
        `/api/organizations/${setup.organization.id}`,
        undefined,
        as(reader.cookie),
      );
      expect(organization.status).toBe(200);
      expect(organization.body.campaigns).toHaveLength(1);
      expect(organization.body.campaigns[0].links).toEqual([]);
      expect(tokensIn(setup, organization.body)).toEqual([]);

      const campaign = await t.call(
        'GET',
        `/api/campaigns/${setup.campaign.id}`,
        undefined,
        as(reader.cookie),
      );
      if (seesCampaign) {
        expect(campaign.status).toBe(200);
        expect(campaign.body.campaign.links).toEqual([]);
        expect(tokensIn(setup, campaign.body)).toEqual([]);
      } else {
        expectProblem(campaign, 403);
      }
      // Nor anything else that gives a way to answer.
      for (const path of ['access-codes', 'suspects']) {
        expectProblem(
          await t.call('GET', `/api/campaigns/${setup.campaign.id}/${path}`, undefined, as(reader.cookie)),
          403,
        );
      }
      expectProblem(
        await t.call(
          'POST',
          `/api/campaigns/${setup.campaign.id}/access-codes`,
          { departmentId: setup.departmentId('Legal'), count: 1 },
          as(reader.cookie),
        ),
        403,
      );
      const session = await t.call('GET', '/api/session', undefined, as(reader.cookie));
      expect(session.body.permissions.byOrganization[setup.organization.id]).not.toContain(
        'survey:distribute',
      );
    },
  );

  it('are given to the owner and to administrators, who distribute the survey', async () => {
    const setup = await legal();
    const admin = await inviteAndAccept(t, setup.organization.id, {
      email: 'admin@example.com',
      role: 'administrator',
    });
    for (const cookie of [t.ownerCookie, admin.cookie]) {
      const campaign = await t.call('GET', `/api/campaigns/${setup.campaign.id}`, undefined, as(cookie));
      expect(campaign.body.campaign.links).toEqual(setup.campaign.links);
      const organization = await t.call(
        'GET',
        `/api/organizations/${setup.organization.id}`,
        undefined,
        as(cookie),
      );
      expect(organization.body.campaigns[0].links).toEqual(setup.campaign.links);
    }
    const session = await t.call('GET', '/api/session', undefined, as(admin.cookie));
    expect(session.body.permissions.byOrganization[setup.organization.id]).toContain('survey:distribute');
  });

  it('are given to no outsider, signed in elsewhere or not at all', async () => {
    const setup = await legal();
    const other = await t.call('POST', '/api/organizations', {
      name: 'Globex',
      departments: [{ name: 'Support', headcount: 9 }],
    });
    const stranger = await inviteAndAccept(t, other.body.id, {
      email: 'admin@globex.example',
      role: 'administrator',
    });
    for (const headers of [ANONYMOUS, as(stranger.cookie)]) {
      for (const path of [
        `/api/campaigns/${setup.campaign.id}`,
        `/api/organizations/${setup.organization.id}`,
      ]) {
        const reply = await t.call('GET', path, undefined, headers);
        expect([401, 404]).toContain(reply.status);
        expect(tokensIn(setup, reply.body)).toEqual([]);
      }
    }
  });
});

describe('a department link', () => {
  it('takes at most as many answers as the department has people, then refuses with a code', async () => {
    const setup = await legal();
    // One real person answers; someone holding the link then sends known answers until refused.
    expect((await answer(setup.tokenOf('Legal'))).status).toBe(201);
    let padded = 0;
    let reply = await answer(setup.tokenOf('Legal'));
    while (reply.status === 201 && padded < 50) {
      padded++;
      reply = await answer(setup.tokenOf('Legal'));
    }
    expect(padded).toBe(4);
    expectProblem(reply, 409);
    expect(reply.body).toMatchObject({
      code: 'survey.places-taken',
      params: { department: 'Legal', places: 5 },
    });
    expect(
      (await t.storage.responses.countByDepartment(setup.campaign.id))[setup.departmentId('Legal')],
    ).toBe(5);
    // Other departments are not affected.
    expect((await answer(setup.tokenOf('Sales'))).status).toBe(201);
  });

  it('takes nothing beside personal links: every listed person holds a place, answered or not', async () => {
    const setup = await legal();
    await importStaff(t, setup.campaign.id, staffCsv({ Legal: 5, Sales: 3 }));
    const personal = await mailMergeTokens(t, setup.campaign.id);
    // Before anyone answers, the link already has no free place: padding cannot surround a real answer.
    const refused = await answer(setup.tokenOf('Legal'));
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('survey.places-taken');
    expectProblem(await answer(setup.wideToken, setup.departmentId('Legal')), 409);
    // Every listed person can still answer with their own link.
    for (const n of [1, 2, 3, 4, 5])
      expect((await answer(personal.get(`legal${n}@example.com`)!)).status).toBe(201);
    expectProblem(await answer(setup.tokenOf('Legal')), 409);
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(5);
  });

  it('counts personal-link answers toward its cap, and answers through it toward nobody’s personal link', async () => {
    const setup = await legal({ Legal: 5 });
    await importStaff(t, setup.campaign.id, staffCsv({ Legal: 2 }));
    const personal = await mailMergeTokens(t, setup.campaign.id);
    // The list has 2 people: the department counts 2, both held by their personal links.
    expectProblem(await answer(setup.tokenOf('Legal')), 409);
    expect((await answer(personal.get('legal1@example.com')!)).status).toBe(201);
    expectProblem(await answer(setup.tokenOf('Legal')), 409);
  });

  it('lets no two answers take the last place at once', async () => {
    const setup = await legal({ Legal: 5 });
    const replies = await Promise.all(Array.from({ length: 12 }, () => answer(setup.tokenOf('Legal'))));
    expect(replies.filter((r) => r.status === 201)).toHaveLength(5);
    expect(replies.filter((r) => r.status === 409)).toHaveLength(7);
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(5);
  });
});

describe('the campaign-wide link', () => {
  it('takes no more answers for a department than it has people, whatever department the sender picks', async () => {
    const setup = await legal({ Legal: 3, Sales: 4 });
    for (let n = 0; n < 3; n++)
      expect((await answer(setup.wideToken, setup.departmentId('Legal'))).status).toBe(201);
    const refused = await answer(setup.wideToken, setup.departmentId('Legal'));
    expectProblem(refused, 409);
    expect(refused.body).toMatchObject({
      code: 'survey.places-taken',
      params: { department: 'Legal', places: 3 },
    });
    // The department's own link shares the same places.
    expectProblem(await answer(setup.tokenOf('Legal')), 409);
    for (let n = 0; n < 4; n++)
      expect((await answer(setup.wideToken, setup.departmentId('Sales'))).status).toBe(201);
    // So the campaign as a whole never holds more answers than its people: 3 + 4.
    expectProblem(await answer(setup.wideToken, setup.departmentId('Sales')), 409);
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(7);
  });
});

describe('the padding attack of finding 2', () => {
  it('is out of a consultant’s reach: no link to send the known answers through', async () => {
    const setup = await legal();
    expect((await answer(setup.tokenOf('Legal'))).status).toBe(201);
    const consultant = await inviteAndAccept(t, setup.organization.id, {
      email: 'c@example.com',
      role: 'consultant',
    });
    const seen = [
      await t.call('GET', `/api/organizations/${setup.organization.id}`, undefined, as(consultant.cookie)),
      await t.call('GET', `/api/campaigns/${setup.campaign.id}`, undefined, as(consultant.cookie)),
    ];
    for (const reply of seen) expect(tokensIn(setup, reply.body)).toEqual([]);
    // Guessing a link instead finds nothing.
    expectProblem(await answer('x'.repeat(43), undefined, consultant.cookie), 404);
    expect(await t.storage.responses.countByCampaign(setup.campaign.id)).toBe(1);
  });
});
