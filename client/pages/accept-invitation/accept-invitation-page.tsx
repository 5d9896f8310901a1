import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, type InvitationOffer } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { ROLE_TEXT } from '../../components/role-text';
import { TextField } from '../../components/text-field';
import { useResource } from '../../components/use-resource';

const TEXT = {
  title: 'Invitation',
  join: (organization: string) => `Join ${organization}`,
  offer: (role: string, allows: string) => `You are invited as ${role}: you will be able to ${allows}.`,
  forEmail: 'The invitation is for',
  hasAccount:
    'You already have an account with this address. Enter its password to add this role to it; everything else stays as it is.',
  newAccount: 'Choose your name as others will see it and a password, and you are signed in.',
  name: 'Your name',
  password: 'Password',
  newPassword: 'Choose a password',
  passwordHelp: 'At least 12 characters.',
  submit: 'Accept and sign in',
  saving: 'Signing in…',
};

export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const [offer] = useResource(() => api.invitation(token), token);
  const title = offer.state === 'ready' ? TEXT.join(offer.data.organizationName) : TEXT.title;
  return (
    <PageFrame title={title}>
      <ResourceView resource={offer}>{(o) => <AcceptForm token={token} offer={o} />}</ResourceView>
    </PageFrame>
  );
}

function AcceptForm({ token, offer }: { token: string; offer: InvitationOffer }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const navigate = useNavigate();
  const role = ROLE_TEXT[offer.role];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      // An existing account keeps its own name: only the password proves it is theirs.
      await api.acceptInvitation(token, offer.hasAccount ? { password } : { name, password });
      navigate(`/organizations/${offer.organizationId}`, { replace: true });
    } catch (e) {
      setError(describeError(e));
      setSaving(false);
    }
  }

  return (
    <>
      <p className="lead">{TEXT.offer(role.label, role.allows)}</p>
      <p>
        {TEXT.forEmail} <strong>{offer.email}</strong>.
      </p>
      <form className="card" onSubmit={submit} aria-label={TEXT.submit}>
        <p>{offer.hasAccount ? TEXT.hasAccount : TEXT.newAccount}</p>
        {!offer.hasAccount && (
          <TextField
            label={TEXT.name}
            value={name}
            onChange={setName}
            required
            maxLength={120}
            autoComplete="name"
          />
        )}
        <TextField
          label={offer.hasAccount ? TEXT.password : TEXT.newPassword}
          type="password"
          value={password}
          onChange={setPassword}
          required
          minLength={offer.hasAccount ? undefined : 12}
          maxLength={200}
          autoComplete={offer.hasAccount ? 'current-password' : 'new-password'}
          describedBy={offer.hasAccount ? undefined : 'accept-password-help'}
          hint={offer.hasAccount ? undefined : TEXT.passwordHelp}
        />
        <FormError message={error} />
        <button type="submit" disabled={saving}>
          {saving ? TEXT.saving : TEXT.submit}
        </button>
      </form>
    </>
  );
}
