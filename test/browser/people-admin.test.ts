// Managing people and forgotten passwords in a real browser, against the real server and a real SMTP server
// on loopback: the owner sees the organization's people and pending invitations, invites an address again
// (the earlier link stops), revokes an invitation, signs someone out everywhere and takes their role away,
// each after a confirmation; a person who forgot their password gets a link by email from the sign-in
// page and chooses a new one; the owner makes a one-time reset link; the section reads in Chinese.

import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { callAsPage } from '../support/call-as-page';
import { artifactPath, hasChromium } from '../support/chromium';
import { startTestSmtpServer, type TestSmtpServer } from '../support/test-smtp-server';
import { createOwner, TEST_OWNER } from './create-owner';

/** A port free right now, so the server's public address (which reset links start with) is known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No port');
  return address.port;
}

describe.skipIf(!hasChromium)('people and passwords in the browser', () => {
  let smtp: TestSmtpServer;
  let port = 0;
  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    port = await freePort();
  });
  afterAll(async () => {
    await smtp?.close();
  });
  const session = useBrowserSession({
    env: () => ({
      SMTP_URL: smtp.url,
      MAIL_PER_MINUTE: '0',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    }),
  });

  const call = callAsPage(() => session.server.url);

  it('takes back invitations, roles and sessions, and brings a person who forgot their password back in', async () => {
    const url = session.server.url;
    const owner = await session.newPage();
    await createOwner(owner, url);
    const acme = await call(owner, 'POST', '/api/organizations', {
      name: 'Acme',
      departments: [
        { name: 'Sales', headcount: 10 },
        { name: 'Operations', headcount: 12 },
      ],
    });
    expect(acme.status).toBe(201);
    const organizationId = acme.body.id as string;
    const invite = async (email: string, role: string) =>
      (await call(owner, 'POST', `/api/organizations/${organizationId}/invitations`, { email, role })).body
        .token as string;

    // Pat accepts an invitation in a browser of their own.
    const pat = await session.newPage();
    await pat.goto(`${url}/invitations/${await invite('pat@example.com', 'executive')}`);
    await pat.getByLabel('Your name').fill('Pat Doe');
    await pat.getByLabel('Choose a password').fill('pat has a long password');
    await pat.getByRole('button', { name: 'Accept and sign in' }).click();
    // The invitation page's own heading names Acme too ("Join Acme"): wait for the organization's page.
    await pat.waitForURL(`${url}/organizations/${organizationId}`);
    await pat.getByRole('heading', { name: 'Acme', level: 1, exact: true }).waitFor();

    // Inviting an address again replaces its earlier link.
    const lost = await invite('lee@example.com', 'consultant');
    await invite('lee@example.com', 'consultant');
    expect((await fetch(`${url}/api/invitations/${lost}`)).status).toBe(404);
    await invite('late@example.com', 'executive');

    await owner.goto(`${url}/organizations/${organizationId}`);
    const pending = owner.getByRole('table', { name: 'Invitations not yet accepted' });
    await pending.waitFor();
    await owner.screenshot({ path: artifactPath('people-admin-01-people.png'), fullPage: true });
    await expectNoSeriousViolations(owner, 'people section', {
      include: 'section[aria-labelledby="people-heading"]',
    });
    // A heading row, then one row per live invitation: lee@ once, late@.
    await expect.poll(() => pending.getByRole('row').count()).toBe(3);

    const lateRow = pending.getByRole('row', { name: /late@example\.com/ });
    await lateRow.getByRole('button', { name: 'Revoke' }).click();
    await lateRow.getByRole('alert').waitFor();
    await owner.screenshot({ path: artifactPath('people-admin-02-confirm-revoke.png'), fullPage: true });
    await expectNoSeriousViolations(owner, 'people section, asking to confirm', {
      include: 'section[aria-labelledby="people-heading"]',
    });
    await lateRow.getByRole('button', { name: 'Revoke' }).click();
    await owner.getByText('The invitation of late@example.com is revoked.').waitFor();
    // The list is read again after the revocation: wait for it.
    await expect.poll(() => pending.getByRole('row').count()).toBe(2);

    // Sign Pat out everywhere: their open page is sent to sign in on its next request.
    const people = owner.getByRole('table', { name: 'People' });
    const patRow = people.getByRole('row', { name: /Pat Doe/ });
    await patRow.getByRole('button', { name: 'Sign out everywhere' }).click();
    await patRow.getByRole('button', { name: 'Sign out', exact: true }).click();
    await owner.getByText('Pat Doe is signed out everywhere.').waitFor();
    await pat.reload();
    await pat.waitForURL(/\/login/);

    // Pat forgot their password: a link by email, from the sign-in page.
    await pat.getByRole('button', { name: 'Forgot your password?' }).click();
    const forgot = pat.getByRole('form', { name: 'Set a new password' });
    await forgot.getByLabel('Email address').fill('pat@example.com');
    await forgot.getByRole('button', { name: 'Email me a link' }).click();
    await pat.getByText(/If pat@example\.com belongs to an account, a link is on its way/).waitFor();
    await pat.screenshot({ path: artifactPath('people-admin-03-link-sent.png'), fullPage: true });
    await expectNoSeriousViolations(pat, 'forgot-password form');
    const [mail] = await smtp.waitForMessages(1);
    expect(mail!.to).toEqual(['pat@example.com']);
    const link = /http:\/\/127\.0\.0\.1:\d+\/reset-password\/[A-Za-z0-9_-]+/.exec(mail!.text)![0];
    await pat.goto(link);
    await pat.getByText('For the account pat@example.com.').waitFor();
    await pat.getByLabel('New password', { exact: true }).fill('pat chose a new one');
    await pat.screenshot({ path: artifactPath('people-admin-04-reset-page.png'), fullPage: true });
    await expectNoSeriousViolations(pat, 'reset-password page');
    await pat.getByRole('button', { name: 'Set password' }).click();
    await pat.getByText(/Your new password is set/).waitFor();
    await pat.screenshot({ path: artifactPath('people-admin-05-password-set.png'), fullPage: true });
    await pat.getByLabel('Email address').fill('pat@example.com');
    await pat.getByLabel('Password', { exact: true }).fill('pat chose a new one');
    await pat.getByRole('button', { name: 'Sign in', exact: true }).click();
    await pat.getByRole('heading', { name: 'Organizations' }).waitFor();
    // The link worked once.
    await pat.goto(link);
    await pat.getByText(/This link no longer works/).waitFor();

    // The owner makes a one-time reset link for Pat.
    await patRow.getByRole('button', { name: 'Reset password' }).click();
    const notice = owner.getByTestId('reset-link');
    await notice.waitFor();
    expect(await notice.getByLabel('Link').inputValue()).toMatch(/\/reset-password\/[A-Za-z0-9_-]{40,}$/);
    await owner.screenshot({ path: artifactPath('people-admin-06-reset-link.png'), fullPage: true });
    await expectNoSeriousViolations(owner, 'people section with a reset link', {
      include: 'section[aria-labelledby="people-heading"]',
    });

    // In Chinese.
    await owner.locator('header').getByRole('group').getByRole('button', { name: '简体中文' }).click();
    await owner.getByRole('heading', { name: '人员' }).waitFor();
    await owner.getByRole('button', { name: '移除高管角色' }).waitFor();
    await owner.screenshot({ path: artifactPath('people-admin-07-zh.png'), fullPage: true });
    await owner.locator('header').getByRole('group').getByRole('button', { name: 'English' }).click();

    // Pat's role is taken away: the organization is closed to them at once.
    await pat.goto(`${url}/organizations/${organizationId}`);
    await pat.getByRole('heading', { name: 'Acme', level: 1 }).waitFor();
    await patRow.getByRole('button', { name: 'Remove as Executive' }).click();
    await patRow.getByRole('alert').waitFor();
    await patRow.getByRole('button', { name: 'Remove', exact: true }).click();
    await owner.getByText('Pat Doe is no longer Executive here.').waitFor();
    await pat.reload();
    await pat.getByRole('alert').waitFor();
    expect((await call(pat, 'GET', `/api/organizations/${organizationId}`)).status).toBe(404);

    const phone = await session.newPage({ viewport: { width: 390, height: 844 }, signedInLike: owner });
    await phone.goto(`${url}/organizations/${organizationId}`);
    await phone.getByRole('table', { name: 'Invitations not yet accepted' }).waitFor();
    await phone.screenshot({ path: artifactPath('people-admin-08-phone.png'), fullPage: true });
    await expectNoSeriousViolations(phone, 'people section at phone width', {
      include: 'section[aria-labelledby="people-heading"]',
    });

    // The owner signs out every other browser of theirs; this one stays signed in.
    const elsewhere = await session.newPage();
    await elsewhere.goto(`${url}/login`);
    await elsewhere.getByLabel('Email address').fill(TEST_OWNER.email);
    await elsewhere.getByLabel('Password', { exact: true }).fill(TEST_OWNER.password);
    await elsewhere.getByRole('button', { name: 'Sign in', exact: true }).click();
    await elsewhere.getByRole('heading', { name: 'Organizations' }).waitFor();
    await owner.goto(`${url}/account/password`);
    await owner.getByRole('button', { name: 'Sign out everywhere else' }).click();
    await owner.getByText('Every other browser signed in as you is now signed out.').waitFor();
    await owner.screenshot({ path: artifactPath('people-admin-09-elsewhere.png'), fullPage: true });
    await elsewhere.reload();
    await elsewhere.waitForURL(/\/login/);
    expect((await call(owner, 'GET', '/api/session')).status).toBe(200);
    expect(session.cspViolations).toEqual([]);
  });
});
