// "Which departments does yours depend on" as a submission carries it: "none" alone, or other departments of
// the campaign; "none" beside a department, or the respondent's own department, is refused and nothing kept.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoreableV2, setUpV2Campaign } from '../../fixtures/campaign-on-v2';
import { expectProblem, startTestApp, type Setup, type TestApp } from '../../fixtures/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

/** How the respondent reaches the survey, and so where their department comes from. */
const THROUGH = {
  'the campaign-wide link, choosing Sales': (s: Setup) => ({
    token: s.wideToken,
    body: { departmentId: s.departmentId('Sales') },
  }),
  "Sales's department link": (s: Setup) => ({ token: s.tokenOf('Sales'), body: {} }),
};

async function submit(through: keyof typeof THROUGH, named: (s: Setup) => string[]) {
  const setup = await setUpV2Campaign(t, { Sales: 10, Operations: 12, Finance: 8 });
  const { token, body } = THROUGH[through](setup);
  const reply = await t.call('POST', `/api/survey/${token}/responses`, {
    ...body,
    answers: scoreableV2({ depends_on: named(setup) }),
  });
  return { reply, stored: await t.storage.responses.listByCampaign(setup.campaign.id), setup };
}

const ways = Object.keys(THROUGH) as (keyof typeof THROUGH)[];

describe('a submission naming the departments it depends on', () => {
  it.each(ways)('stores "none" alone, through %s', async (through) => {
    const { reply, stored } = await submit(through, () => ['none']);
    expect(reply.status).toBe(201);
    expect(stored.map((r) => r.answers.depends_on)).toEqual([['none']]);
  });

  it.each(ways)('stores other departments, through %s', async (through) => {
    const { reply, stored, setup } = await submit(through, (s) => [
      s.departmentId('Operations'),
      s.departmentId('Finance'),
    ]);
    expect(reply.status).toBe(201);
    expect(stored[0]!.answers.depends_on).toEqual([
      setup.departmentId('Operations'),
      setup.departmentId('Finance'),
    ]);
  });

  it.each(
    ways.flatMap((through) => [
      { through, what: 'the respondent’s own department', named: (s: Setup) => [s.departmentId('Sales')] },
      {
        through,
        what: '"none" beside a department',
        named: (s: Setup) => ['none', s.departmentId('Operations')],
      },
    ]),
  )(
    'refuses $what through $through with a 422 naming the field, keeping nothing',
    async ({ through, named }) => {
      const { reply, stored } = await submit(through, named);
      expectProblem(reply, 422, ['answers.depends_on']);
      expect(stored).toEqual([]);
    },
  );
});
