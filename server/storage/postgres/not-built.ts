// Placeholder for a part of the PostgreSQL storage still being written: any use throws, saying which.
// Removed once every part exists.

export function notBuilt<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get(_target, property) {
      if (property === 'then') return undefined;
      return () => {
        throw new Error(`PostgreSQL ${name}.${String(property)} is not built yet`);
      };
    },
  });
}
