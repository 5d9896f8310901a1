// The addresses both sides must agree on: the API paths answered without a session (the server lets them
// through; the client does not send a person to sign in on their 401), and the survey page a link or an
// access code opens (the server writes it into emails and mail-merge files; the client into cards and
// links). Pure: this folder imports nothing (test/architecture.test.ts checks it).

/** Answering a survey, the first start, signing in, role invitations, password resets and the API description. */
const PUBLIC_API: readonly RegExp[] = [
  /^\/api\/survey\//,
  /^\/api\/setup$/,
  /^\/api\/session$/,
  /^\/api\/invitations\//,
  /^\/api\/password-resets(\/|$)/,
  /^\/api\/openapi\.json$/,
  // A workshop's participants have no account: the room's code, then a cookie of that one workshop.
  /^\/api\/join\//,
  /^\/api\/workshops\/[^/]+\/me(\/|$)/,
];

export const isPublicApiPath = (path: string): boolean => PUBLIC_API.some((pattern) => pattern.test(path));

/** The survey page of a link token or an access code. */
export const surveyPath = (token: string): string => `/s/${encodeURIComponent(token)}`;

/** The page a password-reset link opens, where the person chooses a new password. */
export const resetPasswordPath = (token: string): string => `/reset-password/${encodeURIComponent(token)}`;
