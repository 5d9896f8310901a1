// Roles in a real browser: the owner loads the demo and invites an executive and a department head
// (Marketing) into it, then sets up a second organization and invites its administrator. Each accepts
// their one-time link in a browser of their own and sees only what their role allows.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';
import { openFullReport } from '../support/full-report';

const DEMO = 'Northwind Devices (demo)';
const DEMO_CAMPAIGN = 'Readiness baseline (demo)';
const DEMO_DEPARTMENTS = ['Product & R&D', 'Marketing', 'Sales', 'Operations', 'Finance'];
const SECOND = 'Harbor Logistics';

const EXECUTIVE = { name: 'Erin Executive', email: 'erin@example.com', password: 'executive password 1' };
const HEAD = { name: 'Mei Marketing', email: 'mei@example.com', password: 'department head pw 1' };
const ADMIN = { name: 'Arjun Admin', email: 'arjun@example.com', password: 'harbor admin password' };

type Role = 'administrator' | 'executive' | 'department-head' | 'consultant';

/** Fills the invite form on an organization page and reads the one-time link it shows. */
async function invite(page: Page, email: string, role: Role, departments: string[] = []): Promise<string> {
  const form = page.getByRole('form', { name: 'Invite someone' });
  await form.getByLabel('Email address').fill(email);
  await form.getByLabel('Role').selectOption(role);
  for (const department of departments) await form.getByLabel(department, { exact: true }).check();
  await form.getByRole('button', { name: 'Create the invitation link' }).click();
  const notice = form.getByTestId('invitation-link').filter({ hasText: email });
  await notice.waitFor();
  await expect(notice.textContent()).resolves.toContain('This link is shown only once');
  const link = await notice.getByLabel('Invitation link').inputValue();
  expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}$/);
  return link;
}

async function signOut(page: Page, serverUrl: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(`${serverUrl}/login`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
}

async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

describe.skipIf(!hasChromium)('roles in the browser', () => {
  const session = useBrowserSession();

  /** Opens an invitation link in a fresh browser, creates the account and lands on the organization. */
  async function accept(
    link: string,
    person: { name: string; password: string },
    organization: string,
    roleLabel: string,
    screenshot?: string,
  ): Promise<Page> {
    const page = await session.newPage();
    await page.goto(link);
    await page.getByRole('heading', { name: `Join ${organization}` }).waitFor();
    await expect(page.getByText(`You are invited as ${roleLabel}`).isVisible()).resolves.toBe(true);
    await page.getByLabel('Your name').fill(person.name);
    await page.getByLabel('Choose a password').fill(person.password);
    if (screenshot) await page.screenshot({ path: artifactPath(screenshot), fullPage: true });
    await page.getByRole('button', { name: 'Accept and sign in' }).click();
    await page.getByRole('heading', { name: organization, exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Account' }).getByText(person.name).waitFor();
    return page;
  }

  it('shows the owner, an executive, a department head and another organization’s administrator only what their role allows', async () => {
    const url = session.server.url;
    const owner = await session.newPage();
    await createOwner(owner, url);
    await owner.getByRole('button', { name: 'Load the demo organization' }).click();
    await owner.getByTestId('verdict').waitFor();
    const reportPath = new URL(owner.url()).pathname;

    await owner.getByRole('link', { name: 'Groundwork' }).click();
    await owner.getByRole('link', { name: DEMO }).click();
    await owner.getByRole('heading', { name: DEMO }).waitFor();
    const demoPath = new URL(owner.url()).pathname;
    const executiveLink = await invite(owner, EXECUTIVE.email, 'executive');
    await owner.getByRole('button', { name: 'Copy' }).click();
    await owner.getByRole('button', { name: 'Copied' }).waitFor();
    const headLink = await invite(owner, HEAD.email, 'department-head', ['Marketing']);
    const pending = owner.getByRole('table', { name: 'Invitations not yet accepted' });
    await pending.getByRole('row', { name: /Department head \(Marketing\)/ }).waitFor();
    await expect(pending.getByRole('row').count()).resolves.toBe(3);
    await owner.screenshot({ path: artifactPath('roles-01-owner-invites.png'), fullPage: true });

    await owner.getByRole('link', { name: 'Groundwork' }).click();
    await owner.getByLabel('Organization name').fill(SECOND);
    await owner.getByLabel('Department 1', { exact: true }).fill('Warehouse');
    await owner.getByLabel('Headcount of department 1').fill('12');
    await owner.getByLabel('Department 2', { exact: true }).fill('Office');
    await owner.getByLabel('Headcount of department 2').fill('6');
    await owner.getByRole('button', { name: 'Create organization' }).click();
    await owner.getByRole('heading', { name: SECOND }).waitFor();
    const adminLink = await invite(owner, ADMIN.email, 'administrator');

    // The executive reads the demo's campaign and report, but may change nothing.
    const executive = await accept(executiveLink, EXECUTIVE, DEMO, 'Executive', 'roles-02-invitation.png');
    await expect(executive.getByRole('heading', { name: 'People' }).count()).resolves.toBe(0);
    await expect(executive.getByRole('heading', { name: 'New readiness campaign' }).count()).resolves.toBe(0);
    await executive.getByRole('link', { name: DEMO_CAMPAIGN }).click();
    await executive.getByRole('heading', { name: DEMO_CAMPAIGN }).waitFor();
    await executive.getByRole('link', { name: 'View the readiness report' }).waitFor();
    await expect(
      executive.getByRole('button', { name: /Open the campaign|Close the campaign/ }).count(),
    ).resolves.toBe(0);
    await executive.screenshot({ path: artifactPath('roles-03-executive-campaign.png'), fullPage: true });
    await executive.getByRole('link', { name: 'View the readiness report' }).click();
    await expect(executive.getByTestId('verdict').textContent()).resolves.toBe('Pilot first (MVP)');
    await executive.screenshot({ path: artifactPath('roles-04-executive-report.png'), fullPage: true });

    // Signed out, a deep link goes through sign-in and back to where it pointed.
    await signOut(executive, url);
    await executive.goto(`${url}${reportPath}`);
    await executive.waitForURL(`${url}/login?next=${encodeURIComponent(reportPath)}`);
    await signIn(executive, { ...EXECUTIVE, password: 'not the password at all' });
    await executive
      .getByRole('alert')
      .filter({ hasText: 'The email address or password is not right.' })
      .waitFor();
    await signIn(executive, EXECUTIVE);
    await executive.waitForURL(`${url}${reportPath}`);
    await executive.getByTestId('verdict').waitFor();

    // The department head reaches the report from the organization, with Marketing as the only department.
    const head = await accept(headLink, HEAD, DEMO, 'Department head');
    const campaigns = head.getByRole('region', { name: 'Campaigns' });
    await expect(campaigns.getByRole('link').count()).resolves.toBe(1);
    await campaigns.getByRole('link', { name: `${DEMO_CAMPAIGN}: readiness report` }).click();
    await head.getByTestId('verdict').waitFor();
    await openFullReport(head);
    const departmentTable = head.getByRole('region', { name: 'Departments', exact: true }).getByRole('table');
    await expect(departmentTable.locator('tbody th').allTextContents()).resolves.toEqual([
      'Whole organization',
      'Marketing',
    ]);
    const reportText = (await head.locator('main').textContent())!;
    expect(reportText, 'no department id shows through').not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    for (const other of DEMO_DEPARTMENTS.filter((d) => d !== 'Marketing'))
      expect(reportText).not.toContain(other);
    await expect(head.getByRole('link', { name: 'Back to the organization' }).count()).resolves.toBe(1);
    await head.screenshot({ path: artifactPath('roles-05-department-head-report.png'), fullPage: true });
    await head.goto(`${url}${reportPath.replace(/\/report$/, '')}`);
    await head.getByRole('alert').filter({ hasText: 'Your role does not allow this.' }).waitFor();

    // The second organization's administrator manages it, and the demo does not exist for them.
    const admin = await accept(adminLink, ADMIN, SECOND, 'Administrator');
    await admin.getByRole('heading', { name: 'People' }).waitFor();
    await admin.getByRole('heading', { name: 'New readiness campaign' }).waitFor();
    await admin.getByRole('link', { name: 'Groundwork' }).click();
    const list = admin.getByRole('list');
    await list.getByRole('link', { name: SECOND }).waitFor();
    await expect(list.getByRole('link').allTextContents()).resolves.toEqual([SECOND]);
    await expect(admin.getByRole('heading', { name: 'Set up an organization' }).count()).resolves.toBe(0);
    await expect(admin.getByRole('button', { name: 'Load the demo organization' }).count()).resolves.toBe(0);
    await admin.goto(`${url}${demoPath}`);
    await admin
      .getByRole('alert')
      .filter({ hasText: 'There is no such organization, or you have no role in it.' })
      .waitFor();
    await expect(admin.getByText(DEMO).count()).resolves.toBe(0);
    await admin.screenshot({ path: artifactPath('roles-06-admin-not-found.png'), fullPage: true });

    // A changed password is the one that signs in next time.
    await admin.getByRole('link', { name: 'Change password' }).click();
    await admin.getByLabel('Current password').fill(ADMIN.password);
    await admin.getByLabel('New password').fill('a brand new harbor password');
    await admin.getByRole('button', { name: 'Change password' }).click();
    await admin.getByRole('status').filter({ hasText: 'Your password is changed.' }).waitFor();
    await signOut(admin, url);
    await admin.screenshot({ path: artifactPath('roles-07-signed-out.png'), fullPage: true });
    await signIn(admin, { email: ADMIN.email, password: 'a brand new harbor password' });
    await admin.getByRole('heading', { name: 'Organizations' }).waitFor();

    // The owner now sees who accepted, with their roles, and no invitation left open in the demo.
    await owner.goto(`${url}${demoPath}`);
    const people = owner.getByRole('table', { name: 'People' });
    await people.getByRole('row', { name: `${EXECUTIVE.name} ${EXECUTIVE.email} Executive` }).waitFor();
    await people
      .getByRole('row', { name: `${HEAD.name} ${HEAD.email} Department head (Marketing)` })
      .waitFor();
    await expect(owner.getByRole('table', { name: 'Invitations not yet accepted' }).count()).resolves.toBe(0);
    await owner.getByLabel('Role').selectOption('department-head');
    await owner.screenshot({ path: artifactPath('roles-08-owner-people.png'), fullPage: true });

    await signOut(head, url);
    await signOut(owner, url);
    expect(session.cspViolations).toEqual([]);
  }, 300_000);
});
