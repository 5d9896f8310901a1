import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectProblem, setUpCampaign, startTestApp, TODAY, type TestApp } from '../../fixtures/test-app';
import { scoreable } from '../../fixtures/answers';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(async () => {
  await t.close();
});

const post = (token: string, body: unknown) => t.call('POST', `/api/survey/${token}/responses`, body);
const stored = (campaignId: string) => t.storage.responses.listByCampaign(campaignId);

describe('GET /api/survey/:token', () => {
  it('gives a department link the questionnaire and its department, and the departments it may depend on', async () => {
    const { tokenOf, departmentId } = await setUpCampaign(t);
    const reply = await t.call('GET', `/api/survey/${tokenOf('Sales')}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      organizationName: 'Acme',
      campaignName: 'Baseline',
      status: 'open',
      minGroupSize: 5,
      department: 'Sales',
      departments: [
        { id: departmentId('Sales'), name: 'Sales' },
        { id: departmentId('Operations'), name: 'Operations' },
      ],
    });
    expect(reply.body.questionnaire.questionnaireId).toBe('readiness-okr');
  });

  it('gives a campaign-wide link the departments to choose from', async () => {
    const { wideToken, departmentId } = await setUpCampaign(t);
    const reply = await t.call('GET', `/api/survey/${wideToken}`);
    expect(reply.body.department).toBeNull();
    expect(reply.body.departments).toEqual([
      { id: departmentId('Sales'), name: 'Sales' },
      { id: departmentId('Operations'), name: 'Operations' },
    ]);
  });

  it('answers an unknown link with 404', async () => {
    expectProblem(await t.call('GET', '/api/survey/no-such-token'), 404);
  });

  it('serves the knowledge questions without their correct answers', async () => {
    const { tokenOf } = await setUpCampaign(t);
    const survey = await t.call('GET', `/api/survey/${tokenOf('Sales')}`);
    const text = JSON.stringify(survey.body.questionnaire);
    expect(text).toContain('knowledge_');
    expect(text).not.toContain('correctAnswer');
  });
});

describe('POST /api/survey/:token/responses', () => {
  it("stores a response under the link's department and gives a receipt with the day only", async () => {
    const { campaign, tokenOf, departmentId } = await setUpCampaign(t);
    const reply = await post(tokenOf('Operations'), {
      answers: scoreable({ pay_fair: 4, comment: 'Clear goals please' }),
      language: 'zh-cn',
    });
    expect(reply.status).toBe(201);
    expect(reply.body).toEqual({ received: true, submittedOn: TODAY });
    expect(reply.body.submittedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [response, ...rest] = await stored(campaign.id);
    expect(rest).toEqual([]);
    expect(response).toEqual({
      id: expect.any(String),
      campaignId: campaign.id,
      departmentId: departmentId('Operations'),
      language: 'zh-cn',
      submittedOn: TODAY,
      answers: scoreable({ pay_fair: 4, comment: 'Clear goals please' }),
    });
  });

  it('files a department link under its own department even if the body names another', async () => {
    const { campaign, tokenOf, departmentId } = await setUpCampaign(t);
    expect(
      (await post(tokenOf('Sales'), { answers: scoreable(), departmentId: departmentId('Operations') }))
        .status,
    ).toBe(201);
    expect((await stored(campaign.id))[0]?.departmentId).toBe(departmentId('Sales'));
  });

  it('files a campaign-wide response under the department the respondent chose', async () => {
    const { campaign, wideToken, departmentId } = await setUpCampaign(t);
    expect(
      (
        await post(wideToken, {
          answers: scoreable({ pay_fair: 2 }),
          departmentId: departmentId('Operations'),
        })
      ).status,
    ).toBe(201);
    expect((await stored(campaign.id))[0]?.departmentId).toBe(departmentId('Operations'));
  });

  it('stores the departments a respondent depends on when they are departments of the campaign', async () => {
    const { campaign, tokenOf, departmentId } = await setUpCampaign(t);
    const reply = await post(tokenOf('Sales'), {
      answers: scoreable({ depends_on: [departmentId('Operations')] }),
    });
    expect(reply.status).toBe(201);
    expect((await stored(campaign.id))[0]?.answers.depends_on).toEqual([departmentId('Operations')]);
  });

  it.each([
    { what: 'a department outside the campaign', value: ['elsewhere'] },
    { what: 'the same department twice', value: ['OPS', 'OPS'] },
    { what: 'more than three departments', value: ['OPS', 'SALES', 'x', 'y'] },
    { what: 'a single id instead of a list', value: 'OPS' },
  ])('answers "depends on" naming $what with 422 naming the field, storing nothing', async ({ value }) => {
    const { campaign, tokenOf, departmentId } = await setUpCampaign(t);
    const ids = JSON.parse(
      JSON.stringify(value)
        .replaceAll('OPS', departmentId('Operations'))
        .replaceAll('SALES', departmentId('Sales')),
    ) as unknown;
    expectProblem(await post(tokenOf('Sales'), { answers: { depends_on: ids } }), 422, [
      'answers.depends_on',
    ]);
    expect(await stored(campaign.id)).toEqual([]);
  });

  it.each([
    { what: 'without a department', departmentId: undefined },
    { what: 'naming a department outside the campaign', departmentId: 'elsewhere' },
  ])(
    'answers a campaign-wide submission $what with 422 naming departmentId, storing nothing',
    async ({ departmentId }) => {
      const { campaign, wideToken } = await setUpCampaign(t);
      expectProblem(await post(wideToken, { answers: scoreable({ pay_fair: 4 }), departmentId }), 422, [
        'departmentId',
      ]);
      expect(await stored(campaign.id)).toEqual([]);
    },
  );

  it.each([
    {
      what: 'an unknown question id',
      answers: scoreable({ pay_fair: 4, shoe_size: 9 }),
      field: 'answers.shoe_size',
    },
    { what: 'a likert answer of 7', answers: scoreable({ pay_fair: 7 }), field: 'answers.pay_fair' },
    { what: 'a likert answer sent as text', answers: { pay_fair: '4' }, field: 'answers.pay_fair' },
    {
      what: 'a knowledge answer that is not offered',
      answers: { knowledge_steady_delivery: 'both' },
      field: 'answers.knowledge_steady_delivery',
    },
    {
      what: 'a comment over 2000 characters',
      answers: { comment: 'x'.repeat(2001) },
      field: 'answers.comment',
    },
    { what: 'the prototype key "constructor"', answers: { constructor: 1 }, field: 'answers.constructor' },
  ] as { what: string; answers: Record<string, unknown>; field: string }[])(
    'answers $what with 422 naming the field, storing nothing',
    async ({ answers, field }) => {
      const { campaign, tokenOf } = await setUpCampaign(t);
      const reply = await post(tokenOf('Sales'), { answers });
      expectProblem(reply, 422, [field]);
      expect(reply.body.type).toBe('/problems/invalid-answer');
      expect(await stored(campaign.id)).toEqual([]);
    },
  );

  it('refuses a "__proto__" answer key with 422 naming it, stores nothing and pollutes no prototype', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t);
    const reply = await post(
      tokenOf('Sales'),
      '{"answers": {"pay_fair": 3, "__proto__": {"polluted": true}}}',
    );
    expectProblem(reply, 422, ['answers.__proto__']);
    expect(await stored(campaign.id)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    { what: 'answers that are a list', body: { answers: [4] }, field: 'answers' },
    { what: 'no answers', body: {}, field: 'answers' },
    { what: 'an unknown language', body: { answers: {}, language: 'fr' }, field: 'language' },
    { what: 'an unexpected field', body: { answers: {}, email: 'me@example.com' }, field: '(body)' },
  ])('answers a body with $what with 422 naming the field', async ({ body, field }) => {
    const { campaign, tokenOf } = await setUpCampaign(t);
    expectProblem(await post(tokenOf('Sales'), body), 422, [field]);
    expect(await stored(campaign.id)).toEqual([]);
  });

  it('answers malformed JSON with 400', async () => {
    const { tokenOf } = await setUpCampaign(t);
    expectProblem(await post(tokenOf('Sales'), '{"answers": {"pay_fair": 4}'), 400);
  });

  it('answers a form-encoded body with 415', async () => {
    const { tokenOf } = await setUpCampaign(t);
    const reply = await t.call('POST', `/api/survey/${tokenOf('Sales')}/responses`, 'answers=1', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expectProblem(reply, 415);
  });

  it('answers a body over 64 kB with 413, storing nothing', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t);
    const reply = await post(tokenOf('Sales'), { answers: { comment: 'x'.repeat(70 * 1024) } });
    expectProblem(reply, 413);
    expect(reply.body.detail).toContain('64 kB');
    expect(await stored(campaign.id)).toEqual([]);
  });

  it.each([
    { status: 'draft', steps: [] },
    { status: 'closed', steps: ['close'] },
  ])('answers a submission to a $status campaign with 409, storing nothing', async ({ status, steps }) => {
    const { campaign, tokenOf } = await setUpCampaign(t, undefined, { open: status !== 'draft' });
    for (const step of steps) await t.call('POST', `/api/campaigns/${campaign.id}/${step}`);
    const reply = await post(tokenOf('Sales'), { answers: scoreable({ pay_fair: 4 }) });
    expectProblem(reply, 409);
    const progress = (await t.call('GET', `/api/campaigns/${campaign.id}`)).body.progress;
    expect(progress.responses).toBe(0);
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(0);
  });

  it('answers a submission to an unknown link with 404', async () => {
    expectProblem(await post('no-such-token', { answers: {} }), 404);
  });

  it('accepts "don\'t know" and drops a blank comment', async () => {
    const { campaign, tokenOf } = await setUpCampaign(t);
    expect(
      (await post(tokenOf('Sales'), { answers: scoreable({ pay_fair: 'dk', comment: '   ' }) })).status,
    ).toBe(201);
    const { pay_fair, comment } = (await stored(campaign.id))[0]!.answers;
    expect({ pay_fair, comment }).toEqual({ pay_fair: 'dk', comment: undefined });
  });
});

describe('a response that cannot be scored', () => {
  it.each([
    { what: 'a blank response', answers: {} },
    { what: 'nothing but "don\'t know"', answers: { pay_fair: 'dk', security_next_year: 'dk' } },
    { what: 'one real answer', answers: { pay_fair: 4, comment: 'Only this.' } },
  ])('is refused with 422 and a code when it holds $what, and counts toward nothing', async ({ answers }) => {
    const { campaign, tokenOf } = await setUpCampaign(t);
    const reply = await post(tokenOf('Sales'), { answers });
    expectProblem(reply, 422);
    expect(reply.body.code).toBe('response.not-scoreable');
    expect(reply.body.errors.length).toBeGreaterThan(0);
    expect(await t.storage.responses.countByCampaign(campaign.id)).toBe(0);
  });
});
