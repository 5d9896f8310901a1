import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOOK_ALIKES } from '../../fixtures/look-alike-names';
import { expectProblem, setUpCampaign, startTestApp, TODAY, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const ACME = {
  name: 'Acme',
  departments: [
    { name: 'Sales', headcount: 10 },
    { name: 'Operations', headcount: 4 },
  ],
};

describe('POST /api/organizations', () => {
  it('creates an organization with an id for it and each department', async () => {
    const reply = await t.call('POST', '/api/organizations', ACME);
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ id: expect.any(String), name: 'Acme', createdOn: TODAY });
    expect(reply.body.departments).toEqual([
      { id: expect.any(String), name: 'Sales', headcount: 10 },
      { id: expect.any(String), name: 'Operations', headcount: 4 },
    ]);
    expect(await t.storage.organizations.get(reply.body.id)).toEqual(reply.body);
  });

  it('answers malformed JSON with 400', async () => {
    expectProblem(await t.call('POST', '/api/organizations', '{"name": "Acme",'), 400);
    expect(await t.storage.organizations.list()).toEqual([]);
  });

  it('answers a JSON content type with an empty body with 400', async () => {
    expectProblem(
      await t.call('POST', '/api/organizations', '', { 'content-type': 'application/json' }),
      400,
    );
  });

  it('answers a body sent as plain text with 415', async () => {
    const reply = await t.call('POST', '/api/organizations', JSON.stringify(ACME), {
      'content-type': 'text/plain',
    });
    expectProblem(reply, 415);
    expect(await t.storage.organizations.list()).toEqual([]);
  });

  it('answers a request with no body at all with 422 naming the required fields', async () => {
    const res = await t.app.request('/api/organizations', {
      method: 'POST',
      headers: { cookie: t.ownerCookie, origin: 'http://localhost' },
    });
    const reply = {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      body: await res.json(),
    };
    expectProblem(reply, 422, ['name', 'departments']);
  });

  it.each([
    { what: 'an empty name', body: { ...ACME, name: '  ' }, field: 'name' },
    { what: 'a name over 120 characters', body: { ...ACME, name: 'x'.repeat(121) }, field: 'name' },
    { what: 'no departments', body: { ...ACME, departments: [] }, field: 'departments' },
    {
      what: 'a headcount of zero',
      body: { ...ACME, departments: [{ name: 'Sales', headcount: 0 }] },
      field: 'departments.0.headcount',
    },
    {
      what: 'a fractional headcount',
      body: { ...ACME, departments: [{ name: 'Sales', headcount: 2.5 }] },
      field: 'departments.0.headcount',
    },
    {
      what: 'a headcount sent as text',
      body: { ...ACME, departments: [{ name: 'Sales', headcount: '10' }] },
      field: 'departments.0.headcount',
    },
    { what: 'an unexpected field', body: { ...ACME, owner: 'me' }, field: '(body)' },
  ])('answers $what with 422 naming the field', async ({ body, field }) => {
    const reply = await t.call('POST', '/api/organizations', body);
    expectProblem(reply, 422, [field]);
    expect(reply.body.type).toBe('/problems/validation');
    expect(await t.storage.organizations.list()).toEqual([]);
  });

  it.each(LOOK_ALIKES)(
    'refuses two departments named alike by $how with a 422 naming both, creating nothing',
    async ({ name, lookAlike }) => {
      const departments = [
        { name, headcount: 3 },
        { name: 'Operations', headcount: 4 },
        { name: lookAlike, headcount: 5 },
      ];
      const reply = await t.call('POST', '/api/organizations', { ...ACME, departments });
      expectProblem(reply, 422, ['departments.2.name']);
      expect(reply.body.type).toBe('/problems/invalid-input');
      expect(reply.body.detail).toContain(`"${name}" and "${lookAlike}"`);
      expect(reply.body).toMatchObject({
        code: 'organization.department-look-alike',
        params: { first: name, second: lookAlike },
        errors: [
          { field: 'departments.2.name', message: `reads as the same name as department 1, "${name}"` },
        ],
      });
      expect(await t.storage.organizations.list()).toEqual([]);
    },
  );

  it('names every look-alike department, each beside the first of its name', async () => {
    const names = ['Sales', 'Operations', 'ＳＡＬＥＳ', 'operations', 'sales '];
    const reply = await t.call('POST', '/api/organizations', {
      ...ACME,
      departments: names.map((name) => ({ name, headcount: 3 })),
    });
    expectProblem(reply, 422);
    const pair = (field: string, first: string, second: string) => ({
      field,
      message: expect.any(String),
      code: 'organization.department-look-alike',
      params: { first, second },
    });
    expect(reply.body.errors).toEqual([
      pair('departments.2.name', 'Sales', 'ＳＡＬＥＳ'),
      pair('departments.3.name', 'Operations', 'operations'),
      pair('departments.4.name', 'Sales', 'sales'),
    ]);
    expect(reply.body.params).toEqual({ first: 'Sales', second: 'ＳＡＬＥＳ' });
  });

  it('trims surrounding spaces from names', async () => {
    const reply = await t.call('POST', '/api/organizations', {
      name: '  Acme ',
      departments: [{ name: ' Sales ', headcount: 3 }],
    });
    expect(reply.body).toMatchObject({ name: 'Acme', departments: [{ name: 'Sales' }] });
  });
});

describe('GET /api/organizations', () => {
  it('lists every organization', async () => {
    expect((await t.call('GET', '/api/organizations')).body).toEqual([]);
    await t.call('POST', '/api/organizations', ACME);
    await t.call('POST', '/api/organizations', { ...ACME, name: 'Globex' });
    const reply = await t.call('GET', '/api/organizations');
    expect(reply.status).toBe(200);
    expect(reply.body.map((o: { name: string }) => o.name).sort()).toEqual(['Acme', 'Globex']);
  });
});

describe('GET /api/organizations/:id', () => {
  it('returns the organization with its campaigns', async () => {
    const { organization, campaign } = await setUpCampaign(t);
    const reply = await t.call('GET', `/api/organizations/${organization.id}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ id: organization.id, name: 'Acme' });
    expect(reply.body.campaigns.map((c: { id: string }) => c.id)).toEqual([campaign.id]);
  });

  it('answers an unknown id with 404', async () => {
    expectProblem(await t.call('GET', '/api/organizations/no-such-org'), 404);
  });

  it('answers an id with characters ids never have with 422 naming it', async () => {
    expectProblem(await t.call('GET', '/api/organizations/bad%20id!'), 422, ['id']);
  });
});

describe('POST /api/organizations/:id/campaigns', () => {
  it('creates a draft campaign over every department, with its links', async () => {
    const org = (await t.call('POST', '/api/organizations', ACME)).body;
    const reply = await t.call('POST', `/api/organizations/${org.id}/campaigns`, {
      name: 'Baseline',
      questionnaireId: 'readiness-okr',
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({
      organizationId: org.id,
      name: 'Baseline',
      questionnaireId: 'readiness-okr',
      modelVersion: '2',
      status: 'draft',
      minGroupSize: 5,
      createdOn: TODAY,
      departmentIds: org.departments.map((d: { id: string }) => d.id),
    });
    expect(reply.body.links.map((l: { departmentId: string | null }) => l.departmentId)).toEqual([
      null,
      ...reply.body.departmentIds,
    ]);
    expect(new Set(reply.body.links.map((l: { token: string }) => l.token)).size).toBe(3);
  });

  it('answers an unknown organization with 404 and stores no campaign', async () => {
    const reply = await t.call('POST', '/api/organizations/no-such-org/campaigns', {
      name: 'B',
      questionnaireId: 'readiness-okr',
    });
    expectProblem(reply, 404);
    expect(await t.storage.campaigns.listByOrganization('no-such-org')).toEqual([]);
  });

  it('answers an unknown questionnaire with 422', async () => {
    const org = (await t.call('POST', '/api/organizations', ACME)).body;
    const reply = await t.call('POST', `/api/organizations/${org.id}/campaigns`, {
      name: 'B',
      questionnaireId: 'readiness-xyz',
    });
    expectProblem(reply, 422);
    expect(reply.body.type).toBe('/problems/unknown-questionnaire');
    expect(await t.storage.campaigns.listByOrganization(org.id)).toEqual([]);
  });

  it.each([
    {
      what: 'a minimum group size below 3',
      body: { name: 'B', questionnaireId: 'readiness-okr', minGroupSize: 2 },
      field: 'minGroupSize',
    },
    { what: 'a missing name', body: { questionnaireId: 'readiness-okr' }, field: 'name' },
    { what: 'a missing questionnaire', body: { name: 'B' }, field: 'questionnaireId' },
  ])('answers $what with 422 naming the field', async ({ body, field }) => {
    const org = (await t.call('POST', '/api/organizations', ACME)).body;
    expectProblem(await t.call('POST', `/api/organizations/${org.id}/campaigns`, body), 422, [field]);
  });
});
