// The action plan through the API: who may add, change, comment on and remove actions, what each reader
// sees, and that a refused write leaves the plan and the audit log as they were.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanAction } from '../../../server/domain/decisions/action-plan';
import { as, inviteAndAccept } from '../../fixtures/accounts';
import { expectProblem, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

async function world() {
  const setup = await setUpCampaign(t);
  const org = setup.organization.id;
  const sales = setup.departmentId('Sales');
  const operations = setup.departmentId('Operations');
  const member = (
    role: 'executive' | 'department-head' | 'consultant',
    email: string,
    departmentIds: string[] = [],
  ) => inviteAndAccept(t, org, { email, role, departmentIds });
  const head = await member('department-head', 'head@example.com', [sales]);
  const consultant = await member('consultant', 'consultant@example.com');
  const executive = await member('executive', 'exec@example.com');
  const add = async (body: Record<string, unknown>, cookie?: string) => {
    const reply = await t.call(
      'POST',
      `/api/organizations/${org}/action-plan`,
      body,
      cookie ? as(cookie) : undefined,
    );
    return reply;
  };
  return { ...setup, org, sales, operations, head, consultant, executive, add };
}

const planOf = async (org: string, cookie?: string, query = '') =>
  (
    await t.call(
      'GET',
      `/api/organizations/${org}/action-plan${query}`,
      undefined,
      cookie ? as(cookie) : undefined,
    )
  ).body as { actions: PlanAction[]; progress: { done: number; total: number } };

/** What a refused write must leave as it was: the stored plan and the audit log. */
const snapshot = async (org: string) => ({
  plan: await t.storage.actionPlan.list(org),
  audit: (await t.storage.audit.list()).length,
});

describe('adding actions', () => {
  it('adds an action from a recommendation, with an owner of the organization, audited', async () => {
    const w = await world();
    const reply = await w.add({
      campaignId: w.campaign.id,
      recommendationId: 'pilot-first',
      title: 'Run a one-quarter pilot in Sales',
      owner: { accountId: w.head.accountId },
      due: '2026-06-30',
      departmentIds: [w.sales],
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(201);
    expect(reply.body).toMatchObject({
      status: 'planned',
      campaignId: w.campaign.id,
      recommendationId: 'pilot-first',
    });
    const audit = await t.storage.audit.list();
    expect(audit.at(-1)).toMatchObject({ action: 'action-plan.create', target: reply.body.id });
    expect((await planOf(w.org)).progress).toEqual({ done: 0, total: 1 });
  });

  it('lets an executive add a free action for someone without an account', async () => {
    const w = await world();
    const reply = await w.add(
      { title: 'Brief the works council', owner: { name: 'Wang Fang', email: 'Wang@Example.cn' } },
      w.executive.cookie,
    );
    expect(reply.status).toBe(201);
    expect(reply.body.owner).toEqual({ name: 'Wang Fang', email: 'wang@example.cn' });
    expect(reply.body.recommendationId).toBeNull();
  });

  it('turns a starter plan into planned, unassigned actions in one step', async () => {
    const w = await world();
    const reply = await t.call('POST', `/api/organizations/${w.org}/action-plan/starter-plan`, {
      campaignId: w.campaign.id,
      recommendationId: 'kpi-projects',
      titles: ['Pick five to eight KPIs', 'Set thresholds', 'Charter a project'],
    });
    expect(reply.status).toBe(201);
    const plan = await planOf(w.org, undefined, `?campaignId=${w.campaign.id}`);
    expect(plan.actions.map((a) => [a.title, a.status, a.owner, a.recommendationId])).toEqual([
      ['Pick five to eight KPIs', 'planned', null, 'kpi-projects'],
      ['Set thresholds', 'planned', null, 'kpi-projects'],
      ['Charter a project', 'planned', null, 'kpi-projects'],
    ]);
    expect((await planOf(w.org, undefined, '?campaignId=another')).actions).toEqual([]);
  });

  it.each<[string, (w: Awaited<ReturnType<typeof world>>) => Record<string, unknown>, number, string[]]>([
    ['an empty title', () => ({ title: ' ' }), 422, ['title']],
    ['a date that does not exist', () => ({ title: 'x', due: '2026-02-31' }), 422, ['due']],
    ['an owner with no role here', () => ({ title: 'x', owner: { accountId: 'nobody' } }), 422, ['owner']],
    ['another organization’s campaign', () => ({ title: 'x', campaignId: 'elsewhere' }), 422, ['campaignId']],
    ['a department of no one', () => ({ title: 'x', departmentIds: ['nowhere'] }), 422, ['departmentIds']],
    ['a field it does not know', () => ({ title: 'x', priority: 'high' }), 422, []],
  ])('refuses %s and changes nothing', async (_, body, status, fields) => {
    const w = await world();
    const before = await snapshot(w.org);
    const reply = await w.add(body(w));
    expect(reply.status, JSON.stringify(reply.body)).toBe(status);
    if (fields.length > 0) expectProblem(reply, status, fields);
    expect(await snapshot(w.org)).toEqual(before);
  });
});

describe('changing actions by role', () => {
  async function seeded() {
    const w = await world();
    const forSales = (await w.add({ title: 'Sales action', departmentIds: [w.sales] })).body as PlanAction;
    const forOps = (await w.add({ title: 'Ops action', departmentIds: [w.operations] })).body as PlanAction;
    const headOwns = (
      await w.add({
        title: 'Owned by the head',
        departmentIds: [w.operations],
        owner: { accountId: w.head.accountId },
      })
    ).body as PlanAction;
    const patch = (a: PlanAction, body: unknown, cookie: string) =>
      t.call('PATCH', `/api/organizations/${w.org}/action-plan/${a.id}`, body, as(cookie));
    return { ...w, forSales, forOps, headOwns, patch };
  }

  it('lets a department head move along an action of their department, and one they own', async () => {
    const w = await seeded();
    expect(
      (await w.patch(w.forSales, { status: 'in-progress', note: 'Kick-off held' }, w.head.cookie)).status,
    ).toBe(200);
    expect((await w.patch(w.headOwns, { status: 'done' }, w.head.cookie)).status).toBe(200);
    const audit = await t.storage.audit.list();
    expect(audit.slice(-2).map((e) => [e.action, e.accountId])).toEqual([
      ['action-plan.change', w.head.accountId],
      ['action-plan.change', w.head.accountId],
    ]);
    expect((await planOf(w.org)).progress).toEqual({ done: 1, total: 3 });
  });

  it.each<
    [string, 'head' | 'consultant', 'forOps' | 'forSales' | 'headOwns', Record<string, unknown>, number]
  >([
    ['a head reassigning their own action', 'head', 'headOwns', { owner: null }, 403],
    ['a head renaming an action of their department', 'head', 'forSales', { title: 'Renamed' }, 403],
    [
      'a head changing another department’s action, which they do not see',
      'head',
      'forOps',
      { status: 'done' },
      404,
    ],
    ['a consultant changing the status', 'consultant', 'forSales', { status: 'done' }, 403],
  ])('refuses %s and changes nothing', async (_, who, which, body, status) => {
    const w = await seeded();
    const before = await snapshot(w.org);
    const reply = await w.patch(w[which], body, w[who].cookie);
    expect(reply.status).toBe(status);
    expect(await snapshot(w.org)).toEqual(before);
  });

  it('lets a consultant comment, appending to the action and leaving its note', async () => {
    const w = await seeded();
    const reply = await t.call(
      'POST',
      `/api/organizations/${w.org}/action-plan/${w.forSales.id}/comments`,
      { text: 'Measure the pilot against last quarter' },
      as(w.consultant.cookie),
    );
    expect(reply.status).toBe(201);
    expect(reply.body.comments).toEqual([
      {
        accountId: w.consultant.accountId,
        on: expect.any(String),
        text: 'Measure the pilot against last quarter',
      },
    ]);
    expect(reply.body.note).toBe('');
    expect((await t.storage.audit.list()).at(-1)).toMatchObject({ action: 'action-plan.comment' });
  });

  it('lets editors remove an action, but not a department head', async () => {
    const w = await seeded();
    const path = `/api/organizations/${w.org}/action-plan/${w.forSales.id}`;
    const before = await snapshot(w.org);
    expect((await t.call('DELETE', path, undefined, as(w.head.cookie))).status).toBe(403);
    expect(await snapshot(w.org)).toEqual(before);
    expect((await t.call('DELETE', path, undefined, as(w.executive.cookie))).status).toBe(204);
    expect((await t.call('DELETE', path)).status).toBe(404);
    expect((await planOf(w.org)).actions.map((a) => a.title)).toEqual(['Ops action', 'Owned by the head']);
  });
});

describe('reading the plan', () => {
  it('shows a department head the organization’s actions, their departments’ and their own only', async () => {
    const w = await world();
    await w.add({ title: 'Everyone' });
    await w.add({ title: 'Sales', departmentIds: [w.sales] });
    await w.add({ title: 'Operations', departmentIds: [w.operations] });
    const seen = await planOf(w.org, w.head.cookie);
    expect(seen.actions.map((a) => a.title)).toEqual(['Everyone', 'Sales']);
    expect(seen.progress).toEqual({ done: 0, total: 2 });
    expect((await planOf(w.org, w.consultant.cookie)).actions).toHaveLength(3);
  });

  it('answers someone without a role in the organization as if it did not exist', async () => {
    const w = await world();
    const other = await setUpCampaign(t, { Support: 10 });
    const outsider = await inviteAndAccept(t, other.organization.id, {
      email: 'x@example.com',
      role: 'administrator',
    });
    const reply = await t.call(
      'GET',
      `/api/organizations/${w.org}/action-plan`,
      undefined,
      as(outsider.cookie),
    );
    expectProblem(reply, 404);
  });
});
