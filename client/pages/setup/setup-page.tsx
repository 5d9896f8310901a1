import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { ResourceView } from '../../components/resource-view';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { SetupRequest } from '../../../shared/request-schemas';
import { useText } from '../../components/ui-language';
import { useResource } from '../../components/use-resource';
import { SETUP_TEXT } from './setup-text';

export default function SetupPage() {
  const [status] = useResource(() => api.setupStatus(), 'setup');
  const text = useText(SETUP_TEXT);
  return (
    <PageFrame title={text.title}>
      <ResourceView resource={status}>
        {({ needsOwner }) =>
          needsOwner ? (
            <OwnerForm />
          ) : (
            <p>
              {text.done} <Link to="/login">{text.signIn}</Link>
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
  const create = useAction();
  const navigate = useNavigate();
  const text = useText(SETUP_TEXT);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { name, email, password };
    const problem = requestProblem(SetupRequest, body);
    if (problem) return create.fail(problem);
    void create.run(async () => {
      await api.createOwner(body);
      navigate('/', { replace: true });
    });
  }

  return (
    <>
      <p className="lead">{text.lead}</p>
      <form className="card" onSubmit={submit} aria-labelledby="owner-heading">
        <h2 id="owner-heading">{text.heading}</h2>
        <TextField
          label={text.name}
          value={name}
          onChange={setName}
          required
          maxLength={120}
          autoComplete="name"
        />
        <TextField
          label={text.email}
          type="email"
          value={email}
          onChange={setEmail}
          required
          autoComplete="email"
        />
        <TextField
          label={text.password}
          type="password"
          value={password}
          onChange={setPassword}
          required
          minLength={12}
          maxLength={200}
          autoComplete="new-password"
          describedBy="owner-password-help"
          hint={text.passwordHelp}
        />
        <FormError error={create.error} />
        <button type="submit" disabled={create.busy}>
          {create.busy ? text.saving : text.submit}
        </button>
      </form>
    </>
  );
}
