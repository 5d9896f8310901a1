// Every page of the product, at phone and desktop width, with real data (the demo organization, its open
// campaign full of answers and a draft beside it), passes axe-core with no serious or critical
// violation. And a first visit and a page load leave nothing in the console: no React Router warning and
// no 401 from asking who is signed in.

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeViolations, expectNoSeriousViolations } from '../support/axe-check';
import { useBrowserSession, type BrowserSession } from '../support/browser-session';
import { artifactPath, hasChromium } from '../support/chromium';
import { callApi, signUpOwner } from '../support/server-process';
import { createOwner } from './create-owner';
import { openFullReport } from '../support/full-report';

const WIDTHS = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
] as const;

/** Waits until a page has its title and nothing is still loading: axe judges what a person would see. */
async function settle(page: Page, ready?: string): Promise<void> {
  try {
    await page
      .locator(ready ?? 'main h1')
      .first()
      .waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('Loading…'));
  } catch (error) {
    const text = await page.locator('body').innerText();
    throw new Error(`${page.url()} did not settle; it shows:\n${text.slice(0, 600)}`, { cause: error });
  }
}

/** Every warning and error in the console, and every 401 the page received, from the moment it opens. */
function watchConsole(page: Page): { messages: string[]; unauthorized: string[] } {
  const seen = { messages: [] as string[], unauthorized: [] as string[] };
  page.on('console', (message) => {
    if (['warning', 'error'].includes(message.type()))
      seen.messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() === 401) seen.unauthorized.push(response.url());
  });
  return seen;
}

describe.skipIf(!hasChromium)('a first visit in the browser', () => {
  const session = useBrowserSession();

  it('sends a stranger to create the owner without a 401 or a router warning, and the setup page passes axe at both widths', async () => {
    for (const { name, viewport } of WIDTHS) {
      const page = await session.newPage({ viewport });
      const seen = watchConsole(page);
      await page.goto(session.server.url);
      await page.waitForURL(`${session.server.url}/setup`);
      await settle(page);
      await expectNoSeriousViolations(page, `setup at ${name} width`);
      expect(seen.unauthorized).toEqual([]);
      expect(seen.messages).toEqual([]);
      await page.context().close();
    }
  });

  it('leaves nothing in the console when the owner signs up and reloads a signed-in page', async () => {
    const page = await session.newPage();
    const seen = watchConsole(page);
    await createOwner(page, session.server.url);
    await page.reload();
    await page.getByRole('heading', { name: 'Organizations', level: 1 }).waitFor();
    await page.goto(`${session.server.url}/account/password`);
    await settle(page);
    expect(seen.unauthorized).toEqual([]);
    expect(seen.messages).toEqual([]);

    // A stranger who opens a signed-in page is sent to sign in, again without a 401.
    const stranger = await session.newPage();
    const strangerSeen = watchConsole(stranger);
    await stranger.goto(`${session.server.url}/account/tokens`);
    await stranger.waitForURL(`${session.server.url}/login?next=%2Faccount%2Ftokens`);
    await settle(stranger);
    expect(strangerSeen.unauthorized).toEqual([]);
    expect(strangerSeen.messages).toEqual([]);
  });
});

interface Visit {
  name: string;
  path: () => string;
  signedIn: boolean;
  /** A selector that shows the page is filled with its data; its <h1> when left out. */
  ready?: string;
}

describe.skipIf(!hasChromium)('accessibility of every page', () => {
  const session: BrowserSession = useBrowserSession();
  const data = {
    cookie: '',
    organizationId: '',
    openCampaignId: '',
    draftCampaignId: '',
    invitationToken: '',
    surveyToken: '',
  };

  beforeAll(async () => {
    const { server } = session;
    const cookie = await signUpOwner(server);
    const call = async (method: string, path: string, body?: unknown) => {
      const reply = await callApi(server, cookie, method, path, body);
      if (reply.status >= 300)
        throw new Error(`${method} ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
      return reply.body;
    };
    const demo = await call('POST', '/api/demo');
    const questionnaires = (await call('GET', '/api/questionnaires')) as { id: string; current: boolean }[];
    const draft = await call('POST', `/api/organizations/${demo.organizationId}/campaigns`, {
      name: 'Autumn wave',
      questionnaireId: questionnaires.find((questionnaire) => questionnaire.current)!.id,
    });
    const invitation = await call('POST', `/api/organizations/${demo.organizationId}/invitations`, {
      email: 'new.reader@example.com',
      role: 'executive',
    });
    const campaign = await call('GET', `/api/campaigns/${demo.campaignId}`);
    await call('POST', '/api/account/tokens', { name: 'Nightly export', expiresInDays: 90 });
    Object.assign(data, {
      cookie,
      organizationId: demo.organizationId,
      openCampaignId: demo.campaignId,
      draftCampaignId: draft.id,
      invitationToken: invitation.token,
      surveyToken: (campaign.campaign.links as { token: string; departmentId: string | null }[]).find(
        (link) => link.departmentId === null,
      )!.token,
    });
  });

  const VISITS: Visit[] = [
    { name: 'sign-in', path: () => '/login', signedIn: false },
    { name: 'home', path: () => '/', signedIn: true, ready: 'main form' },
    { name: 'organization', path: () => `/organizations/${data.organizationId}`, signedIn: true },
    {
      name: 'open campaign',
      path: () => `/campaigns/${data.openCampaignId}`,
      signedIn: true,
      ready: 'main table',
    },
    {
      name: 'draft campaign',
      path: () => `/campaigns/${data.draftCampaignId}`,
      signedIn: true,
      ready: 'main table',
    },
    {
      name: 'campaign report',
      path: () => `/campaigns/${data.openCampaignId}/report`,
      signedIn: true,
      ready: '[data-testid="verdict"]',
    },
    { name: 'API tokens', path: () => '/account/tokens', signedIn: true, ready: 'main table' },
    { name: 'change password', path: () => '/account/password', signedIn: true },
    { name: 'accept invitation', path: () => `/invitations/${data.invitationToken}`, signedIn: false },
    { name: 'enter code', path: () => '/code', signedIn: false },
    { name: 'take survey', path: () => `/s/${data.surveyToken}`, signedIn: false, ready: '.sd-question' },
    { name: 'page not found', path: () => '/no/such/page', signedIn: false },
  ];

  /** Opens a page at a width, as the owner when the visit needs someone signed in, once it has settled. */
  async function open(
    visit: Visit,
    viewport: { width: number; height: number },
  ): Promise<{ page: Page; seen: ReturnType<typeof watchConsole> }> {
    const page = await session.newPage({ viewport });
    const seen = watchConsole(page);
    if (visit.signedIn) {
      const [name, value] = data.cookie.split('=') as [string, string];
      await page.context().addCookies([{ name, value, url: session.server.url }]);
    }
    await page.goto(session.server.url + visit.path());
    await settle(page, visit.ready);
    return { page, seen };
  }

  for (const { name: width, viewport } of WIDTHS) {
    for (const visit of VISITS) {
      it(`finds no serious or critical violation on the ${visit.name} page at ${width} width`, async () => {
        const { page, seen } = await open(visit, viewport);
        // Folded parts (all gates, the email texts, the staff list) are judged unfolded, as a reader opens them.
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((details) => (details.open = true)),
        );
        const shot = `a11y-${visit.name.replaceAll(' ', '-')}-${width}.png`;
        await page.screenshot({ path: artifactPath(shot), fullPage: true });
        const violations = await expectNoSeriousViolations(page, `${visit.name} at ${width} width`);
        // Milder findings are printed for whoever improves the pages next; they do not fail the test.
        if (violations.length > 0) console.info(describeViolations(violations, `${visit.name} at ${width}`));
        expect(session.cspViolations).toEqual([]);
        // Loading any page leaves nothing in the console (React Router once warned on every one).
        expect(seen.messages).toEqual([]);
        expect(seen.unauthorized).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('lets a keyboard reach a table wider than a phone and scroll it, and adds no tab stop where a table fits', async () => {
    const report = VISITS.find((visit) => visit.name === 'campaign report')!;
    const { page: phone } = await open(report, WIDTHS[0].viewport);
    await openFullReport(phone);
    const departments = phone.getByRole('group', { name: 'Departments', exact: true });
    await departments.focus();
    await expect(departments.evaluate((scroller) => scroller === document.activeElement)).resolves.toBe(true);
    await phone.screenshot({ path: artifactPath('a11y-report-table-focused-phone.png') });
    await phone.keyboard.press('ArrowRight');
    await phone.waitForFunction(() => document.activeElement!.scrollLeft > 0);
    await phone.context().close();

    // Each scroller is in the tab order exactly when its table is wider than it, on a phone and on a desktop.
    for (const { viewport } of WIDTHS) {
      const { page } = await open(report, viewport);
      await openFullReport(page);
      const scrollers = await page.locator('.table-scroll').evaluateAll((all) =>
        all.map((s) => ({
          overflows: s.scrollWidth > s.clientWidth || s.scrollHeight > s.clientHeight,
          focusable: s.tabIndex === 0,
        })),
      );
      expect(scrollers.length).toBeGreaterThan(3);
      for (const scroller of scrollers) expect(scroller.focusable).toBe(scroller.overflows);
      await page.context().close();
    }
  });

  it('lets a keyboard reach and scroll a staff list’s long list of problems on a phone', async () => {
    const draft = VISITS.find((visit) => visit.name === 'draft campaign')!;
    const { page } = await open(draft, WIDTHS[0].viewport);
    const lines = Array.from({ length: 60 }, (_, i) => `person${i}@example.com,Nowhere`);
    await page.getByLabel('Or paste the list here').fill(['email,department', ...lines].join('\n'));
    await page.getByRole('button', { name: 'Check the list' }).click();
    const problems = page.getByRole('group', { name: /60 problems/ });
    await problems.focus();
    await expectNoSeriousViolations(page, 'staff-list problems at phone width');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.activeElement!.scrollTop > 0);
    await page.screenshot({ path: artifactPath('a11y-staff-problems-phone.png') });
    await page.context().close();
  });
});
