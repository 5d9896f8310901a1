import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { returnPathFrom } from '../../api/login-path';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { LoginRequest } from '../../../shared/request-schemas';
import { useText } from '../../components/ui-language';
import { ForgotPasswordForm } from './forgot-password-form';
import { LOGIN_TEXT } from './login-text';

export default function LoginPage() {
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useAction();
  const navigate = useNavigate();
  const text = useText(LOGIN_TEXT);
  const [forgot, setForgot] = useState(false);
  // The reset page sends the person here once the new password is set.
  const passwordSet = searchParams.get('reset') === 'done';

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { email, password };
    const problem = requestProblem(LoginRequest, body);
    if (problem) return signIn.fail(problem);
    void signIn.run(async () => {
      await api.signIn(body);
      navigate(returnPathFrom(searchParams.get('next')), { replace: true });
    });
  }

  return (
    <PageFrame title={text.title}>
      {passwordSet && (
        <p role="status" className="notice">
          {text.passwordSet}
        </p>
      )}
      {forgot ? (
        <ForgotPasswordForm initialEmail={email} onBack={() => setForgot(false)} />
      ) : (
        <form className="card" onSubmit={submit} aria-label={text.title}>
          <TextField
            label={text.email}
            type="email"
            value={email}
            onChange={setEmail}
            required
            autoComplete="username"
          />
          <TextField
            label={text.password}
            type="password"
            value={password}
            onChange={setPassword}
            required
            autoComplete="current-password"
          />
          <FormError error={signIn.error} />
          <div className="actions">
            <button type="submit" disabled={signIn.busy}>
              {signIn.busy ? text.signingIn : text.submit}
            </button>
            <button type="button" className="link" onClick={() => setForgot(true)}>
              {text.forgot}
            </button>
          </div>
        </form>
      )}
      <p className="muted">{text.noAccount}</p>
    </PageFrame>
  );
}
