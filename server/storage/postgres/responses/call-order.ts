// Within one instance, work on the same departments enters the database in the order it was asked for: a
// staff list imported, codes issued and a shared-link answer submitted at once are checked one after another
// as called, as the embedded storage does. Only an ordering of this process's own calls, never a cache: across
// instances the departments' advisory locks (advisory-locks.ts) are what keeps the checks and changes apart.

export interface CallOrder {
  /** Runs `work` once every earlier call naming any of `names` has settled. */
  run<T>(names: readonly string[], work: () => Promise<T>): Promise<T>;
}

export function callOrder(): CallOrder {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(names, work) {
      const unique = [...new Set(names)];
      const before = unique.map((n) => tails.get(n)).filter((p) => p !== undefined);
      const result = Promise.all(before.map((p) => p.catch(() => undefined))).then(work);
      const settled = result.catch(() => undefined);
      for (const n of unique) tails.set(n, settled);
      void settled.then(() => {
        for (const n of unique) if (tails.get(n) === settled) tails.delete(n);
      });
      return result;
    },
  };
}
