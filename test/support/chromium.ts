// Launches Debian's Chromium through playwright-core. Under CI=true a missing browser fails the run; on a
// developer machine without it, browser tests are skipped with a message saying how to install it.

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS_DIR = new URL('../.artifacts/', import.meta.url).pathname;

export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium && process.env.CI === 'true') {
  throw new Error(
    `Chromium is required in CI but ${CHROMIUM_PATH} is missing (apt-get install -y chromium).`,
  );
}
if (!hasChromium) {
  console.warn(
    `Browser tests skipped: ${CHROMIUM_PATH} not found. Install it with: apt-get install -y chromium`,
  );
}

/** Playwright gives every launch a fresh, empty profile of its own. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function artifactPath(name: string): string {
  return join(ARTIFACTS_DIR, name);
}
