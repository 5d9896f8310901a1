import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { PageFrame } from './page-frame';

/** Shown when a page fails to render or load: the reason, and a way back. */
export function PageError({ notFound = false }: { notFound?: boolean }) {
  return (
    <PageFrame title={notFound ? 'Page not found' : 'Something went wrong'}>
      <ErrorDetail notFound={notFound} />
      <p>
        <Link to="/">Back to the start page</Link>
      </p>
    </PageFrame>
  );
}

function ErrorDetail({ notFound }: { notFound: boolean }) {
  const error = useRouteError();
  if (notFound) return <p>There is nothing at this address.</p>;
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
