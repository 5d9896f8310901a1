import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { COMMON_TEXT } from './common-text';
import { FormError } from './form-error';
import { PageFrame } from './page-frame';
import { useText } from './ui-language';

/** Shown when a page fails to render or load: the reason, and a way back. */
export function PageError({ notFound = false }: { notFound?: boolean }) {
  const text = useText(COMMON_TEXT);
  return (
    <PageFrame title={notFound ? text.pageNotFound : text.somethingWentWrong}>
      <ErrorDetail notFound={notFound} />
      <p>
        <Link to="/">{text.backToStart}</Link>
      </p>
    </PageFrame>
  );
}

function ErrorDetail({ notFound }: { notFound: boolean }) {
  const error = useRouteError();
  const text = useText(COMMON_TEXT);
  if (notFound || (isRouteErrorResponse(error) && error.status === 404)) return <p>{text.nothingHere}</p>;
  // A route's own refusal (its status and text) has no code; a thrown failure is worded by errorText.
  return (
    <FormError
      error={
        isRouteErrorResponse(error) ? { code: 'server.status', params: { status: error.status } } : error
      }
    />
  );
}
