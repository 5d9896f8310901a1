// Runs one check-then-write at a time. Setting up the owner and accepting an invitation both check that
// something has not happened yet and then make it happen; two requests at once must not both pass the
// check. Within a process the requests queue; across the instances sharing a database each also takes the
// storage's hold of that name (server/storage/exclusive-holds.ts), waiting for it a while if another has it.

import type { ExclusiveHolds } from '../storage/exclusive-holds';

/** How long a request waits for another instance's check-then-write before it is answered "try again". */
const WAIT_FOR_HOLD_MS = 15_000;
const RETRY_EVERY_MS = 20;

/** Another instance kept the hold past the wait: answered 503 (try again later), nothing changed. */
export class HoldTimeoutError extends Error {
  readonly code = 'HOLD_TIMEOUT';
  constructor(name: string) {
    super(`Waited too long for "${name}", held by another server instance`);
  }
}

async function takeHold(holds: ExclusiveHolds, name: string) {
  const until = Date.now() + WAIT_FOR_HOLD_MS;
  for (;;) {
    const hold = await holds.tryHold(name);
    if (hold) return hold;
    if (Date.now() >= until) throw new HoldTimeoutError(name);
    await new Promise((resolve) => setTimeout(resolve, RETRY_EVERY_MS));
  }
}

export function createSerializer(across?: { holds: ExclusiveHolds; name: string }) {
  let tail: Promise<unknown> = Promise.resolve();
  const guarded = <T>(task: () => Promise<T>) =>
    across
      ? async () => {
          const hold = await takeHold(across.holds, across.name);
          try {
            return await task();
          } finally {
            await hold.release();
          }
        }
      : task;
  return <T>(task: () => Promise<T>): Promise<T> => {
    const step = guarded(task);
    const run = tail.then(step, step);
    tail = run.catch(() => undefined);
    return run;
  };
}
