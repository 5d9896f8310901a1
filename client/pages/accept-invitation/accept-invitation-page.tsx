import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { api, type InvitationOffer } from '../../api/client';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { ROLE_TEXT } from '../../components/role-text';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { AcceptInvitationRequest } from '../../../shared/request-schemas';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { ACCEPT_INVITATION_TEXT } from './accept-invitation-text';

export default function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const [offer] = useResource(() => api.invitation(token), token);
  const text = useText(ACCEPT_INVITATION_TEXT);
  const title = offer.state === 'ready' ? text.join(offer.data.organizationName) : text.title;
  return (
    <PageFrame title={title}>
      <ResourceView resource={offer}>{(o) => <AcceptForm token={token} offer={o} />}</ResourceView>
    </PageFrame>
  );
}

function AcceptForm({ token, offer }: { token: string; offer: InvitationOffer }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const accept = useAction();
  const navigate = useNavigate();
  const { language } = useUiLanguage();
  const text = ACCEPT_INVITATION_TEXT[language];
  const role = ROLE_TEXT[language][offer.role];

  function submit(event: FormEvent) {
    event.preventDefault();
    // An existing account keeps its own name: only the password proves it is theirs.
    const body = offer.hasAccount ? { password } : { name, password };
    const problem = requestProblem(AcceptInvitationRequest, body);
    if (problem) return accept.fail(problem);
    void accept.run(async () => {
      await api.acceptInvitation(token, body);
      navigate(`/organizations/${offer.organizationId}`, { replace: true });
    });
  }

  return (
    <>
      <p className="lead">{text.offer(role.label, role.allows)}</p>
      <p>
        {text.forEmail} <strong>{offer.email}</strong>
        {text.forEmailEnd}
      </p>
      <form className="card" onSubmit={submit} aria-label={text.submit}>
        <p>{offer.hasAccount ? text.hasAccount : text.newAccount}</p>
        {!offer.hasAccount && (
          <TextField
            label={text.name}
            value={name}
            onChange={setName}
            required
            maxLength={120}
            autoComplete="name"
          />
        )}
        <TextField
          label={offer.hasAccount ? text.password : text.newPassword}
          type="password"
          value={password}
          onChange={setPassword}
          required
          minLength={offer.hasAccount ? undefined : 12}
          maxLength={200}
          autoComplete={offer.hasAccount ? 'current-password' : 'new-password'}
          describedBy={offer.hasAccount ? undefined : 'accept-password-help'}
          hint={offer.hasAccount ? undefined : text.passwordHelp}
        />
        <FormError error={accept.error} />
        <button type="submit" disabled={accept.busy}>
          {accept.busy ? text.saving : text.submit}
        </button>
      </form>
    </>
  );
}
