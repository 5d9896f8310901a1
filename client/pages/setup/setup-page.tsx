import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { TextField } from '../../components/text-field';
import { useResource } from '../../components/use-resource';

const TEXT = {
  title: 'Welcome to Groundwork',
  lead: 'Create the owner account first. The owner sets up organizations and invites everyone else, each with a role in one organization.',
  done: 'Groundwork is set up already.',
  signIn: 'Sign in',
  heading: 'Owner account',
  name: 'Your name',
  email: 'Email address',
  password: 'Password',
  passwordHelp: 'At least 12 characters. A few unrelated words are easy to remember and hard to guess.',
  submit: 'Create the owner account',
  saving: 'Creating…',
};

export default function SetupPage() {
  const [status] = useResource(() => api.setupStatus(), 'setup');
  return (
    <PageFrame title={TEXT.title}>
      <ResourceView resource={status}>
        {({ needsOwner }) =>
          needsOwner ? (
            <OwnerForm />
          ) : (
            <p>
              {TEXT.done} <Link to="/login">{TEXT.signIn}</Link>
            </p>
          )
        }
      </ResourceView>
    </PageFrame>
  );
}

function OwnerForm() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const navigate = useNavigate();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await api.createOwner({ name, email, password });
      navigate('/', { replace: true });
    } catch (e) {
      setError(describeError(e));
      setSaving(false);
    }
  }

  return (
    <>
      <p className="lead">{TEXT.lead}</p>
      <form className="card" onSubmit={submit} aria-labelledby="owner-heading">
        <h2 id="owner-heading">{TEXT.heading}</h2>
        <TextField
          label={TEXT.name}
          value={name}
          onChange={setName}
          required
          maxLength={120}
          autoComplete="name"
        />
        <TextField
          label={TEXT.email}
          type="email"
          value={email}
          onChange={setEmail}
          required
          autoComplete="email"
        />
        <TextField
          label={TEXT.password}
          type="password"
          value={password}
          onChange={setPassword}
          required
          minLength={12}
          maxLength={200}
          autoComplete="new-password"
          describedBy="owner-password-help"
          hint={TEXT.passwordHelp}
        />
        <FormError message={error} />
        <button type="submit" disabled={saving}>
          {saving ? TEXT.saving : TEXT.submit}
        </button>
      </form>
    </>
  );
}
