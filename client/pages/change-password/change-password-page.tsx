import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { requestProblem } from '../../components/check-request';
import { ChangePasswordRequest } from '../../../shared/request-schemas';
import { useText } from '../../components/ui-language';
import { useSession } from '../../components/use-session';
import { CHANGE_PASSWORD_TEXT } from './change-password-text';

export default function ChangePasswordPage() {
  const { principal } = useSession();
  const text = useText(CHANGE_PASSWORD_TEXT);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const change = useAction();
  const endOthers = useAction();

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { currentPassword, newPassword };
    const problem = requestProblem(ChangePasswordRequest, body);
    if (problem) return change.fail(problem);
    void change.run(async () => {
      await api.changePassword(body);
      setCurrentPassword('');
      setNewPassword('');
    });
  }

  return (
    <PageFrame title={text.title}>
      <p>{text.signedInAs(principal.name, principal.email)}</p>
      <form className="card" onSubmit={submit} aria-label={text.title}>
        {/* Lets a password manager file the new password under the right account. */}
        <input type="hidden" autoComplete="username" value={principal.email} readOnly />
        <TextField
          label={text.current}
          type="password"
          value={currentPassword}
          onChange={setCurrentPassword}
          required
          autoComplete="current-password"
        />
        <TextField
          label={text.next}
          type="password"
          value={newPassword}
          onChange={setNewPassword}
          required
          minLength={12}
          maxLength={200}
          autoComplete="new-password"
          describedBy="new-password-help"
          hint={text.nextHelp}
        />
        <FormError error={change.error} />
        {change.succeeded && (
          <p role="status" className="notice">
            {text.changed}
          </p>
        )}
        <button type="submit" disabled={change.busy}>
          {change.busy ? text.saving : text.submit}
        </button>
      </form>
      <section className="card" aria-labelledby="elsewhere-heading">
        <h2 id="elsewhere-heading">{text.elsewhere}</h2>
        <p className="muted">{text.elsewhereHelp}</p>
        <FormError error={endOthers.error} />
        {endOthers.succeeded && (
          <p role="status" className="notice">
            {text.endedOthers}
          </p>
        )}
        <button
          type="button"
          className="secondary"
          disabled={endOthers.busy}
          onClick={() => void endOthers.run(() => api.endOtherSessions())}
        >
          {endOthers.busy ? text.endingOthers : text.endOthers}
        </button>
      </section>
    </PageFrame>
  );
}
