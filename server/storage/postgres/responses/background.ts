// Work a request starts but does not wait for (folding after a submission, vacuuming), kept track of so that
// closing the storage waits for it rather than cutting it off; a failure is only warned about, since the
// next fold or the next read does it again.

export interface Background {
  run(what: string, work: () => Promise<unknown>): void;
  /** Waits for everything started, and starts nothing more. */
  close(): Promise<void>;
}

export function background(warn: (message: string) => void): Background {
  const running = new Set<Promise<void>>();
  let closed = false;
  return {
    run(what, work) {
      if (closed) return;
      const done: Promise<void> = work()
        .then(
          () => undefined,
          (error: unknown) => warn(`${what} failed (done again later): ${(error as Error).message}`),
        )
        .finally(() => running.delete(done));
      running.add(done);
    },
    async close() {
      closed = true;
      while (running.size > 0) await Promise.all(running);
    },
  };
}
