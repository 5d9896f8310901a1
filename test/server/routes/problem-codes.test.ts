// Every refusal names its code and the values its sentence needs, raised where the problem is found, so a
// client words it in its reader's language without reading the English detail. One case per code a
// route can answer that no other test reaches this way; each case builds its own data.

import { afterEach, expect, it } from 'vitest';
import { PROBLEM_CODES } from '../../../server/domain/problem-codes';
import { ANONYMOUS, createOrganization, invite } from '../../fixtures/accounts';
import { scoreable } from '../../fixtures/answers';
import { importStaff, mailMergeTokens, staffCsv } from '../../fixtures/staff';
import {
  OWNER,
  setUpCampaign,
  startTestApp,
  submit,
  type Reply,
  type TestApp,
} from '../../fixtures/test-app';

let t: TestApp;
afterEach(async () => {
  await t.close();
});

interface Case {
  what: string;
  act: (t: TestApp) => Promise<Reply>;
  status: number;
  code: string;
  params?: Record<string, unknown>;
  /** Field errors, as field → code. */
  fields?: Record<string, string>;
}

const campaignPath = (id: string) => `/api/campaigns/${id}`;
const answersOf = { answers: { pay_fair: 4 } };

const CASES: Case[] = [
  {
    what: 'a request without a session',
    act: (t) => t.call('GET', '/api/organizations', undefined, ANONYMOUS),
    status: 401,
    code: 'auth.sign-in-required',
  },
  {
    what: 'a wrong password at sign-in',
    act: (t) => t.call('POST', '/api/session', { email: OWNER.email, password: 'not it' }, ANONYMOUS),
    status: 401,
    code: 'auth.credentials-wrong',
  },
  {
    what: 'an organization that does not exist',
    act: (t) => t.call('GET', '/api/organizations/no-such-id'),
    status: 404,
    code: 'resource.not-found',
  },
  {
    what: 'a second owner',
    act: (t) =>
      t.call('POST', '/api/setup', { name: 'Eve', email: 'eve@example.com', password: 'x'.repeat(12) }),
    status: 409,
    code: 'setup.owner-exists',
  },
  {
    what: 'a wrong current password',
    act: (t) =>
      t.call('POST', '/api/account/password', { currentPassword: 'wrong', newPassword: 'y'.repeat(12) }),
    status: 422,
    code: 'account.password-wrong',
    fields: { currentPassword: 'account.password-wrong' },
  },
  {
    what: 'an invitation link nobody was given',
    act: (t) => t.call('GET', `/api/invitations/${'x'.repeat(43)}`, undefined, ANONYMOUS),
    status: 404,
    code: 'invitation.not-valid',
  },
  {
    what: 'a department head invited without departments (invalid input, not an invalid answer)',
    act: async (t) => {
      const acme = await createOrganization(t, 'Acme');
      return t.call('POST', `/api/organizations/${acme.id}/invitations`, {
        email: 'head@example.com',
        role: 'department-head',
        departmentIds: [],
      });
    },
    status: 422,
    code: 'invitation.departments-needed',
    fields: { departmentIds: 'invitation.departments-needed' },
  },
  {
    what: 'a new account accepted without a name',
    act: async (t) => {
      const acme = await createOrganization(t, 'Acme');
      const token = await invite(t, acme.id, { email: 'new@example.com', role: 'executive' });
      return t.call('POST', `/api/invitations/${token}/accept`, { password: 'z'.repeat(12) }, ANONYMOUS);
    },
    status: 422,
    code: 'account.name-required',
    fields: { name: 'field.required' },
  },
  {
    what: 'an existing account accepted with a wrong password',
    act: async (t) => {
      const acme = await createOrganization(t, 'Acme');
      const token = await invite(t, acme.id, { email: OWNER.email, role: 'executive' });
      return t.call('POST', `/api/invitations/${token}/accept`, { password: 'not it' }, ANONYMOUS);
    },
    status: 409,
    code: 'invitation.account-exists',
  },
  {
    what: 'a body that breaks the request’s shape, each field with its own code',
    act: (t) =>
      t.call('POST', '/api/organizations', {
        name: 'x'.repeat(121),
        departments: [{ name: 'Sales', headcount: 0 }],
        owner: 'me',
      }),
    status: 422,
    code: 'request.invalid',
    fields: {
      name: 'field.too-long',
      'departments.0.headcount': 'field.too-small',
      '(body)': 'field.unknown',
    },
  },
  {
    what: 'a body that is not JSON',
    act: (t) => t.call('POST', '/api/organizations', '{"name": "Acme",'),
    status: 400,
    code: 'request.malformed',
  },
  {
    what: 'an API path that names nothing',
    act: (t) => t.call('GET', '/api/nothing-here'),
    status: 404,
    code: 'request.no-route',
    params: { method: 'GET', path: '/api/nothing-here' },
  },
  {
    what: 'a body past the size limit',
    act: (t) => t.call('POST', '/api/organizations', { name: 'x'.repeat(300_000) }),
    status: 413,
    code: 'request.too-large',
    params: { maxKb: expect.any(Number) },
  },
  {
    what: 'a questionnaire the server does not have',
    act: async (t) => {
      const acme = await createOrganization(t, 'Acme');
      return t.call('POST', `/api/organizations/${acme.id}/campaigns`, {
        name: 'B',
        questionnaireId: 'nope',
      });
    },
    status: 422,
    code: 'questionnaire.unknown',
    params: { questionnaire: 'nope' },
  },
  {
    what: 'opening a campaign that is open',
    act: async (t) => t.call('POST', `${campaignPath((await setUpCampaign(t)).campaign.id)}/open`),
    status: 409,
    code: 'campaign.not-draft',
    params: { status: 'open' },
  },
  {
    what: 'closing a draft',
    act: async (t) =>
      t.call(
        'POST',
        `${campaignPath((await setUpCampaign(t, undefined, { open: false })).campaign.id)}/close`,
      ),
    status: 409,
    code: 'campaign.not-open',
    params: { status: 'draft' },
  },
  {
    what: 'a setting fixed at opening',
    act: async (t) =>
      t.call('PATCH', campaignPath((await setUpCampaign(t)).campaign.id), { minGroupSize: 6 }),
    status: 409,
    code: 'campaign.settings-locked',
    params: { settings: 'minGroupSize' },
  },
  {
    what: 'an empty change',
    act: async (t) => t.call('PATCH', campaignPath((await setUpCampaign(t)).campaign.id), {}),
    status: 422,
    code: 'request.invalid',
    fields: { '(body)': 'campaign.change-empty' },
  },
  {
    what: 'settings the campaign cannot take',
    act: async (t) => {
      const { campaign } = await setUpCampaign(t, undefined, { open: false });
      return t.call('PATCH', campaignPath(campaign.id), { minGroupSize: 8, commentMinimum: 7 });
    },
    status: 422,
    code: 'campaign.settings-invalid',
    fields: { commentMinimum: 'settings.comment-minimum-below-group' },
  },
  {
    what: 'a staff list imported after closing',
    act: async (t) => {
      const { campaign } = await setUpCampaign(t);
      await t.call('POST', `${campaignPath(campaign.id)}/close`);
      return t.call('POST', `${campaignPath(campaign.id)}/staff`, { csv: staffCsv({ Sales: 2 }) });
    },
    status: 409,
    code: 'campaign.closed',
  },
  {
    what: 'a staff list of people all listed already',
    act: async (t) => {
      const { campaign } = await setUpCampaign(t, undefined, { open: false });
      await importStaff(t, campaign.id, staffCsv({ Sales: 2 }));
      return t.call('POST', `${campaignPath(campaign.id)}/staff`, { csv: staffCsv({ Sales: 2 }) });
    },
    status: 422,
    code: 'staff.nobody-new',
  },
  {
    what: 'removing someone not on the list',
    act: async (t) => {
      const { campaign } = await setUpCampaign(t, undefined, { open: false });
      return t.call('DELETE', `${campaignPath(campaign.id)}/staff/nobody@example.com`);
    },
    status: 404,
    code: 'staff.not-listed',
    params: { email: 'nobody@example.com' },
  },
  {
    what: 'links asked for before opening',
    act: async (t) => {
      const { campaign } = await setUpCampaign(t, undefined, { open: false });
      await importStaff(t, campaign.id, staffCsv({ Sales: 2 }));
      return t.call('POST', `${campaignPath(campaign.id)}/mail-merge`, { kind: 'invitation' });
    },
    status: 409,
    code: 'distribution.not-opened',
  },
  {
    what: 'invitations when everyone has one',
    act: async (t) => {
      const { campaign } = await setUpCampaign(t);
      await importStaff(t, campaign.id, staffCsv({ Sales: 2 }));
      await mailMergeTokens(t, campaign.id);
      return t.call('POST', `${campaignPath(campaign.id)}/mail-merge`, { kind: 'invitation' });
    },
    status: 409,
    code: 'mailing.nobody-to-invite',
  },
  {
    what: 'a mailing without a mail server',
    act: async (t) => {
      const { campaign } = await setUpCampaign(t);
      return t.call('POST', `${campaignPath(campaign.id)}/mailings`, { kind: 'invitation' });
    },
    status: 409,
    code: 'mailing.no-mail-server',
  },
  {
    what: 'a survey link nobody was given',
    act: (t) => t.call('GET', `/api/survey/${'x'.repeat(43)}`, undefined, ANONYMOUS),
    status: 404,
    code: 'survey.not-found',
  },
  {
    what: 'answers to a draft',
    act: async (t) => {
      const { tokenOf } = await setUpCampaign(t, undefined, { open: false });
      return t.call('POST', `/api/survey/${tokenOf('Sales')}/responses`, answersOf, ANONYMOUS);
    },
    status: 409,
    code: 'survey.not-open',
  },
  {
    what: 'answers before the opening day',
    act: async (t) => {
      const { campaign, tokenOf } = await setUpCampaign(t, undefined, { open: false });
      await t.call('PATCH', campaignPath(campaign.id), { opensAt: '2026-03-09T00:00:00Z' });
      await t.call('POST', `${campaignPath(campaign.id)}/open`);
      return t.call('POST', `/api/survey/${tokenOf('Sales')}/responses`, answersOf, ANONYMOUS);
    },
    status: 409,
    code: 'survey.opens-on',
    params: { day: '2026-03-09' },
  },
  {
    what: 'answers after closing',
    act: async (t) => {
      const { campaign, tokenOf } = await setUpCampaign(t);
      await t.call('POST', `${campaignPath(campaign.id)}/close`);
      return t.call('POST', `/api/survey/${tokenOf('Sales')}/responses`, answersOf, ANONYMOUS);
    },
    status: 409,
    code: 'survey.closed',
  },
  {
    what: 'a personal link used twice',
    act: async (t) => {
      const { campaign } = await setUpCampaign(t);
      await importStaff(t, campaign.id, staffCsv({ Sales: 2 }));
      const token = (await mailMergeTokens(t, campaign.id)).get('sales1@example.com')!;
      await submit(t, token, 1);
      return t.call(
        'POST',
        `/api/survey/${token}/responses`,
        { answers: scoreable({ pay_fair: 4 }) },
        ANONYMOUS,
      );
    },
    status: 409,
    code: 'survey.personal-link-used',
  },
  {
    what: 'a campaign-wide answer naming no department of the campaign',
    act: async (t) => {
      const { wideToken } = await setUpCampaign(t);
      return t.call('POST', `/api/survey/${wideToken}/responses`, answersOf, ANONYMOUS);
    },
    status: 422,
    code: 'response.department-unknown',
    fields: { departmentId: 'response.department-unknown' },
  },
  {
    what: 'an answer to a question the survey does not have',
    act: async (t) => {
      const { tokenOf } = await setUpCampaign(t);
      return t.call('POST', `/api/survey/${tokenOf('Sales')}/responses`, { answers: { nope: 1 } }, ANONYMOUS);
    },
    status: 422,
    code: 'response.answers-invalid',
    fields: { 'answers.nope': 'answer.unknown-question' },
  },
  {
    what: 'a submission key of the wrong shape',
    act: async (t) => {
      const { tokenOf } = await setUpCampaign(t);
      return t.call('POST', `/api/survey/${tokenOf('Sales')}/responses`, answersOf, {
        ...ANONYMOUS,
        'idempotency-key': 'short',
      });
    },
    status: 422,
    code: 'request.idempotency-key-invalid',
    fields: { 'Idempotency-Key': 'request.idempotency-key-invalid' },
  },
];

it.each(CASES)(
  'answers $what with $status and the code $code',
  async ({ act, status, code, params, fields }) => {
    t = await startTestApp();
    const reply = await act(t);
    expect(reply.status).toBe(status);
    expect(reply.contentType).toMatch(/^application\/problem\+json/);
    expect(reply.body.code).toBe(code);
    expect(reply.body.params).toEqual(params ?? expect.any(Object));
    if (fields) {
      const named = Object.fromEntries(
        (reply.body.errors as { field: string; code: string }[]).map((e) => [e.field, e.code]),
      );
      expect(named).toMatchObject(fields);
    }
    const known = new Set<string>(PROBLEM_CODES);
    expect(known.has(reply.body.code)).toBe(true);
    for (const e of reply.body.errors ?? []) expect(known.has(e.code)).toBe(true);
  },
);

it('gives every field of a request that breaks its shape the values its sentence needs', async () => {
  t = await startTestApp();
  const reply = await t.call('POST', '/api/organizations', {
    name: 'x'.repeat(121),
    departments: [{ name: 'Sales', headcount: 0 }],
    owner: 'me',
  });
  expect(reply.body.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ field: 'name', code: 'field.too-long', params: { max: 120 } }),
      expect.objectContaining({
        field: 'departments.0.headcount',
        code: 'field.too-small',
        params: { min: 1 },
      }),
      expect.objectContaining({ field: '(body)', code: 'field.unknown', params: { keys: 'owner' } }),
    ]),
  );
});
