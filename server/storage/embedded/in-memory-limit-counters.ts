// The limit counts of the embedded storage: in this process's memory, since one process serves a data
// directory. Memory is bounded per scope: records are re-inserted as they change, so each Map runs oldest
// first; finished ones are dropped from the front, and while a flood from many addresses keeps a Map full,
// the oldest live ones go too (their limit starts afresh, which is the price of the bound).

import type { SignInAttempts } from '../../domain/access/sign-in-delay';
import type { LimitCounters, WindowCount } from '../limit-counters';

/** The most keys remembered per scope (and for the sign-in attempts). */
export const MAX_TRACKED = 10_000;

interface Window extends WindowCount {
  windowMs: number;
}

interface Attempts extends SignInAttempts {
  forgetAfterMs: number;
}

/** Drops from the front of `map` what `isOver` says is over, and live ones too while the map is full. */
function trim<V>(map: Map<string, V>, maxTracked: number, isOver: (value: V) => boolean) {
  for (const [k, v] of map) {
    if (!isOver(v) && map.size < maxTracked) break;
    map.delete(k);
  }
}

export function createInMemoryLimitCounters({ maxTracked = MAX_TRACKED } = {}): LimitCounters {
  const scopes = new Map<string, Map<string, Window>>();
  const attempts = new Map<string, Attempts>();
  const windowsOf = (scope: string) => {
    let windows = scopes.get(scope);
    if (!windows) scopes.set(scope, (windows = new Map()));
    return windows;
  };
  const isLive = (w: Window | undefined, now: number): w is Window =>
    w !== undefined && now - w.windowStart < w.windowMs;

  return {
    async hit(scope, key, windowMs, now) {
      const windows = windowsOf(scope);
      let window = windows.get(key);
      if (!isLive(window, now)) {
        windows.delete(key);
        trim(windows, maxTracked, (w) => !isLive(w, now));
        window = { windowStart: now, count: 0, windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, windowStart: window.windowStart };
    },
    async peek(scope, key, _windowMs, now) {
      const window = scopes.get(scope)?.get(key);
      return isLive(window, now)
        ? { count: window.count, windowStart: window.windowStart }
        : { count: 0, windowStart: now };
    },
    async changeAttempts(key, forgetAfterMs, now, change) {
      const stored = attempts.get(key);
      const current =
        stored && now - stored.lastAt < stored.forgetAfterMs
          ? { count: stored.count, lastAt: stored.lastAt }
          : undefined;
      const { next, result } = change(current);
      if (next === null) attempts.delete(key);
      else if (next !== undefined) {
        attempts.delete(key);
        trim(attempts, maxTracked, (a) => now - a.lastAt >= a.forgetAfterMs);
        attempts.set(key, { count: next.count, lastAt: next.lastAt, forgetAfterMs });
      }
      return result;
    },
  };
}
