import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  { state: 'loading' } | { state: 'failed'; error: Error } | { state: 'ready'; data: T };

/** Loads data for a page and lets it reload after a change; a stale answer never overwrites a newer one. */
export function useResource<T>(load: () => Promise<T>, key: string): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setResource({ state: 'ready', data }),
      (error: Error) => current && setResource({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // `load` is recreated on every render; `key` says when it actually changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [resource, reload];
}
