// The survey page as a respondent's browser first meets it: headless Chromium (Debian's, through
// playwright-core, as the browser tests launch it) opens a department link with an empty cache, and the
// bench counts the bytes every response carried on the wire (compressed as the server sent them: the
// precompressed assets, the questionnaire from the API) and the time from navigation to the first question
// visible. Each visit uses a fresh context, so nothing is cached between them.

import type { Browser } from 'playwright-core';
import { ensureClientBuild } from '../../server/client-build';
import { hasChromium, launchChromium, CHROMIUM_PATH } from '../support/chromium';
import { startServer } from '../support/server-process';
import { scaleDataDir } from './scale-data-dir';
import { rm } from 'node:fs/promises';

export interface PageResource {
  path: string;
  encoding: string;
  bytes: number;
}

export interface SurveyPageFigures {
  /** Body bytes on the wire over every response of the first visit. */
  bytes: number;
  resources: PageResource[];
  acceptEncoding: string;
  /** Navigation to the first question visible, per visit, each with an empty cache. */
  firstQuestionMs: number[];
}

const VISITS = 5;

async function visit(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const resources: Promise<PageResource>[] = [];
  let acceptEncoding = '';
  page.on('requestfinished', (request) => {
    resources.push(
      (async () => {
        // The headers the network stack added (Accept-Encoding among them) are only in allHeaders().
        acceptEncoding ||= (await request.allHeaders())['accept-encoding'] ?? '';
        const response = await request.response();
        const sizes = await request.sizes();
        return {
          path: new URL(request.url()).pathname,
          encoding: (await response?.headerValue('content-encoding')) ?? 'none',
          bytes: sizes.responseBodySize,
        };
      })(),
    );
  });
  const started = performance.now();
  await page.goto(url);
  await page.locator('.sd-question[data-name]').first().waitFor({ state: 'visible' });
  const ms = performance.now() - started;
  // Anything the page still loads after the first question (a font, say) counts among its bytes too.
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(resources);
  await context.close();
  return { ms, resources: loaded, acceptEncoding };
}

export async function benchSurveyPage(log: (line: string) => void): Promise<SurveyPageFigures | null> {
  if (!hasChromium) {
    log(`  skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
    return null;
  }
  await ensureClientBuild(log);
  const data = await scaleDataDir(0);
  const server = await startServer({ dataDir: data.dataDir });
  const browser = await launchChromium();
  try {
    const url = `${server.url}/s/${data.departmentTokens[0]}`;
    const visits = [];
    // One visit first, not counted, so the server has read its files once, as it has for every visitor but
    // the first after a start.
    await visit(browser, url);
    for (let i = 0; i < VISITS; i++) visits.push(await visit(browser, url));
    const first = visits[0]!;
    return {
      bytes: first.resources.reduce((sum, r) => sum + r.bytes, 0),
      resources: first.resources,
      acceptEncoding: first.acceptEncoding,
      firstQuestionMs: visits.map((v) => v.ms),
    };
  } finally {
    await browser.close();
    await server.stop();
    await rm(data.dataDir, { recursive: true, force: true });
  }
}
