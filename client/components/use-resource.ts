import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; data: T };

/**
 * Loads data for a page and lets it reload after a change; a stale answer never overwrites a newer one. It
 * loads again whenever `key` changes (compared as React compares dependencies), keeping what it shows until
 * the new answer arrives rather than flashing "Loading…".
 */
export function useResource<T>(load: () => Promise<T>, key: unknown): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [version, setVersion] = useState(0);
  // `load` is recreated on every render; `key` says when it actually changes, so it is left out on purpose.
  /* eslint-disable react/exhaustive-effect-dependencies, react-hooks/exhaustive-deps */
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setResource({ state: 'ready', data }),
      (error: unknown) => current && setResource({ state: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [key, version]);
  /* eslint-enable react/exhaustive-effect-dependencies, react-hooks/exhaustive-deps */
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return [resource, reload];
}
