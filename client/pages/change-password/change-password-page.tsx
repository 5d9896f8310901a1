import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../components/describe-error';
import { FormError } from '../../components/form-error';
import { PageFrame } from '../../components/page-frame';
import { TextField } from '../../components/text-field';
import { useSession } from '../../components/use-session';

const TEXT = {
  title: 'Change your password',
  signedInAs: 'Signed in as',
  current: 'Current password',
  next: 'New password',
  nextHelp: 'At least 12 characters.',
  submit: 'Change password',
  saving: 'Changing…',
  changed: 'Your password is changed. You stay signed in here; every other browser you used was signed out.',
};

export default function ChangePasswordPage() {
  const { principal } = useSession();
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
    <PageFrame title={TEXT.title}>
      <p>
        {TEXT.signedInAs} {principal.name} ({principal.email}).
      </p>
      <form className="card" onSubmit={submit} aria-label={TEXT.title}>
        {/* Lets a password manager file the new password under the right account. */}
        <input type="hidden" autoComplete="username" value={principal.email} readOnly />
        <TextField
          label={TEXT.current}
          type="password"
          value={currentPassword}
          onChange={setCurrentPassword}
          required
          autoComplete="current-password"
        />
        <TextField
          label={TEXT.next}
          type="password"
          value={newPassword}
          onChange={setNewPassword}
          required
          minLength={12}
          maxLength={200}
          autoComplete="new-password"
          describedBy="new-password-help"
          hint={TEXT.nextHelp}
        />
        <FormError message={error} />
        {changed && (
          <p role="status" className="notice">
            {TEXT.changed}
          </p>
        )}
        <button type="submit" disabled={saving}>
          {saving ? TEXT.saving : TEXT.submit}
        </button>
      </form>
    </PageFrame>
  );
}
