import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { returnPathFrom } from '../../api/login-path';
import { describeError } from '../../components/describe-error';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { LOGIN_TEXT } from './login-text';

export default function LoginPage() {
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const navigate = useNavigate();
  const text = useText(LOGIN_TEXT);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSigningIn(true);
    setError(null);
    try {
      await api.signIn({ email, password });
      navigate(returnPathFrom(searchParams.get('next')), { replace: true });
    } catch (e) {
      setError(describeError(e));
      setSigningIn(false);
    }
  }

  return (
    <PageFrame title={text.title}>
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
        <FormError message={error} />
        <button type="submit" disabled={signingIn}>
          {signingIn ? text.signingIn : text.submit}
        </button>
      </form>
      <p className="muted">{text.noAccount}</p>
    </PageFrame>
  );
}
