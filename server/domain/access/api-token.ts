// Personal API tokens: a person's way in for programs. A token acts as its person, with their roles as they
// stand at each request, until it expires or is revoked; only its hash is stored. A revoked token stays
// stored (listed no more) so that a later use of it is recognised and audited rather than taken for a guess.

import { ConflictError, InvalidInputError, NotFoundError } from '../errors';

/** Makes a token recognisable (to its holder, and to secret scanners) and never equal to a session's. */
export const API_TOKEN_PREFIX = 'gwt_';
export const MAX_TOKEN_NAME_LENGTH = 80;
export const MAX_EXPIRY_DAYS = 366;
/** Live tokens one person may hold: enough for every program they run, and a bound on the records. */
export const MAX_LIVE_TOKENS = 20;
/**
 * How finely "last used" is kept: a use is written down only once this long has passed since the one
 * recorded, so a program calling many times a second rewrites the records at most once a minute.
 */
export const LAST_USE_PRECISION_MS = 60_000;
const DAY_MS = 86_400_000;

export interface ApiToken {
  id: string;
  accountId: string;
  name: string;
  tokenHash: string;
  /** Milliseconds since the epoch, as for sessions. */
  createdAt: number;
  /** Null: never expires. */
  expiresAt: number | null;
  /** The latest recorded use, to LAST_USE_PRECISION_MS; null until first used. */
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export interface ApiTokenRequest {
  name: string;
  /** Days until it expires; null for a token that does not. */
  expiresInDays: number | null;
}

/** Neither revoked nor expired at `now`. */
export const isLive = (token: ApiToken, now: number) =>
  token.revokedAt === null && (token.expiresAt === null || token.expiresAt > now);

const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * The token to store for `request`, given the account's tokens as stored (`existing`). Refuses a name one
 * of the live tokens already has (the list would show two alike, and the wrong one might be revoked), an
 * expiry outside 1 to MAX_EXPIRY_DAYS days, and more than MAX_LIVE_TOKENS live tokens.
 */
export function createApiToken(
  existing: readonly ApiToken[],
  request: ApiTokenRequest,
  made: { id: string; accountId: string; tokenHash: string; now: number },
): ApiToken {
  const name = request.name.trim();
  if (name.length === 0 || name.length > MAX_TOKEN_NAME_LENGTH) {
    const message = `must be 1 to ${MAX_TOKEN_NAME_LENGTH} characters`;
    throw new InvalidInputError(
      `Name the token in 1 to ${MAX_TOKEN_NAME_LENGTH} characters.`,
      { code: 'request.invalid', params: {} },
      [
        name.length === 0
          ? { field: 'name', message, code: 'field.required' }
          : { field: 'name', message, code: 'field.too-long', params: { max: MAX_TOKEN_NAME_LENGTH } },
      ],
    );
  }
  const days = request.expiresInDays;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS)) {
    throw new InvalidInputError(
      `A token expires after 1 to ${MAX_EXPIRY_DAYS} days, or never.`,
      { code: 'request.invalid', params: {} },
      [
        {
          field: 'expiresInDays',
          message: `must be a whole number of days from 1 to ${MAX_EXPIRY_DAYS}, or null`,
          code: 'api-token.expiry-invalid',
          params: { max: MAX_EXPIRY_DAYS },
        },
      ],
    );
  }
  const live = existing.filter((t) => t.accountId === made.accountId && isLive(t, made.now));
  if (live.some((t) => nameKey(t.name) === nameKey(name))) {
    const coded = { code: 'api-token.name-taken', params: { name } } as const;
    throw new InvalidInputError(`You already have a token named "${name}": choose another name.`, coded, [
      { field: 'name', message: 'is the name of another of your tokens', ...coded },
    ]);
  }
  if (live.length >= MAX_LIVE_TOKENS) {
    throw new ConflictError(
      `You have ${MAX_LIVE_TOKENS} tokens already, the most one person may hold: revoke one you no longer use.`,
      { code: 'api-token.too-many', params: { max: MAX_LIVE_TOKENS } },
    );
  }
  return {
    id: made.id,
    accountId: made.accountId,
    name,
    tokenHash: made.tokenHash,
    createdAt: made.now,
    expiresAt: days === null ? null : made.now + days * DAY_MS,
    lastUsedAt: null,
    revokedAt: null,
  };
}

/**
 * The token revoked by its own person. Another person's token, or one revoked already, is answered as an id
 * that names nothing, so nobody learns which ids exist.
 */
export function revokeApiToken(token: ApiToken, accountId: string, now: number): ApiToken {
  if (token.accountId !== accountId || token.revokedAt !== null) throw noSuchToken();
  return { ...token, revokedAt: now };
}

export const noSuchToken = () =>
  new NotFoundError('You have no token with this id.', { code: 'resource.not-found', params: {} });

/** Why a stored token may not be used at `now`, or null when it may. Revocation is told before expiry. */
export function tokenRefusal(token: ApiToken, now: number): 'revoked' | 'expired' | null {
  if (token.revokedAt !== null) return 'revoked';
  if (token.expiresAt !== null && token.expiresAt <= now) return 'expired';
  return null;
}

/** Whether a use at `now` is worth writing down: the first, or the first one LAST_USE_PRECISION_MS later. */
export const isUseWorthRecording = (token: ApiToken, now: number) =>
  token.lastUsedAt === null || now >= token.lastUsedAt + LAST_USE_PRECISION_MS;

/** The token with a use at `now` recorded; unchanged when a use as recent is recorded already. */
export const recordUse = (token: ApiToken, now: number): ApiToken =>
  isUseWorthRecording(token, now) ? { ...token, lastUsedAt: now } : token;

/** A token as its person sees it listed: never its hash, times as ISO 8601. */
export interface ApiTokenView {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  expired: boolean;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function apiTokenView(token: ApiToken, now: number): ApiTokenView {
  return {
    id: token.id,
    name: token.name,
    createdAt: new Date(token.createdAt).toISOString(),
    expiresAt: iso(token.expiresAt),
    lastUsedAt: iso(token.lastUsedAt),
    expired: tokenRefusal(token, now) === 'expired',
  };
}

/** A person's tokens as listed: every one not revoked (an expired one stays until revoked), newest first. */
export function listApiTokens(tokens: readonly ApiToken[], now: number): ApiTokenView[] {
  return tokens
    .filter((t) => t.revokedAt === null)
    .sort((a, b) => b.createdAt - a.createdAt || a.name.localeCompare(b.name))
    .map((t) => apiTokenView(t, now));
}
