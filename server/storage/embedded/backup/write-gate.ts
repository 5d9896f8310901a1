// The gate every change to an embedded data directory's files passes through, so that a backup taken while
// the server runs can see all of them as of one instant. A change here is one step that makes a file say
// something new: an append of a batch of lines, the rename that puts a rewritten file in place, an
// overwrite of slots in a marks file, a deletion. Temporary files (`*.tmp`, `*.rewrite`) are written
// outside the gate: a start deletes them, and a backup leaves them out.
//
// `holdChanges(dir)` lets the changes under way in `dir` finish and keeps new ones waiting until it is
// released. While held, the files are exactly what a crash at that moment would have left (every step the
// store takes is one a crash may stop after), and a start recovers from that as from any crash: that is
// the consistency a backup gets. Changes wait rather than fail, so a submission held for a moment is only
// slower. Gated steps must not nest (a step waiting inside another would wait for its own hold).

import { resolve, sep } from 'node:path';

interface Hold {
  dir: string;
  released: Promise<void>;
}

const holds = new Set<Hold>();
const active = new Set<{ path: string }>();
/** Holds waiting for the changes under way to finish; told after each one. */
const waiting = new Set<() => void>();

const within = (dir: string, path: string) => path === dir || path.startsWith(dir + sep);

/** Runs one change to the file at `path`, after any hold on its directory is released. */
export async function gatedChange<T>(path: string, change: () => Promise<T> | T): Promise<T> {
  const absolute = resolve(path);
  for (;;) {
    const hold = [...holds].find((h) => within(h.dir, absolute));
    if (hold === undefined) break;
    await hold.released;
  }
  const entry = { path: absolute };
  active.add(entry);
  try {
    return await change();
  } finally {
    active.delete(entry);
    // Each hold told removes itself from the set, which a Set's iteration allows.
    for (const tell of waiting) tell();
  }
}

/**
 * Keeps every new change to files under `dir` waiting, once the ones under way have finished; resolves with
 * the function that lets them go on. Release it promptly: submissions wait meanwhile.
 */
export async function holdChanges(dir: string): Promise<() => void> {
  const absolute = resolve(dir);
  let release!: () => void;
  const hold: Hold = { dir: absolute, released: new Promise<void>((r) => (release = r)) };
  holds.add(hold);
  while ([...active].some((a) => within(absolute, a.path))) {
    await new Promise<void>((told) => {
      const tell = () => {
        waiting.delete(tell);
        told();
      };
      waiting.add(tell);
    });
  }
  return () => {
    holds.delete(hold);
    release();
  };
}
