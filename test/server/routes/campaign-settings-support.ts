// What the campaign settings route tests share: an app started afresh for each test with a clock the test
// moves, the owner's session, the dates the settings form sends, and the requests that change, read and open
// a campaign. A test file runs `startApp` before each test and `closeApp` after it; `t` and `owner` always
// hold the current test's app and session.

import { expect } from 'vitest';
import { DEFAULT_TEMPLATES } from '../../../server/domain/campaigns/email-template';
import { createClock, DAY, NOON, signIn } from '../../fixtures/accounts';
import { OWNER, startTestApp, type TestApp } from '../../fixtures/test-app';
import { scoreable } from '../../fixtures/answers';

export let t: TestApp;
let clock: ReturnType<typeof createClock>;
/** The owner's current session: a session lasts 12 hours, so moving the clock by days means signing in again. */
export let owner: { cookie: string };
export async function startApp() {
  clock = createClock();
  t = await startTestApp(undefined, {}, { now: clock.now });
  owner = { cookie: t.ownerCookie };
}
export async function closeApp() {
  await t.close();
}

/** An instant `ms` from the test's starting noon, as the settings form sends it. */
export const at = (ms: number) => new Date(NOON + ms).toISOString();
export const OPENS = at(3 * DAY); // 2026-03-05T12:00:00.000Z
export const CLOSES = at(18 * DAY); // 2026-03-20T12:00:00.000Z

export const patch = (id: string, body: unknown) => t.call('PATCH', `/api/campaigns/${id}`, body, owner);
export const detail = async (id: string) =>
  (await t.call('GET', `/api/campaigns/${id}`, undefined, owner)).body;
export const open = (id: string) => t.call('POST', `/api/campaigns/${id}/open`, undefined, owner);

/** Moves the clock and signs the owner in again, as they would after a few days away. */
export async function later(ms: number) {
  clock.advance(ms);
  const session = await signIn(t, OWNER.email, OWNER.password);
  expect(session.status).toBe(200);
  owner = { cookie: session.cookie! };
}
export const answer = (token: string) =>
  t.call('POST', `/api/survey/${token}/responses`, { answers: scoreable({ pay_fair: 4 }) });

/** The default invitation with a friendlier English subject, still carrying the link. */
export const editedInvitation = {
  ...DEFAULT_TEMPLATES.invitation,
  en: { subject: 'Tell us how goals work for you', body: 'Hello {{name}}, please answer: {{link}}' },
};
