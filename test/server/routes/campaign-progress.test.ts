import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ResponseProgressSchema } from '../../../server/http/progress-replies';
import { expectProblem, setUpCampaign, startTestApp, submit, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

describe('GET /api/campaigns/:id/progress', () => {
  it('gives the tracking figures the campaign page shows, and nothing else', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t, { Sales: 10, Operations: 12, Finance: 3 });
    await submit(t, tokenOf('Sales'), 6);
    await submit(t, tokenOf('Finance'), 2);
    const reply = await t.call('GET', `/api/campaigns/${campaign.id}/progress`);
    expect(reply.status).toBe(200);
    expect(ResponseProgressSchema.parse(reply.body)).toEqual(reply.body);
    expect(reply.body).toEqual((await t.call('GET', `/api/campaigns/${campaign.id}`)).body.progress);
    expect(reply.body).toMatchObject({ responses: 8, headcount: 25 });
  });

  it('follows answers as they arrive', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t);
    const responses = async () =>
      (await t.call('GET', `/api/campaigns/${campaign.id}/progress`)).body.responses as number;
    expect(await responses()).toBe(0);
    await submit(t, tokenOf('Sales'), 3);
    expect(await responses()).toBe(3);
  });

  it.each([
    ['/api/campaigns/no-such-campaign/progress', 404],
    ['/api/campaigns/bad%20id/progress', 422],
  ])('answers %s with %s', async (path, status) => {
    expectProblem(await t.call('GET', path), status);
  });

  it('is described in the API document with its response shape', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body;
    const operation = doc.paths['/campaigns/{id}/progress'].get;
    expect(operation.responses['200'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ResponseProgress',
    });
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403', '404']));
  });
});
