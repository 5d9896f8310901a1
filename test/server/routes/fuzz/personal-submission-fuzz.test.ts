// Generated answers sent through personal links (POST /api/survey/:token/responses): none may produce a 5xx,
// and a refusal neither spends the link nor changes anything stored.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { importStaff, mailMergeTokens } from '../../../fixtures/staff';
import { setUpCampaign } from '../../../fixtures/test-app';
import {
  app,
  closeApp,
  expectNo5xx,
  expectRefusal,
  outcomes,
  RUNS,
  send,
  snapshot,
  start,
} from './fuzz-support';
import { anyBody, hostileKey, hostileValue, mostly, requestOf } from './hostile-arbitraries';
import { scoreable } from '../../../fixtures/answers';

afterEach(closeApp);

const questionNames = [
  'pay_fair',
  'security_next_year',
  'knowledge_steady_delivery',
  'comment',
  'depends_on',
  'success_meaning',
];
const answersBody = fc.oneof(
  {
    // A whole, scoreable response with a few answers changed, some of them to hostile values.
    weight: 3,
    arbitrary: fc
      .dictionary(
        fc.constantFrom(...questionNames),
        fc.oneof(
          { weight: 4, arbitrary: fc.integer({ min: -1, max: 7 }) },
          { weight: 1, arbitrary: hostileValue },
        ),
        { maxKeys: 3 },
      )
      .map((changes) => scoreable(changes)),
  },
  {
    weight: 4,
    arbitrary: fc.dictionary(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...questionNames) },
        { weight: 1, arbitrary: hostileKey },
      ),
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -1, max: 7 }) },
        { weight: 1, arbitrary: hostileValue },
      ),
      { maxKeys: 6 },
    ),
  },
  { weight: 1, arbitrary: hostileValue },
);
const submissionBody = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        answers: answersBody,
        language: mostly(fc.constantFrom('en', 'zh-cn'), fc.constantFrom('EN', 'zh', 'fr', '', '__proto__')),
        departmentId: mostly(fc.constant('<other-department>'), fc.string({ maxLength: 70 })),
      },
      { requiredKeys: ['answers'] },
    ) as fc.Arbitrary<unknown>,
  },
  { weight: 1, arbitrary: fc.record({ answers: answersBody, extra: hostileValue, spent: fc.boolean() }) },
  { weight: 1, arbitrary: anyBody },
);

describe('personal link submission fuzzing', () => {
  it(`answers ${RUNS} generated submissions through personal links; a refusal neither spends the link nor logs anything`, async () => {
    await start();
    const setup = await setUpCampaign(app());
    const campaignId = setup.campaign.id;
    const otherDepartment = setup.departmentId('Operations');
    const unused: string[] = [];
    let invited = 0;
    /** A link nobody has answered through; more people are invited when they run out. */
    const nextToken = async () => {
      if (unused.length === 0) {
        const csv = [
          'email,department',
          ...Array.from({ length: 100 }, (_, i) => `person${invited + i}@example.com,Sales`),
        ].join('\n');
        invited += 100;
        await importStaff(app(), campaignId, csv);
        unused.push(...(await mailMergeTokens(app(), campaignId)).values());
      }
      return unused.pop()!;
    };
    const post = (token: string, payload: string, type = 'application/json') =>
      send('POST', `/api/survey/${token}/responses`, payload, type, '');
    const valid = JSON.stringify({ answers: scoreable({ pay_fair: 4 }) });
    let accepted = 0;
    const seen = outcomes('personal link submissions');

    await fc.assert(
      fc.asyncProperty(requestOf(submissionBody), async (request) => {
        const token = await nextToken();
        const before = await snapshot();
        const count = await app().storage.responses.countByCampaign(campaignId);
        const answer = await post(
          token,
          request.payload.replaceAll('<other-department>', otherDepartment),
          request.contentType,
        );
        seen.add(answer);
        expectNo5xx(answer, 'submission');
        if (answer.status === 201) {
          accepted++;
          expect(await app().storage.responses.countByCampaign(campaignId)).toBe(count + 1);
          // The link is spent now.
          const again = await post(token, valid);
          expect(again.status).toBe(409);
          return;
        }
        expectRefusal(answer, 'submission');
        expect(await snapshot()).toEqual(before);
        // The link still takes one answer.
        const retry = await post(token, valid);
        expect(retry.status, retry.text).toBe(201);
      }),
      { numRuns: RUNS },
    );
    seen.report();
    expect(accepted).toBeGreaterThan(0);
  }, 300_000);
});
