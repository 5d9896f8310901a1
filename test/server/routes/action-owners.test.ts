// Choosing an action's owner: the people an editor may pick from (names and addresses only, of this
// organization only), the owner's name shown to every reader of the plan, and who gave the action its owner.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, inviteAndAccept } from '../../fixtures/accounts';
import { OWNER, setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

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
  const other = await setUpCampaign(t);
  const sales = setup.departmentId('Sales');
  const executive = await inviteAndAccept(
    t,
    org,
    { email: 'exec@example.com', role: 'executive' },
    'Eva Exec',
  );
  const head = await inviteAndAccept(
    t,
    org,
    { email: 'head@example.com', role: 'department-head', departmentIds: [sales] },
    'Hu Head',
  );
  // Someone of another organization only: never offered here.
  await inviteAndAccept(
    t,
    other.organization.id,
    { email: 'elsewhere@example.com', role: 'administrator' },
    'Else Where',
  );
  return { org, executive, head };
}

describe('the people an action can be given to', () => {
  it('lists the organization’s people and the owner by name, with no roles', async () => {
    const w = await world();
    const reply = await t.call(
      'GET',
      `/api/organizations/${w.org}/action-plan/owners`,
      undefined,
      as(w.executive.cookie),
    );
    expect(reply.status).toBe(200);
    const session = (await t.call('GET', '/api/session')).body;
    expect(reply.body).toEqual({
      people: [
        { accountId: w.executive.accountId, name: 'Eva Exec', email: 'exec@example.com' },
        { accountId: w.head.accountId, name: 'Hu Head', email: 'head@example.com' },
        { accountId: session.accountId, name: OWNER.name, email: OWNER.email },
      ],
    });
  });

  it('is refused to a department head, who may not give actions to anyone', async () => {
    const w = await world();
    const reply = await t.call(
      'GET',
      `/api/organizations/${w.org}/action-plan/owners`,
      undefined,
      as(w.head.cookie),
    );
    expect(reply.status).toBe(403);
  });
});

describe('an action’s owner on the plan', () => {
  it('shows every reader the name of an owner by account, and records who assigned them', async () => {
    const w = await world();
    const added = await t.call(
      'POST',
      `/api/organizations/${w.org}/action-plan`,
      { title: 'Weekly review', owner: { accountId: w.head.accountId } },
      as(w.executive.cookie),
    );
    expect(added.status).toBe(201);
    expect(added.body.assignedBy).toBe(w.executive.accountId);
    const plan = await t.call('GET', `/api/organizations/${w.org}/action-plan`, undefined, as(w.head.cookie));
    expect(plan.body.ownerNames).toEqual({ [w.head.accountId]: 'Hu Head' });

    // The owner changing the status keeps the assigner; another editor giving it to someone else replaces it.
    const path = `/api/organizations/${w.org}/action-plan/${added.body.id}`;
    const moved = await t.call('PATCH', path, { status: 'in-progress' }, as(w.head.cookie));
    expect(moved.body.assignedBy).toBe(w.executive.accountId);
    const given = await t.call('PATCH', path, { owner: { name: 'Wang Fang', email: 'wang@example.cn' } });
    expect(given.body.assignedBy).toBe((await t.call('GET', '/api/session')).body.accountId);
    expect((await t.call('GET', `/api/organizations/${w.org}/action-plan`)).body.ownerNames).toEqual({});
  });
});
