import { useState } from 'react';
import type { InvitationLink } from '../../api/client';
import { ROLE_TEXT } from '../../components/role-text';
import { useUiLanguage } from '../../components/ui-language';
import { ORGANIZATION_TEXT } from './organization-text';

const invitationUrl = (token: string) => `${window.location.origin}/invitations/${token}`;

/** A new invitation's link: the server keeps only a hash of its token, so this is the one chance to copy it. */
export function OneTimeLink({ invitation }: { invitation: InvitationLink }) {
  const [copied, setCopied] = useState(false);
  const { language } = useUiLanguage();
  const text = ORGANIZATION_TEXT[language];
  const url = invitationUrl(invitation.token);

  async function copy() {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  }

  return (
    <div className="notice" role="status" data-testid="invitation-link">
      <p>
        <strong>{text.linkFor(invitation.email, ROLE_TEXT[language][invitation.grant.role].label)}</strong>
      </p>
      <p>{text.linkOnce(invitation.expiresInDays)}</p>
      <div className="one-time-link">
        <input readOnly value={url} aria-label={text.link} onFocus={(e) => e.target.select()} />
        <button type="button" className="secondary" onClick={copy}>
          {copied ? text.copied : text.copy}
        </button>
      </div>
    </div>
  );
}
