// The benchmark in a real browser: ten client organizations with closed campaigns, nine of them pooled; an
// administrator of the tenth turns the opt-in on from the organization page, and the report then places
// the organization's readiness dimensions and scales in percentile bands among the ten, in English and
// Chinese, at desktop and phone width, with no serious axe finding.

import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { answersAt } from '../fixtures/answers';
import { V2 } from '../fixtures/campaign-on-v2';
import { levelsOf } from '../fixtures/benchmark-pool';
import { expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession } from '../support/browser-session';
import { hasChromium } from '../support/chromium';
import { callApi, signUpOwner, type ServerProcess } from '../support/server-process';

const SHOTS = '/tmp/shots/benchmark';
const shot = (name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return `${SHOTS}/${name}`;
};

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** An organization with one department and a closed campaign on questionnaire 2 that five people answered. */
async function seedClosedCampaign(server: ServerProcess, cookie: string, i: number) {
  const call = async (method: string, path: string, body?: unknown) => {
    const reply = await callApi(server, cookie, method, path, body);
    if (reply.status >= 300)
      throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const organization = await call('POST', '/api/organizations', {
    name: `Client ${i + 1}`,
    departments: [{ name: 'Team', headcount: 30 }],
  });
  const draft = await call('POST', `/api/organizations/${organization.id}/campaigns`, {
    name: 'Readiness baseline',
    questionnaireId: 'readiness-okr-2',
  });
  const campaign = await call('POST', `/api/campaigns/${draft.id}/open`);
  const token = campaign.links.find((l: { departmentId: string | null }) => l.departmentId !== null).token;
  for (const level of levelsOf(i)) {
    await call('POST', `/api/survey/${token}/responses`, { answers: answersAt(level, V2), language: 'en' });
  }
  await call('POST', `/api/campaigns/${campaign.id}/close`);
  return { organizationId: organization.id as string, campaignId: campaign.id as string, call };
}

describe.skipIf(!hasChromium)('benchmark in the browser', () => {
  const session = useBrowserSession();

  it('lets an administrator opt in, then shows the report’s bands in both languages, on desktop and phone', async () => {
    const server = session.server;
    const owner = await signUpOwner(server);
    const seeded = [];
    for (let i = 0; i < 10; i++) seeded.push(await seedClosedCampaign(server, owner, i));
    for (const s of seeded.slice(0, 9)) {
      await s.call('PUT', `/api/organizations/${s.organizationId}/benchmark-opt-in`, {
        benchmarkOptIn: true,
      });
    }
    const mine = seeded[9]!;
    const invitation = await mine.call('POST', `/api/organizations/${mine.organizationId}/invitations`, {
      email: 'admin@client10.example',
      role: 'administrator',
    });
    const accepted = await fetch(`${server.url}/api/invitations/${invitation.token}/accept`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ name: 'Ada Admin', password: 'a long enough password' }),
    });
    expect(accepted.status).toBe(201);
    const cookie = /gw_session=([^;]+)/.exec(accepted.headers.get('set-cookie') ?? '')![1]!;

    const page = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await page.context().addCookies([{ name: 'gw_session', value: cookie, url: server.url }]);

    // Off by default; the administrator turns it on.
    await page.goto(`${server.url}/organizations/${mine.organizationId}`);
    const optIn = page.getByTestId('benchmark-opt-in');
    await optIn.waitFor();
    const box = optIn.getByRole('checkbox', { name: 'Pool our organization’s scores into the benchmark' });
    await expect(box.isChecked()).resolves.toBe(false);
    await expect(optIn.textContent()).resolves.toContain('never a person’s answers');
    await optIn.scrollIntoViewIfNeeded();
    await optIn.screenshot({ path: shot('opt-in-off-en-1280.png') });
    await box.check();
    await optIn
      .getByRole('status')
      .getByText('The organization’s scores are pooled into the benchmark.')
      .waitFor();
    await expect(box.isChecked()).resolves.toBe(true);
    await optIn.screenshot({ path: shot('opt-in-on-en-1280.png') });
    await expectNoSeriousViolations(page, 'opt-in at 1280', { include: '[data-testid="benchmark-opt-in"]' });

    // The report places each dimension among the ten organizations.
    const reportUrl = `${server.url}/campaigns/${mine.campaignId}/report`;
    await page.goto(reportUrl);
    const section = page.getByTestId('benchmark-section');
    await section.waitFor();
    await section.getByRole('heading', { name: 'Among other organizations' }).waitFor();
    await section.getByRole('heading', { name: 'Organizations on this installation (10)' }).waitFor();
    const placed = (await page.evaluate(
      (id) => fetch(`/api/campaigns/${id}/benchmark`).then((r) => r.json()),
      mine.campaignId,
    )) as { benchmarks: { dimensions: { id: string; band: string }[] }[] };
    const bands = await section
      .locator('.band-strip')
      .evaluateAll((strips) => strips.map((s) => s.getAttribute('data-band')));
    expect(bands.length).toBeGreaterThan(5);
    expect(bands.slice(0, 1)).toEqual([placed.benchmarks[0]!.dimensions[0]!.band]);
    await expect(
      section.getByRole('link', { name: 'Download this table (CSV)' }).getAttribute('href'),
    ).resolves.toBe(`/api/campaigns/${mine.campaignId}/benchmark.csv?lang=en`);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({ path: shot('report-en-1280.png') });
    await expectNoSeriousViolations(page, 'benchmark in English at 1280', {
      include: '[data-testid="benchmark-section"]',
    });
    await expect(noSidewaysScroll(page)).resolves.toBe(true);

    await page.getByRole('button', { name: '简体中文' }).click();
    await section.getByRole('heading', { name: '与其他组织相比' }).waitFor();
    await section.getByRole('heading', { name: '本系统中的组织（10 个）' }).waitFor();
    await section.screenshot({ path: shot('report-zh-1280.png') });
    await expectNoSeriousViolations(page, 'benchmark in Chinese at 1280', {
      include: '[data-testid="benchmark-section"]',
    });

    const phone = await session.newPage({ viewport: { width: 390, height: 900 }, signedInLike: page });
    await page.context().close();
    await phone.goto(reportUrl);
    const small = phone.getByTestId('benchmark-section');
    await small.waitFor();
    await small.getByRole('heading', { name: '本系统中的组织（10 个）' }).waitFor();
    await small.scrollIntoViewIfNeeded();
    await expect(noSidewaysScroll(phone)).resolves.toBe(true);
    await small.screenshot({ path: shot('report-zh-390.png') });
    await expectNoSeriousViolations(phone, 'benchmark in Chinese at 390', {
      include: '[data-testid="benchmark-section"]',
    });
    await phone.getByRole('button', { name: 'English' }).click();
    await small.getByRole('heading', { name: 'Among other organizations' }).waitFor();
    await expect(noSidewaysScroll(phone)).resolves.toBe(true);
    await small.screenshot({ path: shot('report-en-390.png') });
    await expectNoSeriousViolations(phone, 'benchmark in English at 390', {
      include: '[data-testid="benchmark-section"]',
    });
    await phone.goto(`${server.url}/organizations/${mine.organizationId}`);
    const phoneOptIn = phone.getByTestId('benchmark-opt-in');
    await phoneOptIn.waitFor();
    await phoneOptIn.scrollIntoViewIfNeeded();
    await expect(noSidewaysScroll(phone)).resolves.toBe(true);
    await phoneOptIn.screenshot({ path: shot('opt-in-on-en-390.png') });
    await phone.context().close();

    // The owner carries the pool away as a file; the file holds no organization's name.
    const ownerPage = await session.newPage({ viewport: { width: 1280, height: 900 } });
    await ownerPage
      .context()
      .addCookies([{ name: 'gw_session', value: owner.replace(/^gw_session=/, ''), url: server.url }]);
    await ownerPage.goto(`${server.url}/organizations/${mine.organizationId}`);
    const files = ownerPage.getByTestId('benchmark-files');
    await files.waitFor();
    const [download] = await Promise.all([
      ownerPage.waitForEvent('download'),
      files.getByRole('button', { name: 'Download this installation’s benchmark file' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'benchmark-readiness-okr-2-2-' + new Date().toISOString().slice(0, 10) + '.json',
    );
    const saved = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(saved).toMatchObject({ format: 'groundwork-benchmark', organizations: 10 });
    expect(JSON.stringify(saved)).not.toMatch(/Client/);
    await files.scrollIntoViewIfNeeded();
    await files.screenshot({ path: shot('owner-files-en-1280.png') });
    await expectNoSeriousViolations(ownerPage, 'benchmark files at 1280', {
      include: '[data-testid="benchmark-files"]',
    });
    await ownerPage.context().close();
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
