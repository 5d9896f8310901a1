// An order that is shuffled but the same every run, so that a test about order (answering in an order other
// than the list's) fails or passes the same way each time.

/** `items` shuffled by a small linear congruential generator started at `seed`. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
