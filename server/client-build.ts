// Builds the client when its build is missing or older than any source it is made from, so that
// `npm start` on a fresh clone serves the product without a separate build step.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
export const CLIENT_DIST = join(ROOT, 'dist', 'client');
// This file is among them: how the client is built is part of what it is built from.
const SOURCES = ['client', 'questionnaires', 'package-lock.json', 'server/client-build.ts'].map((p) =>
  join(ROOT, p),
);

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== 'node_modules' && name !== 'dist')
    .reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

export function isClientBuildStale(): boolean {
  const index = join(CLIENT_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.filter(existsSync).some((source) => newestChange(source) > built);
}

export async function ensureClientBuild(log: (message: string) => void): Promise<void> {
  if (!isClientBuildStale()) return;
  log('Building the client (first start, or its sources changed)…');
  const { build } = await import('vite');
  // Vite builds for whatever NODE_ENV is already set, and the test runner sets "test": that bundled React's
  // development build (larger, and running every effect twice, so the survey page fetched its
  // questionnaire twice), which `npm start` then served as it was not stale. The client is always built
  // for production, whoever asks.
  const callersNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(ROOT, 'client', 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    if (callersNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callersNodeEnv;
  }
}
