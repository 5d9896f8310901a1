import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { returnPathFrom } from '../../api/login-path';
import { describeError } from '../../components/describe-error';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { TextField } from '../../components/text-field';

const TEXT = {
  title: 'Sign in',
  email: 'Email address',
  password: 'Password',
  submit: 'Sign in',
  signingIn: 'Signing in…',
  noAccount: 'No account yet? Ask an administrator of your organization for an invitation link.',
};

export default function LoginPage() {
  const [searchParams] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);
  const navigate = useNavigate();

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
    <PageFrame title={TEXT.title}>
      <form className="card" onSubmit={submit} aria-label={TEXT.title}>
        <TextField
          label={TEXT.email}
          type="email"
          value={email}
          onChange={setEmail}
          required
          autoComplete="username"
        />
        <TextField
          label={TEXT.password}
          type="password"
          value={password}
          onChange={setPassword}
          required
          autoComplete="current-password"
        />
        <FormError message={error} />
        <button type="submit" disabled={signingIn}>
          {signingIn ? TEXT.signingIn : TEXT.submit}
        </button>
      </form>
      <p className="muted">{TEXT.noAccount}</p>
    </PageFrame>
  );
}
