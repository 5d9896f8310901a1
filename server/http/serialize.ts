// Runs one check-then-write at a time. Setting up the owner and accepting an invitation both check that
// something has not happened yet and then make it happen; two requests at once must not both pass the
// check. (One process holds the embedded store; a shared database would enforce this with a constraint.)

export function createSerializer() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
