// Thousands of hostile or broken submissions: arbitrary JSON, huge strings, deep nesting, prototype keys,
// wrong types and odd unicode. None may produce a 5xx, and none that is refused may store anything.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpCampaign, startTestApp, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
let token: string;
let wideToken: string;
let campaignId: string;
beforeAll(async () => {
  // No submission limit here: the point is what validation does with each body, not the limiter.
  t = await startTestApp(undefined, { submissionLimit: null });
  const setUp = await setUpCampaign(t);
  token = setUp.tokenOf('Sales');
  wideToken = setUp.wideToken;
  campaignId = setUp.campaign.id;
});
afterAll(async () => {
  await t.close();
});

const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const questionNames = [
  'pay_fair',
  'security_next_year',
  'knowledge_steady_delivery',
  'comment',
  'depends_on',
  'success_meaning',
];
const hostileKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'hasOwnProperty',
    '',
    ' ',
    '\u0000',
    '🙂',
  ),
  fc.constantFrom(...questionNames),
  fc.string({ maxLength: 300 }),
);
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.constantFrom(0, -1, 6, 3.5, Number.MAX_SAFE_INTEGER, 'dk', '', null, true, [], {}, ['x'], [1, 1]),
);
const answers = fc.dictionary(hostileKey, hostileValue, { maxKeys: 12 });
const body = fc.oneof(
  fc.record(
    { answers, language: fc.oneof(fc.constantFrom('en', 'zh-cn'), fc.string()), departmentId: fc.string() },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 8 }),
  fc.dictionary(hostileKey, hostileValue),
);

async function post(path: string, payload: string, contentType = 'application/json') {
  const res = await t.app.request(path, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: payload,
  });
  await res.text();
  return res.status;
}

describe('submission fuzzing', () => {
  it(`answers ${RUNS} generated submissions without a single 5xx, storing only valid ones`, async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (payload, toWide) => {
        const before = await t.storage.responses.countByCampaign(campaignId);
        const status = await post(
          `/api/survey/${toWide ? wideToken : token}/responses`,
          JSON.stringify(payload),
        );
        expect(status).toBeLessThan(500);
        const after = await t.storage.responses.countByCampaign(campaignId);
        expect(after - before).toBe(status === 201 ? 1 : 0);
      }),
      { numRuns: RUNS },
    );
  }, 300_000);

  it.each([
    { what: 'a deeply nested body', payload: '{"answers":'.repeat(5000) + '1' + '}'.repeat(5000) },
    { what: 'a truncated body', payload: '{"answers": {"pay_fair": 3' },
    { what: 'a huge string', payload: JSON.stringify({ answers: { comment: 'x'.repeat(60_000) } }) },
    { what: 'a lone surrogate', payload: '{"answers": {"comment": "\\ud800"}}' },
    { what: 'an empty body', payload: '' },
  ])('refuses $what with a 4xx and stores nothing', async ({ payload }) => {
    const before = await t.storage.responses.countByCampaign(campaignId);
    const status = await post(`/api/survey/${token}/responses`, payload);
    expect(status === 201 || (status >= 400 && status < 500)).toBe(true);
    if (status !== 201) expect(await t.storage.responses.countByCampaign(campaignId)).toBe(before);
  });

  it(`answers ${RUNS / 3} generated administrative bodies without a single 5xx`, async () => {
    const { id: organizationId } = (await t.call('GET', '/api/organizations')).body[0];
    await fc.assert(
      fc.asyncProperty(
        body,
        fc.constantFrom('/api/organizations', `/api/organizations/${organizationId}/campaigns`),
        async (payload, path) => {
          expect(await post(path, JSON.stringify(payload))).toBeLessThan(500);
        },
      ),
      { numRuns: Math.round(RUNS / 3) },
    );
  }, 300_000);
});
