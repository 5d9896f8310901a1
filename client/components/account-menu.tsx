import { useContext } from 'react';
import { Link } from 'react-router';
import { COMMON_TEXT } from './common-text';
import { errorText } from './error-text';
import { useText, useUiLanguage } from './ui-language';
import { useAction } from './use-action';
import { SessionContext } from './use-session';

/** Who is signed in, with the way to their password and out; nothing on pages used without an account. */
export function AccountMenu() {
  const session = useContext(SessionContext);
  const text = useText(COMMON_TEXT);
  const { language } = useUiLanguage();
  const signOut = useAction();
  if (!session) return null;

  return (
    <nav className="account" aria-label={text.account}>
      <span className="account-name">{session.principal.name}</span>
      <Link to="/account/password">{text.changePassword}</Link>
      <Link to="/account/tokens">{text.apiTokens}</Link>
      <button type="button" className="link" onClick={() => void signOut.run(session.signOut)}>
        {text.signOut}
      </button>
      {signOut.error !== null && (
        <span role="alert" className="account-error">
          {errorText(signOut.error, language)}
        </span>
      )}
    </nav>
  );
}
