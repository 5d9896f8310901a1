// Two real server processes (`node --import tsx server/index.ts`) against one PostgreSQL schema, each with
// its own port and data directory, both mailing through one SMTP server on loopback and posting to one set
// of chat receivers with one secrets key: what two instances behind a load balancer are. Requests go over HTTP as a browser's or a load balancer's would.

import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type ServerProcess } from '../../support/server-process';
import { TEST_DATABASE_URL, freshSchema } from '../../support/postgres-for-tests';
import { startTestSmtpServer, type TestSmtpServer } from '../../support/test-smtp-server';
import { startChatReceivers, type ChatReceivers } from '../../support/chat-receivers';

export interface Reply {
  status: number;
  contentType: string;
  body: any;
  setCookie: string;
}

export interface Instance {
  readonly url: string;
  /** A request as the app's own pages send it; `from` is the client address a trusted proxy forwards. */
  call(
    method: string,
    path: string,
    body?: unknown,
    options?: { cookie?: string; from?: string },
  ): Promise<Reply>;
  output(): string;
}

export interface TwoInstances {
  a: Instance;
  b: Instance;
  smtp: TestSmtpServer;
  chat: ChatReceivers;
  /** Stops both and starts both again at once, on the same schema (new ports). */
  restartBoth(): Promise<void>;
  close(): Promise<void>;
}

export async function startTwoInstances(): Promise<TwoInstances> {
  const { schema, drop } = await freshSchema();
  const smtp = await startTestSmtpServer();
  const chat = await startChatReceivers();
  const dirs = [
    await mkdtemp(join(tmpdir(), 'groundwork-a-')),
    await mkdtemp(join(tmpdir(), 'groundwork-b-')),
  ];
  const env = {
    DATABASE_URL: TEST_DATABASE_URL!,
    DATABASE_SCHEMA: schema,
    DATABASE_POOL_SIZE: '5',
    SMTP_URL: smtp.url,
    MAIL_PER_MINUTE: '0',
    // One key on both, as every instance of an installation must have: a webhook sealed on A opens on B.
    SECRETS_KEY: randomBytes(32).toString('base64'),
    CHAT_WEBHOOK_HOSTS: chat.host,
    // The test is the proxy: each case speaks for client addresses of its own, so limits start afresh.
    TRUSTED_PROXIES: 'loopback',
  };
  // Started together: both apply the migrations at once, under the lock.
  const startBoth = () => Promise.all(dirs.map((dataDir) => startServer({ dataDir, env })));
  let processes: ServerProcess[] = await startBoth();
  const instance = (i: number): Instance => ({
    get url() {
      return processes[i]!.url;
    },
    output: () => processes[i]!.output(),
    async call(method, path, body, { cookie = '', from } = {}) {
      const url = processes[i]!.url;
      const res = await fetch(`${url}${path}`, {
        method,
        headers: {
          origin: url,
          cookie,
          ...(from ? { 'x-forwarded-for': from } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      const contentType = res.headers.get('content-type') ?? '';
      return {
        status: res.status,
        contentType,
        body: text && /json/.test(contentType) ? JSON.parse(text) : text,
        setCookie: res.headers.get('set-cookie') ?? '',
      };
    },
  });
  return {
    a: instance(0),
    b: instance(1),
    smtp,
    chat,
    async restartBoth() {
      await Promise.all(processes.map((p) => p.stop()));
      processes = await startBoth();
    },
    async close() {
      await Promise.all(processes.map((p) => p.stop()));
      await smtp.close();
      await chat.close();
      await drop();
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

export const sessionCookieOf = (reply: Reply): string => {
  const cookie = /gw_session=[^;]+/.exec(reply.setCookie)?.[0];
  if (!cookie) throw new Error(`No session cookie (${reply.status} ${JSON.stringify(reply.body)})`);
  return cookie;
};

export { eventReader } from '../../support/event-reader';
