// Renders a real page of the client in a DOM environment, its `fetch` answered in memory by the real app
// (test/fixtures/test-app.ts): every answer has the server's own shape, every request the page sends
// meets the server's own validation, and each is recorded for the test to read.

import { join } from 'node:path';
import { cleanup, configure, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { vi } from 'vitest';
import CampaignPage from '../../client/pages/campaign/campaign-page';
import CampaignReportPage from '../../client/pages/campaign-report/campaign-report-page';
import HomePage from '../../client/pages/home/home-page';
import LoginPage from '../../client/pages/login/login-page';
import OrganizationPage from '../../client/pages/organization/organization-page';
import TakeSurveyPage from '../../client/pages/take-survey/take-survey-page';
import { SessionBoundary } from '../../client/components/session-boundary';
import { UiLanguageProvider } from '../../client/components/ui-language';
import { loadQuestionnaires } from '../../server/load-questionnaires';
import { startTestApp, type TestApp } from '../fixtures/test-app';

// A page waits for the server answering in the same process; on a busy 2-core machine that can pass 1 s.
configure({ asyncUtilTimeout: 10_000 });

/** The paths of client/router.tsx that these tests visit, loaded eagerly: a test has no chunks to split. */
const ROUTES: RouteObject[] = [
  {
    Component: SessionBoundary,
    children: [
      { path: '/', Component: HomePage },
      { path: '/organizations/:id', Component: OrganizationPage },
      { path: '/campaigns/:id', Component: CampaignPage },
      { path: '/campaigns/:id/report', Component: CampaignReportPage },
    ],
  },
  { path: '/login', Component: LoginPage },
  { path: '/s/:token', Component: TakeSurveyPage },
];

/**
 * The real app, as test/fixtures/test-app.ts starts it. The questionnaires are found from here: in a DOM
 * environment vitest gives server modules a web address as import.meta.url, so their own default misses.
 */
export async function startPageApp(): Promise<TestApp> {
  return startTestApp(await loadQuestionnaires(join(import.meta.dirname, '../../questionnaires')));
}

export interface SentRequest {
  method: string;
  path: string;
  /** The JSON body, parsed; undefined when there was none. */
  body: unknown;
}

export interface RenderedPage {
  /** Every request the page sent, in order. */
  requests: SentRequest[];
  /** The requests sent with this method to this path. */
  sent: (method: string, path: string) => SentRequest[];
  /** Where the page's router is now, after any navigation the page made. */
  location: () => string;
}

/**
 * Renders the page at `path` as the holder of `cookie` sees it (by default nobody signed in). The cookie is
 * replaced by any session the server hands out, as a browser's would be.
 */
export function renderPage(t: TestApp, path: string, cookie = ''): RenderedPage {
  const requests: SentRequest[] = [];
  let session = cookie;
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://localhost');
    const target = url.pathname + url.search;
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    requests.push({ method: init.method ?? 'GET', path: target, body });
    const response = await t.app.request(target, {
      ...init,
      // What a browser adds to every request from the app's own pages.
      headers: { ...(init.headers as Record<string, string>), origin: 'http://localhost', cookie: session },
    });
    const given = /gw_session=[^;]*/.exec(response.headers.get('set-cookie') ?? '');
    if (given) session = given[0];
    return response;
  });
  // jsdom lays nothing out, so it has no ResizeObserver; SurveyJS observes its own size on every page.
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      unobserve() {}
      disconnect() {}
    },
  );
  const router = createMemoryRouter(ROUTES, { initialEntries: [path] });
  render(
    <UiLanguageProvider>
      <RouterProvider router={router} />
    </UiLanguageProvider>,
  );
  return {
    requests,
    sent: (method, to) => requests.filter((r) => r.method === method && r.path === to),
    location: () => router.state.location.pathname + router.state.location.search,
  };
}

/** Unmounts the page and forgets what it left on this "device": the fetch, the language, saved answers. */
export function closePage(): void {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
}
