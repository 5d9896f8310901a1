import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useSession } from '../../components/use-session';
import { CHANGE_PASSWORD_TEXT } from './change-password-text';

export default function ChangePasswordPage() {
  const { principal } = useSession();
  const text = useText(CHANGE_PASSWORD_TEXT);
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setError(null);
    setChanged(false);
    try {
      await api.changePassword({ currentPassword, newPassword });
      setCurrentPassword('');
      setNewPassword('');
      setChanged(true);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setSaving(false);
    }
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
        <FormError message={error} />
        {changed && (
          <p role="status" className="notice">
            {text.changed}
          </p>
        )}
        <button type="submit" disabled={saving}>
          {saving ? text.saving : text.submit}
        </button>
      </form>
    </PageFrame>
  );
}
