// Work that must run in one place at a time across every server instance, such as a campaign's mailing: an
// in-process flag stops two presses on one instance, but two instances each have their own.

/** A hold taken. */
export interface Hold {
  /** Gives it up; a second call does nothing. */
  release(): Promise<void>;
  /** Whether it ended without being released (its connection to the database failed): stop what it guards. */
  lost(): boolean;
}

export interface ExclusiveHolds {
  /**
   * Takes the hold named `name` unless it is held already, by this instance or another; null when it is.
   * A hold ends with the instance holding it (a crash included), never later.
   */
  tryHold(name: string): Promise<Hold | null>;
}

/** Holds of one process: what the embedded storage, which one process serves, needs. */
export function createInProcessHolds(): ExclusiveHolds {
  const held = new Set<string>();
  return {
    async tryHold(name) {
      if (held.has(name)) return null;
      held.add(name);
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          held.delete(name);
        },
        lost: () => false,
      };
    },
  };
}
