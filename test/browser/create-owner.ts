// The first-run story every browser test starts with: a new server's start page sends the first visitor
// to create the owner account, who is then signed in on the start page.

import type { Page } from 'playwright-core';
import { TEST_OWNER } from '../support/server-process';

export { TEST_OWNER };

export async function createOwner(page: Page, serverUrl: string, screenshotPath?: string): Promise<void> {
  await page.goto(serverUrl);
  await page.waitForURL(`${serverUrl}/setup`);
  await page.getByRole('heading', { name: 'Welcome to Groundwork' }).waitFor();
  await page.getByLabel('Your name').fill(TEST_OWNER.name);
  await page.getByLabel('Email address').fill(TEST_OWNER.email);
  await page.getByLabel('Password').fill(TEST_OWNER.password);
  if (screenshotPath) await page.screenshot({ path: screenshotPath, fullPage: true });
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await page.getByRole('heading', { name: 'Organizations' }).waitFor();
  await page.getByRole('navigation', { name: 'Account' }).getByText(TEST_OWNER.name).waitFor();
}
