import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { COMMON_TEXT } from './common-text';
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
  if (notFound) return <p>{text.nothingHere}</p>;
  const message = isRouteErrorResponse(error)
    ? error.statusText
    : error instanceof Error
      ? error.message
      : String(error);
  return (
    <p role="alert" className="error">
      {message}
    </p>
  );
}
