// The lowdb document holding the small, mutable records, and the one path every change to it takes.
// A change is applied to the current state synchronously (so no other change can interleave with its
// read-modify-write) and acknowledged only once a write that covers it is on stable storage; changes that
// arrive while a write is in flight share the next one (group commit). A failed write undoes every change
// that was not yet durable and rejects it, so memory never holds what the disk lost.

import { Low } from 'lowdb';
import { DurableJsonFile } from './durable-json-file';
import { emptyRecords, type Records } from './records';

export interface RecordsFile {
  /** The current state, changes in flight included. Read it freely; change it only inside `change`. */
  readonly data: Records;
  /**
   * Runs `mutate` on the current state and resolves with its result once the change is durable. `mutate`
   * must be synchronous and must throw before it changes anything: a refusal then changes nothing.
   */
  change<T>(mutate: (data: Records) => T): Promise<T>;
  /** Called after a failed write put the state back to what is on disk, so caches built on it are dropped. */
  onReset(listener: () => void): void;
  /** Waits for the writes in flight. */
  close(): Promise<void>;
}

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Opens the records file, or starts an empty one when `isNew` (the caller has checked the directory). */
export async function openRecordsFile(path: string, isNew: boolean): Promise<RecordsFile> {
  const file = new DurableJsonFile(path);
  const db = new Low<Records>(file, emptyRecords());
  if (isNew) {
    await db.write();
  } else {
    // DurableJsonFile.read refuses a file it did not write, naming the file and what is wrong with it.
    await db.read();
  }
  const resetListeners: (() => void)[] = [];
  let queue: Waiter[] = [];
  let flushing: Promise<void> | null = null;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      try {
        // lowdb hands the data to the adapter before its first await: this batch holds exactly the changes
        // applied so far, and changes applied while it is written wait for the next one.
        await db.write();
        for (const w of batch) w.resolve();
      } catch (error) {
        // Later changes were applied on top of the lost ones and cannot be kept without them.
        const lost = [...batch, ...queue];
        queue = [];
        db.data = file.lastWritten();
        for (const listener of resetListeners) listener();
        for (const w of lost) w.reject(error as Error);
      }
    }
    flushing = null;
  }

  return {
    get data() {
      return db.data;
    },
    change(mutate) {
      let result: ReturnType<typeof mutate>;
      try {
        result = mutate(db.data);
      } catch (error) {
        return Promise.reject(error);
      }
      return new Promise((resolve, reject) => {
        queue.push({ resolve: () => resolve(result), reject });
        flushing ??= flush();
      });
    },
    onReset(listener) {
      resetListeners.push(listener);
    },
    async close() {
      await flushing;
    },
  };
}
