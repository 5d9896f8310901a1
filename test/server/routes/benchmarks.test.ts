import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, inviteAndAccept } from '../../fixtures/accounts';
import { seedPool, seedPooledOrganization } from '../../fixtures/benchmark-pool';
import { answersAt } from '../../fixtures/answers';
import { V2 } from '../../fixtures/campaign-on-v2';
import { expectProblem, setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const auditActions = async () => (await t.storage.audit.list()).map((e: { action: string }) => e.action);

describe('GET /api/campaigns/{id}/benchmark', () => {
  it('places each readiness dimension and scale in a band among ten organizations that opted in', async () => {
    const [first] = await seedPool(t, 10);
    const reply = await t.call('GET', `/api/campaigns/${first!.campaignId}/benchmark`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      campaignId: first!.campaignId,
      questionnaireId: 'readiness-okr-2',
      modelVersion: '2',
      shown: true,
    });
    const [local] = reply.body.benchmarks;
    expect(local).toMatchObject({ source: 'local', available: true, organizations: 10, reason: null });
    expect(local.dimensions.map((d: { id: string }) => d.id)).toEqual([
      'hygiene',
      'participation',
      'culture',
      'okr-kpi',
      'breakdown',
    ]);
    for (const figure of [...local.dimensions, ...local.scales]) {
      expect(figure.band).toMatch(/^(bottom-10|10-25|25-50|50-75|75-90|top-10)$/);
    }
    // nothing in the reply is a quantile or another organization's score
    expect(Object.keys(local).sort()).toEqual([
      'available',
      'benchmarkId',
      'createdOn',
      'dimensions',
      'needed',
      'organizations',
      'reason',
      'scales',
      'source',
    ]);
  });

  it('says ten organizations are needed where fewer opted in, without their number', async () => {
    const [first] = await seedPool(t, 9);
    await seedPooledOrganization(t, 9, { optIn: false });
    const reply = await t.call('GET', `/api/campaigns/${first!.campaignId}/benchmark`);
    expect(reply.body.benchmarks).toEqual([
      {
        source: 'local',
        benchmarkId: null,
        createdOn: null,
        available: false,
        reason: 'too-few-organizations',
        needed: 10,
        organizations: null,
        dimensions: [],
        scales: [],
      },
    ]);
  });

  it('places nothing where the report does not show the organization’s figures', async () => {
    await seedPool(t, 10);
    const small = await seedPooledOrganization(t, 10, { respondents: 4, close: false });
    const reply = await t.call('GET', `/api/campaigns/${small.campaignId}/benchmark`);
    expect(reply.body).toMatchObject({ shown: false, benchmarks: [] });
  });
});

describe('a department head’s benchmark', () => {
  it('places nothing where their report withholds the organization’s figures, and all for an executive', async () => {
    await seedPool(t, 10);
    const setup = await setUpCampaign(
      t,
      { Sales: 10, Operations: 10 },
      { questionnaireId: 'readiness-okr-2' },
    );
    await submit(t, setup.tokenOf('Sales'), 5, answersAt(4, V2));
    await submit(t, setup.tokenOf('Operations'), 5, answersAt(2, V2));
    expect((await t.call('POST', `/api/campaigns/${setup.campaign.id}/close`)).status).toBe(200);
    const head = await inviteAndAccept(t, setup.organization.id, {
      email: 'head@example.com',
      role: 'department-head',
      departmentIds: [setup.departmentId('Sales')],
    });
    const executive = await inviteAndAccept(t, setup.organization.id, {
      email: 'exec@example.com',
      role: 'executive',
    });
    const path = `/api/campaigns/${setup.campaign.id}/benchmark`;
    // The organization less Sales would be Operations alone: the head's report withholds the organization.
    expect((await t.call('GET', path, undefined, as(head.cookie))).body).toMatchObject({
      shown: false,
      benchmarks: [],
    });
    const csv = await t.call('GET', `${path}.csv`, undefined, as(head.cookie));
    expect((csv.body as string).replace(/^\uFEFF/, '').trim()).toBe(
      'Benchmark,Organizations,Figure,Score,Band',
    );
    const full = (await t.call('GET', path, undefined, as(executive.cookie))).body;
    expect(full.shown).toBe(true);
    expect(full.benchmarks[0]).toMatchObject({ source: 'local', available: true, organizations: 10 });
  });
});

describe('PUT /api/organizations/{id}/benchmark-opt-in', () => {
  it('is off by default, turned on and off by an administrator, and audited', async () => {
    const seeded = await seedPooledOrganization(t, 0, { optIn: false });
    const org = await t.call('GET', `/api/organizations/${seeded.organizationId}`);
    expect(org.body.benchmarkOptIn).toBeUndefined();
    const admin = await inviteAndAccept(t, seeded.organizationId, {
      email: 'a@example.com',
      role: 'administrator',
    });
    const on = await t.call(
      'PUT',
      `/api/organizations/${seeded.organizationId}/benchmark-opt-in`,
      { benchmarkOptIn: true },
      as(admin.cookie),
    );
    expect(on.status).toBe(200);
    expect(on.body.benchmarkOptIn).toBe(true);
    const off = await t.call(
      'PUT',
      `/api/organizations/${seeded.organizationId}/benchmark-opt-in`,
      { benchmarkOptIn: false },
      as(admin.cookie),
    );
    expect(off.body.benchmarkOptIn).toBe(false);
    expect(await auditActions()).toEqual(
      expect.arrayContaining(['organization.benchmark.opt-in', 'organization.benchmark.opt-out']),
    );
  });

  it.each(['consultant', 'executive'] as const)('refuses a %s, changing nothing', async (role) => {
    const seeded = await seedPooledOrganization(t, 0, { optIn: false });
    const reader = await inviteAndAccept(t, seeded.organizationId, { email: 'r@example.com', role });
    const reply = await t.call(
      'PUT',
      `/api/organizations/${seeded.organizationId}/benchmark-opt-in`,
      { benchmarkOptIn: true },
      as(reader.cookie),
    );
    expectProblem(reply, 403);
    expect(reply.body.code).toBe('auth.role-forbids');
    expect((await t.storage.organizations.get(seeded.organizationId))!.benchmarkOptIn).toBeUndefined();
  });

  it('refuses a body that is not a yes or no, changing nothing', async () => {
    const seeded = await seedPooledOrganization(t, 0, { optIn: false });
    for (const body of [{ benchmarkOptIn: 'yes' }, {}, { benchmarkOptIn: true, extra: 1 }]) {
      const reply = await t.call('PUT', `/api/organizations/${seeded.organizationId}/benchmark-opt-in`, body);
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
    }
    expect((await t.storage.organizations.get(seeded.organizationId))!.benchmarkOptIn).toBeUndefined();
  });

  it('answers 404 for an organization that does not exist', async () => {
    expectProblem(
      await t.call('PUT', '/api/organizations/nope/benchmark-opt-in', { benchmarkOptIn: true }),
      404,
    );
  });
});

describe('benchmark files', () => {
  it('exports ten organizations as distributions only, audited', async () => {
    await seedPool(t, 10);
    const reply = await t.call('GET', '/api/benchmarks/export');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      format: 'groundwork-benchmark',
      formatVersion: 1,
      questionnaireId: 'readiness-okr-2',
      modelVersion: '2',
      createdOn: '2026-03-02',
      organizations: 10,
      respondents: 50,
    });
    expect(Object.keys(reply.body.dimensions)).toEqual(
      expect.arrayContaining(['hygiene', 'participation', 'culture', 'okr-kpi', 'breakdown']),
    );
    expect(JSON.stringify(reply.body)).not.toMatch(/Client|Acme|Team/);
    expect(await auditActions()).toContain('benchmark.export');
  });

  it('refuses to export fewer than ten organizations, saying how many are needed', async () => {
    await seedPool(t, 9);
    const reply = await t.call('GET', '/api/benchmarks/export');
    expectProblem(reply, 409);
    expect(reply.body).toMatchObject({ code: 'benchmark.nothing-to-export', params: { min: 10 } });
  });

  it('refuses to export an instrument this installation does not have', async () => {
    const reply = await t.call('GET', '/api/benchmarks/export?questionnaireId=nope&modelVersion=2');
    expectProblem(reply, 422);
    expect(reply.body.code).toBe('benchmark.unknown-instrument');
  });

  it('loads, lists and removes a file, each audited', async () => {
    await seedPool(t, 10);
    const file = (await t.call('GET', '/api/benchmarks/export')).body;
    const loaded = await t.call('POST', '/api/benchmarks', file);
    expect(loaded.status).toBe(201);
    expect(loaded.body).toMatchObject({ loadedOn: '2026-03-02', file });
    expect((await t.call('GET', '/api/benchmarks')).body).toEqual([loaded.body]);
    expect((await t.call('DELETE', `/api/benchmarks/${loaded.body.id}`)).body).toEqual({
      id: loaded.body.id,
    });
    expect((await t.call('GET', '/api/benchmarks')).body).toEqual([]);
    expectProblem(await t.call('DELETE', `/api/benchmarks/${loaded.body.id}`), 404);
    expect(await auditActions()).toEqual(expect.arrayContaining(['benchmark.load', 'benchmark.remove']));
  });

  describe('a bad file is refused with a clear 4xx and changes nothing', () => {
    const good = {
      format: 'groundwork-benchmark',
      formatVersion: 1,
      questionnaireId: 'readiness-okr-2',
      modelVersion: '2',
      createdOn: '2026-02-01',
      organizations: 12,
      respondents: 200,
      dimensions: {
        hygiene: {
          organizations: 12,
          respondents: 200,
          quantiles: { p10: 40, p25: 50, p50: 60, p75: 70, p90: 80 },
        },
      },
      scales: {},
    };
    it.each<[string, unknown, number, string]>([
      ['another format version', { ...good, formatVersion: 2 }, 422, 'benchmark.format-unsupported'],
      [
        'another questionnaire',
        { ...good, questionnaireId: 'readiness-okr-9' },
        422,
        'benchmark.unknown-instrument',
      ],
      ['another model version', { ...good, modelVersion: '7' }, 422, 'benchmark.unknown-instrument'],
      ['too few organizations', { ...good, organizations: 9 }, 422, 'benchmark.invalid'],
      [
        'an unknown dimension',
        { ...good, dimensions: { goals: good.dimensions.hygiene } },
        422,
        'benchmark.invalid',
      ],
      ['another format', { ...good, format: 'csv' }, 422, 'request.invalid'],
      ['a row per organization', { ...good, rows: [{ name: 'Acme', hygiene: 61 }] }, 422, 'request.invalid'],
      [
        'a fractional percentile',
        {
          ...good,
          dimensions: {
            hygiene: {
              ...good.dimensions.hygiene,
              quantiles: { p10: 40.5, p25: 50, p50: 60, p75: 70, p90: 80 },
            },
          },
        },
        422,
        'request.invalid',
      ],
      ['text that is not JSON', '{"format":', 400, 'request.malformed'],
    ])('%s', async (_, body, status, code) => {
      const reply = await t.call('POST', '/api/benchmarks', body);
      expectProblem(reply, status);
      expect(reply.body.code).toBe(code);
      expect((await t.call('GET', '/api/benchmarks')).body).toEqual([]);
    });

    it('a body over 64 kB', async () => {
      const reply = await t.call('POST', '/api/benchmarks', { ...good, padding: 'x'.repeat(70 * 1024) });
      expectProblem(reply, 413);
      expect((await t.call('GET', '/api/benchmarks')).body).toEqual([]);
    });
  });

  it('is the owner’s alone: an administrator may neither export, load, list nor remove', async () => {
    await seedPool(t, 10);
    const seeded = await seedPooledOrganization(t, 10);
    const admin = await inviteAndAccept(t, seeded.organizationId, {
      email: 'a@example.com',
      role: 'administrator',
    });
    const file = (await t.call('GET', '/api/benchmarks/export')).body;
    const loaded = (await t.call('POST', '/api/benchmarks', file)).body;
    for (const [method, path, body] of [
      ['GET', '/api/benchmarks', undefined],
      ['GET', '/api/benchmarks/export', undefined],
      ['POST', '/api/benchmarks', file],
      ['DELETE', `/api/benchmarks/${loaded.id}`, undefined],
    ] as const) {
      const reply = await t.call(method, path, body, as(admin.cookie));
      expectProblem(reply, 403);
      expect(reply.body.code).toBe('auth.role-forbids');
    }
    expect((await t.call('GET', '/api/benchmarks')).body).toEqual([loaded]);
  });
});

describe('GET /api/campaigns/{id}/benchmark.csv', () => {
  it('holds a row per figure with its band, in the language asked, formula-safe and audited', async () => {
    const [first] = await seedPool(t, 10);
    const en = await t.call('GET', `/api/campaigns/${first!.campaignId}/benchmark.csv`);
    expect(en.status).toBe(200);
    expect(en.contentType).toMatch(/^text\/csv/);
    const lines = (en.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Benchmark,Organizations,Figure,Score,Band');
    expect(lines[1]).toMatch(
      /^This installation,10,Hygiene factors,\d+\.\d,(bottom 10%|10–25%|25–50%|50–75%|75–90%|top 10%)$/,
    );
    const zh = await t.call('GET', `/api/campaigns/${first!.campaignId}/benchmark.csv?lang=zh`);
    expect(zh.body).toContain('基准,组织数,指标,得分,区间');
    expectProblem(await t.call('GET', `/api/campaigns/${first!.campaignId}/benchmark.csv?lang=fr`), 400);
    expect(await auditActions()).toContain('campaign.export.benchmark');
  });
});
