// Generated POST /api/campaigns/:id/reporting-groups and DELETE /api/campaigns/:id/reporting-groups/:groupId
// requests, with real, foreign, hostile and badly encoded ids: none may produce a 5xx, only a draft's groups
// change, and a refusal changes nothing stored.

import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { setUpCampaign } from '../../../fixtures/test-app';
import {
  app,
  closeApp,
  DEPARTMENTS,
  encodeSegment,
  expectNo5xx,
  expectRefusal,
  outcomes,
  RUNS,
  send,
  snapshot,
  start,
} from './fuzz-support';
import { anyBody, hostileValue, mostly, requestOf } from './hostile-arbitraries';

afterEach(closeApp);

const DEPARTMENT_COUNT = Object.keys(DEPARTMENTS).length;
/** Stands for the id of the target campaign's nth department, or of its nth reporting group. */
const departmentRef = (n: number) => `<department:${n}>`;
const groupRef = (n: number) => `<group:${n}>`;

const departmentId = fc.oneof(
  { weight: 8, arbitrary: fc.nat({ max: DEPARTMENT_COUNT - 1 }).map(departmentRef) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'no-such-department',
      '__proto__',
      'constructor',
      'x'.repeat(64),
      'x'.repeat(65),
      groupRef(0),
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 70 }) },
);
const groupName = mostly(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    'Small teams',
    'small TEAMS',
    ' Small teams ',
    'Sales',
    'SALES',
    'ｓａｌｅｓ',
    'r&d',
    'Customer  Care',
    '  ',
    '李雷',
    '__proto__',
    'x'.repeat(120),
    'x'.repeat(121),
  ),
);
const groupBody = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      name: groupName,
      departmentIds: mostly(
        fc.array(departmentId, { minLength: 1, maxLength: 6 }),
        fc.array(departmentId, { maxLength: 501 }),
      ),
    }) as fc.Arbitrary<unknown>,
  },
  {
    weight: 1,
    arbitrary: fc.record(
      { name: groupName, departmentIds: fc.array(departmentId), id: hostileValue },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anyBody },
);
type GroupSegment = string | { encode: string };
/** A group id as it appears in the path: a real one, a hostile one (encoded), or broken percent-encoding. */
const groupSegment = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 3 }).map(groupRef) },
  {
    weight: 3,
    arbitrary: fc
      .oneof(
        fc.constantFrom(
          'no-such-group',
          '__proto__',
          'constructor',
          'toString',
          'x'.repeat(64),
          'x'.repeat(65),
          departmentRef(0),
          'a b',
          'a/b',
          'a?b',
          'a#b',
          'ä',
          '😀',
          ' ',
          '.',
          '..',
          '\u0000',
        ),
        fc.string({ maxLength: 70 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
      )
      .map((id) => ({ encode: id })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%',
      '%zz',
      '%E0%A4%A',
      '%00',
      '%2F',
      '%2f..%2f',
      '%C0%AE',
      '%FF',
      '%ED%A0%80',
      '%u0041',
      '%25',
      ';x=1',
      '',
      'a%20b',
    ),
  },
);
const campaignTarget = fc.oneof(
  { weight: 6, arbitrary: fc.constant('draft' as const) },
  { weight: 2, arbitrary: fc.constant('open' as const) },
  { weight: 1, arbitrary: fc.constantFrom('no-such-campaign', '%', '__proto__', 'x'.repeat(65), '%E0%A4%A') },
);
const groupRequest = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      method: fc.constant('POST' as const),
      target: campaignTarget,
      group: fc.constant(undefined as GroupSegment | undefined),
      request: requestOf(groupBody),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      method: fc.constant('DELETE' as const),
      target: campaignTarget,
      group: groupSegment as fc.Arbitrary<GroupSegment | undefined>,
      request: fc.constant(undefined as { payload: string; contentType: string } | undefined),
    }),
  },
);

describe('reporting group fuzzing', () => {
  it(`answers ${RUNS} generated group changes without a 5xx, changing nothing unless accepted`, async () => {
    await start();
    const setups = {
      draft: await setUpCampaign(app(), DEPARTMENTS, { open: false }),
      open: await setUpCampaign(app(), DEPARTMENTS),
    };
    const accepted = { POST: 0, DELETE: 0 };
    const seen = outcomes('reporting groups');

    await fc.assert(
      fc.asyncProperty(groupRequest, async ({ method, target, group, request }) => {
        const setup = target === 'draft' || target === 'open' ? setups[target] : undefined;
        const campaignId = setup?.campaign.id ?? target;
        const groups = setup ? (await app().storage.campaigns.get(campaignId))!.reportingGroups : [];
        const departments = setup?.organization.departments ?? [];
        const fill = (text: string) =>
          text.replace(/<(department|group):(\d)>/g, (_ref, kind: string, n: string) => {
            const list = kind === 'group' ? groups : departments;
            return list.length === 0 ? 'nothing-to-refer-to' : list[Number(n) % list.length]!.id;
          });
        const segment =
          group === undefined
            ? ''
            : typeof group === 'string'
              ? fill(group)
              : encodeSegment(fill(group.encode));
        const path =
          method === 'POST'
            ? `/api/campaigns/${campaignId}/reporting-groups`
            : `/api/campaigns/${campaignId}/reporting-groups/${segment}`;
        const what = `${method} ${path}`;
        const before = await snapshot();
        const answer = request
          ? await send(method, path, fill(request.payload), request.contentType)
          : await send(method, path);
        seen.add(answer);
        expectNo5xx(answer, what);
        if (answer.status < 300) {
          accepted[method]++;
          expect(target, what).toBe('draft');
          const after = JSON.parse(answer.text).reportingGroups as { id: string; departmentIds: string[] }[];
          if (method === 'POST') {
            expect(answer.status).toBe(201);
            expect(after).toHaveLength(groups.length + 1);
            const added = after.at(-1)!;
            expect(added.departmentIds.length).toBeGreaterThanOrEqual(2);
            expect(new Set(added.departmentIds).size).toBe(added.departmentIds.length);
            // No department is reported in two groups.
            const all = after.flatMap((g) => g.departmentIds);
            expect(new Set(all).size).toBe(all.length);
          } else {
            expect(answer.status).toBe(200);
            expect(after).toHaveLength(groups.length - 1);
          }
          return;
        }
        expectRefusal(answer, what);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    seen.report();
    expect(accepted.POST).toBeGreaterThan(0);
  }, 300_000);
});
