import { useState } from 'react';
import type { InvitationLink } from '../../api/client';
import { ROLE_TEXT } from '../../components/role-text';
import { ORGANIZATION_TEXT as TEXT } from './organization-text';

const invitationUrl = (token: string) => `${window.location.origin}/invitations/${token}`;

/** A new invitation's link: the server keeps only a hash of its token, so this is the one chance to copy it. */
export function OneTimeLink({ invitation }: { invitation: InvitationLink }) {
  const [copied, setCopied] = useState(false);
  const url = invitationUrl(invitation.token);

  async function copy() {
    await navigator.clipboard?.writeText(url).catch(() => undefined);
    setCopied(true);
  }

  return (
    <div className="notice" role="status" data-testid="invitation-link">
      <p>
        <strong>{TEXT.linkFor(invitation.email, ROLE_TEXT[invitation.grant.role].label)}</strong>
      </p>
      <p>{TEXT.linkOnce(invitation.expiresInDays)}</p>
      <div className="one-time-link">
        <input readOnly value={url} aria-label={TEXT.link} onFocus={(e) => e.target.select()} />
        <button type="button" className="secondary" onClick={copy}>
          {copied ? TEXT.copied : TEXT.copy}
        </button>
      </div>
    </div>
  );
}
