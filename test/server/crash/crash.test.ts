// The crash suite: rounds of SIGKILL at a random moment while submissions through personal and shared links,
// a staff import, campaign renames and a password change are in flight (crash-round.ts). After each restart
// every acknowledged response and change is there exactly once, nobody is locked out without an answer,
// the tracking figures equal a recount of the stored data, and the records file and people files read.
// CRASH_ROUNDS and CRASH_SEED choose how many rounds and which; `npm run bench` runs more of them, larger.

import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, runCrashRound, TEST_SIZE, type Leftovers, type RoundResult } from './crash-round';
import { addUp, describeRound, describeTotals } from './crash-summary';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 5);
const SEED = Number(process.env.CRASH_SEED ?? 9);

const leftovers: Leftovers = { servers: [], dirs: [] };
afterEach(() => cleanUp(leftovers));

describe('kill -9 under load', () => {
  it(
    `loses no acknowledged response or change, locks nobody out and counts nobody twice in ${ROUNDS} rounds`,
    async () => {
      const results: RoundResult[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const result = await runCrashRound(SEED, round, TEST_SIZE, leftovers);
        results.push(result);
        console.log(describeRound(result));
      }
      const totals = addUp(results);
      console.log(describeTotals(totals));
      expect(results.flatMap((r) => r.problems.map((p) => `round ${r.round}: ${p}`))).toEqual([]);
      expect(totals).toMatchObject({ lockedOut: 0, countedTwice: 0, lostResponses: 0, lostChanges: 0 });
      // The rounds must have tested something: most kills land while requests are in flight.
      expect(totals.acknowledged).toBeGreaterThan(0);
      expect(totals.killedMidBurst).toBeGreaterThan(0);
    },
    ROUNDS * 60_000,
  );
});
