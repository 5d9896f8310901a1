// A way back in for someone who forgot their password: a one-time link whose token only the person (or the
// owner who hands it over) ever sees; the account keeps only its hash. One link is live per account, so
// asking again replaces the earlier one, and setting the password spends it.

/** A link mailed on request: the person is reading their mail right now, so an hour is plenty. */
export const RESET_BY_EMAIL_MINUTES = 60;
/** A link the owner hands over by another way (a call, a chat), which can take a working day. */
export const RESET_BY_OWNER_MINUTES = 24 * 60;
/**
 * Once a link was mailed, asking again within this many minutes mails nothing: a script cannot flood one
 * inbox, and since the answer is the same either way, it learns nothing about the address.
 */
export const RESET_RESEND_MINUTES = 5;

const MINUTE = 60_000;

export interface PasswordReset {
  tokenHash: string;
  /** Milliseconds since the epoch. */
  issuedAt: number;
  expiresAt: number;
  /** Who asked: the person by email, or the owner, who was shown the link once. */
  by: 'email' | 'owner';
}

/** A new reset link's record, valid for the time that suits how it reaches the person. */
export function issueReset(tokenHash: string, now: number, by: PasswordReset['by']): PasswordReset {
  const minutes = by === 'email' ? RESET_BY_EMAIL_MINUTES : RESET_BY_OWNER_MINUTES;
  return { tokenHash, issuedAt: now, expiresAt: now + minutes * MINUTE, by };
}

/** Whether `reset` still opens the way for the token whose hash is `tokenHash`. */
export function isResetLive(reset: PasswordReset | undefined, tokenHash: string, now: number): boolean {
  return reset !== undefined && reset.tokenHash === tokenHash && now < reset.expiresAt;
}

/**
 * Whether a request by email may mail a new link now. A link the owner made does not hold one back (the
 * person may never have received it), but one mailed moments ago does.
 */
export function mayMailReset(current: PasswordReset | undefined, now: number): boolean {
  if (current === undefined || current.by === 'owner' || now >= current.expiresAt) return true;
  return now - current.issuedAt >= RESET_RESEND_MINUTES * MINUTE;
}
