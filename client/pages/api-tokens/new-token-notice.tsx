import { useState } from 'react';
import type { CreatedApiToken } from '../../../server/http/api-token-schemas';
import { useText } from '../../components/ui-language';
import { API_TOKENS_TEXT } from './api-tokens-text';

/** A new token's secret: the server keeps only its hash, so this is the one chance to copy it. */
export function NewTokenNotice({ created, onDone }: { created: CreatedApiToken; onDone: () => void }) {
  const text = useText(API_TOKENS_TEXT);
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard?.writeText(created.token).catch(() => undefined);
    setCopied(true);
  }

  return (
    <div className="notice" role="status" data-testid="new-token">
      <p>
        <strong>{text.newToken(created.name)}</strong>
      </p>
      <p>
        <strong>{text.showOnce}</strong> {text.warning}
      </p>
      <div className="one-time-link">
        <input readOnly value={created.token} aria-label={text.token} onFocus={(e) => e.target.select()} />
        <button type="button" className="secondary" onClick={copy}>
          {copied ? text.copied : text.copy}
        </button>
      </div>
      <button type="button" className="link" onClick={onDone}>
        {text.done}
      </button>
    </div>
  );
}
