import { useContext, useState } from 'react';
import { Link } from 'react-router';
import { COMMON_TEXT } from './common-text';
import { useText } from './ui-language';
import { useErrorText } from './use-error-text';
import { SessionContext } from './use-session';

/** Who is signed in, with the way to their password and out; nothing on pages used without an account. */
export function AccountMenu() {
  const session = useContext(SessionContext);
  const text = useText(COMMON_TEXT);
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorText();
  if (!session) return null;

  async function signOut() {
    setError(null);
    try {
      await session!.signOut();
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <nav className="account" aria-label={text.account}>
      <span className="account-name">{session.principal.name}</span>
      <Link to="/account/password">{text.changePassword}</Link>
      <Link to="/account/tokens">{text.apiTokens}</Link>
      <button type="button" className="link" onClick={signOut}>
        {text.signOut}
      </button>
      {error && (
        <span role="alert" className="account-error">
          {error}
        </span>
      )}
    </nav>
  );
}
