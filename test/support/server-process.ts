// Starts the real server (`node --import tsx server/index.ts`) as a child process on a free port with its
// own data directory, the way a user's `npm start` runs it.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PROJECT_ROOT = new URL('../..', import.meta.url).pathname;

export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server printed, for assertions and for debugging a failed test. */
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
}

export async function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'groundwork-test-'));
}

export function startServer(options: {
  dataDir: string;
  env?: Record<string, string>;
}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      // The suite's global setup has built the client once; servers must not race to rebuild it.
      GROUNDWORK_SKIP_CLIENT_BUILD: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) resolve({ url: match[1]!, dataDir: options.dataDir, child, output: () => output, stop });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) =>
      reject(new Error(`Server exited (${code ?? signal}) before serving:\n${output}`)),
    );
  });
}

export const TEST_OWNER = {
  name: 'Olivia Owner',
  email: 'owner@example.com',
  password: 'correct horse battery',
};

/** Creates the owner account on a fresh server and returns its session cookie. */
export async function signUpOwner(server: Pick<ServerProcess, 'url'>): Promise<string> {
  const res = await fetch(`${server.url}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify(TEST_OWNER),
  });
  const cookie = /gw_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (res.status !== 201 || !cookie) throw new Error(`Owner setup failed: ${res.status} ${await res.text()}`);
  return cookie;
}

/** A JSON request as the app's own pages make it: same origin, with the session cookie. */
export async function callApi(
  server: Pick<ServerProcess, 'url'>,
  cookie: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      origin: server.url,
      cookie,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
