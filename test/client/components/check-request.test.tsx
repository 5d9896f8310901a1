// @vitest-environment jsdom
// A form checks its request with the schema the server checks it with (shared/request-schemas.ts): the
// problem it finds is the one the server would answer, field for field and code for code, and nothing is
// sent; errorText words it in the reader's language.

import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { requestProblem } from '../../../client/components/check-request';
import { errorText } from '../../../client/components/error-text';
import {
  CampaignChangeRequest,
  ChangePasswordRequest,
  CreateCampaignRequest,
  IssueAccessCodesRequest,
  CreateOrganizationRequest,
  InviteUserRequest,
  ReportingGroupRequest,
  SetupRequest,
} from '../../../shared/request-schemas';
import { OWNER, setUpCampaign, type Setup, type TestApp } from '../../fixtures/test-app';
import { closePage, renderPage, startPageApp } from '../../support/render-page';

let t: TestApp;
afterEach(async () => {
  closePage();
  await t?.close();
});

const fieldsOf = (errors: readonly { field?: string; code?: string; params?: object }[] = []) =>
  errors.map(({ field, code, params }) => ({ field, code, params }));

describe('requestProblem', () => {
  it.each([
    {
      what: 'an organization with a long name, a headcount of 0 and a field it does not take',
      schema: CreateOrganizationRequest,
      path: '/api/organizations',
      body: { name: 'x'.repeat(121), departments: [{ name: 'Sales', headcount: 0 }], owner: 'me' },
    },
    {
      what: 'an organization with no department',
      schema: CreateOrganizationRequest,
      path: '/api/organizations',
      body: { name: 'Acme', departments: [] },
    },
    {
      what: 'a second owner with a short password and no address',
      schema: SetupRequest,
      path: '/api/setup',
      body: { name: ' ', email: 'not-an-address', password: 'short' },
    },
    {
      what: 'a new password too short',
      schema: ChangePasswordRequest,
      path: '/api/account/password',
      body: { currentPassword: OWNER.password, newPassword: 'short' },
    },
  ])('finds in $what what the server answers', async ({ schema, path, body }) => {
    t = await startPageApp();
    const problem = requestProblem(schema, body)!;
    const reply = await t.call('POST', path, body);
    expect(reply.status).toBe(422);
    expect(problem.code).toBe(reply.body.code);
    expect(fieldsOf(problem.errors)).toEqual(fieldsOf(reply.body.errors));
  });

  it.each([
    {
      what: 'a campaign with a group minimum of 2',
      schema: CreateCampaignRequest,
      method: 'POST',
      path: (s: Setup) => `/api/organizations/${s.organization.id}/campaigns`,
      body: (s: Setup) => ({
        name: 'Spring',
        questionnaireId: s.campaign.questionnaireId,
        minGroupSize: 2,
        organizationFacts: { payLink: 'no' },
      }),
    },
    {
      what: 'settings out of range',
      schema: CampaignChangeRequest,
      method: 'PATCH',
      path: (s: Setup) => `/api/campaigns/${s.campaign.id}`,
      body: () => ({ minGroupSize: 2.5, targetResponseRate: 2, languages: [], closesAt: 'next week' }),
    },
    {
      what: 'no access codes at all',
      schema: IssueAccessCodesRequest,
      method: 'POST',
      path: (s: Setup) => `/api/campaigns/${s.campaign.id}/access-codes`,
      body: (s: Setup) => ({ departmentId: s.departmentId('Sales'), count: 0 }),
    },
  ])('finds in $what what the server answers of a campaign', async ({ schema, method, path, body }) => {
    t = await startPageApp();
    const setup = await setUpCampaign(t, undefined, { open: false });
    const problem = requestProblem(schema, body(setup))!;
    const reply = await t.call(method, path(setup), body(setup));
    expect(reply.status).toBe(422);
    expect(problem.code).toBe(reply.body.code);
    expect(fieldsOf(problem.errors)).toEqual(fieldsOf(reply.body.errors));
  });

  it.each([
    [InviteUserRequest, { email: 'head@example.com', role: 'executive' }],
    [ReportingGroupRequest, { name: 'Back office', departmentIds: ['a', 'b'] }],
    [SetupRequest, { name: 'Olivia', email: 'olivia@example.com', password: 'x'.repeat(12) }],
  ])('finds nothing in a request the server takes (%#)', (schema, body) => {
    expect(requestProblem(schema, body)).toBeNull();
  });

  it('words what it finds in the reader’s language', () => {
    const problem = requestProblem(ReportingGroupRequest, { name: 'Back office', departmentIds: ['a'] });
    expect(errorText(problem, 'en')).toBe(
      'Some of what was entered cannot be taken: the departments must have at least 2.',
    );
    expect(errorText(problem, 'zh-cn')).toBe('填写的内容有误：部门至少需要 2 项。');
  });
});

describe('a form checked before sending', () => {
  it('says what is wrong with the new organization and sends nothing', async () => {
    t = await startPageApp();
    const user = userEvent.setup();
    const page = renderPage(t, '/', t.ownerCookie);

    await user.type(await screen.findByLabelText('Organization name'), 'Acme');
    // Spaces pass the page's own required checks; the schema trims them, as the server would.
    await user.type(screen.getByLabelText('Department 1'), '   ');
    await user.type(screen.getByLabelText('Headcount of department 1'), '5');
    await user.click(screen.getByRole('button', { name: 'Create organization' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Some of what was entered cannot be taken: the name of department 1 is required.',
    );
    expect(page.sent('POST', '/api/organizations')).toEqual([]);
  });
});
