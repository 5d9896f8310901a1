import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { CreatedApiToken } from '../../../server/http/api-token-schemas';
import { FormError } from '../../components/form-error';
import { TextField } from '../../components/text-field';
import { useText } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { API_TOKENS_TEXT } from './api-tokens-text';
import { NewTokenNotice } from './new-token-notice';

type Expiry = keyof (typeof API_TOKENS_TEXT)['en']['expiryOptions'];
const EXPIRIES: readonly Expiry[] = ['30', '90', '365', 'never'];

/** Names and makes a token, then shows its secret until the person says they have copied it. */
export function CreateTokenForm({ onCreated }: { onCreated: () => void }) {
  const text = useText(API_TOKENS_TEXT);
  const [name, setName] = useState('');
  const [expiry, setExpiry] = useState<Expiry>('90');
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const create = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    const made = await create.run(() =>
      api.createApiToken({ name, expiresInDays: expiry === 'never' ? null : Number(expiry) }),
    );
    if (!made) return;
    setCreated(made);
    setName('');
    onCreated();
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="create-token-heading">
      <h2 id="create-token-heading">{text.create}</h2>
      <TextField
        label={text.name}
        value={name}
        onChange={setName}
        required
        maxLength={80}
        hint={text.nameHint}
      />
      <label>
        {text.expiry}
        <select value={expiry} onChange={(e) => setExpiry(e.target.value as Expiry)}>
          {EXPIRIES.map((e) => (
            <option key={e} value={e}>
              {text.expiryOptions[e]}
            </option>
          ))}
        </select>
      </label>
      {expiry === 'never' && <p className="muted">{text.neverHint}</p>}
      <FormError error={create.error} />
      <button type="submit" disabled={create.busy}>
        {create.busy ? text.creating : text.submit}
      </button>
      {created && <NewTokenNotice created={created} onDone={() => setCreated(null)} />}
    </form>
  );
}
