// The survey page as a respondent's browser first meets it: headless Chromium (Debian's, through
// playwright-core, as the browser tests launch it) opens a department link with an empty cache, and the
// bench counts the bytes every response carried on the wire (compressed as the server sent them: the
// precompressed assets, the questionnaire from the API) and the time from navigation to the first question
// visible. Each visit uses a fresh context, so nothing is cached between them. The browser's language
// decides which language the page starts in: the main run's visits are English, and each language is
// measured too, with what switching to the other language on the page then downloads.
// Standalone: node --import tsx test/bench/survey-page.ts

import type { Browser } from 'playwright-core';
import { rm } from 'node:fs/promises';
import { ensureClientBuild } from '../../server/client-build';
import { LANGUAGE_NAMES, LANGUAGES, type Language } from '../../shared/languages';
import { hasChromium, launchChromium, CHROMIUM_PATH } from '../support/chromium';
import { startServer } from '../support/server-process';
import { scaleDataDir } from './scale-data-dir';

export interface PageResource {
  path: string;
  encoding: string;
  bytes: number;
}

/** One language's first visit: what it downloaded, and what switching to the other language added. */
export interface LanguageVisit {
  language: Language;
  bytes: number;
  firstQuestionMs: number[];
  switchBytes: number;
}

export interface SurveyPageFigures {
  /** Body bytes on the wire over every response of the first visit. */
  bytes: number;
  resources: PageResource[];
  acceptEncoding: string;
  /** Navigation to the first question visible, per visit, each with an empty cache. */
  firstQuestionMs: number[];
  /** The same visit with the browser in each language, and a switch of language on the page after it. */
  languages: LanguageVisit[];
}

const VISITS = 5;
const LOCALES: Record<Language, string> = { en: 'en-US', 'zh-cn': 'zh-CN' };

async function visit(browser: Browser, url: string, language: Language, switchTo?: Language) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    locale: LOCALES[language],
  });
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
  const loaded = await Promise.all(resources.splice(0));
  let switchBytes = 0;
  if (switchTo) {
    // The language switch must keep working; whatever it downloads is counted apart.
    const title = page.locator('.sd-question__title').first();
    const before = await title.innerText();
    await page.getByRole('button', { name: LANGUAGE_NAMES[switchTo] }).click();
    await page.waitForFunction(
      (old) => document.querySelector('.sd-question__title')?.textContent?.trim() !== old.trim(),
      before,
    );
    await page.waitForLoadState('networkidle');
    switchBytes = (await Promise.all(resources)).reduce((sum, r) => sum + r.bytes, 0);
  }
  await context.close();
  return { ms, resources: loaded, acceptEncoding, switchBytes };
}

const sum = (resources: PageResource[]) => resources.reduce((total, r) => total + r.bytes, 0);

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
    // One visit first, not counted, so the server has read its files once, as it has for every visitor but
    // the first after a start.
    await visit(browser, url, 'en');
    const languages: LanguageVisit[] = [];
    let english: Awaited<ReturnType<typeof visit>>[] = [];
    for (const language of LANGUAGES) {
      const other = LANGUAGES.find((l) => l !== language)!;
      const visits = [];
      for (let i = 0; i < VISITS; i++)
        visits.push(await visit(browser, url, language, i === 0 ? other : undefined));
      if (language === 'en') english = visits;
      languages.push({
        language,
        bytes: sum(visits[0]!.resources),
        firstQuestionMs: visits.map((v) => v.ms),
        switchBytes: visits[0]!.switchBytes,
      });
    }
    const first = english[0]!;
    return {
      bytes: sum(first.resources),
      resources: first.resources,
      acceptEncoding: first.acceptEncoding,
      firstQuestionMs: english.map((v) => v.ms),
      languages,
    };
  } finally {
    await browser.close();
    await server.stop();
    await rm(data.dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchSurveyPage((line) => console.log(line));
  if (figures) {
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    for (const l of figures.languages) {
      console.log(
        `${l.language}: ${kb(l.bytes)} on the wire; first question after ${median(l.firstQuestionMs).toFixed(0)} ms ` +
          `(median; all ${l.firstQuestionMs.map((v) => v.toFixed(0)).join(', ')}); switching language then ${kb(l.switchBytes)}`,
      );
    }
    console.log(`English visit, browser accepting ${figures.acceptEncoding}:`);
    for (const r of figures.resources.toSorted((a, b) => b.bytes - a.bytes))
      console.log(`  ${kb(r.bytes).padStart(9)}  ${r.encoding.padEnd(5)}  ${r.path}`);
  }
}
