/**
 * Tells whoever watches a workshop that it changed, with its new version. Embedded storage fans the news out
 * within the process once a change is durable; a storage shared by several processes can carry it between
 * them (a database's notifications) behind the same two calls.
 */
export interface WorkshopEvents {
  /** Called after a change of the workshop is durable. */
  publish(workshopId: string, version: number): void;
  /** Calls `listener` with each new version of the workshop until the returned function is called. */
  subscribe(workshopId: string, listener: (version: number) => void): () => void;
}

/**
 * The in-process fan-out: listeners per workshop, each called in turn; one that throws stops no other.
 * `watched` names the workshops someone listens to now (a storage shared by processes catches them up after
 * its link to the others was cut).
 */
export function createInProcessWorkshopEvents(
  onError: (error: unknown) => void = () => undefined,
): WorkshopEvents & { watched(): string[] } {
  const listeners = new Map<string, Set<(version: number) => void>>();
  return {
    publish(workshopId, version) {
      for (const listener of listeners.get(workshopId) ?? []) {
        try {
          listener(version);
        } catch (error) {
          onError(error);
        }
      }
    },
    subscribe(workshopId, listener) {
      let set = listeners.get(workshopId);
      if (!set) listeners.set(workshopId, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0 && listeners.get(workshopId) === set) listeners.delete(workshopId);
      };
    },
    watched: () => [...listeners.keys()],
  };
}
