// The workshop through the real app: the facilitator creates and runs it, participants join with the room's
// code and a cookie of that one workshop, each seeing only their own part; refusals change nothing.

import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, createClock, HOUR, inviteAndAccept } from '../../fixtures/accounts';
import {
  expectProblem,
  setUpCampaign,
  startTestApp,
  type Reply,
  type TestApp,
} from '../../fixtures/test-app';

let t: TestApp;
let clock: ReturnType<typeof createClock>;
beforeEach(async () => {
  clock = createClock();
  t = await startTestApp(undefined, {}, { now: clock.now });
});
afterEach(async () => {
  await t.close();
});

const GOOD = {
  objective: 'Become the easiest bank to open an account with',
  keyResults: [
    'Cut account-opening time from 3 days to 1 day by the end of Q3',
    'Raise onboarding NPS from 20 to 40',
  ],
};

async function createWorkshop(body: Record<string, unknown> = {}, options: { campaign?: boolean } = {}) {
  const setup = await setUpCampaign(t);
  const reply = await t.call('POST', `/api/organizations/${setup.organization.id}/workshops`, {
    title: 'Goals for Q3',
    languages: ['en', 'zh-cn'],
    departmentIds: [setup.departmentId('Sales')],
    naming: 'named',
    ...(options.campaign === false ? {} : { campaignId: setup.campaign.id }),
    ...body,
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return { ...setup, workshop: reply.body as { id: string; code: string; version: number } };
}

interface Joined {
  status: number;
  body: any;
  cookie: string;
  setCookie: string;
}

async function join(code: string, body: Record<string, unknown> = { name: 'Li Wei' }): Promise<Joined> {
  const res = await t.app.request(`/api/join/${code}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body: JSON.stringify(body),
  });
  const setCookie = res.headers.get('set-cookie') ?? '';
  const text = await res.text();
  return {
    status: res.status,
    body: text ? JSON.parse(text) : null,
    cookie: /gw_workshop=[^;]+/.exec(setCookie)?.[0] ?? '',
    setCookie,
  };
}

const me = (id: string, cookie: string) => t.call('GET', `/api/workshops/${id}/me`, undefined, as(cookie));
const putDraft = (id: string, cookie: string, draft: unknown) =>
  t.call('PUT', `/api/workshops/${id}/me/draft`, draft, as(cookie));
const facilitator = (id: string) => t.call('GET', `/api/workshops/${id}`);

describe('creating and listing', () => {
  it('creates an open workshop at the warm-up with a readable code and a join link, audited, and lists it', async () => {
    const { organization, workshop } = await createWorkshop();
    expect(workshop).toMatchObject({
      title: 'Goals for Q3',
      status: 'open',
      phase: 'warm-up',
      naming: 'named',
      participants: [],
      drafts: [],
      version: 1,
    });
    expect(workshop.code).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    expect((workshop as any).joinUrl).toBe(`/w/${workshop.code}`);
    expect((workshop as any).expiresAt).toBe(new Date(clock.now() + 8 * HOUR).toISOString());
    const list = await t.call('GET', `/api/organizations/${organization.id}/workshops`);
    expect(list.status).toBe(200);
    expect(list.body.workshops).toEqual([
      expect.objectContaining({ id: workshop.id, code: workshop.code, participants: 0, status: 'open' }),
    ]);
    expect((await t.storage.audit.list()).map((e) => [e.action, e.target])).toContainEqual([
      'workshop.create',
      workshop.id,
    ]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['no language', { languages: [] }, ['languages']],
    ['73 hours', { expiresInHours: 73 }, ['expiresInHours']],
    ['a blank title', { title: '  ' }, ['title']],
    ['an unknown department', { departmentIds: ['nowhere'] }, ['departmentIds']],
    ['a campaign of no organization', { campaignId: 'nowhere' }, ['campaignId']],
    ['an unknown field', { colour: 'red' }, []],
  ])('refuses %s with 422, storing nothing', async (_, body, fields) => {
    const setup = await setUpCampaign(t);
    const reply = await t.call('POST', `/api/organizations/${setup.organization.id}/workshops`, {
      title: 'Goals',
      languages: ['en'],
      departmentIds: [],
      naming: 'anonymous',
      ...body,
    });
    expectProblem(reply, 422, fields);
    expect(await t.storage.workshops.listByOrganization(setup.organization.id)).toEqual([]);
  });

  it('lets a consultant run a workshop, not an executive or a department head, and hides it from strangers', async () => {
    const { organization, workshop } = await createWorkshop();
    const consultant = await inviteAndAccept(t, organization.id, {
      email: 'c@example.com',
      role: 'consultant',
    });
    const executive = await inviteAndAccept(t, organization.id, {
      email: 'e@example.com',
      role: 'executive',
    });
    const other = (
      await t.call('POST', '/api/organizations', {
        name: 'Other',
        departments: [{ name: 'X', headcount: 5 }],
      })
    ).body;
    const stranger = await inviteAndAccept(t, other.id, { email: 's@example.com', role: 'administrator' });
    expect(
      (await t.call('GET', `/api/workshops/${workshop.id}`, undefined, as(consultant.cookie))).status,
    ).toBe(200);
    const made = await t.call(
      'POST',
      `/api/organizations/${organization.id}/workshops`,
      { title: 'Mine', languages: ['zh-cn'], departmentIds: [], naming: 'anonymous' },
      as(consultant.cookie),
    );
    expect(made.status).toBe(201);
    expectProblem(await t.call('GET', `/api/workshops/${workshop.id}`, undefined, as(executive.cookie)), 403);
    expectProblem(await t.call('GET', `/api/workshops/${workshop.id}`, undefined, as(stranger.cookie)), 404);
    expectProblem(
      await t.call('GET', `/api/organizations/${organization.id}/workshops`, undefined, as(stranger.cookie)),
      404,
    );
    expectProblem(await t.call('GET', `/api/workshops/${workshop.id}`, undefined, { cookie: '' }), 401);
  });
});

describe('joining', () => {
  it('tells a code’s room, and joins with a cookie that is httpOnly, SameSite=Lax and scoped to that workshop', async () => {
    const { workshop } = await createWorkshop();
    const info = await t.call('GET', `/api/join/${workshop.code}`, undefined, { cookie: '' });
    expect(info.body).toEqual({
      title: 'Goals for Q3',
      languages: ['en', 'zh-cn'],
      naming: 'named',
      status: 'open',
      phase: 'warm-up',
    });
    const joined = await join(workshop.code);
    expect(joined.status).toBe(201);
    expect(joined.body).toEqual({ participantId: expect.any(String), workshopId: workshop.id });
    expect(joined.setCookie).toMatch(/HttpOnly/);
    expect(joined.setCookie).toMatch(/SameSite=Lax/);
    expect(joined.setCookie).toContain(`Path=/api/workshops/${workshop.id}`);
    expect(joined.setCookie).not.toMatch(/Secure/);
    const stored = await t.storage.workshops.get(workshop.id);
    const token = joined.cookie.slice('gw_workshop='.length);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await facilitator(workshop.id)).body.participants).toEqual([
      { id: joined.body.participantId, name: 'Li Wei', joinedAt: expect.any(String) },
    ]);
  });

  it('sets the cookie Secure when the app is reached over https', async () => {
    await t.close();
    t = await startTestApp(undefined, {}, { now: clock.now, publicUrl: 'https://groundwork.example' });
    const { workshop } = await createWorkshop();
    const res = await t.app.request(`/api/join/${workshop.code}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://groundwork.example' },
      body: JSON.stringify({ name: 'Li' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('asks for a name in a named room, and keeps none in an anonymous one', async () => {
    const named = await createWorkshop();
    const refused = await join(named.workshop.code, {});
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((e: { code: string }) => e.code)).toEqual(['workshop.name-required']);
    expect(refused.cookie).toBe('');
    const anonymous = await createWorkshop({ naming: 'anonymous' });
    expect((await join(anonymous.workshop.code, { name: 'Li Wei' })).status).toBe(201);
    expect(JSON.stringify(await facilitator(anonymous.workshop.id))).not.toContain('Li Wei');
    expect(JSON.stringify(await t.storage.workshops.get(anonymous.workshop.id))).not.toContain('Li Wei');
  });

  it('answers 404 to an unknown or malformed code and to an expired room, 409 to a locked or ended one', async () => {
    const { workshop } = await createWorkshop();
    expectProblem(await t.call('GET', '/api/join/ZZZZZZZZ', undefined, { cookie: '' }), 404);
    expect((await join('ZZZZZZZZ')).status).toBe(404);
    expect((await join('abc')).status).toBe(404);
    await t.call('PATCH', `/api/workshops/${workshop.id}`, { status: 'locked' });
    const locked = await t.call('GET', `/api/join/${workshop.code}`, undefined, { cookie: '' });
    expectProblem(locked, 409);
    expect(locked.body.code).toBe('workshop.locked');
    expect((await join(workshop.code)).body.code).toBe('workshop.locked');
    await t.call('PATCH', `/api/workshops/${workshop.id}`, { status: 'open' });
    expect((await join(workshop.code)).status).toBe(201);
    clock.advance(8 * HOUR);
    expect((await t.call('GET', `/api/join/${workshop.code}`, undefined, { cookie: '' })).status).toBe(404);
    expect((await join(workshop.code)).status).toBe(404);
    const ended = await createWorkshop();
    await t.call('PATCH', `/api/workshops/${ended.workshop.id}`, { status: 'ended' });
    expect(
      (await t.call('GET', `/api/join/${ended.workshop.code}`, undefined, { cookie: '' })).body.code,
    ).toBe('workshop.ended');
    expect((await join(ended.workshop.code)).status).toBe(409);
    expect((await facilitator(ended.workshop.id)).body.participants).toEqual([]);
  });

  it('limits joins per address', async () => {
    await t.close();
    t = await startTestApp(
      undefined,
      { workshopJoinLimit: { limit: 2, windowMs: 60_000 } },
      { now: clock.now },
    );
    const { workshop } = await createWorkshop();
    expect((await join(workshop.code)).status).toBe(201);
    expect((await t.call('GET', `/api/join/${workshop.code}`, undefined, { cookie: '' })).status).toBe(200);
    const refused = await join(workshop.code);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('request.too-many-joins');
    expect((await facilitator(workshop.id)).body.participants).toHaveLength(1);
  });
});

describe('a participant', () => {
  it('writes a draft and gets the coach’s advice, the same the facilitator sees', async () => {
    const { workshop } = await createWorkshop();
    const li = await join(workshop.code);
    const put = await putDraft(workshop.id, li.cookie, GOOD);
    expect(put.status).toBe(200);
    expect(put.body).toEqual({ advice: expect.any(Array), score: expect.any(Number), version: 1 });
    const view = (await facilitator(workshop.id)).body;
    expect(view.drafts).toHaveLength(1);
    expect(view.drafts[0]).toMatchObject({
      ...GOOD,
      name: 'Li Wei',
      advice: put.body.advice,
      score: put.body.score,
    });
    const again = await putDraft(workshop.id, li.cookie, { objective: 'Better', keyResults: [], version: 1 });
    expect(again.body.version).toBe(2);
    expect((await me(workshop.id, li.cookie)).body.myDraft).toMatchObject({
      objective: 'Better',
      version: 2,
    });
  });

  it('sees only their own draft and answers: never another’s draft or name, nor the facilitator’s view', async () => {
    const { workshop } = await createWorkshop();
    const li = await join(workshop.code, { name: 'Li Wei' });
    const wang = await join(workshop.code, { name: 'Wang Fang' });
    await putDraft(workshop.id, li.cookie, GOOD);
    await putDraft(workshop.id, wang.cookie, { objective: 'Wang’s own secret aim', keyResults: [] });
    const view = await me(workshop.id, li.cookie);
    expect(view.status).toBe(200);
    const text = JSON.stringify(view.body);
    expect(text).not.toContain('Wang');
    expect(text).not.toContain('secret aim');
    expect(view.body.myDraft.objective).toBe(GOOD.objective);
    // The facilitator's view needs a session: the participant's cookie is none.
    expectProblem(await t.call('GET', `/api/workshops/${workshop.id}`, undefined, as(li.cookie)), 401);
    expectProblem(await t.call('GET', `/api/workshops/${workshop.id}/events`, undefined, as(li.cookie)), 401);
    expectProblem(
      await t.call('GET', `/api/workshops/${workshop.id}/summary`, undefined, as(li.cookie)),
      401,
    );
    // Another workshop's cookie, or none, holds no place here.
    const other = await createWorkshop();
    const zhao = await join(other.workshop.code);
    expectProblem(await me(workshop.id, zhao.cookie), 403);
    expectProblem(await me(workshop.id, ''), 403);
    expectProblem(await putDraft(workshop.id, zhao.cookie, GOOD), 403);
    expectProblem(await me('nowhere', li.cookie), 404);
  });

  it('sees the warm-up’s right answers only once revealed, and may no longer change answers then', async () => {
    const { workshop } = await createWorkshop();
    const li = await join(workshop.code);
    const answered = await t.call(
      'PUT',
      `/api/workshops/${workshop.id}/me/warm-up`,
      { answers: { 'office-move': 'project' } },
      as(li.cookie),
    );
    expect(answered.status).toBe(200);
    expect(answered.body.warmUp.myAnswers).toEqual({ 'office-move': 'project' });
    expect(JSON.stringify(answered.body)).not.toContain('explanation');
    expectProblem(
      await t.call(
        'PUT',
        `/api/workshops/${workshop.id}/me/warm-up`,
        { answers: { 'office-move': 'goal' } },
        as(li.cookie),
      ),
      422,
      ['answers.office-move'],
    );
    await t.call('PATCH', `/api/workshops/${workshop.id}`, { revealWarmUp: true });
    const revealed = (await me(workshop.id, li.cookie)).body;
    expect(revealed.warmUp.scenarios.find((s: { id: string }) => s.id === 'office-move')).toMatchObject({
      answer: 'project',
      counts: { okr: 0, kpi: 0, project: 1 },
    });
    expect(revealed.warmUp.shareRight).toBe(1);
    const late = await t.call(
      'PUT',
      `/api/workshops/${workshop.id}/me/warm-up`,
      { answers: { 'office-move': 'kpi' } },
      as(li.cookie),
    );
    expectProblem(late, 409);
    expect(late.body.code).toBe('workshop.revealed');
  });

  it.each<[string, unknown]>([
    ['an objective of 301 characters', { objective: 'x'.repeat(301), keyResults: [] }],
    ['nine key results', { objective: 'x', keyResults: Array(9).fill('k') }],
    ['no key results field', { objective: 'x' }],
    ['a number for the objective', { objective: 3, keyResults: [] }],
  ])('is refused %s with 422, the draft left as it was', async (_, body) => {
    const { workshop } = await createWorkshop();
    const li = await join(workshop.code);
    await putDraft(workshop.id, li.cookie, GOOD);
    expectProblem(await putDraft(workshop.id, li.cookie, body), 422);
    expect((await me(workshop.id, li.cookie)).body.myDraft.objective).toBe(GOOD.objective);
  });

  it('can write nothing once the workshop has ended or expired', async () => {
    const { workshop } = await createWorkshop();
    const li = await join(workshop.code);
    await putDraft(workshop.id, li.cookie, GOOD);
    await t.call('PATCH', `/api/workshops/${workshop.id}`, { status: 'ended' });
    const refused = await putDraft(workshop.id, li.cookie, { objective: 'Late', keyResults: [] });
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('workshop.ended');
    expectProblem(await t.call('PATCH', `/api/workshops/${workshop.id}`, { status: 'open' }), 409);
    expect((await me(workshop.id, li.cookie)).body).toMatchObject({
      status: 'ended',
      myDraft: { objective: GOOD.objective },
    });

    const second = await createWorkshop({ expiresInHours: 1 });
    const wang = await join(second.workshop.code);
    clock.advance(HOUR);
    expectProblem(await putDraft(second.workshop.id, wang.cookie, GOOD), 409);
    expectProblem(
      await t.call('POST', `/api/workshops/${second.workshop.id}/keep`, {
        title: 'x',
        keyResults: [],
        fromDraftIds: [],
      }),
      409,
    );
    expect((await facilitator(second.workshop.id)).body.status).toBe('ended');
  });
});

describe('running the room', () => {
  /** A workshop with two participants' drafts, in the voting phase, with one group. */
  async function votingRoom() {
    const setup = await createWorkshop();
    const li = await join(setup.workshop.code, { name: 'Li' });
    const wang = await join(setup.workshop.code, { name: 'Wang' });
    await putDraft(setup.workshop.id, li.cookie, GOOD);
    await putDraft(setup.workshop.id, wang.cookie, {
      objective: 'Delight customers',
      keyResults: ['NPS from 20 to 40 by Q3'],
    });
    const drafts = (await facilitator(setup.workshop.id)).body.drafts as { id: string }[];
    const grouped = await t.call('POST', `/api/workshops/${setup.workshop.id}/groups`, {
      title: 'Customers',
      draftIds: drafts.map((d) => d.id),
    });
    expect(grouped.status).toBe(201);
    await t.call('PATCH', `/api/workshops/${setup.workshop.id}`, { phase: 'voting' });
    return { ...setup, li, wang, drafts, groupId: grouped.body.groups[0].id as string };
  }

  it('groups drafts, takes votes (at most three) and keeps an objective', async () => {
    const { workshop, li, wang, drafts, groupId } = await votingRoom();
    const renamed = await t.call('PUT', `/api/workshops/${workshop.id}/groups/${groupId}`, {
      title: 'Happy customers',
    });
    expect(renamed.body.groups).toEqual([
      { id: groupId, title: 'Happy customers', draftIds: drafts.map((d) => d.id) },
    ]);
    expect((await me(workshop.id, li.cookie)).body.groups).toEqual([
      { id: groupId, title: 'Happy customers' },
    ]);
    const voted = await t.call(
      'PUT',
      `/api/workshops/${workshop.id}/me/votes`,
      { ids: [groupId] },
      as(li.cookie),
    );
    expect(voted.status).toBe(200);
    expect(voted.body.myVotes).toEqual([groupId]);
    await t.call(
      'PUT',
      `/api/workshops/${workshop.id}/me/votes`,
      { ids: [groupId, drafts[0]!.id] },
      as(wang.cookie),
    );
    expectProblem(
      await t.call(
        'PUT',
        `/api/workshops/${workshop.id}/me/votes`,
        { ids: ['a', 'b', 'c', 'd'] },
        as(wang.cookie),
      ),
      422,
    );
    expectProblem(
      await t.call('PUT', `/api/workshops/${workshop.id}/me/votes`, { ids: ['nowhere'] }, as(wang.cookie)),
      422,
    );
    expect((await facilitator(workshop.id)).body.votes).toEqual({ [groupId]: 2, [drafts[0]!.id]: 1 });
    const kept = await t.call('POST', `/api/workshops/${workshop.id}/keep`, {
      title: 'Happy customers',
      keyResults: ['NPS from 20 to 40 by Q3'],
      fromDraftIds: drafts.map((d) => d.id),
    });
    expect(kept.status).toBe(201);
    expect(kept.body.kept).toEqual([
      {
        id: expect.any(String),
        title: 'Happy customers',
        keyResults: ['NPS from 20 to 40 by Q3'],
        fromDraftIds: drafts.map((d) => d.id),
      },
    ]);
    const removed = await t.call('DELETE', `/api/workshops/${workshop.id}/groups/${groupId}`);
    expect(removed.body.votes).toEqual({ [drafts[0]!.id]: 1 });
    expectProblem(await t.call('DELETE', `/api/workshops/${workshop.id}/groups/${groupId}`), 404);
    const dropped = await t.call('DELETE', `/api/workshops/${workshop.id}/keep/${kept.body.kept[0].id}`);
    expect(dropped.body.kept).toEqual([]);
    expectProblem(await t.call('DELETE', `/api/workshops/${workshop.id}/keep/${kept.body.kept[0].id}`), 404);
  });

  it('refuses votes outside the voting phase', async () => {
    const { workshop, li, groupId } = await votingRoom();
    await t.call('PATCH', `/api/workshops/${workshop.id}`, { phase: 'writing' });
    const refused = await t.call(
      'PUT',
      `/api/workshops/${workshop.id}/me/votes`,
      { ids: [groupId] },
      as(li.cookie),
    );
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('workshop.wrong-phase');
  });

  it('answers 304 to ?since= while nothing changed, and the workshop once something did', async () => {
    const { workshop } = await createWorkshop();
    const first = await facilitator(workshop.id);
    const unchanged = await t.call('GET', `/api/workshops/${workshop.id}?since=${first.body.version}`);
    expect(unchanged.status).toBe(304);
    await join(workshop.code);
    const changed = await t.call('GET', `/api/workshops/${workshop.id}?since=${first.body.version}`);
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(first.body.version + 1);
  });

  it('audits locking and ending, and refuses a bad change with 422, changing nothing', async () => {
    const { workshop } = await createWorkshop();
    expectProblem(await t.call('PATCH', `/api/workshops/${workshop.id}`, { status: 'closed' }), 422);
    expectProblem(
      await t.call('PATCH', `/api/workshops/${workshop.id}`, { phase: 'writing', extra: 1 }),
      422,
    );
    expect((await facilitator(workshop.id)).body).toMatchObject({ version: 1, phase: 'warm-up' });
    await t.call('PATCH', `/api/workshops/${workshop.id}`, { status: 'locked' });
    await t.call('PATCH', `/api/workshops/${workshop.id}`, { status: 'ended' });
    const actions = (await t.storage.audit.list())
      .filter((e) => e.target === workshop.id)
      .map((e) => e.action);
    expect(actions).toEqual(['workshop.create', 'workshop.lock', 'workshop.end']);
  });

  it('draws the join link as a QR code', async () => {
    const { workshop } = await createWorkshop();
    const qr = await t.call('GET', `/api/workshops/${workshop.id}/qr.svg`);
    expect(qr.status).toBe(200);
    expect(qr.contentType).toMatch(/^image\/svg\+xml/);
    expect(qr.body).toMatch(/^<svg/);
  });

  it('sums the session up for the printed page', async () => {
    const { workshop, drafts } = await votingRoom();
    await t.call('POST', `/api/workshops/${workshop.id}/keep`, {
      title: 'Kept',
      keyResults: ['NPS 40'],
      fromDraftIds: [drafts[0]!.id],
    });
    const summary = await t.call('GET', `/api/workshops/${workshop.id}/summary`);
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      participants: 2,
      drafts: 2,
      warmUpShareRight: null,
      kept: [{ title: 'Kept' }],
    });
    expect(summary.body.checks.length).toBeGreaterThan(0);
  });
});

describe('into the plan and into files', () => {
  async function withKept(titles: string[], options: { campaign?: boolean } = {}) {
    const setup = await createWorkshop({}, options);
    const keptIds: string[] = [];
    for (const title of titles) {
      const reply = await t.call('POST', `/api/workshops/${setup.workshop.id}/keep`, {
        title,
        keyResults: ['Raise NPS from 20 to 40 by Q3', '=cmd|calc'],
        fromDraftIds: [],
      });
      keptIds.push(reply.body.kept.at(-1).id);
    }
    return { ...setup, keptIds };
  }

  it('lands kept objectives as actions in the campaign’s plan, key results in the note, audited', async () => {
    const { organization, campaign, workshop, keptIds, departmentId } = await withKept([
      'Delight customers',
      'Open faster',
    ]);
    const reply = await t.call('POST', `/api/workshops/${workshop.id}/to-plan`, { keptIds, as: 'actions' });
    expect(reply.status).toBe(201);
    expect(reply.body.actionIds).toHaveLength(2);
    const plan = await t.call(
      'GET',
      `/api/organizations/${organization.id}/action-plan?campaignId=${campaign.id}`,
    );
    expect(plan.body.actions).toEqual([
      expect.objectContaining({
        id: reply.body.actionIds[0],
        title: 'Delight customers',
        note: '- Raise NPS from 20 to 40 by Q3\n- =cmd|calc',
        campaignId: campaign.id,
        recommendationId: 'smart-workshop',
        departmentIds: [departmentId('Sales')],
        status: 'planned',
      }),
      expect.objectContaining({ title: 'Open faster' }),
    ]);
    const pilot = await t.call('POST', `/api/workshops/${workshop.id}/to-plan`, {
      keptIds: [keptIds[0]],
      as: 'pilot-objectives',
    });
    expect(pilot.status).toBe(201);
    const stored = await t.storage.actionPlan.list(organization.id);
    expect(stored.find((a) => a.id === pilot.body.actionIds[0])?.recommendationId).toBe('mvp-pilot');
    expect((await t.storage.audit.list()).filter((e) => e.action === 'workshop.to-plan')).toHaveLength(2);
  });

  it('refuses an unknown kept id, a workshop without a campaign and a consultant, adding no action', async () => {
    const { organization, workshop, keptIds } = await withKept(['Delight customers']);
    expectProblem(
      await t.call('POST', `/api/workshops/${workshop.id}/to-plan`, { keptIds: ['nowhere'], as: 'actions' }),
      422,
      ['keptIds'],
    );
    expectProblem(
      await t.call('POST', `/api/workshops/${workshop.id}/to-plan`, { keptIds, as: 'plan' }),
      422,
    );
    const consultant = await inviteAndAccept(t, organization.id, {
      email: 'c@example.com',
      role: 'consultant',
    });
    expectProblem(
      await t.call(
        'POST',
        `/api/workshops/${workshop.id}/to-plan`,
        { keptIds, as: 'actions' },
        as(consultant.cookie),
      ),
      403,
    );
    const lone = await withKept(['Alone'], { campaign: false });
    const refused = await t.call('POST', `/api/workshops/${lone.workshop.id}/to-plan`, {
      keptIds: lone.keptIds,
      as: 'actions',
    });
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('workshop.no-campaign');
    expect(await t.storage.actionPlan.list(organization.id)).toEqual([]);
    expect(await t.storage.actionPlan.list(lone.organization.id)).toEqual([]);
  });

  it('refuses to add to the plan of a campaign deleted since the workshop was made', async () => {
    const { organization, campaign, workshop, keptIds } = await withKept(['Delight customers']);
    expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
    expect(
      (await t.call('DELETE', `/api/campaigns/${campaign.id}`, { confirmName: campaign.name })).status,
    ).toBe(200);
    const refused = await t.call('POST', `/api/workshops/${workshop.id}/to-plan`, { keptIds, as: 'actions' });
    expectProblem(refused, 409);
    expect(refused.body.code).toBe('workshop.no-campaign');
    expect(await t.storage.actionPlan.list(organization.id)).toEqual([]);
  });

  it('exports the kept objectives as a formula-safe CSV in the reader’s language, and as a workbook, audited', async () => {
    const { workshop } = await withKept(['=HYPERLINK("http://evil")', '目标二']);
    const csv: Reply = await t.call('GET', `/api/workshops/${workshop.id}/export?format=csv&lang=zh-cn`);
    expect(csv.status).toBe(200);
    expect(csv.contentType).toMatch(/^text\/csv/);
    const rows = parse(csv.body.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];
    expect(rows).toEqual([
      ['目标', '关键结果', '来源草稿数'],
      ['\'=HYPERLINK("http://evil")', 'Raise NPS from 20 to 40 by Q3', '0'],
      ['\'=HYPERLINK("http://evil")', "'=cmd|calc", '0'],
      ['目标二', 'Raise NPS from 20 to 40 by Q3', '0'],
      ['目标二', "'=cmd|calc", '0'],
    ]);
    const res = await t.app.request(`/api/workshops/${workshop.id}/export?format=xlsx`, {
      headers: { cookie: t.ownerCookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 2))).toEqual([0x50, 0x4b]);
    expectProblem(await t.call('GET', `/api/workshops/${workshop.id}/export?format=pdf`), 422);
    const exports = (await t.storage.audit.list()).filter((e) => e.action.startsWith('workshop.export'));
    expect(exports.map((e) => e.action)).toEqual(['workshop.export.csv', 'workshop.export.xlsx']);
  });
});

it('forgets an organization’s workshops, participants’ names included, when the organization is deleted', async () => {
  const { organization, campaign, workshop } = await createWorkshop();
  const li = await join(workshop.code, { name: 'Li Wei' });
  await putDraft(workshop.id, li.cookie, GOOD);
  expect((await t.call('POST', `/api/campaigns/${campaign.id}/close`)).status).toBe(200);
  const deleted = await t.call('DELETE', `/api/organizations/${organization.id}`, {
    confirmName: organization.name,
  });
  expect(deleted.status).toBe(200);
  expect(await t.storage.workshops.get(workshop.id)).toBeUndefined();
  expect(await t.storage.workshops.byCode(workshop.code)).toBeUndefined();
  expectProblem(await me(workshop.id, li.cookie), 404);
});

describe('twenty participants at once', () => {
  it('keeps every participant’s last draft when twenty PUT drafts concurrently, ten times each', async () => {
    const { workshop } = await createWorkshop({ naming: 'anonymous' });
    const people = await Promise.all(Array.from({ length: 20 }, () => join(workshop.code, {})));
    expect(people.map((p) => p.status)).toEqual(Array(20).fill(201));
    // Each phone sends its next draft once the last one was answered, as the page does; the twenty phones
    // all at once.
    const statuses = await Promise.all(
      people.map(async (p, i) => {
        const answered: number[] = [];
        for (let round = 0; round < 10; round++) {
          const reply = await putDraft(workshop.id, p.cookie, {
            objective: `Person ${i}, draft ${round}`,
            keyResults: [`kr ${round}`],
          });
          answered.push(reply.status);
        }
        return answered;
      }),
    );
    expect(statuses.flat().every((s) => s === 200)).toBe(true);
    for (const [i, p] of people.entries()) {
      expect((await me(workshop.id, p.cookie)).body.myDraft).toMatchObject({
        objective: `Person ${i}, draft 9`,
        version: 10,
      });
    }
    const stored = (await t.storage.workshops.get(workshop.id))!;
    expect(stored.drafts).toHaveLength(20);
    expect(stored.drafts.every((d) => d.version === 10)).toBe(true);
    expect(stored.drafts.map((d) => d.objective).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `Person ${i}, draft 9`).sort(),
    );
  });
});
