// Hostile and near-valid requests against everything HR does to set up and distribute a campaign: changing
// its settings, reporting groups, checking and importing staff lists, mail-merge files and mailings, and
// answering through a personal link. None may produce a 5xx, and none that is refused may change anything
// stored: not the records, not the audit log, not the response logs, and not a personal link's one answer.
//
// What every distribution fuzz test shares: the app under test and its errors, sending a request, the checks
// on an answer, a snapshot of everything stored, and the organizations the tests set up. FUZZ_RUNS sets how
// many requests each property sends; with FUZZ_STATS set, each prints what it got back.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Mailer } from '../../../../server/mail/mailer';
import { storedText } from '../../../fixtures/accounts';
import { startTestApp, type TestApp } from '../../../fixtures/test-app';

export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

let t: TestApp | undefined;
/** What the app turned into a 5xx, and what failed after a response was sent: shown when a check fails. */
let serverErrors: unknown[] = [];
/** `start` gives each app a new list, so read it through the import, never from a copy. */
export let backgroundErrors: unknown[] = [];
/** A mail server that accepts every message at once. */
const instantMailer: Mailer = { send: async () => undefined, close: async () => undefined };

export async function start(withMail = false): Promise<TestApp> {
  serverErrors = [];
  backgroundErrors = [];
  t = await startTestApp(
    undefined,
    { submissionLimit: null, onServerError: (error) => serverErrors.push(error) },
    {
      onBackgroundError: (error) => backgroundErrors.push(error),
      ...(withMail ? { mail: { mailer: instantMailer, perMinute: 0 } } : {}),
    },
  );
  return t;
}
/** Closes the app the test started, if it started one: every fuzz test file runs it after each test. */
export async function closeApp(): Promise<void> {
  await t?.close();
  t = undefined;
}
export const app = () => t!;

// ---------------------------------------------------------------------------------------------------------
// Sending requests and reading what is stored.

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

export async function send(
  method: string,
  path: string,
  payload?: string,
  contentType = 'application/json',
  cookie = app().ownerCookie,
): Promise<Answer> {
  const headers: Record<string, string> = { origin: 'http://localhost', cookie };
  if (payload !== undefined && contentType !== '') headers['content-type'] = contentType;
  const res = await app().app.request(path, {
    method,
    headers,
    ...(payload === undefined ? {} : { body: payload }),
  });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}
export const sendJson = (method: string, path: string, body: unknown) =>
  send(method, path, JSON.stringify(body));

const errorsSoFar = () =>
  [...serverErrors, ...backgroundErrors].map((e) => (e instanceof Error ? e.stack : String(e))).join('\n');

export function expectNo5xx(answer: Answer, what: string): void {
  expect(
    answer.status,
    `${what} → ${answer.status} ${answer.text.slice(0, 300)}\n${errorsSoFar()}`,
  ).toBeLessThan(500);
}

/** A clear refusal: a 4xx problem+json that says what is wrong. */
export function expectRefusal(answer: Answer, what: string): void {
  expect(answer.status, `${what} → ${answer.text.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(answer.status, what).toBeLessThan(500);
  expect(answer.contentType, what).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(answer.text);
  expect(problem, what).toMatchObject({ status: answer.status, title: expect.any(String) });
  expect(problem.detail, what).toEqual(expect.any(String));
}

/** Every response log under the data directory, by file name. */
async function responseLogs(): Promise<string> {
  const dir = join(app().dataDir, 'responses');
  const names = (await readdir(dir).catch(() => [] as string[])).sort();
  const texts = await Promise.all(names.map(async (n) => `${n}:${await readFile(join(dir, n), 'utf8')}`));
  return texts.join('\n');
}
export const snapshot = async () => ({ stored: await storedText(app()), responses: await responseLogs() });

/** A path segment as a browser would send it; lone surrogates become U+FFFD, as TextEncoder makes them. */
export function encodeSegment(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => {
    const char = String.fromCharCode(byte);
    return /[A-Za-z0-9_.~-]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/** With FUZZ_STATS set, each property prints how many answers it got of each status and problem type. */
export function outcomes(what: string) {
  const counts = new Map<string, number>();
  return {
    add(answer: Answer): void {
      let type = '';
      if (/problem/.test(answer.contentType)) type = ` ${JSON.parse(answer.text).type}`;
      counts.set(`${answer.status}${type}`, (counts.get(`${answer.status}${type}`) ?? 0) + 1);
    },
    report(): void {
      if (process.env.FUZZ_STATS) console.log(what, Object.fromEntries([...counts].sort()));
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// The organizations the tests set up.

/** Departments large and small, for merging into reporting groups. */
export const DEPARTMENTS = { Sales: 10, Operations: 12, Legal: 3, Finance: 4, 'Customer Care': 2, 'R&D': 5 };
/** The departments the generated staff lists name, in many spellings. */
export const STAFF_DEPARTMENTS = { Sales: 40, Operations: 40, 'Research & Development': 10, 销售部: 10 };
