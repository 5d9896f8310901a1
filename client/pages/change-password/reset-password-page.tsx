import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { useText } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { MIN_PASSWORD_LENGTH } from '../../../shared/request-schemas';
import { RESET_PASSWORD_TEXT } from './reset-password-text';

/** Where a reset link leads: choose a new password, then sign in with it. */
export default function ResetPasswordPage() {
  const { token = '' } = useParams();
  const [offer] = useResource(() => api.passwordReset(token), token);
  const text = useText(RESET_PASSWORD_TEXT);
  return (
    <PageFrame title={text.title}>
      <ResourceView resource={offer}>{({ email }) => <ResetForm token={token} email={email} />}</ResourceView>
      {offer.state === 'failed' && (
        <p>
          <Link to="/login">{text.askAgain}</Link>
        </p>
      )}
    </PageFrame>
  );
}

function ResetForm({ token, email }: { token: string; email: string }) {
  const [password, setPassword] = useState('');
  const reset = useAction();
  const navigate = useNavigate();
  const text = useText(RESET_PASSWORD_TEXT);

  function submit(event: FormEvent) {
    event.preventDefault();
    void reset.run(async () => {
      await api.resetPassword(token, password);
      navigate('/login?reset=done', { replace: true });
    });
  }

  return (
    <form className="card" onSubmit={submit} aria-label={text.title}>
      <p>{text.forAccount(email)}</p>
      {/* Lets a password manager file the new password under the right account. */}
      <input type="hidden" autoComplete="username" value={email} readOnly />
      <TextField
        label={text.next}
        type="password"
        value={password}
        onChange={setPassword}
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={200}
        autoComplete="new-password"
        describedBy="reset-password-help"
        hint={text.nextHelp}
      />
      <FormError error={reset.error} />
      <button type="submit" disabled={reset.busy}>
        {reset.busy ? text.saving : text.submit}
      </button>
    </form>
  );
}
