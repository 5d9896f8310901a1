// A small JSON document in a file of its own, beside the records file (the mailings, the action plans):
// written as the records file is (replaceFile: temporary file, datasync, rename, directory sync), with one
// change path. A change is applied to the document at once, synchronously, so a concurrent one always sees
// it, and acknowledged when a write covering it is durable; changes arriving meanwhile share the next write,
// and a failed write puts the document back to what is on disk and refuses every change it held.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { replaceFile } from './file-io';

export interface DurableDocument<D> {
  /** The document with every change applied so far, durable or not yet. */
  readonly current: D;
  /**
   * Runs `mutate` now and resolves with its result once it is on disk (at once when it says nothing was
   * written); a throw changes nothing. Refused once closed.
   */
  change<T>(mutate: (d: D) => { result: T; write: boolean }): Promise<T>;
  /** Refuses further changes and waits for the writes under way. */
  close(): Promise<void>;
}

export interface DocumentShape<D> {
  /** The document of a new installation, with no file yet. */
  empty: () => D;
  /** Whether a parsed file is one this server wrote; `shape` names what it must hold, for the refusal. */
  isDocument: (value: unknown) => value is D;
  shape: string;
  /** Applied to every reading of the file (at the start, and after a failed write). */
  afterRead?: (d: D) => D;
}

function parse<D>(path: string, text: string, { isDocument, shape }: DocumentShape<D>): D {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `Cannot read ${path}: it is not valid JSON. Restore it from a backup; it was not changed.`,
      {
        cause: error,
      },
    );
  }
  if (!isDocument(value))
    throw new Error(`Cannot read ${path}: it has no ${shape}, so Groundwork did not write it.`);
  return value;
}

export async function openDurableDocument<D>(
  path: string,
  shape: DocumentShape<D>,
): Promise<DurableDocument<D>> {
  let written = existsSync(path) ? await readFile(path, 'utf8') : null;
  const read = (text: string | null): D => {
    const doc = text === null ? shape.empty() : parse(path, text, shape);
    return shape.afterRead ? shape.afterRead(doc) : doc;
  };
  let doc = read(written);
  let queue: { resolve: () => void; reject: (error: Error) => void }[] = [];
  let flushing: Promise<void> | null = null;
  let closed = false;

  async function flush(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue;
      queue = [];
      // Serialised before the first await: this write holds exactly the changes applied so far.
      const text = JSON.stringify(doc);
      try {
        await replaceFile(path, Buffer.from(text, 'utf8'));
        written = text;
        for (const w of batch) w.resolve();
      } catch (error) {
        const lost = [...batch, ...queue];
        queue = [];
        doc = read(written);
        for (const w of lost) w.reject(error as Error);
      }
    }
    flushing = null;
  }

  return {
    get current() {
      return doc;
    },
    change(mutate) {
      // Whatever still runs when the storage closes must not write into a directory being let go of.
      if (closed) return Promise.reject(new Error(`${path} is closed`));
      let outcome: ReturnType<typeof mutate>;
      try {
        outcome = mutate(doc);
      } catch (error) {
        return Promise.reject(error);
      }
      if (!outcome.write) return Promise.resolve(outcome.result);
      return new Promise((resolve, reject) => {
        queue.push({ resolve: () => resolve(outcome.result), reject });
        flushing ??= flush();
      });
    },
    async close() {
      closed = true;
      await flushing;
    },
  };
}
