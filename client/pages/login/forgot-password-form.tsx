import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useAction } from '../../components/use-action';
import { useText } from '../../components/ui-language';
import { LOGIN_TEXT } from './login-text';

/**
 * Asks for a reset link by email. The answer is the same whether or not the address has an account, so the
 * page says "if" and never more; a server that cannot send mail says so, and who to ask instead.
 */
export function ForgotPasswordForm({ initialEmail, onBack }: { initialEmail: string; onBack: () => void }) {
  const [email, setEmail] = useState(initialEmail);
  const [sent, setSent] = useState<{ email: string; minutes: number } | null>(null);
  const request = useAction();
  const text = useText(LOGIN_TEXT);

  function submit(event: FormEvent) {
    event.preventDefault();
    void request.run(async () => {
      const answer = await api.forgotPassword(email);
      setSent({ email: email.trim(), minutes: answer.expiresInMinutes });
    });
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="forgot-heading">
      <h2 id="forgot-heading">{text.forgotTitle}</h2>
      <p className="muted">{text.forgotHelp}</p>
      <TextField
        label={text.email}
        type="email"
        value={email}
        onChange={setEmail}
        required
        maxLength={254}
        autoComplete="username"
      />
      <FormError error={request.error} />
      {sent && (
        <p role="status" className="notice">
          {text.linkSent(sent.email, sent.minutes)}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={request.busy}>
          {request.busy ? text.sending : text.sendLink}
        </button>
        <button type="button" className="link" onClick={onBack}>
          {text.backToSignIn}
        </button>
      </div>
    </form>
  );
}
