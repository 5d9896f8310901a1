import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiTokenList } from '../../../server/http/api-token-schemas';
import { FormError } from '../../components/form-error';
import { useText, useUiLanguage } from '../../components/ui-language';
import { useAction } from '../../components/use-action';
import { LANGUAGE_TAGS, type Language } from '../../../shared/languages';
import { API_TOKENS_TEXT } from './api-tokens-text';
import { TableScroll } from '../../components/table-scroll';

/** A moment the server gives in UTC, in the reader's own time zone: to the minute, or the day alone. */
function formatTime(iso: string, language: Language, withTime: boolean): string {
  return new Date(iso).toLocaleString(LANGUAGE_TAGS[language], {
    dateStyle: 'medium',
    ...(withTime ? { timeStyle: 'short' } : {}),
  });
}

/** The person's tokens, never their secrets, each with the way to revoke it. */
export function TokenList({ tokens, onRevoked }: { tokens: ApiTokenList['tokens']; onRevoked: () => void }) {
  const text = useText(API_TOKENS_TEXT);
  const { language } = useUiLanguage();
  const revoke = useAction();
  const [revokedName, setRevokedName] = useState<string | null>(null);

  async function revokeToken(id: string, name: string) {
    if (!window.confirm(text.confirmRevoke(name))) return;
    setRevokedName(null);
    const done = await revoke.run(async () => {
      await api.revokeApiToken(id);
      return true;
    });
    if (!done) return;
    setRevokedName(name);
    onRevoked();
  }

  return (
    <section aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{text.yourTokens}</h2>
      {revokedName !== null && (
        <p role="status" className="notice">
          {text.revoked(revokedName)}
        </p>
      )}
      <FormError error={revoke.error} />
      {tokens.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <TableScroll label={text.yourTokens}>
          <table aria-labelledby="tokens-heading">
            <thead>
              <tr>
                <th scope="col">{text.name}</th>
                <th scope="col">{text.created}</th>
                <th scope="col">{text.lastUsed}</th>
                <th scope="col">{text.expires}</th>
                <th scope="col">
                  <span className="visually-hidden">{text.revoke}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{formatTime(token.createdAt, language, true)}</td>
                  <td>{token.lastUsedAt ? formatTime(token.lastUsedAt, language, true) : text.neverUsed}</td>
                  <td>
                    {token.expiresAt === null
                      ? text.never
                      : token.expired
                        ? text.expired(formatTime(token.expiresAt, language, false))
                        : formatTime(token.expiresAt, language, false)}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="secondary"
                      disabled={revoke.busy}
                      aria-label={text.revokeNamed(token.name)}
                      onClick={() => void revokeToken(token.id, token.name)}
                    >
                      {text.revoke}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
