import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { COMMON_TEXT } from './common-text';
import { useText } from './ui-language';
import type { Resource } from './use-resource';

/**
 * Renders a loading line, the server's explanation of a failure, or the content once the data is there.
 * `notFound` replaces the server's terse 404, which is also what a reader without a role there gets.
 */
export function ResourceView<T>({
  resource,
  notFound,
  children,
}: {
  resource: Resource<T>;
  notFound?: string;
  children: (data: T) => ReactNode;
}) {
  const text = useText(COMMON_TEXT);
  if (resource.state === 'loading') return <p aria-live="polite">{text.loading}</p>;
  if (resource.state === 'failed') {
    const isNotFound = resource.error instanceof ApiError && resource.error.problem.status === 404;
    return (
      <p role="alert" className="error">
        {isNotFound && notFound ? notFound : resource.error.message}
      </p>
    );
  }
  return <>{children(resource.data)}</>;
}
