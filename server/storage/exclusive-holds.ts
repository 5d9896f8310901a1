// Work that must run in one place at a time across every server instance, such as a campaign's mailing: an
// in-process flag stops two presses on one instance, but two instances each have their own.

export interface ExclusiveHolds {
  /**
   * Takes the hold named `name` unless it is held already, by this instance or another: the function that
   * releases it, else null. A hold ends with the instance holding it (a crash included), never later.
   */
  tryHold(name: string): Promise<(() => Promise<void>) | null>;
}

/** Holds of one process: what the embedded storage, which one process serves, needs. */
export function createInProcessHolds(): ExclusiveHolds {
  const held = new Set<string>();
  return {
    async tryHold(name) {
      if (held.has(name)) return null;
      held.add(name);
      let released = false;
      return async () => {
        if (released) return;
        released = true;
        held.delete(name);
      };
    },
  };
}
