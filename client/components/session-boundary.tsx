import { useEffect, useMemo, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { api, ApiError, type Principal } from '../api/client';
import { loginPath } from '../api/login-path';
import { COMMON_TEXT } from './common-text';
import { FormError } from './form-error';
import { PageFrame } from './page-frame';
import { PageLoading } from './page-loading';
import { useText } from './ui-language';
import { SessionContext, type Session } from './use-session';

type State =
  { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; principal: Principal };

/**
 * The pages that need an account: asks once who is signed in, and sends a stranger to sign in (or, on a
 * server with no account yet, to create the owner) before any page asks for data of its own.
 */
export function SessionBoundary() {
  const [state, setState] = useState<State>({ state: 'loading' });
  const navigate = useNavigate();
  const location = useLocation();
  const text = useText(COMMON_TEXT);

  // Asked once per visit to the signed-in pages: moving between them keeps the answer, so it depends on
  // nothing on purpose.
  /* eslint-disable react/exhaustive-effect-dependencies, react-hooks/exhaustive-deps */
  useEffect(() => {
    let current = true;
    const returnTo = location.pathname + location.search;
    // The public setup status says first whether anyone is signed in, so a stranger's first visit asks
    // nothing that answers 401 (which the browser would log as an error in the console).
    const signIn = (needsOwner: boolean) => {
      if (current) navigate(needsOwner ? '/setup' : loginPath(returnTo), { replace: true });
    };
    api
      .setupStatus()
      .then(async ({ needsOwner, signedIn }) => {
        if (!signedIn) return signIn(needsOwner);
        const principal = await api.session();
        if (current) setState({ state: 'ready', principal });
      })
      .catch((error: unknown) => {
        // The session ended between the two questions.
        if (error instanceof ApiError && error.problem.status === 401) return signIn(false);
        if (current) setState({ state: 'failed', error });
      });
    return () => {
      current = false;
    };
  }, []);
  /* eslint-enable react/exhaustive-effect-dependencies, react-hooks/exhaustive-deps */

  const session = useMemo<Session | null>(
    () =>
      state.state === 'ready'
        ? {
            principal: state.principal,
            signOut: async () => {
              await api.signOut();
              navigate('/login', { replace: true });
            },
          }
        : null,
    [state, navigate],
  );

  if (state.state === 'failed') {
    return (
      <PageFrame title={text.somethingWentWrong}>
        <FormError error={state.error} />
      </PageFrame>
    );
  }
  if (!session) return <PageLoading />;
  return (
    <SessionContext.Provider value={session}>
      <Outlet />
    </SessionContext.Provider>
  );
}
