import type { ReactNode } from 'react';
import type { Language } from '../../shared/languages';
import { ApiError } from '../api/client';
import { COMMON_TEXT } from './common-text';
import { errorText } from './error-text';
import { useUiLanguage } from './ui-language';
import type { Resource } from './use-resource';

/**
 * Renders a loading line, the failure in the reader's words, or the content once the data is there.
 * `notFound` replaces the server's terse 404, which is also what a reader without a role there gets;
 * `language` is for a page that speaks its own rather than the interface's (the survey).
 */
export function ResourceView<T>({
  resource,
  notFound,
  language,
  children,
}: {
  resource: Resource<T>;
  notFound?: string;
  language?: Language;
  children: (data: T) => ReactNode;
}) {
  const ui = useUiLanguage();
  const reader = language ?? ui.language;
  if (resource.state === 'loading') return <p aria-live="polite">{COMMON_TEXT[reader].loading}</p>;
  if (resource.state === 'failed') {
    const isNotFound = resource.error instanceof ApiError && resource.error.problem.status === 404;
    return (
      <p role="alert" className="error">
        {isNotFound && notFound ? notFound : errorText(resource.error, reader)}
      </p>
    );
  }
  return <>{children(resource.data)}</>;
}
