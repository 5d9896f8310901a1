// A bound on how long a test waits for work that might hang, so that a hang fails the test that found it
// rather than only ending the whole run at its timeout.

/** `work`, or a rejection once it has not settled in `ms`. */
export function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
