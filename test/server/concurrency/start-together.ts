// Starts two requests together, in the arrival order and spacing a round asks for. Four rounds give every
// combination: either writer first, and the second arriving with it or one turn of the event loop later,
// when the first is mid-flight (its list parsed, its password being hashed, its write under way).

import type { Reply } from '../../fixtures/test-app';

export const ROUNDS_FOR_EVERY_ORDER = 4;

export async function startTogether(
  a: () => Promise<Reply>,
  b: () => Promise<Reply>,
  round: number,
): Promise<{ replies: [Reply, Reply]; how: string }> {
  const aFirst = Math.floor(round / 2) % 2 === 0;
  const lagged = (Math.floor(round / 2) + round) % 2 === 1;
  const [first, second] = aFirst ? [a, b] : [b, a];
  const [one, two] = await Promise.all([
    first(),
    lagged ? new Promise((resolve) => setImmediate(resolve)).then(second) : second(),
  ]);
  return {
    replies: aFirst ? [one, two] : [two, one],
    how: `${aFirst ? 'first' : 'second'} to arrive${lagged ? ', one turn apart' : ', at once'}`,
  };
}

/**
 * Starts `a`, then `b` once `ticks` microtasks have passed: swept over a range of ticks, `b` arrives at every
 * step of `a`'s request, including the gaps between its reads and its write that no event-loop turn shows.
 */
export function startAfterTicks(ticks: number): typeof startTogether {
  return async (a, b) => {
    const later = async () => {
      for (let i = 0; i < ticks; i++) await Promise.resolve();
      return b();
    };
    const replies = await Promise.all([a(), later()]);
    return { replies, how: `second to arrive, ${ticks} microtasks after the first` };
  };
}
