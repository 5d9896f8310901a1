// API tokens in a real browser: the owner makes a token from the account menu, sees its secret once with a
// warning and a copy button, a program uses it, the list shows it (never the secret) with its last use, the
// page reads in Chinese, and revoking it stops the program at once.

import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { createOwner } from './create-owner';

describe.skipIf(!hasChromium)('API tokens in the browser', () => {
  const session = useBrowserSession();

  it('shows a new token once, lists it without its secret, and revokes it', async () => {
    const url = session.server.url;
    const page = await session.newPage();
    await createOwner(page, url);
    const asProgram = (token: string) =>
      fetch(`${url}/api/organizations`, { headers: { authorization: `Bearer ${token}` } });

    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'API tokens' }).click();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    await page.getByText('You have no tokens.').waitFor();

    const form = page.getByRole('form', { name: 'Make a token' });
    await form.getByLabel('Name').fill('Nightly export');
    await form.getByLabel('Expires').selectOption({ label: 'In 30 days' });
    await form.getByRole('button', { name: 'Make token' }).click();
    const notice = page.getByTestId('new-token');
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('it is shown only this once');
    await expect(notice.textContent()).resolves.toContain('Whoever holds it can act as you');
    const token = await notice.getByLabel('Token').inputValue();
    expect(token).toMatch(/^gwt_[A-Za-z0-9_-]{43}$/);
    await notice.getByRole('button', { name: 'Copy', exact: true }).click();
    await notice.getByRole('button', { name: 'Copied', exact: true }).waitFor();
    const row = page.getByRole('row', { name: /Nightly export/ });
    await row.waitFor();
    await expect(row.textContent()).resolves.toContain('Not yet');
    await page.screenshot({ path: artifactPath('api-tokens-01-shown-once.png'), fullPage: true });

    expect((await asProgram(token)).status).toBe(200);

    // Once the page is left or reloaded the secret is gone for good: only the list remains.
    await page.reload();
    await page.getByRole('heading', { name: 'API tokens', level: 1 }).waitFor();
    await row.waitFor();
    await expect(page.getByTestId('new-token').count()).resolves.toBe(0);
    expect(await page.content()).not.toContain(token);
    await expect(row.textContent()).resolves.not.toContain('Not yet');
    await page.screenshot({ path: artifactPath('api-tokens-02-listed.png'), fullPage: true });

    await page.locator('header').getByRole('group').getByRole('button', { name: '简体中文' }).click();
    await page.getByRole('heading', { name: 'API 令牌', level: 1 }).waitFor();
    await page.getByRole('navigation', { name: '账号' }).getByRole('link', { name: 'API 令牌' }).waitFor();
    await page.getByRole('button', { name: '撤销 Nightly export' }).waitFor();
    await page.screenshot({ path: artifactPath('api-tokens-03-zh.png'), fullPage: true });
    await page.locator('header').getByRole('group').getByRole('button', { name: 'English' }).click();

    // The confirmation prompt is answered yes by the session's page.
    await page.getByRole('button', { name: 'Revoke Nightly export' }).click();
    await page.getByText('“Nightly export” is revoked.').waitFor();
    await page.getByText('You have no tokens.').waitFor();
    await page.screenshot({ path: artifactPath('api-tokens-04-revoked.png'), fullPage: true });
    const refused = await asProgram(token);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('api-token.revoked');
    expect(session.cspViolations).toEqual([]);
  });
});
