// One real server and one Chromium for a browser test file, started before its tests and stopped after.

import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ARTIFACTS_DIR, launchChromium } from './chromium';
import { makeDataDir, startServer, type ServerProcess } from './server-process';

export interface NewPageOptions {
  viewport?: { width: number; height: number };
  /** Start with this page's cookies, so the new page is signed in as the same person. */
  signedInLike?: Page;
}

export interface BrowserSession {
  server: ServerProcess;
  browser: Browser;
  /**
   * A page in a fresh browser context: no cookies (so nobody signed in, unless `signedInLike` says
   * otherwise) and no saved survey progress shared with other pages.
   */
  newPage: (options?: NewPageOptions) => Promise<Page>;
  /** Content-Security-Policy violations any page reported: the client must run under the policy. */
  cspViolations: string[];
}

/**
 * Call inside a describe block; the returned object is filled in once the hooks have run. `env` is read
 * when the server starts, after any beforeAll hooks registered earlier (a test mail server, say).
 */
export function useBrowserSession(options: { env?: () => Record<string, string> } = {}): BrowserSession {
  const session = { cspViolations: [] } as unknown as BrowserSession;
  beforeAll(async () => {
    await mkdir(ARTIFACTS_DIR, { recursive: true });
    session.server = await startServer({ dataDir: await makeDataDir(), env: options.env?.() });
    session.browser = await launchChromium();
    session.newPage = async ({ viewport = { width: 1280, height: 900 }, signedInLike } = {}) => {
      const storageState = signedInLike ? await signedInLike.context().storageState() : undefined;
      const page = await (await session.browser.newContext({ viewport, storageState })).newPage();
      // Confirmation prompts (opening or closing a campaign, sending mail) are answered yes, as the person
      // driving the story would.
      page.on('dialog', (dialog) => void dialog.accept());
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          session.cspViolations.push(message.text());
        }
      });
      return page;
    };
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
