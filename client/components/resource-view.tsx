import type { ReactNode } from 'react';
import type { Resource } from './use-resource';

/** Renders a loading line, the server's explanation of a failure, or the content once the data is there. */
export function ResourceView<T>({
  resource,
  children,
}: {
  resource: Resource<T>;
  children: (data: T) => ReactNode;
}) {
  if (resource.state === 'loading') return <p aria-live="polite">Loading…</p>;
  if (resource.state === 'failed') {
    return (
      <p role="alert" className="error">
        {resource.error.message}
      </p>
    );
  }
  return <>{children(resource.data)}</>;
}
