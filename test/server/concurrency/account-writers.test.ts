// Writers of one account started at once: a password change and the acceptance of invitations that grant the
// existing account a new role. Each change the server acknowledged is in the account afterwards, live and
// after a restart, and a refused one left nothing behind (issue 9, finding 1 and "Done means"). Revoking a
// role does not exist yet; once it does, it joins the table below.

import { scrypt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Grant, Role } from '../../../server/domain/access/account';
import type { Questionnaire } from '../../../server/domain/instrument/questionnaire';
import { loadQuestionnaires } from '../../../server/load-questionnaires';
import { accept, as, createOrganization, invite, inviteAndAccept } from '../../fixtures/accounts';
import { restartTestApp } from '../../fixtures/restart-test-app';
import { FAST_PASSWORDS, startTestApp, type Reply, type TestApp } from '../../fixtures/test-app';
import { ROUNDS_FOR_EVERY_ORDER, startTogether } from './start-together';

/**
 * The fast test hashes, each behind a small scrypt on the thread pool: a password check leaves the event
 * loop as the real one does (the window the old lost grant fell into), in a millisecond instead of a hundred.
 */
const offThread = () =>
  new Promise<void>((resolve, reject) =>
    scrypt('password', 'salt', 16, { N: 1024 }, (error) => (error ? reject(error) : resolve())),
  );
const PASSWORDS = {
  ...FAST_PASSWORDS,
  hashPassword: async (password: string) => {
    await offThread();
    return FAST_PASSWORDS.hashPassword(password);
  },
  verifyPassword: async (password: string, hash: string) => {
    await offThread();
    return FAST_PASSWORDS.verifyPassword(password, hash);
  },
};

const EMAIL = 'pat@example.com';
const NEW_PASSWORDS = ['a brand new passphrase', 'another new passphrase'];
const GRANTED: Role[] = ['consultant', 'administrator'];

interface Account {
  t: TestApp;
  cookie: string;
  password: string;
  /** Organizations the invitations racing in each variant grant a role in. */
  organizationIds: string[];
}

interface AccountState {
  /** Which of the passwords in play sign in. */
  signsIn: Set<string>;
  /** The grants signing in shows, or null when no password in play signs in. */
  grants: Grant[] | null;
  /** Invitations whose link still offers the role. */
  liveInvitations: Set<string>;
}

async function readAccount(call: TestApp['call'], account: Account, tokens: string[]): Promise<AccountState> {
  const state: AccountState = { signsIn: new Set(), grants: null, liveInvitations: new Set() };
  for (const password of [account.password, ...NEW_PASSWORDS]) {
    const reply = await call('POST', '/api/session', { email: EMAIL, password }, { cookie: '' });
    if (reply.status === 200) {
      state.signsIn.add(password);
      state.grants = reply.body.grants;
    } else expect(reply.status).toBe(401);
  }
  for (const token of tokens) {
    if ((await call('GET', `/api/invitations/${token}`, undefined, { cookie: '' })).status === 200)
      state.liveInvitations.add(token);
  }
  return state;
}

interface Writer {
  start(): Promise<Reply>;
  acknowledged: number;
  /** The answer that refuses it when the other writer changed what it relies on. */
  refused: number;
  holds(s: AccountState): boolean;
  untouched(s: AccountState): boolean;
  /** The invitation it accepts, if any. */
  token?: string;
}

interface WriterSpec {
  name: string;
  make(account: Account, variant: number): Promise<Writer>;
}

const PASSWORD_CHANGE: WriterSpec = {
  name: 'password change',
  make: async (account, variant) => ({
    start: () =>
      account.t.call(
        'POST',
        '/api/account/password',
        { currentPassword: account.password, newPassword: NEW_PASSWORDS[variant] },
        as(account.cookie),
      ),
    acknowledged: 204,
    // The current password it proves was just changed by the other writer.
    refused: 422,
    holds: (s) => s.signsIn.has(NEW_PASSWORDS[variant]!) && !s.signsIn.has(account.password),
    untouched: (s) => !s.signsIn.has(NEW_PASSWORDS[variant]!),
  }),
};

const GRANT_ACCEPTANCE: WriterSpec = {
  name: 'grant acceptance',
  async make(account, variant) {
    const organizationId = account.organizationIds[variant]!;
    const role = GRANTED[variant]!;
    const token = await invite(account.t, organizationId, { email: EMAIL, role });
    const granted = (s: AccountState) =>
      s.grants?.some((g) => g.organizationId === organizationId && g.role === role) ?? false;
    return {
      token,
      // The sign-up page sends the existing account's password (the one it had when the page was filled in).
      start: () => accept(account.t, token, { password: account.password }),
      acknowledged: 201,
      // The password it proves was just changed by the other writer.
      refused: 409,
      holds: (s) => granted(s) && !s.liveInvitations.has(token),
      untouched: (s) => !granted(s) && s.liveInvitations.has(token),
    };
  },
};

let questionnaires: Map<string, Questionnaire> | undefined;

/** A fresh app with an account holding an executive role in one organization, and two more organizations. */
async function startAccount(): Promise<Account> {
  questionnaires ??= await loadQuestionnaires();
  const t = await startTestApp(questionnaires, {}, PASSWORDS);
  const home = await createOrganization(t, 'Acme');
  const member = await inviteAndAccept(t, home.id, { email: EMAIL, role: 'executive' });
  const others = [await createOrganization(t, 'Globex'), await createOrganization(t, 'Initech')];
  return { t, cookie: member.cookie, password: member.password, organizationIds: others.map((o) => o.id) };
}

/** Starts two writers together on a fresh account; answers their replies and the state live and after a restart. */
async function race(aSpec: WriterSpec, bSpec: WriterSpec, round: number) {
  const account = await startAccount();
  let restarted: Awaited<ReturnType<typeof restartTestApp>> | undefined;
  try {
    const a = await aSpec.make(account, 0);
    const b = await bSpec.make(account, aSpec === bSpec ? 1 : 0);
    const { replies, how } = await startTogether(a.start, b.start, round);
    const tokens = [a.token, b.token].filter((x) => x !== undefined);
    const live = await readAccount(account.t.call, account, tokens);
    restarted = await restartTestApp(account.t);
    const afterRestart = await readAccount(restarted.call, account, tokens);
    const label = `${aSpec.name} (${replies[0].status}) racing ${bSpec.name} (${replies[1].status}), ${how}`;
    expect(restarted.warnings, `${label}: what the restart warned about`).toEqual([]);
    return { a, b, replies, label, states: { live, 'after a restart': afterRestart } };
  } finally {
    if (restarted) await restarted.close();
    else await account.t.close();
  }
}

const show = (s: AccountState) => JSON.stringify({ signsIn: [...s.signsIn], grants: s.grants });

describe('two writers of one account at once', () => {
  const pairs = [
    [PASSWORD_CHANGE, GRANT_ACCEPTANCE],
    [GRANT_ACCEPTANCE, GRANT_ACCEPTANCE],
  ];
  it.each(pairs.map(([a, b]) => [a!.name, b!.name, a!, b!] as const))(
    'keeps every acknowledged change of a %s racing a %s',
    async (_a, _b, aSpec, bSpec) => {
      for (let round = 0; round < ROUNDS_FOR_EVERY_ORDER; round++) {
        const { a, b, replies, label, states } = await race(aSpec, bSpec, round);
        for (const [when, s] of Object.entries(states)) {
          const seen = `${label}, ${when}: ${show(s)}`;
          for (const [name, w, reply] of [
            [aSpec.name, a, replies[0]],
            [bSpec.name, b, replies[1]],
          ] as const) {
            if (reply.status === w.acknowledged) {
              expect(w.holds(s), `${name} was acknowledged but is missing: ${seen}`).toBe(true);
            } else {
              expect(reply.status, `${name} answered ${JSON.stringify(reply.body)}: ${seen}`).toBe(w.refused);
              expect(w.untouched(s), `${name} was refused but left a change: ${seen}`).toBe(true);
            }
          }
          // The role the account started with is never lost either.
          expect(
            s.grants?.map((g) => g.role),
            seen,
          ).toContain('executive');
        }
      }
    },
  );

  // Both changes prove the same current password, so both may be acknowledged; the later one wins, as it
  // would one after the other. What must never happen is a mixture: the old password still working, or none.
  it('leaves exactly one acknowledged new password working when two password changes race', async () => {
    for (let round = 0; round < ROUNDS_FOR_EVERY_ORDER; round++) {
      const { replies, label, states } = await race(PASSWORD_CHANGE, PASSWORD_CHANGE, round);
      const acknowledged = NEW_PASSWORDS.filter((_, i) => replies[i]!.status === 204);
      expect(acknowledged.length, label).toBeGreaterThan(0);
      for (const [when, s] of Object.entries(states)) {
        expect(s.signsIn.size, `${label}, ${when}: ${show(s)}`).toBe(1);
        expect(acknowledged, `${label}, ${when}: ${show(s)}`).toContain([...s.signsIn][0]);
      }
    }
  });
});
