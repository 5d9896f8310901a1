// The crash suite at a larger size (test/server/crash/): rounds of SIGKILL under load, each followed by a
// restart, the retries of everyone left without an acknowledgement, and a recount. Prints the figures the
// integrity target is stated in; asserts nothing.

import {
  cleanUp,
  runCrashRound,
  type Leftovers,
  type RoundResult,
  type RoundSize,
} from '../server/crash/crash-round';
import { addUp, describeRound, describeTotals } from '../server/crash/crash-summary';

export async function benchCrash(options: { rounds: number; seed: number; size: RoundSize }): Promise<void> {
  const { rounds, seed, size } = options;
  console.log(
    `\nCrash rounds (seed ${seed}): ${size.staffPerDepartment * 4} personal links and ${size.shared} shared ` +
      `submissions at 32 at a time, with a ${size.importSize}-person import, campaign renames and a password ` +
      `change in flight; SIGKILL at a random moment, restart, retry the unacknowledged with their keys, recount.`,
  );
  const leftovers: Leftovers = { servers: [], dirs: [] };
  const results: RoundResult[] = [];
  const started = performance.now();
  try {
    for (let round = 0; round < rounds; round++) {
      const result = await runCrashRound(seed, round, size, leftovers);
      results.push(result);
      console.log(describeRound(result));
    }
  } finally {
    await cleanUp(leftovers);
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`${describeTotals(addUp(results))}; ${seconds.toFixed(0)} s`);
}
