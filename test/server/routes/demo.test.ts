import { afterEach, describe, expect, it } from 'vitest';
import { expectProblem, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('POST /api/demo', () => {
  it('creates a demo organization with an open campaign and its responses', async () => {
    t = await startTestApp();
    const reply = await t.call('POST', '/api/demo');
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({ organizationId: expect.any(String), campaignId: expect.any(String) });
    const organization = await t.storage.organizations.get(reply.body.organizationId);
    expect(organization?.departments).toHaveLength(5);
    expect((await t.storage.campaigns.get(reply.body.campaignId))?.status).toBe('open');
    expect(await t.storage.responses.countByCampaign(reply.body.campaignId)).toBe(58);
  });

  it('tells its story in the report: sound basics, weak breakdown, so pilot first, with Finance too small to show', async () => {
    t = await startTestApp();
    const { campaignId } = (await t.call('POST', '/api/demo')).body;
    const report = (await t.call('GET', `/api/campaigns/${campaignId}/report`)).body;
    expect(report.decision.verdict).toBe('pilot-first');
    // Asked with the questionnaire new campaigns use, with what its HR would state.
    expect(report.modelVersion).toBe('2');
    expect(report.statedFacts.map((f: { fact: string }) => f.fact)).toContain('businessUnits');
    const finance = report.departments.find((d: { name: string }) => d.name === 'Finance');
    expect(finance).toMatchObject({ hidden: true, responses: null, summary: null });
  });

  it('creates a separate demo each time', async () => {
    t = await startTestApp();
    const first = (await t.call('POST', '/api/demo')).body;
    const second = (await t.call('POST', '/api/demo')).body;
    expect(second.organizationId).not.toBe(first.organizationId);
    expect(await t.storage.organizations.list()).toHaveLength(2);
  });

  it('answers 422 when the questionnaire new campaigns use is not loaded, creating nothing', async () => {
    t = await startTestApp(new Map());
    const reply = await t.call('POST', '/api/demo');
    expectProblem(reply, 422);
    expect(reply.body.type).toBe('/problems/unknown-questionnaire');
    expect(await t.storage.organizations.list()).toEqual([]);
  });
});
